#include "storage/schemasteps.h"

namespace linli {

// Version 16: versions on mediation cases and their sessions, raised by every change, as on
// complaints (version 14): a desk acting on a case or a session as it saw it is refused, and told
// who changed it, when another desk changed it in between.
QStringList step16MediationVersions() {
    return {
        QStringLiteral("ALTER TABLE mediation_cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(
            "ALTER TABLE mediation_sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step16MediationVersionsOnPostgres() {
    return {
        QStringLiteral("ALTER TABLE mediation_cases ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral(
            "ALTER TABLE mediation_sessions ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
    };
}

} // namespace linli
