#include "storage/schemasteps.h"

namespace linli {

// Version 17: versions on the last records staff edit in forms — a community's name, a
// household's room, a pact template, an account, a mediation agreement — raised by every save from
// the form, as on residents (version 7): of two desks saving one of them, the second is refused and
// told who saved first.
QStringList step17FormVersions() {
    return {
        QStringLiteral("ALTER TABLE communities ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE households ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE pact_templates ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE agreements ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    };
}

// The same step as PostgreSQL runs it, side by side with the SQLite text above.
QStringList step17FormVersionsOnPostgres() {
    return {
        QStringLiteral("ALTER TABLE communities ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE households ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE pact_templates ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE agreements ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
    };
}

} // namespace linli
