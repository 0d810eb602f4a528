#include "storage/schemasteps.h"

namespace linli {

// Version 7: data safety and privacy.
// - A row version on the records staff edit in forms, so that of two desks saving the same
//   record the second is refused instead of silently overwriting the first.
// - The day a resident was anonymised: the row stays, so that counts in figures stay right.
// - The staff member behind an account, which gives a grid worker their grids.
QStringList step7RowVersionsAndAnonymising() {
    return {
        QStringLiteral("ALTER TABLE residents ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE compounds ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE buildings ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE residents ADD COLUMN anonymised_on TEXT"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN staff_id INTEGER REFERENCES staff (id)"),
        QStringLiteral("CREATE INDEX grids_worker ON grids (worker_id)"),
        QStringLiteral("CREATE INDEX buildings_grid ON buildings (grid_id)"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step7RowVersionsAndAnonymisingOnPostgres() {
    return {
        QStringLiteral("ALTER TABLE residents ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE compounds ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE buildings ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE units ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE residents ADD COLUMN anonymised_on TEXT COLLATE \"C\""),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN staff_id BIGINT REFERENCES staff (id)"),
        QStringLiteral("CREATE INDEX grids_worker ON grids (worker_id)"),
        QStringLiteral("CREATE INDEX buildings_grid ON buildings (grid_id)"),
    };
}

} // namespace linli
