#include "cogovernance/cogovernancerepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "registry/peoplerepository.h"
#include "registry/placerepository.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/statement.h"

namespace linli {

namespace {

// For the audit trail, which stores the days as text.
using sql::dateText;

const QString kTemplates =
    QStringLiteral("SELECT id, name, title, built_in, version FROM pact_templates"
                   " ORDER BY built_in DESC, name, id");
const QString kTemplate =
    QStringLiteral("SELECT id, name, title, built_in, version FROM pact_templates"
                   " WHERE id = :template_id");
const QString kTemplateClauses = QStringLiteral(
    "SELECT text FROM pact_template_clauses WHERE template_id = :template_id ORDER BY position");
const QString kPactColumns = QStringLiteral(
    "id, building_id, version, title, adopted_on, template_id, decision_id, rota, rota_start");
const QString kCurrentPact = QStringLiteral("SELECT ") + kPactColumns +
                             QStringLiteral(" FROM pacts WHERE building_id = :building"
                                            " ORDER BY version DESC LIMIT 1");
const QString kPact =
    QStringLiteral("SELECT ") + kPactColumns + QStringLiteral(" FROM pacts WHERE id = :pact");
const QString kPactClauses =
    QStringLiteral("SELECT text FROM pact_clauses WHERE pact_id = :pact ORDER BY position");
// The head of household speaks for it (or the first member when there is none); a signature
// counts while its signer still lives there. The day and the signer's name come joined by the
// unit separator (char(31)).
QString householdsText(const QString &separator) {
    return QStringLiteral("SELECT h.id, u.name AS unit_name, h.room, m.id AS head_id,"
                          " m.name AS head_name, (SELECT s.signed_on || ") +
           separator +
           QStringLiteral(" || r.name FROM pact_signatures s"
                          "  JOIN residents r ON r.id = s.resident_id"
                          "  WHERE s.pact_id = :pact AND s.household_id = h.id"
                          "  AND r.household_id = h.id AND r.moved_out_on IS NULL"
                          "  ORDER BY s.signed_on, s.resident_id LIMIT 1) AS signature"
                          " FROM households h JOIN units u ON u.id = h.unit_id"
                          " LEFT JOIN residents m ON m.id = (SELECT r.id FROM residents r"
                          "  WHERE r.household_id = h.id AND r.moved_out_on IS NULL"
                          "  ORDER BY r.relation = 'head' DESC, r.id LIMIT 1)"
                          " WHERE u.building_id = :building"
                          " ORDER BY length(u.name), u.name, length(h.room), h.room, h.id");
}
const sql::Text kHouseholds = sql::Text::perEngine(householdsText(QStringLiteral("char(31)")),
                                                   householdsText(QStringLiteral("chr(31)")));
const QString kInspectionColumns =
    QStringLiteral("id, building_id, inspected_on, inspectors, corridor_clear, no_clutter,"
                   " lighting, bins, notes, rectify_by");
const QString kInspections = QStringLiteral("SELECT ") + kInspectionColumns +
                             QStringLiteral(" FROM inspections WHERE building_id = :building"
                                            " ORDER BY inspected_on DESC, id DESC");
const QString kLedger =
    QStringLiteral("SELECT i.id, i.building_id, i.inspected_on, i.inspectors, i.corridor_clear,"
                   " i.no_clutter, i.lighting, i.bins, i.notes, i.rectify_by,"
                   " c.name AS compound_name, b.name AS building_name"
                   " FROM inspections i JOIN buildings b ON b.id = i.building_id"
                   " JOIN compounds c ON c.id = b.compound_id"
                   " WHERE i.inspected_on BETWEEN :from AND :to"
                   " AND (:scope_in_one = 0 OR c.community_id = :scope_community)"
                   " ORDER BY i.inspected_on DESC, c.name, length(b.name), b.name, i.id DESC");
const QString kDue = QStringLiteral(
    "SELECT b.id, c.name AS compound_name, b.name AS building_name, i.inspected_on,"
    " NOT (i.corridor_clear = 1 AND i.no_clutter = 1 AND i.lighting = 1 AND i.bins = 1)"
    " AS failed, i.rectify_by"
    " FROM buildings b JOIN compounds c ON c.id = b.compound_id"
    " LEFT JOIN inspections i ON i.id = (SELECT x.id FROM inspections x"
    "  WHERE x.building_id = b.id ORDER BY x.inspected_on DESC, x.id DESC LIMIT 1)"
    " WHERE EXISTS (SELECT 1 FROM pacts p WHERE p.building_id = b.id)"
    " AND (i.id IS NULL OR i.inspected_on < :not_since"
    "  OR NOT (i.corridor_clear = 1 AND i.no_clutter = 1 AND i.lighting = 1 AND i.bins = 1))"
    " AND (:scope_in_one = 0 OR c.community_id = :scope_community)"
    " ORDER BY i.id IS NOT NULL, i.inspected_on, c.name, length(b.name), b.name, b.id");

const QString kOverview = QStringLiteral(
    "SELECT c.id AS compound_id, c.name AS compound_name, b.id AS building_id,"
    " b.name AS building_name, p.version, p.adopted_on,"
    " (SELECT count(*) FROM households h JOIN units u ON u.id = h.unit_id"
    "  WHERE u.building_id = b.id) AS households,"
    " (SELECT count(DISTINCT s.household_id) FROM pact_signatures s"
    "  JOIN residents r ON r.id = s.resident_id WHERE s.pact_id = p.id"
    "  AND r.household_id = s.household_id AND r.moved_out_on IS NULL) AS signed_households,"
    " i.inspected_on, CASE WHEN i.id IS NULL THEN NULL WHEN i.corridor_clear = 1"
    " AND i.no_clutter = 1 AND i.lighting = 1 AND i.bins = 1 THEN 1 ELSE 0 END AS passed"
    " FROM compounds c JOIN buildings b ON b.compound_id = c.id"
    " LEFT JOIN pacts p ON p.id = (SELECT x.id FROM pacts x WHERE x.building_id = b.id"
    "  ORDER BY x.version DESC LIMIT 1)"
    " LEFT JOIN inspections i ON i.id = (SELECT y.id FROM inspections y"
    "  WHERE y.building_id = b.id ORDER BY y.inspected_on DESC, y.id DESC LIMIT 1)"
    " WHERE (:scope_in_one = 0 OR c.community_id = :scope_community)"
    " ORDER BY c.community_id, c.name, c.id, length(b.name), b.name, b.id");

QString rotaCode(RotaMode mode) {
    switch (mode) {
    case RotaMode::None:
        return QStringLiteral("none");
    case RotaMode::ByFloor:
        return QStringLiteral("floor");
    case RotaMode::ByHousehold:
        return QStringLiteral("household");
    }
    return QStringLiteral("none");
}

RotaMode rotaFrom(const QString &code) {
    if (code == QStringLiteral("floor"))
        return RotaMode::ByFloor;
    if (code == QStringLiteral("household"))
        return RotaMode::ByHousehold;
    return RotaMode::None;
}

Pact pactFrom(const sql::Statement &q) {
    Pact p;
    p.id = PactId{q.integer("id")};
    p.buildingId = BuildingId{q.integer("building_id")};
    p.version = int(q.integer("version"));
    p.title = q.text("title");
    p.adoptedOn = q.date("adopted_on");
    p.templateId = PactTemplateId{q.integer("template_id")};
    p.decisionId = q.integer("decision_id");
    p.rota = rotaFrom(q.text("rota"));
    p.rotaStart = q.date("rota_start");
    return p;
}

Inspection inspectionFrom(const sql::Statement &q) {
    Inspection i;
    i.id = InspectionId{q.integer("id")};
    i.buildingId = BuildingId{q.integer("building_id")};
    i.inspectedOn = q.date("inspected_on");
    i.inspectors = q.text("inspectors");
    i.corridorClear = q.flag("corridor_clear");
    i.noClutter = q.flag("no_clutter");
    i.lighting = q.flag("lighting");
    i.bins = q.flag("bins");
    i.notes = q.text("notes");
    i.rectifyBy = q.date("rectify_by");
    return i;
}

} // namespace

Result<QStringList> CoGovernanceRepository::clauses(const QString &statement,
                                                    const sql::Params &params) const {
    auto query = sql::Statement::run(m_database.connection(), statement, params);
    if (!query)
        return query.status();
    QStringList list;
    while (query->next())
        list << query->text("text");
    return list;
}

Result<QList<PactTemplate>> CoGovernanceRepository::templates() const {
    auto query = sql::Statement::run(m_database.connection(), kTemplates);
    if (!query)
        return query.status();
    QList<PactTemplate> list;
    while (query->next())
        list.append({PactTemplateId{query->integer("id")},
                     query->text("name"),
                     query->text("title"),
                     {},
                     query->flag("built_in"),
                     int(query->integer("version"))});
    for (PactTemplate &t : list) {
        auto text = clauses(kTemplateClauses, {{"template_id", t.id.value}});
        if (!text)
            return text.status();
        t.clauses = *text;
    }
    return list;
}

Result<PactTemplate> CoGovernanceRepository::pactTemplate(PactTemplateId id) const {
    auto query =
        sql::Statement::run(m_database.connection(), kTemplate, {{"template_id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<PactTemplate>::failure(tr("The pact template no longer exists."));
    PactTemplate t{id, query->text("name"),     query->text("title"),
                   {}, query->flag("built_in"), int(query->integer("version"))};
    auto text = clauses(kTemplateClauses, {{"template_id", id.value}});
    if (!text)
        return text.status();
    t.clauses = *text;
    return t;
}

Result<std::optional<Pact>> CoGovernanceRepository::currentPact(BuildingId building) const {
    auto query =
        sql::Statement::run(m_database.connection(), kCurrentPact, {{"building", building.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return std::optional<Pact>();
    Pact p = pactFrom(*query);
    auto text = clauses(kPactClauses, {{"pact", p.id.value}});
    if (!text)
        return text.status();
    p.clauses = *text;
    return std::optional<Pact>(p);
}

Result<Pact> CoGovernanceRepository::pact(PactId id) const {
    auto query = sql::Statement::run(m_database.connection(), kPact, {{"pact", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Pact>::failure(tr("The pact no longer exists."));
    Pact p = pactFrom(*query);
    auto text = clauses(kPactClauses, {{"pact", p.id.value}});
    if (!text)
        return text.status();
    p.clauses = *text;
    return p;
}

Result<QList<PactHousehold>> CoGovernanceRepository::households(BuildingId building,
                                                                PactId pact) const {
    auto query = sql::Statement::run(m_database.connection(), kHouseholds,
                                     {{"pact", pact.value}, {"building", building.value}});
    if (!query)
        return query.status();
    QList<PactHousehold> list;
    while (query->next()) {
        PactHousehold h;
        h.id = HouseholdId{query->integer("id")};
        h.unit = query->text("unit_name");
        h.room = query->text("room");
        h.headId = ResidentId{query->integer("head_id")};
        h.head = query->text("head_name");
        const QString signature = query->text("signature");
        if (!signature.isEmpty()) {
            h.signedOn = iso::date(signature.section(QChar(0x1f), 0, 0));
            h.signer = signature.section(QChar(0x1f), 1);
        }
        list.append(h);
    }
    return list;
}

Result<QList<Inspection>> CoGovernanceRepository::inspections(BuildingId building) const {
    auto query =
        sql::Statement::run(m_database.connection(), kInspections, {{"building", building.value}});
    if (!query)
        return query.status();
    QList<Inspection> list;
    while (query->next())
        list.append(inspectionFrom(*query));
    return list;
}

Result<QList<InspectionRecord>> CoGovernanceRepository::inspectionLedger(QDate from,
                                                                         QDate to) const {
    auto query = sql::Statement::run(m_database.connection(), kLedger,
                                     sql::Params{{"from", from}, {"to", to}} +
                                         CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<InspectionRecord> list;
    while (query->next())
        list.append(
            {inspectionFrom(*query), query->text("compound_name"), query->text("building_name")});
    return list;
}

Result<QList<InspectionDue>> CoGovernanceRepository::inspectionsDue(QDate notSince) const {
    auto query = sql::Statement::run(m_database.connection(), kDue,
                                     sql::Params{{"not_since", notSince}} +
                                         CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<InspectionDue> list;
    while (query->next())
        list.append({BuildingId{query->integer("id")}, query->text("compound_name"),
                     query->text("building_name"), query->date("inspected_on"),
                     query->flag("failed"), query->date("rectify_by")});
    return list;
}

Result<QList<BuildingPactStatus>> CoGovernanceRepository::overview() const {
    auto query = sql::Statement::run(m_database.connection(), kOverview,
                                     CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<BuildingPactStatus> list;
    while (query->next()) {
        BuildingPactStatus s;
        s.compoundId = CompoundId{query->integer("compound_id")};
        s.compound = query->text("compound_name");
        s.buildingId = BuildingId{query->integer("building_id")};
        s.building = query->text("building_name");
        s.version = int(query->integer("version"));
        s.adoptedOn = query->date("adopted_on");
        s.households = int(query->integer("households"));
        s.signedHouseholds = int(query->integer("signed_households"));
        s.lastInspectedOn = query->date("inspected_on");
        s.lastPassed = query->flag("passed");
        list.append(s);
    }
    if (Status read = query->status(); !read)
        return read;
    return list;
}

Result<PactTemplateId> CoGovernanceRepository::saveTemplate(const WriteContext &context,
                                                            const PactTemplate &t) {
    PactTemplateId id = t.id;
    if (id.isValid()) {
        if (Status fresh = RowVersion::check(context, QStringLiteral("pact_templates"),
                                             QStringLiteral("pact_template"), id.value, t.version);
            !fresh)
            return fresh;
        if (Status done = context.change(
                QStringLiteral("UPDATE pact_templates SET name = :name, title = :title,"
                               " version = version + 1 WHERE id = :template_id"),
                {{"name", t.name}, {"title", t.title}, {"template_id", id.value}},
                tr("The pact template no longer exists."));
            !done)
            return done;
        if (auto cleared = context.run(
                QStringLiteral(
                    "DELETE FROM pact_template_clauses WHERE template_id = :template_id"),
                {{"template_id", id.value}});
            !cleared)
            return cleared.status();
    } else {
        auto inserted = context.insert(QStringLiteral("INSERT INTO pact_templates (name, title)"
                                                      " VALUES (:name, :title) RETURNING id"),
                                       {{"name", t.name}, {"title", t.title}});
        if (!inserted)
            return inserted.status();
        id = PactTemplateId{*inserted};
    }
    for (qsizetype i = 0; i < t.clauses.size(); ++i) {
        if (auto done = context.run(
                QStringLiteral("INSERT INTO pact_template_clauses"
                               " (template_id, position, text)"
                               " VALUES (:template_id, :position, :text)"),
                {{"template_id", id.value}, {"position", int(i + 1)}, {"text", t.clauses.at(i)}});
            !done)
            return done.status();
    }
    if (Status audited = context.audit(
            QStringLiteral("pact_template"), id.value,
            t.id.isValid() ? WriteContext::Action::Update : WriteContext::Action::Create,
            {{QStringLiteral("name"), t.name}, {QStringLiteral("clauses"), int(t.clauses.size())}});
        !audited)
        return audited;
    return id;
}

Status CoGovernanceRepository::removeTemplate(const WriteContext &context, PactTemplateId id) {
    if (Status done = context.change(
            QStringLiteral("DELETE FROM pact_templates WHERE id = :template_id AND built_in = 0"),
            {{"template_id", id.value}},
            tr("The built-in template is kept; copy it to make your own."));
        !done)
        return done;
    return context.audit(QStringLiteral("pact_template"), id.value, WriteContext::Action::Delete,
                         {});
}

Result<PactValues> CoGovernanceRepository::valuesOn(BuildingId building, QDate day) const {
    const auto place = PlaceRepository(m_database).placeOfBuilding(building);
    if (!place)
        return place.status();
    const auto heads = PeopleRepository(m_database).neighbourHeads(building, day);
    if (!heads)
        return heads.status();
    QStringList names;
    for (const NeighbourHead &head : *heads)
        names << head.residentName;
    return PactValues{place->communityName, place->compoundName, place->buildingName,
                      names.join(QStringLiteral("、")), day};
}

Result<Pact> CoGovernanceRepository::filled(Pact draft) const {
    const auto values = valuesOn(draft.buildingId, draft.adoptedOn);
    if (!values)
        return values.status();
    const auto title = PactText::renderTitle(draft.title, *values);
    if (!title)
        return title.status();
    const auto clauses = PactText::render(draft.clauses, *values);
    if (!clauses)
        return clauses.status();
    draft.title = *title;
    draft.clauses = *clauses;
    return draft;
}

Result<Pact> CoGovernanceRepository::insertPact(const WriteContext &context, Pact p) {
    const auto next = sql::Statement::single(
        context.connection(),
        QStringLiteral(
            "SELECT coalesce(max(version), 0) + 1 FROM pacts WHERE building_id = :building"),
        {{"building", p.buildingId.value}});
    if (!next)
        return next.status();
    p.version = next->toInt();
    auto id = context.insert(
        QStringLiteral("INSERT INTO pacts (building_id, version, title, adopted_on, template_id,"
                       " decision_id, rota, rota_start) VALUES (:building_id, :version, :title,"
                       " :adopted_on, :template_id, :decision_id, :rota, :rota_start)"
                       " RETURNING id"),
        {{"building_id", p.buildingId.value},
         {"version", p.version},
         {"title", p.title},
         {"adopted_on", p.adoptedOn},
         {"template_id", p.templateId.isValid() ? QVariant(p.templateId.value) : QVariant()},
         {"decision_id", p.decisionId > 0 ? QVariant(p.decisionId) : QVariant()},
         {"rota", rotaCode(p.rota)},
         {"rota_start", p.rotaStart}});
    if (!id)
        return id.status();
    p.id = PactId{*id};
    for (qsizetype i = 0; i < p.clauses.size(); ++i) {
        if (auto done = context.run(
                QStringLiteral("INSERT INTO pact_clauses (pact_id, position,"
                               " text) VALUES (:pact, :position, :text)"),
                {{"pact", p.id.value}, {"position", int(i + 1)}, {"text", p.clauses.at(i)}});
            !done)
            return done.status();
    }
    if (Status audited =
            context.audit(QStringLiteral("pact"), p.id.value, WriteContext::Action::Create,
                          {{QStringLiteral("building_id"), p.buildingId.value},
                           {QStringLiteral("version"), p.version},
                           {QStringLiteral("adopted_on"), dateText(p.adoptedOn)}});
        !audited)
        return audited;
    return p;
}

Status CoGovernanceRepository::setRota(const WriteContext &context, PactId id, RotaMode mode,
                                       QDate start) {
    if (Status done = context.change(
            QStringLiteral(
                "UPDATE pacts SET rota = :rota, rota_start = :rota_start WHERE id = :pact"),
            {{"rota", rotaCode(mode)}, {"rota_start", start}, {"pact", id.value}},
            tr("The pact no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("pact"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("rota"), rotaCode(mode)}});
}

Status CoGovernanceRepository::sign(const WriteContext &context, PactId pact, HouseholdId household,
                                    ResidentId signer, QDate on) {
    // Signed already (by someone still living there), at another desk a moment ago: told who,
    // rather than the first signature's day silently replaced.
    auto signedAlready =
        context.run(QStringLiteral("SELECT count(*) AS n FROM pact_signatures s JOIN residents r"
                                   " ON r.id = s.resident_id WHERE s.pact_id = :pact"
                                   " AND s.household_id = :household AND r.moved_out_on IS NULL"),
                    {{"pact", pact.value}, {"household", household.value}});
    if (!signedAlready)
        return signedAlready.status();
    if (signedAlready->next() && signedAlready->integer("n") > 0)
        return RowVersion::changedFirst(context, QStringLiteral("pact"), pact.value);
    if (auto done = context.run(
            QStringLiteral("INSERT INTO pact_signatures (pact_id, household_id, resident_id,"
                           " signed_on) VALUES (:pact, :household, :signer, :signed_on)"
                           " ON CONFLICT (pact_id, household_id, resident_id)"
                           " DO UPDATE SET signed_on = excluded.signed_on"),
            {{"pact", pact.value},
             {"household", household.value},
             {"signer", signer.value},
             {"signed_on", on}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("pact"), pact.value, WriteContext::Action::Update,
                         {{QStringLiteral("signed_by_household"), household.value},
                          {QStringLiteral("signed_on"), dateText(on)}});
}

Status CoGovernanceRepository::unsign(const WriteContext &context, PactId pact,
                                      HouseholdId household) {
    if (auto done = context.run(
            QStringLiteral(
                "DELETE FROM pact_signatures WHERE pact_id = :pact AND household_id = :household"),
            {{"pact", pact.value}, {"household", household.value}});
        !done)
        return done.status();
    else if (done->rowsAffected() == 0) // undone at another desk first
        return RowVersion::changedFirst(context, QStringLiteral("pact"), pact.value);
    return context.audit(QStringLiteral("pact"), pact.value, WriteContext::Action::Update,
                         {{QStringLiteral("unsigned_household"), household.value}});
}

Result<InspectionId> CoGovernanceRepository::insertInspection(const WriteContext &context,
                                                              const Inspection &i) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO inspections (building_id, inspected_on, inspectors,"
                       " corridor_clear, no_clutter, lighting, bins, notes, rectify_by)"
                       " VALUES (:building_id, :inspected_on, :inspectors, :corridor_clear,"
                       " :no_clutter, :lighting, :bins, :notes, :rectify_by) RETURNING id"),
        {{"building_id", i.buildingId.value},
         {"inspected_on", i.inspectedOn},
         {"inspectors", i.inspectors},
         {"corridor_clear", i.corridorClear},
         {"no_clutter", i.noClutter},
         {"lighting", i.lighting},
         {"bins", i.bins},
         {"notes", sql::notNull(i.notes)},
         {"rectify_by", i.rectifyBy}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("inspection"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("building_id"), i.buildingId.value},
                           {QStringLiteral("passed"), i.passed()}});
        !audited)
        return audited;
    return InspectionId{*id};
}

} // namespace linli
