#include "storage/schemasteps.h"

namespace linli {

// Version 4: the mediation case file — when the parties were told their rights and duties (the
// signed notice belongs in the file), and whether mediation kept the dispute from turning
// criminal (民转刑), which the monthly statistics count. Cases from version 3 keep an empty
// notice date: nobody can know now whether the notice was given.
QStringList step4MediationCaseFile() {
    return {
        QStringLiteral("ALTER TABLE mediation_cases ADD COLUMN rights_notified_on TEXT"),
        QStringLiteral("ALTER TABLE mediation_cases ADD COLUMN averted_criminal INTEGER NOT NULL"
                       " DEFAULT 0 CHECK (averted_criminal IN (0, 1))"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step4MediationCaseFileOnPostgres() {
    return {
        QStringLiteral(
            "ALTER TABLE mediation_cases ADD COLUMN rights_notified_on TEXT COLLATE \"C\""),
        QStringLiteral("ALTER TABLE mediation_cases ADD COLUMN averted_criminal BIGINT NOT NULL "
                       "DEFAULT 0 CHECK (averted_criminal IN (0, 1))"),
    };
}

} // namespace linli
