#include "storage/schemasteps.h"

namespace linli {

namespace {

// Public holidays and make-up working days (调休) as published by the State Council, for the
// years known when this step was written; the office edits the table for later years.
QStringList calendarSeeds() {
    struct Day {
        const char *day;
        const char *kind;
        const char16_t *name;
    };
    static const Day days[] = {
        {"2025-01-01", "holiday", u"元旦"},           {"2025-01-26", "workday", u"春节调休"},
        {"2025-01-28", "holiday", u"春节"},           {"2025-01-29", "holiday", u"春节"},
        {"2025-01-30", "holiday", u"春节"},           {"2025-01-31", "holiday", u"春节"},
        {"2025-02-01", "holiday", u"春节"},           {"2025-02-02", "holiday", u"春节"},
        {"2025-02-03", "holiday", u"春节"},           {"2025-02-04", "holiday", u"春节"},
        {"2025-02-08", "workday", u"春节调休"},       {"2025-04-04", "holiday", u"清明节"},
        {"2025-04-05", "holiday", u"清明节"},         {"2025-04-06", "holiday", u"清明节"},
        {"2025-04-27", "workday", u"劳动节调休"},     {"2025-05-01", "holiday", u"劳动节"},
        {"2025-05-02", "holiday", u"劳动节"},         {"2025-05-03", "holiday", u"劳动节"},
        {"2025-05-04", "holiday", u"劳动节"},         {"2025-05-05", "holiday", u"劳动节"},
        {"2025-05-31", "holiday", u"端午节"},         {"2025-06-01", "holiday", u"端午节"},
        {"2025-06-02", "holiday", u"端午节"},         {"2025-09-28", "workday", u"国庆节调休"},
        {"2025-10-01", "holiday", u"国庆节、中秋节"}, {"2025-10-02", "holiday", u"国庆节、中秋节"},
        {"2025-10-03", "holiday", u"国庆节、中秋节"}, {"2025-10-04", "holiday", u"国庆节、中秋节"},
        {"2025-10-05", "holiday", u"国庆节、中秋节"}, {"2025-10-06", "holiday", u"国庆节、中秋节"},
        {"2025-10-07", "holiday", u"国庆节、中秋节"}, {"2025-10-08", "holiday", u"国庆节、中秋节"},
        {"2025-10-11", "workday", u"国庆节调休"},     {"2026-01-01", "holiday", u"元旦"},
        {"2026-01-02", "holiday", u"元旦"},           {"2026-01-03", "holiday", u"元旦"},
        {"2026-01-04", "workday", u"元旦调休"},       {"2026-02-14", "workday", u"春节调休"},
        {"2026-02-15", "holiday", u"春节"},           {"2026-02-16", "holiday", u"春节"},
        {"2026-02-17", "holiday", u"春节"},           {"2026-02-18", "holiday", u"春节"},
        {"2026-02-19", "holiday", u"春节"},           {"2026-02-20", "holiday", u"春节"},
        {"2026-02-21", "holiday", u"春节"},           {"2026-02-22", "holiday", u"春节"},
        {"2026-02-23", "holiday", u"春节"},           {"2026-02-28", "workday", u"春节调休"},
        {"2026-04-04", "holiday", u"清明节"},         {"2026-04-05", "holiday", u"清明节"},
        {"2026-04-06", "holiday", u"清明节"},         {"2026-05-01", "holiday", u"劳动节"},
        {"2026-05-02", "holiday", u"劳动节"},         {"2026-05-03", "holiday", u"劳动节"},
        {"2026-05-04", "holiday", u"劳动节"},         {"2026-05-05", "holiday", u"劳动节"},
        {"2026-05-09", "workday", u"劳动节调休"},     {"2026-06-19", "holiday", u"端午节"},
        {"2026-06-20", "holiday", u"端午节"},         {"2026-06-21", "holiday", u"端午节"},
        {"2026-09-20", "workday", u"国庆节调休"},     {"2026-09-25", "holiday", u"中秋节"},
        {"2026-09-26", "holiday", u"中秋节"},         {"2026-09-27", "holiday", u"中秋节"},
        {"2026-10-01", "holiday", u"国庆节"},         {"2026-10-02", "holiday", u"国庆节"},
        {"2026-10-03", "holiday", u"国庆节"},         {"2026-10-04", "holiday", u"国庆节"},
        {"2026-10-05", "holiday", u"国庆节"},         {"2026-10-06", "holiday", u"国庆节"},
        {"2026-10-07", "holiday", u"国庆节"},         {"2026-10-10", "workday", u"国庆节调休"},
    };
    QStringList statements;
    for (const Day &d : days)
        statements << QStringLiteral(
                          "INSERT INTO calendar_days (day, kind, name) VALUES ('%1', '%2', '%3')")
                          .arg(QLatin1String(d.day), QLatin1String(d.kind),
                               QString::fromUtf16(d.name));
    return statements;
}

QStringList listSeeds() {
    QStringList statements;
    const char16_t *categories[] = {u"环境卫生", u"楼道照明", u"管道化粪池", u"噪音扰民",
                                    u"停车",     u"漏水",     u"邻里纠纷",   u"物业管理",
                                    u"安全隐患", u"养老关爱", u"其他"};
    int position = 0;
    for (const char16_t *name : categories)
        statements << QStringLiteral(
                          "INSERT INTO complaint_categories (name, position) VALUES ('%1', %2)")
                          .arg(QString::fromUtf16(name))
                          .arg(++position);
    struct Body {
        const char16_t *name;
        const char *kind;
    };
    const Body bodies[] = {{u"物业服务公司", "property"},  {u"供水公司", "utility"},
                           {u"供电公司", "utility"},       {u"燃气公司", "utility"},
                           {u"街道办事处", "subdistrict"}, {u"派出所", "police"}};
    for (const Body &body : bodies)
        statements << QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES ('%1', '%2')")
                          .arg(QString::fromUtf16(body.name), QLatin1String(body.kind));
    statements << QStringLiteral("INSERT INTO settings (key, value) VALUES"
                                 " ('complaints.due_days.urgent', '1'),"
                                 " ('complaints.due_days.normal', '3')");
    return statements;
}

} // namespace

// Version 2: complaints. The seeds are constants of this file, not user input.
QStringList step2Complaints() {
    QStringList statements = {
        QStringLiteral("CREATE TABLE complaint_categories ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE referral_bodies ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN"
                       "  ('property', 'utility', 'subdistrict', 'police', 'other')),"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE calendar_days ("
                       " day TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),"
                       " name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE complaints ("
            " id INTEGER PRIMARY KEY,"
            " year INTEGER NOT NULL,"
            " seq INTEGER NOT NULL,"
            " received_at TEXT NOT NULL,"
            " channel TEXT NOT NULL CHECK (channel IN"
            "  ('visit', 'phone', 'grid_platform', 'group_chat', 'wish_wall', 'other')),"
            " reporter_resident_id INTEGER REFERENCES residents (id),"
            " reporter_name TEXT NOT NULL,"
            " reporter_phone TEXT NOT NULL DEFAULT '',"
            " compound_id INTEGER REFERENCES compounds (id),"
            " building_id INTEGER REFERENCES buildings (id),"
            " unit_id INTEGER REFERENCES units (id),"
            " household_id INTEGER REFERENCES households (id),"
            " place TEXT NOT NULL DEFAULT '',"
            " category_id INTEGER NOT NULL REFERENCES complaint_categories (id),"
            " urgency TEXT NOT NULL CHECK (urgency IN ('urgent', 'normal')),"
            " summary TEXT NOT NULL,"
            " details TEXT NOT NULL DEFAULT '',"
            " logged_by TEXT NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('registered', 'assigned',"
            "  'in_progress', 'resolved', 'answered', 'followed_up', 'closed')),"
            " level TEXT CHECK (level IN ('building', 'community', 'mediation', 'referred')),"
            " assignee TEXT NOT NULL DEFAULT '',"
            " referral_body_id INTEGER REFERENCES referral_bodies (id),"
            " due_at TEXT NOT NULL,"
            " first_response_at TEXT,"
            " resolved_at TEXT,"
            " resolution TEXT NOT NULL DEFAULT '',"
            " answered_at TEXT,"
            " answer_method TEXT NOT NULL DEFAULT '',"
            " satisfaction TEXT CHECK (satisfaction IN"
            "  ('satisfied', 'basically_satisfied', 'unsatisfied')),"
            " closed_at TEXT,"
            " UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX complaints_received ON complaints (received_at, id)"),
        QStringLiteral("CREATE INDEX complaints_open ON complaints (state, due_at)"),
        QStringLiteral("CREATE INDEX complaints_building ON complaints (building_id, category_id, "
                       "received_at)"),
        QStringLiteral("CREATE INDEX complaints_household ON complaints (household_id)"),
        QStringLiteral("CREATE INDEX complaints_reporter ON complaints (reporter_resident_id)"),
        QStringLiteral("CREATE TABLE complaint_events ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints (id),"
                       " at TEXT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " from_state TEXT NOT NULL,"
                       " to_state TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " assignee TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, at)"),
    };
    statements << listSeeds() << calendarSeeds();
    return statements;
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step2ComplaintsOnPostgres() {
    return {
        QStringLiteral("CREATE TABLE complaint_categories ( id BIGINT GENERATED BY DEFAULT AS "
                       "IDENTITY PRIMARY KEY, name TEXT COLLATE \"C\" NOT NULL UNIQUE, position "
                       "BIGINT NOT NULL DEFAULT 0, active BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE referral_bodies ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, name TEXT COLLATE \"C\" NOT NULL UNIQUE, kind TEXT COLLATE "
                       "\"C\" NOT NULL CHECK (kind IN  ('property', 'utility', 'subdistrict', "
                       "'police', 'other')), active BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE calendar_days ( day TEXT COLLATE \"C\" PRIMARY KEY, kind TEXT "
                       "COLLATE \"C\" NOT NULL CHECK (kind IN ('holiday', 'workday')), name TEXT "
                       "COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE complaints ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "year BIGINT NOT NULL, seq BIGINT NOT NULL, received_at TEXT COLLATE \"C\" NOT NULL, "
            "channel TEXT COLLATE \"C\" NOT NULL CHECK (channel IN  ('visit', 'phone', "
            "'grid_platform', 'group_chat', 'wish_wall', 'other')), reporter_resident_id BIGINT "
            "REFERENCES residents (id), reporter_name TEXT COLLATE \"C\" NOT NULL, reporter_phone "
            "TEXT COLLATE \"C\" NOT NULL DEFAULT '', compound_id BIGINT REFERENCES compounds (id), "
            "building_id BIGINT REFERENCES buildings (id), unit_id BIGINT REFERENCES units (id), "
            "household_id BIGINT REFERENCES households (id), place TEXT COLLATE \"C\" NOT NULL "
            "DEFAULT '', category_id BIGINT NOT NULL REFERENCES complaint_categories (id), urgency "
            "TEXT COLLATE \"C\" NOT NULL CHECK (urgency IN ('urgent', 'normal')), summary TEXT "
            "COLLATE \"C\" NOT NULL, details TEXT COLLATE \"C\" NOT NULL DEFAULT '', logged_by "
            "TEXT COLLATE \"C\" NOT NULL, state TEXT COLLATE \"C\" NOT NULL CHECK (state IN "
            "('registered', 'assigned',  'in_progress', 'resolved', 'answered', 'followed_up', "
            "'closed')), level TEXT COLLATE \"C\" CHECK (level IN ('building', 'community', "
            "'mediation', 'referred')), assignee TEXT COLLATE \"C\" NOT NULL DEFAULT '', "
            "referral_body_id BIGINT REFERENCES referral_bodies (id), due_at TEXT COLLATE \"C\" "
            "NOT NULL, first_response_at TEXT COLLATE \"C\", resolved_at TEXT COLLATE \"C\", "
            "resolution TEXT COLLATE \"C\" NOT NULL DEFAULT '', answered_at TEXT COLLATE \"C\", "
            "answer_method TEXT COLLATE \"C\" NOT NULL DEFAULT '', satisfaction TEXT COLLATE \"C\" "
            "CHECK (satisfaction IN  ('satisfied', 'basically_satisfied', 'unsatisfied')), "
            "closed_at TEXT COLLATE \"C\", UNIQUE (year, seq))"),
        QStringLiteral("CREATE INDEX complaints_received ON complaints (received_at, id)"),
        QStringLiteral("CREATE INDEX complaints_open ON complaints (state, due_at)"),
        QStringLiteral("CREATE INDEX complaints_building ON complaints (building_id, category_id, "
                       "received_at)"),
        QStringLiteral("CREATE INDEX complaints_household ON complaints (household_id)"),
        QStringLiteral("CREATE INDEX complaints_reporter ON complaints (reporter_resident_id)"),
        QStringLiteral("CREATE TABLE complaint_events ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, complaint_id BIGINT NOT NULL REFERENCES complaints (id), at "
                       "TEXT COLLATE \"C\" NOT NULL, operator TEXT COLLATE \"C\" NOT NULL, action "
                       "TEXT COLLATE \"C\" NOT NULL, from_state TEXT COLLATE \"C\" NOT NULL, "
                       "to_state TEXT COLLATE \"C\" NOT NULL, note TEXT COLLATE \"C\" NOT NULL "
                       "DEFAULT '', assignee TEXT COLLATE \"C\" NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, at)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('环境卫生', 1)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('楼道照明', 2)"),
        QStringLiteral(
            "INSERT INTO complaint_categories (name, position) VALUES ('管道化粪池', 3)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('噪音扰民', 4)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('停车', 5)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('漏水', 6)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('邻里纠纷', 7)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('物业管理', 8)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('安全隐患', 9)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('养老关爱', 10)"),
        QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES ('其他', 11)"),
        QStringLiteral(
            "INSERT INTO referral_bodies (name, kind) VALUES ('物业服务公司', 'property')"),
        QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES ('供水公司', 'utility')"),
        QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES ('供电公司', 'utility')"),
        QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES ('燃气公司', 'utility')"),
        QStringLiteral(
            "INSERT INTO referral_bodies (name, kind) VALUES ('街道办事处', 'subdistrict')"),
        QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES ('派出所', 'police')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('complaints.due_days.urgent', "
                       "'1'), ('complaints.due_days.normal', '3')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-01-01', 'holiday', '元旦')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-01-26', "
                       "'workday', '春节调休')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-01-28', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-01-29', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-01-30', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-01-31', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-02-01', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-02-02', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-02-03', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2025-02-04', 'holiday', '春节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-02-08', "
                       "'workday', '春节调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-04-04', "
                       "'holiday', '清明节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-04-05', "
                       "'holiday', '清明节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-04-06', "
                       "'holiday', '清明节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-04-27', "
                       "'workday', '劳动节调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-05-01', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-05-02', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-05-03', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-05-04', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-05-05', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-05-31', "
                       "'holiday', '端午节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-06-01', "
                       "'holiday', '端午节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-06-02', "
                       "'holiday', '端午节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-09-28', "
                       "'workday', '国庆节调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-01', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-02', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-03', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-04', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-05', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-06', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-07', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-08', "
                       "'holiday', '国庆节、中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2025-10-11', "
                       "'workday', '国庆节调休')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-01-01', 'holiday', '元旦')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-01-02', 'holiday', '元旦')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-01-03', 'holiday', '元旦')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-01-04', "
                       "'workday', '元旦调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-14', "
                       "'workday', '春节调休')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-15', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-16', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-17', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-18', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-19', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-20', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-21', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-22', 'holiday', '春节')"),
        QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-23', 'holiday', '春节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-28', "
                       "'workday', '春节调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-04-04', "
                       "'holiday', '清明节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-04-05', "
                       "'holiday', '清明节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-04-06', "
                       "'holiday', '清明节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-05-01', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-05-02', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-05-03', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-05-04', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-05-05', "
                       "'holiday', '劳动节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-05-09', "
                       "'workday', '劳动节调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-06-19', "
                       "'holiday', '端午节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-06-20', "
                       "'holiday', '端午节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-06-21', "
                       "'holiday', '端午节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-09-20', "
                       "'workday', '国庆节调休')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-09-25', "
                       "'holiday', '中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-09-26', "
                       "'holiday', '中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-09-27', "
                       "'holiday', '中秋节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-01', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-02', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-03', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-04', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-05', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-06', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-07', "
                       "'holiday', '国庆节')"),
        QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES ('2026-10-10', "
                       "'workday', '国庆节调休')"),
    };
}

} // namespace linli
