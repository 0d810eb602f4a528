#include "aid/eldercarerepository.h"

#include "access/communityscope.h"
#include "aid/aidcodes.h"
#include "registry/resident.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

// Binds: scoped to grids, grid worker, the session's community twice.
const QString kElders =
    QStringLiteral("SELECT r.id, r.name, h.address, u.building_id, r.birth_date,"
                   " coalesce(e.interval_days, 30), coalesce(e.frail, 0), coalesce(e.notes, '')"
                   " FROM residents r JOIN households h ON h.id = r.household_id"
                   " JOIN units u ON u.id = h.unit_id LEFT JOIN elder_care e ON e.elder_id = r.id"
                   " WHERE r.elderly_alone = 1 AND r.moved_out_on IS NULL"
                   " AND (? = 0 OR u.building_id IN (SELECT b.id FROM buildings b JOIN grids g"
                   "  ON g.id = b.grid_id WHERE g.worker_id = ?)) AND ") +
    CommunityScope::ofBuilding(QStringLiteral("u.building_id")) +
    QStringLiteral(" ORDER BY r.sort_key, r.id");
const QString kPairs = QStringLiteral(
    "SELECT ec.elder_id, c.id, r.name FROM elder_carers ec JOIN carers c ON c.id = ec.carer_id"
    " JOIN residents r ON r.id = c.resident_id WHERE c.active = 1 ORDER BY ec.since, c.id");
const QString kCarers =
    QStringLiteral(
        "SELECT c.id, c.resident_id, r.name, coalesce(cp.name || b.name, ''), c.kind, c.active"
        " FROM carers c JOIN residents r ON r.id = c.resident_id"
        " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
        " JOIN buildings b ON b.id = u.building_id JOIN compounds cp ON cp.id = b.compound_id"
        " WHERE ") +
    CommunityScope::ofColumn(QStringLiteral("cp.community_id")) +
    QStringLiteral(" ORDER BY c.active DESC, r.sort_key");
const QString kLastReached = QStringLiteral(
    "SELECT elder_id, max(visited_on) FROM care_visits WHERE reached = 1 GROUP BY elder_id");
const QString kUnanswered =
    QStringLiteral("SELECT v.elder_id, count(*) FROM care_visits v WHERE v.reached = 0"
                   " AND v.visited_on > coalesce((SELECT max(w.visited_on) FROM care_visits w"
                   "  WHERE w.elder_id = v.elder_id AND w.reached = 1), '')"
                   " GROUP BY v.elder_id");
const QString kVisits = QStringLiteral(
    "SELECT v.id, v.elder_id, v.carer_id, coalesce(r.name, ''), v.visited_on, v.kind, v.reached,"
    " v.health, v.mood, v.gas_water_power, v.hygiene, v.living, v.notes, v.hours, v.recorded_by"
    " FROM care_visits v LEFT JOIN carers c ON c.id = v.carer_id"
    " LEFT JOIN residents r ON r.id = c.resident_id"
    " WHERE v.elder_id = ? ORDER BY v.visited_on DESC, v.id DESC");
const QString kOpenTasks =
    QStringLiteral(
        "SELECT t.id, t.elder_id, r.name, t.visit_id, t.kind, t.text, t.opened_on, t.due_on"
        " FROM care_tasks t JOIN residents r ON r.id = t.elder_id WHERE t.done_on IS NULL AND ") +
    CommunityScope::ofHousehold(QStringLiteral("r.household_id")) +
    QStringLiteral(" ORDER BY t.opened_on, t.id");
const QString kPeriods = QStringLiteral(
    "SELECT id, name, starts_on, ends_on, interval_days FROM care_periods ORDER BY starts_on DESC");

const QString kInsertCarer =
    QStringLiteral("INSERT INTO carers (resident_id, kind, active) VALUES (?, ?, ?)");
const QString kCarerTaken = QStringLiteral("SELECT count(*) FROM carers WHERE resident_id = ?");
const QString kPair =
    QStringLiteral("INSERT INTO elder_carers (elder_id, carer_id, since) VALUES (?, ?, ?)"
                   " ON CONFLICT (elder_id, carer_id) DO NOTHING");
const QString kUnpair =
    QStringLiteral("DELETE FROM elder_carers WHERE elder_id = ? AND carer_id = ?");
// The one upsert of this file (PostgreSQL spells it the same).
const QString kSetCare = QStringLiteral(
    "INSERT INTO elder_care (elder_id, interval_days, frail, notes) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (elder_id) DO UPDATE SET interval_days = excluded.interval_days,"
    " frail = excluded.frail, notes = excluded.notes");
const QString kInsertVisit = QStringLiteral(
    "INSERT INTO care_visits (elder_id, carer_id, visited_on, kind, reached, health, mood,"
    " gas_water_power, hygiene, living, notes, hours, recorded_by)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertTask =
    QStringLiteral("INSERT INTO care_tasks (elder_id, visit_id, kind, text, opened_on, due_on)"
                   " VALUES (?, ?, ?, ?, ?, ?)");
const QString kCloseTask = QStringLiteral(
    "UPDATE care_tasks SET done_on = ?, done_by = ?, outcome = ? WHERE id = ? AND done_on IS NULL");
const QString kInsertPeriod = QStringLiteral(
    "INSERT INTO care_periods (name, starts_on, ends_on, interval_days) VALUES (?, ?, ?, ?)");

QVariant checkValue(const std::optional<bool> &item) {
    return item ? QVariant(*item ? 1 : 0) : QVariant();
}

std::optional<bool> checkFrom(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

} // namespace

Result<QList<Elder>> ElderCareRepository::elders() const {
    const UserSession &who = m_database.session();
    auto query = sql::run(m_database.connection(), kElders,
                          QVariantList{who.seesOnlyOwnGrids() ? 1 : 0, who.gridWorker.value} +
                              CommunityScope::values(who));
    if (!query)
        return query.status();
    QList<Elder> list;
    QHash<qint64, qsizetype> at;
    const QDate today = m_database.clock().today();
    while (query->next()) {
        Elder e;
        e.residentId = ResidentId{query->value(0).toLongLong()};
        e.name = query->value(1).toString();
        e.address = query->value(2).toString();
        e.buildingId = BuildingId{query->value(3).toLongLong()};
        e.birthDate = sql::dateFrom(query->value(4));
        e.age = ageOn(e.birthDate, today);
        e.intervalDays = query->value(5).toInt();
        e.frail = query->value(6).toBool();
        e.notes = query->value(7).toString();
        at.insert(e.residentId.value, list.size());
        list.append(e);
    }
    auto pairs = sql::run(m_database.connection(), kPairs);
    if (!pairs)
        return pairs.status();
    while (pairs->next()) {
        const auto found = at.constFind(pairs->value(0).toLongLong());
        if (found == at.constEnd())
            continue;
        Elder &e = list[*found];
        e.carers.append(CarerId{pairs->value(1).toLongLong()});
        e.carerNames.append(pairs->value(2).toString());
    }
    return list;
}

Result<QList<Carer>> ElderCareRepository::carers() const {
    auto query =
        sql::run(m_database.connection(), kCarers, CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<Carer> list;
    while (query->next())
        list.append(
            {CarerId{query->value(0).toLongLong()}, ResidentId{query->value(1).toLongLong()},
             query->value(2).toString(), query->value(3).toString(),
             aidcodes::carerKindFrom(query->value(4).toString()), query->value(5).toBool()});
    return list;
}

Result<QHash<qint64, VisitRecord>> ElderCareRepository::visitRecords() const {
    QHash<qint64, VisitRecord> records;
    auto last = sql::run(m_database.connection(), kLastReached);
    if (!last)
        return last.status();
    while (last->next())
        records[last->value(0).toLongLong()].lastReached = sql::dateFrom(last->value(1));
    auto unanswered = sql::run(m_database.connection(), kUnanswered);
    if (!unanswered)
        return unanswered.status();
    while (unanswered->next())
        records[unanswered->value(0).toLongLong()].unansweredSince = unanswered->value(1).toInt();
    return records;
}

Result<QList<CareVisit>> ElderCareRepository::visits(ResidentId elder) const {
    auto query = sql::run(m_database.connection(), kVisits, {elder.value});
    if (!query)
        return query.status();
    QList<CareVisit> list;
    while (query->next()) {
        CareVisit v;
        v.id = CareVisitId{query->value(0).toLongLong()};
        v.elderId = ResidentId{query->value(1).toLongLong()};
        v.carerId = CarerId{query->value(2).toLongLong()};
        v.carerName = query->value(3).toString();
        v.visitedOn = sql::dateFrom(query->value(4));
        v.kind = aidcodes::visitKindFrom(query->value(5).toString());
        v.reached = query->value(6).toBool();
        v.health = checkFrom(query->value(7));
        v.mood = checkFrom(query->value(8));
        v.gasWaterPower = checkFrom(query->value(9));
        v.hygiene = checkFrom(query->value(10));
        v.living = checkFrom(query->value(11));
        v.notes = query->value(12).toString();
        v.hours = query->value(13).toDouble();
        v.recordedBy = query->value(14).toString();
        list.append(v);
    }
    return list;
}

Result<QList<CareTask>> ElderCareRepository::openTasks() const {
    auto query =
        sql::run(m_database.connection(), kOpenTasks, CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<CareTask> list;
    while (query->next()) {
        CareTask t;
        t.id = CareTaskId{query->value(0).toLongLong()};
        t.elderId = ResidentId{query->value(1).toLongLong()};
        t.elderName = query->value(2).toString();
        t.visitId = CareVisitId{query->value(3).toLongLong()};
        t.kind = aidcodes::careTaskKindFrom(query->value(4).toString());
        t.text = query->value(5).toString();
        t.openedOn = sql::dateFrom(query->value(6));
        t.dueOn = sql::dateFrom(query->value(7));
        list.append(t);
    }
    return list;
}

Result<QList<CarePeriod>> ElderCareRepository::periods() const {
    auto query = sql::run(m_database.connection(), kPeriods);
    if (!query)
        return query.status();
    QList<CarePeriod> list;
    while (query->next())
        list.append({CarePeriodId{query->value(0).toLongLong()}, query->value(1).toString(),
                     sql::dateFrom(query->value(2)), sql::dateFrom(query->value(3)),
                     query->value(4).toInt()});
    return list;
}

Result<CarerId> ElderCareRepository::insert(const WriteContext &context, const Carer &carer) {
    auto taken = context.run(kCarerTaken, {carer.residentId.value});
    if (!taken)
        return taken.status();
    if (taken->next() && taken->value(0).toInt() > 0)
        return Result<CarerId>::failure(tr("%1 is a carer already.").arg(carer.name));
    auto id = context.insert(
        kInsertCarer, {carer.residentId.value, aidcodes::carerKind(carer.kind), carer.active});
    if (!id)
        return id.status();
    if (Status audited = context.audit(QStringLiteral("carer"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("resident_id"), carer.residentId.value},
                                        {QStringLiteral("kind"), aidcodes::carerKind(carer.kind)}});
        !audited)
        return audited;
    return CarerId{*id};
}

Status ElderCareRepository::pair(const WriteContext &context, ResidentId elder, CarerId carer) {
    if (auto done =
            context.run(kPair, {elder.value, carer.value, sql::dateText(context.at().date())});
        !done)
        return done.status();
    return context.audit(QStringLiteral("elder_care"), elder.value, WriteContext::Action::Update,
                         {{QStringLiteral("carer_added"), carer.value}});
}

Status ElderCareRepository::unpair(const WriteContext &context, ResidentId elder, CarerId carer) {
    if (Status done = context.change(kUnpair, {elder.value, carer.value},
                                     tr("The carer does not look after this elder."));
        !done)
        return done;
    return context.audit(QStringLiteral("elder_care"), elder.value, WriteContext::Action::Update,
                         {{QStringLiteral("carer_removed"), carer.value}});
}

Status ElderCareRepository::setCare(const WriteContext &context, const Elder &elder) {
    if (auto done = context.run(kSetCare, {elder.residentId.value, elder.intervalDays, elder.frail,
                                           sql::notNull(elder.notes)});
        !done)
        return done.status();
    return context.audit(QStringLiteral("elder_care"), elder.residentId.value,
                         WriteContext::Action::Update,
                         {{QStringLiteral("interval_days"), elder.intervalDays},
                          {QStringLiteral("frail"), elder.frail}});
}

Result<CareVisitId> ElderCareRepository::insert(const WriteContext &context, const CareVisit &v) {
    auto id = context.insert(kInsertVisit,
                             {v.elderId.value, sql::idOrNull(v.carerId), sql::dateText(v.visitedOn),
                              aidcodes::visitKind(v.kind), v.reached, checkValue(v.health),
                              checkValue(v.mood), checkValue(v.gasWaterPower),
                              checkValue(v.hygiene), checkValue(v.living), sql::notNull(v.notes),
                              v.hours, context.operatorName()});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("care_visit"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("elder_id"), v.elderId.value},
                           {QStringLiteral("kind"), aidcodes::visitKind(v.kind)},
                           {QStringLiteral("reached"), v.reached}});
        !audited)
        return audited;
    return CareVisitId{*id};
}

Result<CareTaskId> ElderCareRepository::insert(const WriteContext &context, const CareTask &t) {
    auto id = context.insert(kInsertTask, {t.elderId.value, sql::idOrNull(t.visitId),
                                           aidcodes::careTaskKind(t.kind), t.text,
                                           sql::dateText(t.openedOn), sql::dateOrNull(t.dueOn)});
    if (!id)
        return id.status();
    if (Status audited = context.audit(
            QStringLiteral("care_task"), *id, WriteContext::Action::Create,
            {{QStringLiteral("elder_id"), t.elderId.value}, {QStringLiteral("text"), t.text}});
        !audited)
        return audited;
    return CareTaskId{*id};
}

Status ElderCareRepository::closeTask(const WriteContext &context, const CareTask &t) {
    if (Status done = context.change(
            kCloseTask, {sql::dateText(t.doneOn), t.doneBy, sql::notNull(t.outcome), t.id.value},
            tr("The task is done already, or no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("care_task"), t.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("done_on"), sql::dateText(t.doneOn)},
                          {QStringLiteral("outcome"), t.outcome}});
}

Result<CarePeriodId> ElderCareRepository::insert(const WriteContext &context, const CarePeriod &p) {
    auto id = context.insert(kInsertPeriod, {p.name, sql::dateText(p.startsOn),
                                             sql::dateText(p.endsOn), p.intervalDays});
    if (!id)
        return id.status();
    if (Status audited = context.audit(
            QStringLiteral("care_period"), *id, WriteContext::Action::Create,
            {{QStringLiteral("name"), p.name}, {QStringLiteral("interval_days"), p.intervalDays}});
        !audited)
        return audited;
    return CarePeriodId{*id};
}

} // namespace linli
