#include "storage/schemasteps.h"

namespace linli {

// Version 1: the foundation — settings, the audit trail and the community registry.
QStringList step1Registry() {
    return {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id INTEGER NOT NULL,"
                       " action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),"
                       " changes TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        QStringLiteral("CREATE TABLE communities ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " subdistrict TEXT NOT NULL DEFAULT '',"
                       " district TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE staff ("
            " id INTEGER PRIMARY KEY,"
            " community_id INTEGER NOT NULL REFERENCES communities (id),"
            " name TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('cadre', 'grid_worker', 'duty', 'other')),"
            " mobile TEXT NOT NULL DEFAULT '',"
            " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE grids ("
                       " id INTEGER PRIMARY KEY,"
                       " community_id INTEGER NOT NULL REFERENCES communities (id),"
                       " name TEXT NOT NULL,"
                       " worker_id INTEGER REFERENCES staff (id),"
                       " UNIQUE (community_id, name))"),
        QStringLiteral("CREATE TABLE compounds ("
                       " id INTEGER PRIMARY KEY,"
                       " community_id INTEGER NOT NULL REFERENCES communities (id),"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN"
                       "  ('new_built', 'old', 'resettlement', 'work_unit', 'scattered')),"
                       " UNIQUE (community_id, name))"),
        QStringLiteral("CREATE TABLE buildings ("
                       " id INTEGER PRIMARY KEY,"
                       " compound_id INTEGER NOT NULL REFERENCES compounds (id),"
                       " name TEXT NOT NULL,"
                       " grid_id INTEGER REFERENCES grids (id),"
                       " UNIQUE (compound_id, name))"),
        QStringLiteral("CREATE TABLE units ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " name TEXT NOT NULL,"
                       " UNIQUE (building_id, name))"),
        // address is the full written address, kept so search needs no four-table join.
        QStringLiteral("CREATE TABLE households ("
                       " id INTEGER PRIMARY KEY,"
                       " unit_id INTEGER NOT NULL REFERENCES units (id),"
                       " room TEXT NOT NULL,"
                       " address TEXT NOT NULL,"
                       " UNIQUE (unit_id, room))"),
        // name_pinyin, name_initials, sort_key and search_text are derived when a resident is
        // written. search_text holds, lower-cased, everything the residents search matches
        // besides the address, so that one instr() per row does the search.
        QStringLiteral("CREATE TABLE residents ("
                       " id INTEGER PRIMARY KEY,"
                       " household_id INTEGER NOT NULL REFERENCES households (id),"
                       " name TEXT NOT NULL,"
                       " name_pinyin TEXT NOT NULL,"
                       " name_initials TEXT NOT NULL,"
                       " sort_key TEXT NOT NULL,"
                       " gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),"
                       " birth_date TEXT,"
                       " id_number TEXT UNIQUE,"
                       " mobile TEXT NOT NULL DEFAULT '',"
                       " relation TEXT NOT NULL,"
                       " party_member INTEGER NOT NULL DEFAULT 0,"
                       " elderly_alone INTEGER NOT NULL DEFAULT 0,"
                       " volunteer INTEGER NOT NULL DEFAULT 0,"
                       " low_income INTEGER NOT NULL DEFAULT 0,"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " moved_out_on TEXT,"
                       " search_text TEXT NOT NULL)"),
        // Covers the residents list: a scan in pinyin order that never touches the table.
        QStringLiteral("CREATE INDEX residents_search ON residents"
                       " (sort_key, id, household_id, moved_out_on, search_text)"),
        QStringLiteral("CREATE INDEX residents_household ON residents (household_id)"),
        QStringLiteral("CREATE INDEX residents_mobile ON residents (mobile)"),
        QStringLiteral("CREATE TABLE neighbour_heads ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents (id),"
                       " term_start TEXT NOT NULL,"
                       " term_end TEXT)"),
        QStringLiteral("CREATE TABLE neighbour_head_buildings ("
                       " neighbour_head_id INTEGER NOT NULL REFERENCES neighbour_heads (id)"
                       "  ON DELETE CASCADE,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " PRIMARY KEY (neighbour_head_id, building_id))"),
        QStringLiteral("CREATE INDEX neighbour_head_buildings_building"
                       " ON neighbour_head_buildings (building_id)"),
        QStringLiteral("CREATE TABLE group_members ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " resident_id INTEGER NOT NULL REFERENCES residents (id),"
                       " role TEXT NOT NULL CHECK (role IN ('leader', 'member', 'representative')),"
                       " UNIQUE (building_id, resident_id))"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step1RegistryOnPostgres() {
    return {
        QStringLiteral("CREATE TABLE settings ( key TEXT COLLATE \"C\" PRIMARY KEY, value TEXT "
                       "COLLATE \"C\" NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, at TEXT COLLATE \"C\" NOT NULL, operator TEXT COLLATE \"C\" "
                       "NOT NULL, entity TEXT COLLATE \"C\" NOT NULL, entity_id BIGINT NOT NULL, "
                       "action TEXT COLLATE \"C\" NOT NULL CHECK (action IN ('create', 'update', "
                       "'delete')), changes TEXT COLLATE \"C\" NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        QStringLiteral(
            "CREATE TABLE communities ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "name TEXT COLLATE \"C\" NOT NULL UNIQUE, subdistrict TEXT COLLATE \"C\" NOT NULL "
            "DEFAULT '', district TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE staff ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                       "KEY, community_id BIGINT NOT NULL REFERENCES communities (id), name TEXT "
                       "COLLATE \"C\" NOT NULL, role TEXT COLLATE \"C\" NOT NULL CHECK (role IN "
                       "('cadre', 'grid_worker', 'duty', 'other')), mobile TEXT COLLATE \"C\" NOT "
                       "NULL DEFAULT '', active BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE grids ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "community_id BIGINT NOT NULL REFERENCES communities (id), name TEXT COLLATE \"C\" NOT "
            "NULL, worker_id BIGINT REFERENCES staff (id), UNIQUE (community_id, name))"),
        QStringLiteral(
            "CREATE TABLE compounds ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "community_id BIGINT NOT NULL REFERENCES communities (id), name TEXT COLLATE \"C\" NOT "
            "NULL, kind TEXT COLLATE \"C\" NOT NULL CHECK (kind IN  ('new_built', 'old', "
            "'resettlement', 'work_unit', 'scattered')), UNIQUE (community_id, name))"),
        QStringLiteral(
            "CREATE TABLE buildings ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "compound_id BIGINT NOT NULL REFERENCES compounds (id), name TEXT COLLATE \"C\" NOT "
            "NULL, grid_id BIGINT REFERENCES grids (id), UNIQUE (compound_id, name))"),
        QStringLiteral("CREATE TABLE units ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                       "KEY, building_id BIGINT NOT NULL REFERENCES buildings (id), name TEXT "
                       "COLLATE \"C\" NOT NULL, UNIQUE (building_id, name))"),
        QStringLiteral(
            "CREATE TABLE households ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "unit_id BIGINT NOT NULL REFERENCES units (id), room TEXT COLLATE \"C\" NOT NULL, "
            "address TEXT COLLATE \"C\" NOT NULL, UNIQUE (unit_id, room))"),
        QStringLiteral(
            "CREATE TABLE residents ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "household_id BIGINT NOT NULL REFERENCES households (id), name TEXT COLLATE \"C\" NOT "
            "NULL, name_pinyin TEXT COLLATE \"C\" NOT NULL, name_initials TEXT COLLATE \"C\" NOT "
            "NULL, sort_key TEXT COLLATE \"C\" NOT NULL, gender TEXT COLLATE \"C\" NOT NULL CHECK "
            "(gender IN ('male', 'female')), birth_date TEXT COLLATE \"C\", id_number TEXT COLLATE "
            "\"C\" UNIQUE, mobile TEXT COLLATE \"C\" NOT NULL DEFAULT '', relation TEXT COLLATE "
            "\"C\" NOT NULL, party_member BIGINT NOT NULL DEFAULT 0, elderly_alone BIGINT NOT NULL "
            "DEFAULT 0, volunteer BIGINT NOT NULL DEFAULT 0, low_income BIGINT NOT NULL DEFAULT 0, "
            "disabled BIGINT NOT NULL DEFAULT 0, moved_out_on TEXT COLLATE \"C\", search_text TEXT "
            "COLLATE \"C\" NOT NULL)"),
        QStringLiteral("CREATE INDEX residents_search ON residents (sort_key, id, household_id, "
                       "moved_out_on, search_text)"),
        QStringLiteral("CREATE INDEX residents_household ON residents (household_id)"),
        QStringLiteral("CREATE INDEX residents_mobile ON residents (mobile)"),
        QStringLiteral("CREATE TABLE neighbour_heads ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, resident_id BIGINT NOT NULL REFERENCES residents (id), "
                       "term_start TEXT COLLATE \"C\" NOT NULL, term_end TEXT COLLATE \"C\")"),
        QStringLiteral(
            "CREATE TABLE neighbour_head_buildings ( neighbour_head_id BIGINT NOT NULL REFERENCES "
            "neighbour_heads (id)  ON DELETE CASCADE, building_id BIGINT NOT NULL REFERENCES "
            "buildings (id), PRIMARY KEY (neighbour_head_id, building_id))"),
        QStringLiteral("CREATE INDEX neighbour_head_buildings_building ON neighbour_head_buildings "
                       "(building_id)"),
        QStringLiteral(
            "CREATE TABLE group_members ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "building_id BIGINT NOT NULL REFERENCES buildings (id), resident_id BIGINT NOT NULL "
            "REFERENCES residents (id), role TEXT COLLATE \"C\" NOT NULL CHECK (role IN ('leader', "
            "'member', 'representative')), UNIQUE (building_id, resident_id))"),
    };
}

} // namespace linli
