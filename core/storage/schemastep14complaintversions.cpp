#include "storage/schemasteps.h"

namespace linli {

// Version 14: a version on complaints, raised by every change, so that a desk acting on a
// complaint as it saw it is refused — and told who changed it — when another desk changed it in
// between (two desks assigning one complaint to different handlers).
QStringList step14ComplaintVersions() {
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step14ComplaintVersionsOnPostgres() {
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
    };
}

} // namespace linli
