#include "storage/schemasteps.h"

namespace linli {

// Version 3: dispute mediation — the joint team, cases with their parties and team, sessions
// with who attends where, agreements, cost shares and follow-up visits.
QStringList step3Mediation() {
    return {
        QStringLiteral(
            "CREATE TABLE mediators ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('cadre', 'grid_worker', 'judge',"
            "  'prosecutor', 'police', 'lawyer', 'party_elder', 'volunteer', 'liaison')),"
            " organisation TEXT NOT NULL DEFAULT '',"
            " phone TEXT NOT NULL DEFAULT '',"
            " specialties TEXT NOT NULL DEFAULT '',"
            " active INTEGER NOT NULL DEFAULT 1,"
            " staff_id INTEGER UNIQUE REFERENCES staff (id),"
            " resident_id INTEGER REFERENCES residents (id))"),
        QStringLiteral("CREATE TABLE mediation_cases ("
                       " id INTEGER PRIMARY KEY,"
                       " year INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " number TEXT NOT NULL UNIQUE,"
                       " accepted_on TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " source TEXT NOT NULL CHECK (source IN"
                       "  ('application', 'own_initiative', 'police', 'court', 'government')),"
                       " complaint_id INTEGER REFERENCES complaints (id),"
                       " risk TEXT NOT NULL CHECK (risk IN ('red', 'orange', 'yellow')),"
                       " facts TEXT NOT NULL DEFAULT '',"
                       " focus TEXT NOT NULL DEFAULT '',"
                       " lead_mediator_id INTEGER NOT NULL REFERENCES mediators (id),"
                       " state TEXT NOT NULL,"
                       " limit_on TEXT NOT NULL,"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " closed_on TEXT,"
                       " UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX mediation_cases_state ON mediation_cases (state, limit_on)"),
        QStringLiteral(
            "CREATE INDEX mediation_cases_accepted ON mediation_cases (accepted_on, id)"),
        QStringLiteral("CREATE TABLE case_parties ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id INTEGER NOT NULL REFERENCES mediation_cases (id),"
                       " side TEXT NOT NULL CHECK (side IN ('applicant', 'respondent')),"
                       " resident_id INTEGER REFERENCES residents (id),"
                       " household_id INTEGER REFERENCES households (id),"
                       " organisation INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL,"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX case_parties_case ON case_parties (case_id)"),
        QStringLiteral("CREATE TABLE case_team ("
                       " case_id INTEGER NOT NULL REFERENCES mediation_cases (id),"
                       " mediator_id INTEGER NOT NULL REFERENCES mediators (id),"
                       " PRIMARY KEY (case_id, mediator_id))"),
        QStringLiteral("CREATE TABLE case_events ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id INTEGER NOT NULL REFERENCES mediation_cases (id),"
                       " at TEXT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " from_state TEXT NOT NULL,"
                       " to_state TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX case_events_case ON case_events (case_id, at)"),
        QStringLiteral(
            "CREATE TABLE mediation_sessions ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES mediation_cases (id),"
            " starts_at TEXT NOT NULL,"
            " ends_at TEXT NOT NULL,"
            " venue TEXT NOT NULL CHECK (venue IN ('room', 'on_site', 'council_hall', 'online')),"
            " venue_place TEXT NOT NULL DEFAULT '',"
            " purpose TEXT NOT NULL DEFAULT '',"
            " record TEXT NOT NULL DEFAULT '',"
            " result TEXT NOT NULL DEFAULT '',"
            " cancelled INTEGER NOT NULL DEFAULT 0,"
            " CHECK (ends_at > starts_at))"),
        QStringLiteral(
            "CREATE INDEX mediation_sessions_time ON mediation_sessions (starts_at, ends_at)"),
        QStringLiteral("CREATE INDEX mediation_sessions_case ON mediation_sessions (case_id)"),
        QStringLiteral(
            "CREATE TABLE session_mediators ("
            " session_id INTEGER NOT NULL REFERENCES mediation_sessions (id) ON DELETE CASCADE,"
            " mediator_id INTEGER NOT NULL REFERENCES mediators (id),"
            " PRIMARY KEY (session_id, mediator_id))"),
        QStringLiteral(
            "CREATE TABLE session_parties ("
            " session_id INTEGER NOT NULL REFERENCES mediation_sessions (id) ON DELETE CASCADE,"
            " party_id INTEGER NOT NULL REFERENCES case_parties (id),"
            " PRIMARY KEY (session_id, party_id))"),
        QStringLiteral(
            "CREATE TABLE session_attendees ("
            " id INTEGER PRIMARY KEY,"
            " session_id INTEGER NOT NULL REFERENCES mediation_sessions (id) ON DELETE CASCADE,"
            " name TEXT NOT NULL,"
            " role TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE agreements ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id INTEGER NOT NULL UNIQUE REFERENCES mediation_cases (id),"
                       " signed_on TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE agreement_terms ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " text TEXT NOT NULL,"
            " performance TEXT NOT NULL DEFAULT '',"
            " due_on TEXT)"),
        QStringLiteral("CREATE TABLE cost_shares ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id INTEGER NOT NULL REFERENCES mediation_cases (id),"
                       " description TEXT NOT NULL,"
                       " total_fen INTEGER NOT NULL CHECK (total_fen >= 0))"),
        QStringLiteral(
            "CREATE TABLE cost_share_parts ("
            " cost_share_id INTEGER NOT NULL REFERENCES cost_shares (id) ON DELETE CASCADE,"
            " household_id INTEGER NOT NULL REFERENCES households (id),"
            " weight INTEGER NOT NULL DEFAULT 1,"
            " amount_fen INTEGER NOT NULL,"
            " paid INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (cost_share_id, household_id))"),
        QStringLiteral("CREATE TABLE case_followups ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id INTEGER NOT NULL REFERENCES mediation_cases (id),"
                       " visited_on TEXT NOT NULL,"
                       " carried_out INTEGER NOT NULL,"
                       " notes TEXT NOT NULL DEFAULT '')"),
        // The mediation room's duty roster (值班表): who is on duty which day.
        QStringLiteral("CREATE TABLE duty_roster ("
                       " day TEXT NOT NULL,"
                       " staff_id INTEGER NOT NULL REFERENCES staff (id),"
                       " PRIMARY KEY (day, staff_id))"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('mediation.number_prefix', '调字')"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step3MediationOnPostgres() {
    return {
        QStringLiteral(
            "CREATE TABLE mediators ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name "
            "TEXT COLLATE \"C\" NOT NULL, kind TEXT COLLATE \"C\" NOT NULL CHECK (kind IN "
            "('cadre', 'grid_worker', 'judge',  'prosecutor', 'police', 'lawyer', 'party_elder', "
            "'volunteer', 'liaison')), organisation TEXT COLLATE \"C\" NOT NULL DEFAULT '', phone "
            "TEXT COLLATE \"C\" NOT NULL DEFAULT '', specialties TEXT COLLATE \"C\" NOT NULL "
            "DEFAULT '', active BIGINT NOT NULL DEFAULT 1, staff_id BIGINT UNIQUE REFERENCES staff "
            "(id), resident_id BIGINT REFERENCES residents (id))"),
        QStringLiteral(
            "CREATE TABLE mediation_cases ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, year BIGINT NOT NULL, seq BIGINT NOT NULL, number TEXT COLLATE \"C\" NOT NULL "
            "UNIQUE, accepted_on TEXT COLLATE \"C\" NOT NULL, type TEXT COLLATE \"C\" NOT NULL, "
            "source TEXT COLLATE \"C\" NOT NULL CHECK (source IN  ('application', "
            "'own_initiative', 'police', 'court', 'government')), complaint_id BIGINT REFERENCES "
            "complaints (id), risk TEXT COLLATE \"C\" NOT NULL CHECK (risk IN ('red', 'orange', "
            "'yellow')), facts TEXT COLLATE \"C\" NOT NULL DEFAULT '', focus TEXT COLLATE \"C\" "
            "NOT NULL DEFAULT '', lead_mediator_id BIGINT NOT NULL REFERENCES mediators (id), "
            "state TEXT COLLATE \"C\" NOT NULL, limit_on TEXT COLLATE \"C\" NOT NULL, outcome TEXT "
            "COLLATE \"C\" NOT NULL DEFAULT '', closed_on TEXT COLLATE \"C\", UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX mediation_cases_state ON mediation_cases (state, limit_on)"),
        QStringLiteral(
            "CREATE INDEX mediation_cases_accepted ON mediation_cases (accepted_on, id)"),
        QStringLiteral(
            "CREATE TABLE case_parties ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "case_id BIGINT NOT NULL REFERENCES mediation_cases (id), side TEXT COLLATE \"C\" NOT "
            "NULL CHECK (side IN ('applicant', 'respondent')), resident_id BIGINT REFERENCES "
            "residents (id), household_id BIGINT REFERENCES households (id), organisation BIGINT "
            "NOT NULL DEFAULT 0, name TEXT COLLATE \"C\" NOT NULL, phone TEXT COLLATE \"C\" NOT "
            "NULL DEFAULT '', address TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX case_parties_case ON case_parties (case_id)"),
        QStringLiteral("CREATE TABLE case_team ( case_id BIGINT NOT NULL REFERENCES "
                       "mediation_cases (id), mediator_id BIGINT NOT NULL REFERENCES mediators "
                       "(id), PRIMARY KEY (case_id, mediator_id))"),
        QStringLiteral(
            "CREATE TABLE case_events ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "case_id BIGINT NOT NULL REFERENCES mediation_cases (id), at TEXT COLLATE \"C\" NOT "
            "NULL, operator TEXT COLLATE \"C\" NOT NULL, action TEXT COLLATE \"C\" NOT NULL, "
            "from_state TEXT COLLATE \"C\" NOT NULL, to_state TEXT COLLATE \"C\" NOT NULL, note "
            "TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX case_events_case ON case_events (case_id, at)"),
        QStringLiteral(
            "CREATE TABLE mediation_sessions ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, case_id BIGINT NOT NULL REFERENCES mediation_cases (id), starts_at TEXT COLLATE "
            "\"C\" NOT NULL, ends_at TEXT COLLATE \"C\" NOT NULL, venue TEXT COLLATE \"C\" NOT "
            "NULL CHECK (venue IN ('room', 'on_site', 'council_hall', 'online')), venue_place TEXT "
            "COLLATE \"C\" NOT NULL DEFAULT '', purpose TEXT COLLATE \"C\" NOT NULL DEFAULT '', "
            "record TEXT COLLATE \"C\" NOT NULL DEFAULT '', result TEXT COLLATE \"C\" NOT NULL "
            "DEFAULT '', cancelled BIGINT NOT NULL DEFAULT 0, CHECK (ends_at > starts_at))"),
        QStringLiteral(
            "CREATE INDEX mediation_sessions_time ON mediation_sessions (starts_at, ends_at)"),
        QStringLiteral("CREATE INDEX mediation_sessions_case ON mediation_sessions (case_id)"),
        QStringLiteral("CREATE TABLE session_mediators ( session_id BIGINT NOT NULL REFERENCES "
                       "mediation_sessions (id) ON DELETE CASCADE, mediator_id BIGINT NOT NULL "
                       "REFERENCES mediators (id), PRIMARY KEY (session_id, mediator_id))"),
        QStringLiteral("CREATE TABLE session_parties ( session_id BIGINT NOT NULL REFERENCES "
                       "mediation_sessions (id) ON DELETE CASCADE, party_id BIGINT NOT NULL "
                       "REFERENCES case_parties (id), PRIMARY KEY (session_id, party_id))"),
        QStringLiteral(
            "CREATE TABLE session_attendees ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, session_id BIGINT NOT NULL REFERENCES mediation_sessions (id) ON DELETE CASCADE, "
            "name TEXT COLLATE \"C\" NOT NULL, role TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE agreements ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, case_id BIGINT NOT NULL UNIQUE REFERENCES mediation_cases "
                       "(id), signed_on TEXT COLLATE \"C\" NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE agreement_terms ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "position BIGINT NOT NULL, text TEXT COLLATE \"C\" NOT NULL, performance TEXT COLLATE "
            "\"C\" NOT NULL DEFAULT '', due_on TEXT COLLATE \"C\")"),
        QStringLiteral(
            "CREATE TABLE cost_shares ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "case_id BIGINT NOT NULL REFERENCES mediation_cases (id), description TEXT COLLATE "
            "\"C\" NOT NULL, total_fen BIGINT NOT NULL CHECK (total_fen >= 0))"),
        QStringLiteral(
            "CREATE TABLE cost_share_parts ( cost_share_id BIGINT NOT NULL REFERENCES cost_shares "
            "(id) ON DELETE CASCADE, household_id BIGINT NOT NULL REFERENCES households (id), "
            "weight BIGINT NOT NULL DEFAULT 1, amount_fen BIGINT NOT NULL, paid BIGINT NOT NULL "
            "DEFAULT 0, PRIMARY KEY (cost_share_id, household_id))"),
        QStringLiteral("CREATE TABLE case_followups ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, case_id BIGINT NOT NULL REFERENCES mediation_cases (id), "
                       "visited_on TEXT COLLATE \"C\" NOT NULL, carried_out BIGINT NOT NULL, notes "
                       "TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE duty_roster ( day TEXT COLLATE \"C\" NOT NULL, staff_id "
                       "BIGINT NOT NULL REFERENCES staff (id), PRIMARY KEY (day, staff_id))"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('mediation.number_prefix', '调字')"),
    };
}

} // namespace linli
