#include "storage/schemasteps.h"

namespace linli {

// Version 5: building co-governance — council venues, residents' opinions, building meetings
// with attendees, agenda, decisions voted one per household and follow-up actions; hygiene pact
// templates (a default one written for Linli), each building's pacts by version with their
// clauses and who signed, and the inspections that check a building keeps to its pact.
QStringList step5CoGovernance() {
    QStringList statements = {
        // Where a building meets: a council hall (room, capacity), an online group (run by a grid
        // worker or neighbour head: owner), or the party members' home.
        QStringLiteral("CREATE TABLE council_venues ("
                       " id INTEGER PRIMARY KEY,"
                       " compound_id INTEGER NOT NULL REFERENCES compounds (id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('hall', 'online', 'party_home')),"
                       " name TEXT NOT NULL,"
                       " room TEXT NOT NULL DEFAULT '',"
                       " capacity INTEGER,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (compound_id, name))"),
        QStringLiteral("CREATE TABLE opinions ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " raised_on TEXT NOT NULL,"
                       " resident_id INTEGER REFERENCES residents (id),"
                       " raised_by TEXT NOT NULL,"
                       " category TEXT NOT NULL CHECK (category IN ('corridor_hygiene', 'lighting',"
                       "  'shared_space', 'safety', 'other')),"
                       " text TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'open'"
                       "  CHECK (state IN ('open', 'on_agenda', 'decided', 'done')))"),
        QStringLiteral("CREATE INDEX opinions_building ON opinions (building_id, raised_on)"),
        QStringLiteral("CREATE TABLE meetings ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " starts_at TEXT NOT NULL,"
                       " venue_id INTEGER REFERENCES council_venues (id),"
                       " convener TEXT NOT NULL,"
                       " topic TEXT NOT NULL DEFAULT '',"
                       " notice_posted_on TEXT,"
                       " objection_days INTEGER NOT NULL DEFAULT 7 CHECK (objection_days > 0))"),
        QStringLiteral("CREATE INDEX meetings_building ON meetings (building_id, starts_at)"),
        QStringLiteral(
            "CREATE TABLE meeting_attendees ("
            " id INTEGER PRIMARY KEY,"
            " meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
            " resident_id INTEGER REFERENCES residents (id),"
            " household_id INTEGER REFERENCES households (id),"
            " name TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('resident', 'representative', 'grid_worker',"
            "  'neighbour_head', 'group_member', 'other')))"),
        QStringLiteral("CREATE TABLE agenda_items ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " opinion_id INTEGER REFERENCES opinions (id),"
                       " complaint_id INTEGER REFERENCES complaints (id))"),
        QStringLiteral(
            "CREATE TABLE meeting_decisions ("
            " id INTEGER PRIMARY KEY,"
            " meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
            " agenda_item_id INTEGER REFERENCES agenda_items (id),"
            " text TEXT NOT NULL,"
            " rule TEXT NOT NULL CHECK (rule IN ('consensus', 'majority', 'two_thirds')))"),
        // One vote a household, by the primary key.
        QStringLiteral(
            "CREATE TABLE decision_votes ("
            " decision_id INTEGER NOT NULL REFERENCES meeting_decisions (id) ON DELETE CASCADE,"
            " household_id INTEGER NOT NULL REFERENCES households (id),"
            " vote TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),"
            " PRIMARY KEY (decision_id, household_id))"),
        QStringLiteral(
            "CREATE TABLE meeting_actions ("
            " id INTEGER PRIMARY KEY,"
            " decision_id INTEGER NOT NULL REFERENCES meeting_decisions (id) ON DELETE CASCADE,"
            " text TEXT NOT NULL,"
            " owner TEXT NOT NULL,"
            " due_on TEXT NOT NULL,"
            " progress TEXT NOT NULL DEFAULT '',"
            " done_on TEXT)"),
        QStringLiteral("CREATE TABLE pact_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " built_in INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE pact_template_clauses ("
            " template_id INTEGER NOT NULL REFERENCES pact_templates (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " text TEXT NOT NULL,"
            " PRIMARY KEY (template_id, position))"),
        // Clauses keep their placeholders ({邻长}…): a pact prints with today's neighbour head.
        // decision_id is the building meeting's decision that adopted it, when there was one.
        QStringLiteral("CREATE TABLE pacts ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " version INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " adopted_on TEXT NOT NULL,"
                       " template_id INTEGER REFERENCES pact_templates (id) ON DELETE SET NULL,"
                       " decision_id INTEGER REFERENCES meeting_decisions (id),"
                       " rota TEXT NOT NULL DEFAULT 'none'"
                       "  CHECK (rota IN ('none', 'floor', 'household')),"
                       " rota_start TEXT,"
                       " UNIQUE (building_id, version))"),
        QStringLiteral("CREATE TABLE pact_clauses ("
                       " pact_id INTEGER NOT NULL REFERENCES pacts (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " PRIMARY KEY (pact_id, position))"),
        // Who signed for the household: a household whose signer has moved out shows as not yet
        // signed, as does one that moved in after the pact was adopted.
        QStringLiteral("CREATE TABLE pact_signatures ("
                       " pact_id INTEGER NOT NULL REFERENCES pacts (id) ON DELETE CASCADE,"
                       " household_id INTEGER NOT NULL REFERENCES households (id),"
                       " resident_id INTEGER NOT NULL REFERENCES residents (id),"
                       " signed_on TEXT NOT NULL,"
                       " PRIMARY KEY (pact_id, household_id, resident_id))"),
        QStringLiteral("CREATE TABLE inspections ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings (id),"
                       " inspected_on TEXT NOT NULL,"
                       " inspectors TEXT NOT NULL,"
                       " corridor_clear INTEGER NOT NULL,"
                       " no_clutter INTEGER NOT NULL,"
                       " lighting INTEGER NOT NULL,"
                       " bins INTEGER NOT NULL,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " rectify_by TEXT)"),
        QStringLiteral(
            "CREATE INDEX inspections_building ON inspections (building_id, inspected_on)"),
        QStringLiteral("INSERT INTO pact_templates (id, name, title, built_in)"
                       " VALUES (1, '楼栋卫生公约（邻里默认）', '楼栋卫生公约', 1)"),
    };
    // The default pact, written for Linli. Placeholders: {社区} {小区} {楼栋} {邻长} {日期}.
    const char16_t *clauses[] = {
        u"为营造{小区}{楼栋}整洁、安全、文明的居住环境，经本楼栋居民共同商议，制定本公约，"
        u"全体住户共同遵守、相互监督。",
        u"楼道、楼梯间和消防通道是全楼住户共用的通道，不堆放杂物，不停放电动车，不私拉电线"
        u"充电，时时保持畅通。",
        u"生活垃圾分类装袋，投放到指定的垃圾桶，不在楼道内暂放；不从窗口、阳台向下抛物。",
        u"爱护楼道墙面、扶手、照明灯和单元门等公共设施，不乱贴乱画；发现损坏及时告知邻长。",
        u"饲养宠物的住户文明养宠，及时清理宠物粪便，不让宠物在楼道内便溺。",
        u"各户按值日表轮流清扫楼道，保持楼梯、扶手和窗台干净。",
        u"楼栋自治小组每月组织一次卫生检查，结果在楼道公示栏公布；未达标的事项，由邻长{邻长}"
        u"提醒相关住户限期整改。",
        u"本公约自{日期}起施行，全体住户签字确认后张贴于楼道公示栏，由{社区}居民委员会"
        u"指导监督。",
    };
    int position = 0;
    for (const char16_t *clause : clauses)
        statements << QStringLiteral("INSERT INTO pact_template_clauses (template_id, position,"
                                     " text) VALUES (1, %1, '%2')")
                          .arg(++position)
                          .arg(QString::fromUtf16(clause));
    return statements;
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step5CoGovernanceOnPostgres() {
    return {
        QStringLiteral(
            "CREATE TABLE council_venues ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "compound_id BIGINT NOT NULL REFERENCES compounds (id), kind TEXT COLLATE \"C\" NOT "
            "NULL CHECK (kind IN ('hall', 'online', 'party_home')), name TEXT COLLATE \"C\" NOT "
            "NULL, room TEXT COLLATE \"C\" NOT NULL DEFAULT '', capacity BIGINT, owner TEXT "
            "COLLATE \"C\" NOT NULL DEFAULT '', UNIQUE (compound_id, name))"),
        QStringLiteral(
            "CREATE TABLE opinions ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "building_id BIGINT NOT NULL REFERENCES buildings (id), raised_on TEXT COLLATE \"C\" "
            "NOT NULL, resident_id BIGINT REFERENCES residents (id), raised_by TEXT COLLATE \"C\" "
            "NOT NULL, category TEXT COLLATE \"C\" NOT NULL CHECK (category IN "
            "('corridor_hygiene', 'lighting',  'shared_space', 'safety', 'other')), text TEXT "
            "COLLATE \"C\" NOT NULL, state TEXT COLLATE \"C\" NOT NULL DEFAULT 'open'  CHECK "
            "(state IN ('open', 'on_agenda', 'decided', 'done')))"),
        QStringLiteral("CREATE INDEX opinions_building ON opinions (building_id, raised_on)"),
        QStringLiteral(
            "CREATE TABLE meetings ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "building_id BIGINT NOT NULL REFERENCES buildings (id), starts_at TEXT COLLATE \"C\" "
            "NOT NULL, venue_id BIGINT REFERENCES council_venues (id), convener TEXT COLLATE \"C\" "
            "NOT NULL, topic TEXT COLLATE \"C\" NOT NULL DEFAULT '', notice_posted_on TEXT COLLATE "
            "\"C\", objection_days BIGINT NOT NULL DEFAULT 7 CHECK (objection_days > 0))"),
        QStringLiteral("CREATE INDEX meetings_building ON meetings (building_id, starts_at)"),
        QStringLiteral(
            "CREATE TABLE meeting_attendees ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, "
            "resident_id BIGINT REFERENCES residents (id), household_id BIGINT REFERENCES "
            "households (id), name TEXT COLLATE \"C\" NOT NULL, role TEXT COLLATE \"C\" NOT NULL "
            "CHECK (role IN ('resident', 'representative', 'grid_worker',  'neighbour_head', "
            "'group_member', 'other')))"),
        QStringLiteral(
            "CREATE TABLE agenda_items ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, position "
            "BIGINT NOT NULL, title TEXT COLLATE \"C\" NOT NULL, opinion_id BIGINT REFERENCES "
            "opinions (id), complaint_id BIGINT REFERENCES complaints (id))"),
        QStringLiteral("CREATE TABLE meeting_decisions ( id BIGINT GENERATED BY DEFAULT AS "
                       "IDENTITY PRIMARY KEY, meeting_id BIGINT NOT NULL REFERENCES meetings (id) "
                       "ON DELETE CASCADE, agenda_item_id BIGINT REFERENCES agenda_items (id), "
                       "text TEXT COLLATE \"C\" NOT NULL, rule TEXT COLLATE \"C\" NOT NULL CHECK "
                       "(rule IN ('consensus', 'majority', 'two_thirds')))"),
        QStringLiteral(
            "CREATE TABLE decision_votes ( decision_id BIGINT NOT NULL REFERENCES "
            "meeting_decisions (id) ON DELETE CASCADE, household_id BIGINT NOT NULL REFERENCES "
            "households (id), vote TEXT COLLATE \"C\" NOT NULL CHECK (vote IN ('for', 'against', "
            "'abstain')), PRIMARY KEY (decision_id, household_id))"),
        QStringLiteral("CREATE TABLE meeting_actions ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, decision_id BIGINT NOT NULL REFERENCES meeting_decisions (id) "
                       "ON DELETE CASCADE, text TEXT COLLATE \"C\" NOT NULL, owner TEXT COLLATE "
                       "\"C\" NOT NULL, due_on TEXT COLLATE \"C\" NOT NULL, progress TEXT COLLATE "
                       "\"C\" NOT NULL DEFAULT '', done_on TEXT COLLATE \"C\")"),
        QStringLiteral("CREATE TABLE pact_templates ( id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                       "PRIMARY KEY, name TEXT COLLATE \"C\" NOT NULL UNIQUE, title TEXT COLLATE "
                       "\"C\" NOT NULL, built_in BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE pact_template_clauses ( template_id BIGINT NOT NULL REFERENCES "
            "pact_templates (id) ON DELETE CASCADE, position BIGINT NOT NULL, text TEXT COLLATE "
            "\"C\" NOT NULL, PRIMARY KEY (template_id, position))"),
        QStringLiteral(
            "CREATE TABLE pacts ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "building_id BIGINT NOT NULL REFERENCES buildings (id), version BIGINT NOT NULL, title "
            "TEXT COLLATE \"C\" NOT NULL, adopted_on TEXT COLLATE \"C\" NOT NULL, template_id "
            "BIGINT REFERENCES pact_templates (id) ON DELETE SET NULL, decision_id BIGINT "
            "REFERENCES meeting_decisions (id), rota TEXT COLLATE \"C\" NOT NULL DEFAULT 'none'  "
            "CHECK (rota IN ('none', 'floor', 'household')), rota_start TEXT COLLATE \"C\", UNIQUE "
            "(building_id, version))"),
        QStringLiteral("CREATE TABLE pact_clauses ( pact_id BIGINT NOT NULL REFERENCES pacts (id) "
                       "ON DELETE CASCADE, position BIGINT NOT NULL, text TEXT COLLATE \"C\" NOT "
                       "NULL, PRIMARY KEY (pact_id, position))"),
        QStringLiteral(
            "CREATE TABLE pact_signatures ( pact_id BIGINT NOT NULL REFERENCES pacts (id) ON "
            "DELETE CASCADE, household_id BIGINT NOT NULL REFERENCES households (id), resident_id "
            "BIGINT NOT NULL REFERENCES residents (id), signed_on TEXT COLLATE \"C\" NOT NULL, "
            "PRIMARY KEY (pact_id, household_id, resident_id))"),
        QStringLiteral(
            "CREATE TABLE inspections ( id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "building_id BIGINT NOT NULL REFERENCES buildings (id), inspected_on TEXT COLLATE "
            "\"C\" NOT NULL, inspectors TEXT COLLATE \"C\" NOT NULL, corridor_clear BIGINT NOT "
            "NULL, no_clutter BIGINT NOT NULL, lighting BIGINT NOT NULL, bins BIGINT NOT NULL, "
            "notes TEXT COLLATE \"C\" NOT NULL DEFAULT '', rectify_by TEXT COLLATE \"C\")"),
        QStringLiteral(
            "CREATE INDEX inspections_building ON inspections (building_id, inspected_on)"),
        QStringLiteral("INSERT INTO pact_templates (id, name, title, built_in) VALUES (1, "
                       "'楼栋卫生公约（邻里默认）', '楼栋卫生公约', 1)"),
        QStringLiteral(
            "INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, 1, "
            "'为营造{小区}{楼栋}"
            "整洁、安全、文明的居住环境，经本楼栋居民共同商议，制定本公约，全体住户共同遵守、相互监"
            "督。')"),
        QStringLiteral(
            "INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, 2, "
            "'楼道、楼梯间和消防通道是全楼住户共用的通道，不堆放杂物，不停放电动车，不私拉电线充电"
            "，时时保持畅通。')"),
        QStringLiteral(
            "INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, 3, "
            "'生活垃圾分类装袋，投放到指定的垃圾桶，不在楼道内暂放；不从窗口、阳台向下抛物。')"),
        QStringLiteral(
            "INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, 4, "
            "'爱护楼道墙面、扶手、照明灯和单元门等公共设施，不乱贴乱画；发现损坏及时告知邻长。')"),
        QStringLiteral("INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, "
                       "5, '饲养宠物的住户文明养宠，及时清理宠物粪便，不让宠物在楼道内便溺。')"),
        QStringLiteral("INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, "
                       "6, '各户按值日表轮流清扫楼道，保持楼梯、扶手和窗台干净。')"),
        QStringLiteral(
            "INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, 7, "
            "'楼栋自治小组每月组织一次卫生检查，结果在楼道公示栏公布；未达标的事项，由邻长{邻长}"
            "提醒相关住户限期整改。')"),
        QStringLiteral(
            "INSERT INTO pact_template_clauses (template_id, position, text) VALUES (1, 8, "
            "'本公约自{日期}起施行，全体住户签字确认后张贴于楼道公示栏，由{社区}"
            "居民委员会指导监督。')"),
    };
}

} // namespace linli
