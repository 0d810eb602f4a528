#include "cogovernance/cogovernancerepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

using sql::dateFrom;
using sql::dateOrNull;
using sql::dateText;

const QString kTemplates = QStringLiteral(
    "SELECT id, name, title, built_in FROM pact_templates ORDER BY built_in DESC, name");
const QString kTemplate =
    QStringLiteral("SELECT id, name, title, built_in FROM pact_templates WHERE id = ?");
const QString kTemplateClauses = QStringLiteral(
    "SELECT text FROM pact_template_clauses WHERE template_id = ? ORDER BY position");
const QString kPactColumns = QStringLiteral(
    "id, building_id, version, title, adopted_on, template_id, decision_id, rota, rota_start");
const QString kCurrentPact = QStringLiteral("SELECT ") + kPactColumns +
                             QStringLiteral(" FROM pacts WHERE building_id = ?"
                                            " ORDER BY version DESC LIMIT 1");
const QString kPact =
    QStringLiteral("SELECT ") + kPactColumns + QStringLiteral(" FROM pacts WHERE id = ?");
const QString kPactClauses =
    QStringLiteral("SELECT text FROM pact_clauses WHERE pact_id = ? ORDER BY position");
// The head of household speaks for it (or the first member when there is none); a signature
// counts while its signer still lives there.
const QString kHouseholds =
    QStringLiteral("SELECT h.id, u.name, h.room, m.id, m.name,"
                   " (SELECT s.signed_on || char(31) || r.name FROM pact_signatures s"
                   "  JOIN residents r ON r.id = s.resident_id"
                   "  WHERE s.pact_id = ? AND s.household_id = h.id AND r.household_id = h.id"
                   "  AND r.moved_out_on IS NULL ORDER BY s.signed_on LIMIT 1)"
                   " FROM households h JOIN units u ON u.id = h.unit_id"
                   " LEFT JOIN residents m ON m.id = (SELECT r.id FROM residents r"
                   "  WHERE r.household_id = h.id AND r.moved_out_on IS NULL"
                   "  ORDER BY r.relation = 'head' DESC, r.id LIMIT 1)"
                   " WHERE u.building_id = ?"
                   " ORDER BY length(u.name), u.name, length(h.room), h.room");
const QString kInspectionColumns =
    QStringLiteral("id, building_id, inspected_on, inspectors, corridor_clear, no_clutter,"
                   " lighting, bins, notes, rectify_by");
const QString kInspections = QStringLiteral("SELECT ") + kInspectionColumns +
                             QStringLiteral(" FROM inspections WHERE building_id = ?"
                                            " ORDER BY inspected_on DESC, id DESC");
const QString kLedger =
    QStringLiteral("SELECT i.id, i.building_id, i.inspected_on, i.inspectors, i.corridor_clear,"
                   " i.no_clutter, i.lighting, i.bins, i.notes, i.rectify_by, c.name, b.name"
                   " FROM inspections i JOIN buildings b ON b.id = i.building_id"
                   " JOIN compounds c ON c.id = b.compound_id"
                   " WHERE i.inspected_on BETWEEN ? AND ? AND (? = 0 OR c.community_id = ?)"
                   " ORDER BY i.inspected_on DESC, c.name, length(b.name), b.name, i.id DESC");
const QString kDue = QStringLiteral(
    "SELECT b.id, c.name, b.name, i.inspected_on,"
    " NOT (i.corridor_clear = 1 AND i.no_clutter = 1 AND i.lighting = 1 AND i.bins = 1), "
    "i.rectify_by"
    " FROM buildings b JOIN compounds c ON c.id = b.compound_id"
    " LEFT JOIN inspections i ON i.id = (SELECT x.id FROM inspections x"
    "  WHERE x.building_id = b.id ORDER BY x.inspected_on DESC, x.id DESC LIMIT 1)"
    " WHERE EXISTS (SELECT 1 FROM pacts p WHERE p.building_id = b.id)"
    " AND (i.id IS NULL OR i.inspected_on < ?"
    "  OR NOT (i.corridor_clear = 1 AND i.no_clutter = 1 AND i.lighting = 1 AND i.bins = 1))"
    " AND (? = 0 OR c.community_id = ?)"
    " ORDER BY i.id IS NOT NULL, i.inspected_on, c.name, length(b.name), b.name");

const QString kOverview = QStringLiteral(
    "SELECT c.id, c.name, b.id, b.name, p.version, p.adopted_on,"
    " (SELECT count(*) FROM households h JOIN units u ON u.id = h.unit_id"
    "  WHERE u.building_id = b.id),"
    " (SELECT count(DISTINCT s.household_id) FROM pact_signatures s"
    "  JOIN residents r ON r.id = s.resident_id WHERE s.pact_id = p.id"
    "  AND r.household_id = s.household_id AND r.moved_out_on IS NULL),"
    " i.inspected_on, CASE WHEN i.id IS NULL THEN NULL WHEN i.corridor_clear = 1"
    " AND i.no_clutter = 1 AND i.lighting = 1 AND i.bins = 1 THEN 1 ELSE 0 END"
    " FROM compounds c JOIN buildings b ON b.compound_id = c.id"
    " LEFT JOIN pacts p ON p.id = (SELECT x.id FROM pacts x WHERE x.building_id = b.id"
    "  ORDER BY x.version DESC LIMIT 1)"
    " LEFT JOIN inspections i ON i.id = (SELECT y.id FROM inspections y"
    "  WHERE y.building_id = b.id ORDER BY y.inspected_on DESC, y.id DESC LIMIT 1)"
    " WHERE (? = 0 OR c.community_id = ?)"
    " ORDER BY c.community_id, c.name, c.id, length(b.name), b.name");

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

Pact pactFrom(const QSqlQuery &q) {
    Pact p;
    p.id = PactId{q.value(0).toLongLong()};
    p.buildingId = BuildingId{q.value(1).toLongLong()};
    p.version = q.value(2).toInt();
    p.title = q.value(3).toString();
    p.adoptedOn = dateFrom(q.value(4));
    p.templateId = PactTemplateId{q.value(5).toLongLong()};
    p.decisionId = q.value(6).toLongLong();
    p.rota = rotaFrom(q.value(7).toString());
    p.rotaStart = dateFrom(q.value(8));
    return p;
}

Inspection inspectionFrom(const QSqlQuery &q) {
    Inspection i;
    i.id = InspectionId{q.value(0).toLongLong()};
    i.buildingId = BuildingId{q.value(1).toLongLong()};
    i.inspectedOn = dateFrom(q.value(2));
    i.inspectors = q.value(3).toString();
    i.corridorClear = q.value(4).toBool();
    i.noClutter = q.value(5).toBool();
    i.lighting = q.value(6).toBool();
    i.bins = q.value(7).toBool();
    i.notes = q.value(8).toString();
    i.rectifyBy = dateFrom(q.value(9));
    return i;
}

} // namespace

Result<QStringList> CoGovernanceRepository::clauses(const QString &statement, qint64 id) const {
    auto query = sql::run(m_database.connection(), statement, {id});
    if (!query)
        return query.status();
    QStringList list;
    while (query->next())
        list << query->value(0).toString();
    return list;
}

Result<QList<PactTemplate>> CoGovernanceRepository::templates() const {
    auto query = sql::run(m_database.connection(), kTemplates);
    if (!query)
        return query.status();
    QList<PactTemplate> list;
    while (query->next())
        list.append({PactTemplateId{query->value(0).toLongLong()},
                     query->value(1).toString(),
                     query->value(2).toString(),
                     {},
                     query->value(3).toBool()});
    for (PactTemplate &t : list) {
        auto text = clauses(kTemplateClauses, t.id.value);
        if (!text)
            return text.status();
        t.clauses = *text;
    }
    return list;
}

Result<PactTemplate> CoGovernanceRepository::pactTemplate(PactTemplateId id) const {
    auto query = sql::run(m_database.connection(), kTemplate, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<PactTemplate>::failure(tr("The pact template no longer exists."));
    PactTemplate t{
        id, query->value(1).toString(), query->value(2).toString(), {}, query->value(3).toBool()};
    auto text = clauses(kTemplateClauses, id.value);
    if (!text)
        return text.status();
    t.clauses = *text;
    return t;
}

Result<std::optional<Pact>> CoGovernanceRepository::currentPact(BuildingId building) const {
    auto query = sql::run(m_database.connection(), kCurrentPact, {building.value});
    if (!query)
        return query.status();
    if (!query->next())
        return std::optional<Pact>();
    Pact p = pactFrom(*query);
    auto text = clauses(kPactClauses, p.id.value);
    if (!text)
        return text.status();
    p.clauses = *text;
    return std::optional<Pact>(p);
}

Result<Pact> CoGovernanceRepository::pact(PactId id) const {
    auto query = sql::run(m_database.connection(), kPact, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Pact>::failure(tr("The pact no longer exists."));
    Pact p = pactFrom(*query);
    auto text = clauses(kPactClauses, p.id.value);
    if (!text)
        return text.status();
    p.clauses = *text;
    return p;
}

Result<QList<PactHousehold>> CoGovernanceRepository::households(BuildingId building,
                                                                PactId pact) const {
    auto query = sql::run(m_database.connection(), kHouseholds, {pact.value, building.value});
    if (!query)
        return query.status();
    QList<PactHousehold> list;
    while (query->next()) {
        PactHousehold h;
        h.id = HouseholdId{query->value(0).toLongLong()};
        h.unit = query->value(1).toString();
        h.room = query->value(2).toString();
        h.headId = ResidentId{query->value(3).toLongLong()};
        h.head = query->value(4).toString();
        const QString signature = query->value(5).toString();
        if (!signature.isEmpty()) {
            h.signedOn = iso::date(signature.section(QChar(0x1f), 0, 0));
            h.signer = signature.section(QChar(0x1f), 1);
        }
        list.append(h);
    }
    return list;
}

Result<QList<Inspection>> CoGovernanceRepository::inspections(BuildingId building) const {
    auto query = sql::run(m_database.connection(), kInspections, {building.value});
    if (!query)
        return query.status();
    QList<Inspection> list;
    while (query->next())
        list.append(inspectionFrom(*query));
    return list;
}

Result<QList<InspectionRecord>> CoGovernanceRepository::inspectionLedger(QDate from,
                                                                         QDate to) const {
    auto query = sql::run(m_database.connection(), kLedger,
                          QVariantList{dateText(from), dateText(to)} +
                              CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<InspectionRecord> list;
    while (query->next())
        list.append(
            {inspectionFrom(*query), query->value(10).toString(), query->value(11).toString()});
    return list;
}

Result<QList<InspectionDue>> CoGovernanceRepository::inspectionsDue(QDate notSince) const {
    auto query =
        sql::run(m_database.connection(), kDue,
                 QVariantList{dateText(notSince)} + CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<InspectionDue> list;
    while (query->next())
        list.append({BuildingId{query->value(0).toLongLong()}, query->value(1).toString(),
                     query->value(2).toString(), dateFrom(query->value(3)),
                     query->value(4).toBool(), dateFrom(query->value(5))});
    return list;
}

Result<QList<BuildingPactStatus>> CoGovernanceRepository::overview() const {
    auto query =
        sql::run(m_database.connection(), kOverview, CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<BuildingPactStatus> list;
    while (query->next()) {
        BuildingPactStatus s;
        s.compoundId = CompoundId{query->value(0).toLongLong()};
        s.compound = query->value(1).toString();
        s.buildingId = BuildingId{query->value(2).toLongLong()};
        s.building = query->value(3).toString();
        s.version = query->value(4).toInt();
        s.adoptedOn = dateFrom(query->value(5));
        s.households = query->value(6).toInt();
        s.signedHouseholds = query->value(7).toInt();
        s.lastInspectedOn = dateFrom(query->value(8));
        s.lastPassed = query->value(9).toBool();
        list.append(s);
    }
    return list;
}

Result<PactTemplateId> CoGovernanceRepository::saveTemplate(const WriteContext &context,
                                                            const PactTemplate &t) {
    PactTemplateId id = t.id;
    if (id.isValid()) {
        if (Status done = context.change(
                QStringLiteral("UPDATE pact_templates SET name = ?, title = ? WHERE id = ?"),
                {t.name, t.title, id.value}, tr("The pact template no longer exists."));
            !done)
            return done;
        if (auto cleared = context.run(
                QStringLiteral("DELETE FROM pact_template_clauses WHERE template_id = ?"),
                {id.value});
            !cleared)
            return cleared.status();
    } else {
        auto inserted =
            context.insert(QStringLiteral("INSERT INTO pact_templates (name, title) VALUES (?, ?)"),
                           {t.name, t.title});
        if (!inserted)
            return inserted.status();
        id = PactTemplateId{*inserted};
    }
    for (qsizetype i = 0; i < t.clauses.size(); ++i) {
        if (auto done =
                context.run(QStringLiteral("INSERT INTO pact_template_clauses"
                                           " (template_id, position, text) VALUES (?, ?, ?)"),
                            {id.value, int(i + 1), t.clauses.at(i)});
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
            QStringLiteral("DELETE FROM pact_templates WHERE id = ? AND built_in = 0"), {id.value},
            tr("The built-in template is kept; copy it to make your own."));
        !done)
        return done;
    return context.audit(QStringLiteral("pact_template"), id.value, WriteContext::Action::Delete,
                         {});
}

Result<Pact> CoGovernanceRepository::insertPact(const WriteContext &context, Pact p) {
    const auto next = sql::scalar(
        context.connection(),
        QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM pacts WHERE building_id = ?"),
        {p.buildingId.value});
    if (!next)
        return next.status();
    p.version = next->toInt();
    auto id = context.insert(
        QStringLiteral("INSERT INTO pacts (building_id, version, title, adopted_on, template_id,"
                       " decision_id, rota, rota_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.buildingId.value, p.version, p.title, dateText(p.adoptedOn),
         p.templateId.isValid() ? QVariant(p.templateId.value) : QVariant(),
         p.decisionId > 0 ? QVariant(p.decisionId) : QVariant(), rotaCode(p.rota),
         dateOrNull(p.rotaStart)});
    if (!id)
        return id.status();
    p.id = PactId{*id};
    for (qsizetype i = 0; i < p.clauses.size(); ++i) {
        if (auto done = context.run(QStringLiteral("INSERT INTO pact_clauses (pact_id, position,"
                                                   " text) VALUES (?, ?, ?)"),
                                    {p.id.value, int(i + 1), p.clauses.at(i)});
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
            QStringLiteral("UPDATE pacts SET rota = ?, rota_start = ? WHERE id = ?"),
            {rotaCode(mode), dateOrNull(start), id.value}, tr("The pact no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("pact"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("rota"), rotaCode(mode)}});
}

Status CoGovernanceRepository::sign(const WriteContext &context, PactId pact, HouseholdId household,
                                    ResidentId signer, QDate on) {
    if (auto done = context.run(
            QStringLiteral("INSERT INTO pact_signatures (pact_id, household_id, resident_id,"
                           " signed_on) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (pact_id, household_id, resident_id)"
                           " DO UPDATE SET signed_on = excluded.signed_on"),
            {pact.value, household.value, signer.value, dateText(on)});
        !done)
        return done.status();
    return context.audit(QStringLiteral("pact"), pact.value, WriteContext::Action::Update,
                         {{QStringLiteral("signed_by_household"), household.value},
                          {QStringLiteral("signed_on"), dateText(on)}});
}

Status CoGovernanceRepository::unsign(const WriteContext &context, PactId pact,
                                      HouseholdId household) {
    if (auto done = context.run(
            QStringLiteral("DELETE FROM pact_signatures WHERE pact_id = ? AND household_id = ?"),
            {pact.value, household.value});
        !done)
        return done.status();
    return context.audit(QStringLiteral("pact"), pact.value, WriteContext::Action::Update,
                         {{QStringLiteral("unsigned_household"), household.value}});
}

Result<InspectionId> CoGovernanceRepository::insertInspection(const WriteContext &context,
                                                              const Inspection &i) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO inspections (building_id, inspected_on, inspectors,"
                       " corridor_clear, no_clutter, lighting, bins, notes, rectify_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {i.buildingId.value, dateText(i.inspectedOn), i.inspectors, i.corridorClear, i.noClutter,
         i.lighting, i.bins, sql::notNull(i.notes), dateOrNull(i.rectifyBy)});
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
