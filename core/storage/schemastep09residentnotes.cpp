#include "storage/schemasteps.h"

namespace linli {

// Version 9: the roster import.
// - Free notes on a resident, as office rosters (花名册) keep them in a 备注 column.
QStringList step9ResidentNotes() {
    return {
        QStringLiteral("ALTER TABLE residents ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step9ResidentNotesOnPostgres() {
    return {
        QStringLiteral(
            "ALTER TABLE residents ADD COLUMN notes TEXT COLLATE \"C\" NOT NULL DEFAULT ''"),
    };
}

} // namespace linli
