#include "storage/schemasteps.h"

namespace linli {

// Version 10: speed at sub-district scale (measured by tests/bench, see docs/performance.md).
// - The household's address on each resident, so that the residents search reads one covering
//   index instead of scanning every household for the address; kept in step by the statements
//   that write residents and by a trigger when an address changes (a renamed place, a room).
// - Indexes the benchmark found missing: complaints by the day they were resolved (the
//   dashboard's charts) and a session's attendees (the week calendar).
QStringList schemaStep10() {
    return {
        QStringLiteral("ALTER TABLE residents ADD COLUMN address_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE residents SET address_text ="
                       " (SELECT address FROM households h WHERE h.id = residents.household_id)"),
        QStringLiteral("DROP INDEX residents_search"),
        QStringLiteral("CREATE INDEX residents_search ON residents"
                       " (sort_key, id, household_id, moved_out_on, search_text, address_text)"),
        QStringLiteral("CREATE TRIGGER households_address_to_residents"
                       " AFTER UPDATE OF address ON households"
                       " BEGIN UPDATE residents SET address_text = NEW.address"
                       "  WHERE household_id = NEW.id; END"),
        QStringLiteral("CREATE INDEX complaints_resolved ON complaints (resolved_at)"),
        QStringLiteral("CREATE INDEX session_attendees_session ON session_attendees (session_id)"),
    };
}

} // namespace linli
