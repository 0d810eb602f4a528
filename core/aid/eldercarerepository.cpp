#include "aid/eldercarerepository.h"

#include "access/communityscope.h"
#include "aid/aidcodes.h"
#include "registry/resident.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QLocale>

namespace linli {

namespace {

// Binds: scoped to grids, grid worker, the session's community.
const QString kElders =
    QStringLiteral("SELECT r.id, r.name, h.address, u.building_id, r.birth_date,"
                   " coalesce(e.interval_days, 30) AS interval_days,"
                   " coalesce(e.frail, 0) AS frail, coalesce(e.notes, '') AS notes"
                   " FROM residents r JOIN households h ON h.id = r.household_id"
                   " JOIN units u ON u.id = h.unit_id LEFT JOIN elder_care e ON e.elder_id = r.id"
                   " WHERE r.elderly_alone = 1 AND r.moved_out_on IS NULL"
                   " AND (:own_grids = 0 OR u.building_id IN (SELECT b.id FROM buildings b"
                   "  JOIN grids g ON g.id = b.grid_id WHERE g.worker_id = :grid_worker)) AND ") +
    CommunityScope::ofBuilding(QStringLiteral("u.building_id")) +
    QStringLiteral(" ORDER BY r.sort_key, r.id");
const QString kPairs =
    QStringLiteral("SELECT ec.elder_id, c.id AS carer_id, r.name AS carer_name FROM elder_carers ec"
                   " JOIN carers c ON c.id = ec.carer_id JOIN residents r ON r.id = c.resident_id"
                   " WHERE c.active = 1 ORDER BY ec.since, c.id, ec.elder_id");
const QString kCarers =
    QStringLiteral(
        "SELECT c.id, c.resident_id, r.name, coalesce(cp.name || b.name, '') AS building,"
        " c.kind, c.active FROM carers c JOIN residents r ON r.id = c.resident_id"
        " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
        " JOIN buildings b ON b.id = u.building_id"
        " JOIN compounds cp ON cp.id = b.compound_id WHERE ") +
    CommunityScope::ofColumn(QStringLiteral("cp.community_id")) +
    QStringLiteral(" ORDER BY c.active DESC, r.sort_key, c.id");
const QString kLastReached =
    QStringLiteral("SELECT elder_id, max(visited_on) AS last_reached FROM care_visits"
                   " WHERE reached = 1 GROUP BY elder_id ORDER BY elder_id");
const QString kUnanswered =
    QStringLiteral("SELECT v.elder_id, count(*) AS unanswered FROM care_visits v"
                   " WHERE v.reached = 0"
                   " AND v.visited_on > coalesce((SELECT max(w.visited_on) FROM care_visits w"
                   "  WHERE w.elder_id = v.elder_id AND w.reached = 1), '')"
                   " GROUP BY v.elder_id");
const QString kVisits = QStringLiteral(
    "SELECT v.id, v.elder_id, v.carer_id, coalesce(r.name, '') AS carer_name, v.visited_on,"
    " v.kind, v.reached, v.health, v.mood, v.gas_water_power, v.hygiene, v.living, v.notes,"
    " v.hours, v.recorded_by"
    " FROM care_visits v LEFT JOIN carers c ON c.id = v.carer_id"
    " LEFT JOIN residents r ON r.id = c.resident_id"
    " WHERE v.elder_id = :elder ORDER BY v.visited_on DESC, v.id DESC");
const QString kOpenTasks =
    QStringLiteral(
        "SELECT t.id, t.elder_id, r.name, t.visit_id, t.kind, t.text, t.opened_on, t.due_on"
        " FROM care_tasks t JOIN residents r ON r.id = t.elder_id WHERE t.done_on IS NULL AND ") +
    CommunityScope::ofHousehold(QStringLiteral("r.household_id")) +
    QStringLiteral(" ORDER BY t.opened_on, t.id");
const QString kPeriods =
    QStringLiteral("SELECT id, name, starts_on, ends_on, interval_days FROM care_periods"
                   " ORDER BY starts_on DESC, id DESC");

const QString kInsertCarer = QStringLiteral("INSERT INTO carers (resident_id, kind, active)"
                                            " VALUES (:resident, :kind, :active) RETURNING id");
const QString kCarerTaken =
    QStringLiteral("SELECT count(*) AS n FROM carers WHERE resident_id = :resident");
const QString kPair =
    QStringLiteral("INSERT INTO elder_carers (elder_id, carer_id, since)"
                   " VALUES (:elder, :carer, :since) ON CONFLICT (elder_id, carer_id) DO NOTHING");
const QString kUnpair =
    QStringLiteral("DELETE FROM elder_carers WHERE elder_id = :elder AND carer_id = :carer");
const QString kCareOf = QStringLiteral(
    "SELECT coalesce(e.interval_days, 30) AS interval_days, coalesce(e.frail, 0) AS frail,"
    " coalesce(e.notes, '') AS notes FROM residents r LEFT JOIN elder_care e ON e.elder_id = r.id"
    " WHERE r.id = :elder");
// The one upsert of this file (PostgreSQL spells it the same).
const QString kSetCare =
    QStringLiteral("INSERT INTO elder_care (elder_id, interval_days, frail, notes)"
                   " VALUES (:elder, :interval_days, :frail, :notes)"
                   " ON CONFLICT (elder_id) DO UPDATE SET interval_days = excluded.interval_days,"
                   " frail = excluded.frail, notes = excluded.notes");
const QString kInsertVisit = QStringLiteral(
    "INSERT INTO care_visits (elder_id, carer_id, visited_on, kind, reached, health, mood,"
    " gas_water_power, hygiene, living, notes, hours, recorded_by)"
    " VALUES (:elder, :carer, :visited_on, :kind, :reached, :health, :mood, :gas_water_power,"
    " :hygiene, :living, :notes, :hours, :recorded_by) RETURNING id");
const QString kInsertTask =
    QStringLiteral("INSERT INTO care_tasks (elder_id, visit_id, kind, text, opened_on, due_on)"
                   " VALUES (:elder, :visit, :kind, :text, :opened_on, :due_on) RETURNING id");
const QString kCloseTask =
    QStringLiteral("UPDATE care_tasks SET done_on = :done_on, done_by = :done_by,"
                   " outcome = :outcome WHERE id = :task AND done_on IS NULL");
const QString kInsertPeriod =
    QStringLiteral("INSERT INTO care_periods (name, starts_on, ends_on, interval_days)"
                   " VALUES (:name, :starts_on, :ends_on, :interval_days) RETURNING id");

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
    sql::Params params{{"own_grids", who.seesOnlyOwnGrids() ? 1 : 0},
                       {"grid_worker", who.gridWorker.value}};
    params << CommunityScope::params(who);
    auto query = sql::Statement::run(m_database.connection(), kElders, params);
    if (!query)
        return query.status();
    QList<Elder> list;
    QHash<qint64, qsizetype> at;
    const QDate today = m_database.clock().today();
    while (query->next()) {
        Elder e;
        e.residentId = ResidentId{query->integer("id")};
        e.name = query->text("name");
        e.address = query->text("address");
        e.buildingId = BuildingId{query->integer("building_id")};
        e.birthDate = query->date("birth_date");
        e.age = ageOn(e.birthDate, today);
        e.intervalDays = int(query->integer("interval_days"));
        e.frail = query->flag("frail");
        e.notes = query->text("notes");
        at.insert(e.residentId.value, list.size());
        list.append(e);
    }
    auto pairs = sql::Statement::run(m_database.connection(), kPairs);
    if (!pairs)
        return pairs.status();
    while (pairs->next()) {
        const auto found = at.constFind(pairs->integer("elder_id"));
        if (found == at.constEnd())
            continue;
        Elder &e = list[*found];
        e.carers.append(CarerId{pairs->integer("carer_id")});
        e.carerNames.append(pairs->text("carer_name"));
    }
    if (Status read = pairs->status(); !read)
        return read;
    return list;
}

Result<QList<Carer>> ElderCareRepository::carers() const {
    auto query = sql::Statement::run(m_database.connection(), kCarers,
                                     CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<Carer> list;
    while (query->next())
        list.append({CarerId{query->integer("id")}, ResidentId{query->integer("resident_id")},
                     query->text("name"), query->text("building"),
                     aidcodes::carerKindFrom(query->text("kind")), query->flag("active")});
    return list;
}

Result<QHash<qint64, VisitRecord>> ElderCareRepository::visitRecords() const {
    QHash<qint64, VisitRecord> records;
    auto last = sql::Statement::run(m_database.connection(), kLastReached);
    if (!last)
        return last.status();
    while (last->next())
        records[last->integer("elder_id")].lastReached = last->date("last_reached");
    if (Status read = last->status(); !read)
        return read;
    auto unanswered = sql::Statement::run(m_database.connection(), kUnanswered);
    if (!unanswered)
        return unanswered.status();
    while (unanswered->next())
        records[unanswered->integer("elder_id")].unansweredSince =
            int(unanswered->integer("unanswered"));
    if (Status read = unanswered->status(); !read)
        return read;
    return records;
}

Result<QList<CareVisit>> ElderCareRepository::visits(ResidentId elder) const {
    auto query = sql::Statement::run(m_database.connection(), kVisits, {{"elder", elder.value}});
    if (!query)
        return query.status();
    QList<CareVisit> list;
    while (query->next()) {
        CareVisit v;
        v.id = CareVisitId{query->integer("id")};
        v.elderId = ResidentId{query->integer("elder_id")};
        v.carerId = CarerId{query->integer("carer_id")};
        v.carerName = query->text("carer_name");
        v.visitedOn = query->date("visited_on");
        v.kind = aidcodes::visitKindFrom(query->text("kind"));
        v.reached = query->flag("reached");
        v.health = checkFrom(query->value("health"));
        v.mood = checkFrom(query->value("mood"));
        v.gasWaterPower = checkFrom(query->value("gas_water_power"));
        v.hygiene = checkFrom(query->value("hygiene"));
        v.living = checkFrom(query->value("living"));
        v.notes = query->text("notes");
        v.hours = query->real("hours");
        v.recordedBy = query->text("recorded_by");
        list.append(v);
    }
    return list;
}

Result<QList<CareTask>> ElderCareRepository::openTasks() const {
    auto query = sql::Statement::run(m_database.connection(), kOpenTasks,
                                     CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<CareTask> list;
    while (query->next()) {
        CareTask t;
        t.id = CareTaskId{query->integer("id")};
        t.elderId = ResidentId{query->integer("elder_id")};
        t.elderName = query->text("name");
        t.visitId = CareVisitId{query->integer("visit_id")};
        t.kind = aidcodes::careTaskKindFrom(query->text("kind"));
        t.text = query->text("text");
        t.openedOn = query->date("opened_on");
        t.dueOn = query->date("due_on");
        list.append(t);
    }
    return list;
}

Result<QList<CarePeriod>> ElderCareRepository::periods() const {
    auto query = sql::Statement::run(m_database.connection(), kPeriods);
    if (!query)
        return query.status();
    QList<CarePeriod> list;
    while (query->next())
        list.append({CarePeriodId{query->integer("id")}, query->text("name"),
                     query->date("starts_on"), query->date("ends_on"),
                     int(query->integer("interval_days"))});
    if (Status read = query->status(); !read)
        return read;
    return list;
}

Result<CarerId> ElderCareRepository::insert(const WriteContext &context, const Carer &carer) {
    auto taken = context.run(kCarerTaken, {{"resident", carer.residentId.value}});
    if (!taken)
        return taken.status();
    if (taken->next() && taken->integer("n") > 0)
        return Result<CarerId>::failure(tr("%1 is a carer already.").arg(carer.name));
    auto id = context.insert(kInsertCarer, {{"resident", carer.residentId.value},
                                            {"kind", aidcodes::carerKind(carer.kind)},
                                            {"active", carer.active}});
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
    if (auto done = context.run(
            kPair,
            {{"elder", elder.value}, {"carer", carer.value}, {"since", context.at().date()}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("elder_care"), elder.value, WriteContext::Action::Update,
                         {{QStringLiteral("carer_added"), carer.value}});
}

Status ElderCareRepository::unpair(const WriteContext &context, ResidentId elder, CarerId carer) {
    if (Status done = context.change(kUnpair, {{"elder", elder.value}, {"carer", carer.value}},
                                     tr("The carer does not look after this elder."));
        !done)
        return done;
    return context.audit(QStringLiteral("elder_care"), elder.value, WriteContext::Action::Update,
                         {{QStringLiteral("carer_removed"), carer.value}});
}

Result<bool> ElderCareRepository::careAsSeen(const WriteContext &context, const Elder &seen) {
    auto query = context.run(kCareOf, {{"elder", seen.residentId.value}});
    if (!query)
        return query.status();
    if (!query->next()) {
        if (Status read = query->status(); !read)
            return read;
        return Result<bool>::failure(tr("The elder is no longer registered."));
    }
    return int(query->integer("interval_days")) == seen.intervalDays &&
           query->flag("frail") == seen.frail && query->text("notes") == seen.notes;
}

Status ElderCareRepository::setCare(const WriteContext &context, const Elder &elder) {
    if (auto done = context.run(kSetCare, {{"elder", elder.residentId.value},
                                           {"interval_days", elder.intervalDays},
                                           {"frail", elder.frail},
                                           {"notes", sql::notNull(elder.notes)}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("elder_care"), elder.residentId.value,
                         WriteContext::Action::Update,
                         {{QStringLiteral("interval_days"), elder.intervalDays},
                          {QStringLiteral("frail"), elder.frail}});
}

Result<CareVisitId> ElderCareRepository::insert(const WriteContext &context, const CareVisit &v) {
    auto id = context.insert(kInsertVisit, {{"elder", v.elderId.value},
                                            {"carer", sql::idOrNull(v.carerId)},
                                            {"visited_on", v.visitedOn},
                                            {"kind", aidcodes::visitKind(v.kind)},
                                            {"reached", v.reached},
                                            {"health", checkValue(v.health)},
                                            {"mood", checkValue(v.mood)},
                                            {"gas_water_power", checkValue(v.gasWaterPower)},
                                            {"hygiene", checkValue(v.hygiene)},
                                            {"living", checkValue(v.living)},
                                            {"notes", sql::notNull(v.notes)},
                                            {"hours", v.hours},
                                            {"recorded_by", context.operatorName()}});
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
    auto id = context.insert(kInsertTask, {{"elder", t.elderId.value},
                                           {"visit", sql::idOrNull(t.visitId)},
                                           {"kind", aidcodes::careTaskKind(t.kind)},
                                           {"text", t.text},
                                           {"opened_on", t.openedOn},
                                           {"due_on", t.dueOn}});
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
    // Done at another desk a moment ago: refused, naming who recorded it.
    auto before = sql::Statement::run(context.connection(),
                                      QStringLiteral("SELECT done_by, done_on FROM care_tasks"
                                                     " WHERE id = :task"),
                                      {{"task", t.id.value}});
    if (!before)
        return before.status();
    if (!before->next())
        return before->status() ? Status::failure(tr("The task no longer exists."))
                                : before->status();
    if (!before->isNull("done_on"))
        return Status::failure(
            tr("%1 recorded this task done on %2; the list now shows it.")
                .arg(before->text("done_by"),
                     QLocale().toString(before->date("done_on"), QLocale::ShortFormat)));
    if (Status done = context.change(kCloseTask,
                                     {{"done_on", t.doneOn},
                                      {"done_by", t.doneBy},
                                      {"outcome", sql::notNull(t.outcome)},
                                      {"task", t.id.value}},
                                     tr("The task is done already, or no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("care_task"), t.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("done_on"), sql::dateText(t.doneOn)},
                          {QStringLiteral("outcome"), t.outcome}});
}

Result<CarePeriodId> ElderCareRepository::insert(const WriteContext &context, const CarePeriod &p) {
    auto id = context.insert(kInsertPeriod, {{"name", p.name},
                                             {"starts_on", p.startsOn},
                                             {"ends_on", p.endsOn},
                                             {"interval_days", p.intervalDays}});
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
