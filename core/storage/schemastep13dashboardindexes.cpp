#include "storage/schemasteps.h"

namespace linli {

// Version 13: what the dashboard reads on every reload, found with tests/bench at street scale.
// - The open complaints by community: the tab scanned every complaint by community to test its
//   state (45 ms); a partial index holds only the open ones.
// - The complaints by month and category: grouped by the month's text itself, the index hands
//   them over in the groups' order, with no sort of the year's rows (19 → 3 ms).
// - The settled complaints and the elders living alone: the columns the charts and the care
//   list read are in their indexes, so no row of the table is looked up.
// PostgreSQL needs an expression in an index in its own parentheses; SQLite takes them too.
QStringList step13DashboardIndexes() {
    return {
        QStringLiteral("CREATE INDEX complaints_open_community ON complaints (community_id, due_at)"
                       " WHERE state IN ('registered', 'assigned', 'in_progress')"),
        QStringLiteral("CREATE INDEX complaints_month ON complaints ((substr(received_at, 1, 7)),"
                       " category_id, community_id, compound_id, building_id)"),
        QStringLiteral("DROP INDEX complaints_resolved"),
        QStringLiteral("CREATE INDEX complaints_resolved ON complaints (resolved_at, level,"
                       " received_at, community_id, compound_id, building_id)"),
        QStringLiteral("DROP INDEX residents_elderly_alone"),
        QStringLiteral("CREATE INDEX residents_elderly_alone ON residents (sort_key, id,"
                       " household_id, name, birth_date)"
                       " WHERE elderly_alone = 1 AND moved_out_on IS NULL"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step13DashboardIndexesOnPostgres() {
    return {
        QStringLiteral("CREATE INDEX complaints_open_community ON complaints (community_id, "
                       "due_at) WHERE state IN ('registered', 'assigned', 'in_progress')"),
        QStringLiteral("CREATE INDEX complaints_month ON complaints ((substr(received_at, 1, 7)), "
                       "category_id, community_id, compound_id, building_id)"),
        QStringLiteral("DROP INDEX complaints_resolved"),
        QStringLiteral("CREATE INDEX complaints_resolved ON complaints (resolved_at, level, "
                       "received_at, community_id, compound_id, building_id)"),
        QStringLiteral("DROP INDEX residents_elderly_alone"),
        QStringLiteral(
            "CREATE INDEX residents_elderly_alone ON residents (sort_key, id, household_id, name, "
            "birth_date) WHERE elderly_alone = 1 AND moved_out_on IS NULL"),
    };
}

} // namespace linli
