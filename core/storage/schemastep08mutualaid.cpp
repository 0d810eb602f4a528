#include "storage/schemasteps.h"

namespace linli {

// Version 8: neighbour mutual aid — the wish wall, care for the elderly living alone, the
// mutual-aid station, the neighbourhood festival and other events. Volunteer hours are not a
// table of their own: they are read from claims, visits and event help.
QStringList step8MutualAid() {
    return {
        // A wish moves posted → open (checked) → claimed | dispatched → fulfilled, or is
        // withdrawn, or becomes a complaint (kept linked). The states are core's table.
        QStringLiteral(
            "CREATE TABLE wishes ("
            " id INTEGER PRIMARY KEY,"
            " year INTEGER NOT NULL,"
            " seq INTEGER NOT NULL,"
            " posted_at TEXT NOT NULL,"
            " resident_id INTEGER REFERENCES residents (id),"
            " wisher_name TEXT NOT NULL,"
            " posted_by TEXT NOT NULL,"
            " channel TEXT NOT NULL CHECK (channel IN ('wall', 'visit', 'phone', 'group_chat')),"
            " kind TEXT NOT NULL CHECK (kind IN ('item', 'help')),"
            " text TEXT NOT NULL,"
            " building_id INTEGER REFERENCES buildings (id),"
            " state TEXT NOT NULL CHECK (state IN ('posted', 'open', 'claimed', 'dispatched',"
            "  'fulfilled', 'withdrawn', 'escalated')),"
            " verified_by TEXT NOT NULL DEFAULT '',"
            " helper_resident_id INTEGER REFERENCES residents (id),"
            " helper_name TEXT NOT NULL DEFAULT '',"
            " dispatched_role TEXT CHECK (dispatched_role IN ('neighbour_head', 'grid_worker')),"
            " due_on TEXT,"
            " done_on TEXT,"
            " outcome TEXT NOT NULL DEFAULT '',"
            " hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),"
            " complaint_id INTEGER REFERENCES complaints (id),"
            " version INTEGER NOT NULL DEFAULT 1,"
            " UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX wishes_state ON wishes (state, building_id)"),
        QStringLiteral("CREATE INDEX wishes_helper ON wishes (helper_resident_id)"),
        QStringLiteral("CREATE TABLE wish_events ("
                       " id INTEGER PRIMARY KEY,"
                       " wish_id INTEGER NOT NULL REFERENCES wishes (id),"
                       " at TEXT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " from_state TEXT NOT NULL,"
                       " to_state TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX wish_events_wish ON wish_events (wish_id)"),

        // Carers look after elders; an elder may have several carers and a carer several elders.
        QStringLiteral("CREATE TABLE carers ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL UNIQUE REFERENCES residents (id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('party_member', 'neighbour_head',"
                       "  'volunteer')),"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE elder_carers ("
                       " elder_id INTEGER NOT NULL REFERENCES residents (id),"
                       " carer_id INTEGER NOT NULL REFERENCES carers (id),"
                       " since TEXT NOT NULL,"
                       " PRIMARY KEY (elder_id, carer_id))"),
        QStringLiteral("CREATE INDEX elder_carers_carer ON elder_carers (carer_id)"),
        // An elder's target interval between visits (at most 30 days; shorter for the frail).
        QStringLiteral("CREATE TABLE elder_care ("
                       " elder_id INTEGER PRIMARY KEY REFERENCES residents (id),"
                       " interval_days INTEGER NOT NULL DEFAULT 30"
                       "  CHECK (interval_days BETWEEN 1 AND 30),"
                       " frail INTEGER NOT NULL DEFAULT 0,"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE care_visits ("
            " id INTEGER PRIMARY KEY,"
            " elder_id INTEGER NOT NULL REFERENCES residents (id),"
            " carer_id INTEGER REFERENCES carers (id),"
            " visited_on TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('company', 'repair', 'meals', 'health_check',"
            "  'phone_call', 'other')),"
            " reached INTEGER NOT NULL DEFAULT 1,"
            " health INTEGER, mood INTEGER, gas_water_power INTEGER, hygiene INTEGER,"
            " living INTEGER,"
            " notes TEXT NOT NULL DEFAULT '',"
            " hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),"
            " recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX care_visits_elder ON care_visits (elder_id, visited_on)"),
        QStringLiteral("CREATE INDEX care_visits_carer ON care_visits (carer_id, visited_on)"),
        // A failed checklist item opens a task, followed like a wish until it is done.
        QStringLiteral("CREATE TABLE care_tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " elder_id INTEGER NOT NULL REFERENCES residents (id),"
                       " visit_id INTEGER REFERENCES care_visits (id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('repair', 'meals', 'health',"
                       "  'hygiene', 'other')),"
                       " text TEXT NOT NULL,"
                       " opened_on TEXT NOT NULL,"
                       " due_on TEXT,"
                       " done_on TEXT,"
                       " done_by TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX care_tasks_open ON care_tasks (done_on, elder_id)"),
        // Periods the office marks (a heat wave, the Spring Festival) when visits come sooner.
        QStringLiteral("CREATE TABLE care_periods ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " starts_on TEXT NOT NULL,"
                       " ends_on TEXT NOT NULL,"
                       " interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 30),"
                       " CHECK (ends_on >= starts_on))"),

        // The mutual-aid station's shelf: what came in, and what went out.
        QStringLiteral("CREATE TABLE station_items ("
                       " id INTEGER PRIMARY KEY,"
                       " category TEXT NOT NULL CHECK (category IN ('books', 'toys', 'daily_goods',"
                       "  'clothes', 'other')),"
                       " description TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                       " donor_resident_id INTEGER REFERENCES residents (id),"
                       " donor_name TEXT NOT NULL DEFAULT '',"
                       " donated_on TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE station_takes ("
                       " id INTEGER PRIMARY KEY,"
                       " item_id INTEGER NOT NULL REFERENCES station_items (id),"
                       " taken_on TEXT NOT NULL,"
                       " taker_resident_id INTEGER REFERENCES residents (id),"
                       " taker_name TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                       " wish_id INTEGER REFERENCES wishes (id),"
                       " recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX station_takes_item ON station_takes (item_id)"),

        // The neighbourhood festival and other events, their activities and who signed up.
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " held_on TEXT NOT NULL,"
                       " place TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE event_activities ("
                       " id INTEGER PRIMARY KEY,"
                       " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('sports', 'talent', 'performance',"
                       "  'handicraft', 'other')),"
                       " name TEXT NOT NULL,"
                       " place TEXT NOT NULL DEFAULT '',"
                       " starts_at TEXT,"
                       " capacity INTEGER CHECK (capacity > 0))"),
        QStringLiteral("CREATE TABLE event_signups ("
                       " activity_id INTEGER NOT NULL REFERENCES event_activities (id)"
                       "  ON DELETE CASCADE,"
                       " resident_id INTEGER NOT NULL REFERENCES residents (id),"
                       " signed_up_at TEXT NOT NULL,"
                       " attended INTEGER,"
                       " PRIMARY KEY (activity_id, resident_id))"),
        QStringLiteral("CREATE TABLE event_helpers ("
                       " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
                       " resident_id INTEGER NOT NULL REFERENCES residents (id),"
                       " task TEXT NOT NULL DEFAULT '',"
                       " hours REAL NOT NULL CHECK (hours > 0),"
                       " PRIMARY KEY (event_id, resident_id))"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step8MutualAidOnPostgres() {
    return {
        QStringLiteral(
            "CREATE TABLE wishes ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, year "
            "BIGINT NOT NULL, seq BIGINT NOT NULL, posted_at TEXT COLLATE \"C\" NOT NULL, "
            "resident_id BIGINT REFERENCES residents (id), wisher_name TEXT COLLATE \"C\" NOT "
            "NULL, posted_by TEXT COLLATE \"C\" NOT NULL, channel TEXT COLLATE \"C\" NOT NULL "
            "CHECK (channel IN ('wall', 'visit', 'phone', 'group_chat')), kind TEXT COLLATE \"C\" "
            "NOT NULL CHECK (kind IN ('item', 'help')), text TEXT COLLATE \"C\" NOT NULL, "
            "building_id BIGINT REFERENCES buildings (id), state TEXT COLLATE \"C\" NOT NULL CHECK "
            "(state IN ('posted', 'open', 'claimed', 'dispatched',  'fulfilled', 'withdrawn', "
            "'escalated')), verified_by TEXT COLLATE \"C\" NOT NULL DEFAULT '', helper_resident_id "
            "BIGINT REFERENCES residents (id), helper_name TEXT COLLATE \"C\" NOT NULL DEFAULT '', "
            "dispatched_role TEXT COLLATE \"C\" CHECK (dispatched_role IN ('neighbour_head', "
            "'grid_worker')), due_on TEXT COLLATE \"C\", done_on TEXT COLLATE \"C\", outcome TEXT "
            "COLLATE \"C\" NOT NULL DEFAULT '', hours DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK "
            "(hours >= 0), complaint_id BIGINT REFERENCES complaints (id), version BIGINT NOT NULL "
            "DEFAULT 1, UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX wishes_state ON wishes (state, building_id)"),
        QStringLiteral("CREATE INDEX wishes_helper ON wishes (helper_resident_id)"),
        QStringLiteral("CREATE TABLE wish_events ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, wish_id BIGINT NOT NULL REFERENCES wishes (id), at TEXT "
                       "COLLATE \"C\" NOT NULL, operator TEXT COLLATE \"C\" NOT NULL, action TEXT "
                       "COLLATE \"C\" NOT NULL, from_state TEXT COLLATE \"C\" NOT NULL, to_state "
                       "TEXT COLLATE \"C\" NOT NULL, note TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX wish_events_wish ON wish_events (wish_id)"),
        QStringLiteral("CREATE TABLE carers ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                       "KEY, resident_id BIGINT NOT NULL UNIQUE REFERENCES residents (id), kind "
                       "TEXT COLLATE \"C\" NOT NULL CHECK (kind IN ('party_member', "
                       "'neighbour_head',  'volunteer')), active BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE elder_carers ( elder_id BIGINT NOT NULL REFERENCES residents "
                       "(id), carer_id BIGINT NOT NULL REFERENCES carers (id), since TEXT COLLATE "
                       "\"C\" NOT NULL, PRIMARY KEY (elder_id, carer_id))"),
        QStringLiteral("CREATE INDEX elder_carers_carer ON elder_carers (carer_id)"),
        QStringLiteral("CREATE TABLE elder_care ( elder_id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY REFERENCES residents (id), interval_days BIGINT NOT NULL "
                       "DEFAULT 30  CHECK (interval_days BETWEEN 1 AND 30), frail BIGINT NOT NULL "
                       "DEFAULT 0, notes TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE care_visits ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "elder_id BIGINT NOT NULL REFERENCES residents (id), carer_id BIGINT REFERENCES carers "
            "(id), visited_on TEXT COLLATE \"C\" NOT NULL, kind TEXT COLLATE \"C\" NOT NULL CHECK "
            "(kind IN ('company', 'repair', 'meals', 'health_check',  'phone_call', 'other')), "
            "reached BIGINT NOT NULL DEFAULT 1, health BIGINT, mood BIGINT, gas_water_power "
            "BIGINT, hygiene BIGINT, living BIGINT, notes TEXT COLLATE \"C\" NOT NULL DEFAULT '', "
            "hours DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (hours >= 0), recorded_by TEXT "
            "COLLATE \"C\" NOT NULL)"),
        QStringLiteral("CREATE INDEX care_visits_elder ON care_visits (elder_id, visited_on)"),
        QStringLiteral("CREATE INDEX care_visits_carer ON care_visits (carer_id, visited_on)"),
        QStringLiteral("CREATE TABLE care_tasks ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, elder_id BIGINT NOT NULL REFERENCES residents (id), visit_id "
                       "BIGINT REFERENCES care_visits (id), kind TEXT COLLATE \"C\" NOT NULL CHECK "
                       "(kind IN ('repair', 'meals', 'health',  'hygiene', 'other')), text TEXT "
                       "COLLATE \"C\" NOT NULL, opened_on TEXT COLLATE \"C\" NOT NULL, due_on TEXT "
                       "COLLATE \"C\", done_on TEXT COLLATE \"C\", done_by TEXT COLLATE \"C\" NOT "
                       "NULL DEFAULT '', outcome TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX care_tasks_open ON care_tasks (done_on, elder_id)"),
        QStringLiteral(
            "CREATE TABLE care_periods ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "name TEXT COLLATE \"C\" NOT NULL, starts_on TEXT COLLATE \"C\" NOT NULL, ends_on TEXT "
            "COLLATE \"C\" NOT NULL, interval_days BIGINT NOT NULL CHECK (interval_days BETWEEN 1 "
            "AND 30), CHECK (ends_on >= starts_on))"),
        QStringLiteral(
            "CREATE TABLE station_items ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "category TEXT COLLATE \"C\" NOT NULL CHECK (category IN ('books', 'toys', "
            "'daily_goods',  'clothes', 'other')), description TEXT COLLATE \"C\" NOT NULL, "
            "quantity BIGINT NOT NULL CHECK (quantity > 0), donor_resident_id BIGINT REFERENCES "
            "residents (id), donor_name TEXT COLLATE \"C\" NOT NULL DEFAULT '', donated_on TEXT "
            "COLLATE \"C\" NOT NULL, recorded_by TEXT COLLATE \"C\" NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE station_takes ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "item_id BIGINT NOT NULL REFERENCES station_items (id), taken_on TEXT COLLATE \"C\" "
            "NOT NULL, taker_resident_id BIGINT REFERENCES residents (id), taker_name TEXT COLLATE "
            "\"C\" NOT NULL, quantity BIGINT NOT NULL CHECK (quantity > 0), wish_id BIGINT "
            "REFERENCES wishes (id), recorded_by TEXT COLLATE \"C\" NOT NULL)"),
        QStringLiteral("CREATE INDEX station_takes_item ON station_takes (item_id)"),
        QStringLiteral("CREATE TABLE events ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                       "KEY, name TEXT COLLATE \"C\" NOT NULL, held_on TEXT COLLATE \"C\" NOT "
                       "NULL, place TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE event_activities ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE "
                       "CASCADE, kind TEXT COLLATE \"C\" NOT NULL CHECK (kind IN ('sports', "
                       "'talent', 'performance',  'handicraft', 'other')), name TEXT COLLATE \"C\" "
                       "NOT NULL, place TEXT COLLATE \"C\" NOT NULL DEFAULT '', starts_at TEXT "
                       "COLLATE \"C\", capacity BIGINT CHECK (capacity > 0))"),
        QStringLiteral("CREATE TABLE event_signups ( activity_id BIGINT NOT NULL REFERENCES "
                       "event_activities (id)  ON DELETE CASCADE, resident_id BIGINT NOT NULL "
                       "REFERENCES residents (id), signed_up_at TEXT COLLATE \"C\" NOT NULL, "
                       "attended BIGINT, PRIMARY KEY (activity_id, resident_id))"),
        QStringLiteral("CREATE TABLE event_helpers ( event_id BIGINT NOT NULL REFERENCES events "
                       "(id) ON DELETE CASCADE, resident_id BIGINT NOT NULL REFERENCES residents "
                       "(id), task TEXT COLLATE \"C\" NOT NULL DEFAULT '', hours DOUBLE PRECISION "
                       "NOT NULL CHECK (hours > 0), PRIMARY KEY (event_id, resident_id))"),
    };
}

} // namespace linli
