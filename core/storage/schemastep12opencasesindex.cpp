#include "storage/schemasteps.h"

namespace linli {

// Version 12: the open mediation cases, counted by the dashboard's tile and its communities'
// tab. Nearly every case of a few years is closed, but the planner's statistics average the
// states, so it took the states' index for six thousand rows and scanned the table instead
// (tests/bench). A partial index of the open cases alone is a few dozen entries, by community.
QStringList step12OpenCasesIndex() {
    return {
        QStringLiteral("CREATE INDEX mediation_cases_open ON mediation_cases (community_id)"
                       " WHERE state IN ('accepted', 'investigating', 'mediating')"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step12OpenCasesIndexOnPostgres() {
    return {
        QStringLiteral("CREATE INDEX mediation_cases_open ON mediation_cases (community_id) WHERE "
                       "state IN ('accepted', 'investigating', 'mediating')"),
    };
}

} // namespace linli
