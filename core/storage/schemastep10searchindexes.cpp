#include "storage/schemasteps.h"

namespace linli {

// Version 10: speed at sub-district scale (measured by tests/bench, see docs/performance.md).
// - The household's address on each resident, so that the residents search reads one covering
//   index instead of scanning every household for the address; kept in step by the statements
//   that write residents and by a trigger when an address changes (a renamed place, a room).
// - Indexes the benchmark found missing: complaints by the day they were resolved (the
//   dashboard's charts), a session's attendees (the week calendar) and the elders living alone.
QStringList step10SearchAndDashboardIndexes() {
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
        // Searches of three characters or more go through a trigram index of the same texts
        // (SQLite's own finds nothing for one or two CJK characters: those scan the covering
        // index, where common characters fill a page at once).
        QStringLiteral("CREATE VIRTUAL TABLE residents_fts USING fts5(search_text, address_text,"
                       " content='residents', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("INSERT INTO residents_fts (residents_fts) VALUES ('rebuild')"),
        QStringLiteral("CREATE TRIGGER residents_fts_insert AFTER INSERT ON residents BEGIN"
                       " INSERT INTO residents_fts (rowid, search_text, address_text)"
                       "  VALUES (NEW.id, NEW.search_text, NEW.address_text); END"),
        QStringLiteral(
            "CREATE TRIGGER residents_fts_delete AFTER DELETE ON residents BEGIN"
            " INSERT INTO residents_fts (residents_fts, rowid, search_text, address_text)"
            "  VALUES ('delete', OLD.id, OLD.search_text, OLD.address_text); END"),
        QStringLiteral(
            "CREATE TRIGGER residents_fts_update"
            " AFTER UPDATE OF search_text, address_text ON residents BEGIN"
            " INSERT INTO residents_fts (residents_fts, rowid, search_text, address_text)"
            "  VALUES ('delete', OLD.id, OLD.search_text, OLD.address_text);"
            " INSERT INTO residents_fts (rowid, search_text, address_text)"
            "  VALUES (NEW.id, NEW.search_text, NEW.address_text); END"),
        QStringLiteral("CREATE INDEX complaints_resolved ON complaints (resolved_at)"),
        // The elders' register (a few in a hundred residents), read by its tile and page.
        QStringLiteral("CREATE INDEX residents_elderly_alone ON residents (id)"
                       " WHERE elderly_alone = 1 AND moved_out_on IS NULL"),
        QStringLiteral("CREATE INDEX session_attendees_session ON session_attendees (session_id)"),
        // The audit trail's list of who made changes, read a name at a time.
        QStringLiteral("CREATE INDEX audit_log_operator ON audit_log (operator)"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step10SearchAndDashboardIndexesOnPostgres() {
    return {
        QStringLiteral(
            "ALTER TABLE residents ADD COLUMN address_text TEXT COLLATE \"C\" NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE residents SET address_text = (SELECT address FROM households h "
                       "WHERE h.id = residents.household_id)"),
        QStringLiteral("DROP INDEX residents_search"),
        QStringLiteral("CREATE INDEX residents_search ON residents (sort_key, id, household_id, "
                       "moved_out_on, search_text, address_text)"),
        QStringLiteral("CREATE FUNCTION households_address_to_residents() RETURNS trigger LANGUAGE "
                       "plpgsql AS $$ BEGIN UPDATE residents SET address_text = NEW.address  WHERE "
                       "household_id = NEW.id; RETURN NULL; END $$"),
        QStringLiteral(
            "CREATE TRIGGER households_address_to_residents AFTER UPDATE OF address ON households "
            "FOR EACH ROW EXECUTE FUNCTION households_address_to_residents()"),
        QStringLiteral("CREATE INDEX complaints_resolved ON complaints (resolved_at)"),
        QStringLiteral("CREATE INDEX residents_elderly_alone ON residents (id) WHERE elderly_alone "
                       "= 1 AND moved_out_on IS NULL"),
        QStringLiteral("CREATE INDEX session_attendees_session ON session_attendees (session_id)"),
        QStringLiteral("CREATE INDEX audit_log_operator ON audit_log (operator)"),
    };
}

} // namespace linli
