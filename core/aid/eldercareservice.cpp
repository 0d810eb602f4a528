#include "aid/eldercareservice.h"

#include "access/access.h"
#include "aid/aidlabels.h"
#include "storage/database.h"
#include "storage/rowversion.h"

namespace linli {

namespace {

// What a failed checklist item calls for.
CareTaskKind taskFor(CheckItem item) {
    switch (item) {
    case CheckItem::GasWaterPower:
        return CareTaskKind::Repair;
    case CheckItem::Health:
        return CareTaskKind::Health;
    case CheckItem::Hygiene:
        return CareTaskKind::Hygiene;
    case CheckItem::Mood:
    case CheckItem::Living:
        return CareTaskKind::Other;
    }
    return CareTaskKind::Other;
}

} // namespace

ElderCareService::ElderCareService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Result<CarerId> ElderCareService::addCarer(ResidentId resident, const QString &name,
                                           CarerKind kind) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (!resident.isValid())
        return Result<CarerId>::failure(
            tr("Choose the carer from the registry: carers are residents of the community."));
    Carer carer;
    carer.residentId = resident;
    carer.name = name;
    carer.kind = kind;
    const auto id = m_database.writeReturning<CarerId>(
        [&](const WriteContext &context) { return ElderCareRepository::insert(context, carer); });
    if (id)
        Q_EMIT careChanged();
    return id;
}

Status ElderCareService::assign(ResidentId elder, CarerId carer) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (!elder.isValid() || !carer.isValid())
        return Status::failure(tr("Choose an elder and a carer."));
    const auto carers = m_repository.carers();
    if (!carers)
        return carers.status();
    for (const Carer &c : *carers) {
        if (c.id == carer && c.residentId == elder)
            return Status::failure(tr("An elder is not their own carer."));
    }
    const Status done = m_database.write([&](const WriteContext &context) {
        return ElderCareRepository::pair(context, elder, carer);
    });
    if (done)
        Q_EMIT careChanged();
    return done;
}

Status ElderCareService::unassign(ResidentId elder, CarerId carer) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) {
        return ElderCareRepository::unpair(context, elder, carer);
    });
    if (done)
        Q_EMIT careChanged();
    return done;
}

Status ElderCareService::setCare(const Elder &seen, const Elder &changed) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (changed.intervalDays < 1 || changed.intervalDays > 30)
        return Status::failure(tr("An elder living alone is visited at least once a month: give "
                                  "an interval of 1 to 30 days."));
    if (changed.frail && changed.intervalDays > frailMaxInterval)
        return Status::failure(
            tr("A frail elder is visited at least every %1 days.").arg(frailMaxInterval));
    Elder elder = seen;
    elder.intervalDays = changed.intervalDays;
    elder.frail = changed.frail;
    elder.notes = changed.notes;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto unchanged = ElderCareRepository::careAsSeen(context, seen);
        if (!unchanged)
            return unchanged.status();
        if (!*unchanged)
            return RowVersion::changedFirst(context, QStringLiteral("elder_care"),
                                            seen.residentId.value);
        return ElderCareRepository::setCare(context, elder);
    });
    if (done)
        Q_EMIT careChanged();
    return done;
}

Result<CareVisitId> ElderCareService::recordVisit(const CareVisit &visit) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    const QDate today = m_database.clock().today();
    if (!visit.elderId.isValid())
        return Result<CareVisitId>::failure(tr("Choose the elder who was visited."));
    if (!visit.visitedOn.isValid() || visit.visitedOn > today)
        return Result<CareVisitId>::failure(tr("A visit is recorded on the day it was made, "
                                               "today at the latest."));
    if (visit.hours < 0 || visit.hours > 24)
        return Result<CareVisitId>::failure(tr("Give the hours as a number from 0 to 24."));
    const QList<std::pair<CheckItem, std::optional<bool>>> checklist = {
        {CheckItem::Health, visit.health},
        {CheckItem::Mood, visit.mood},
        {CheckItem::GasWaterPower, visit.gasWaterPower},
        {CheckItem::Hygiene, visit.hygiene},
        {CheckItem::Living, visit.living}};
    const auto id = m_database.writeReturning<CareVisitId>(
        [&](const WriteContext &context) -> Result<CareVisitId> {
            const auto visitId = ElderCareRepository::insert(context, visit);
            if (!visitId)
                return visitId;
            if (!visit.reached)
                return visitId;
            for (const auto &[item, passed] : checklist) {
                if (!passed || *passed)
                    continue;
                CareTask task;
                task.elderId = visit.elderId;
                task.visitId = *visitId;
                task.kind = taskFor(item);
                task.text = visit.notes.trimmed().isEmpty()
                                ? tr("Failed at the visit: %1").arg(AidLabels::checkItem(item))
                                : tr("Failed at the visit: %1 — %2")
                                      .arg(AidLabels::checkItem(item), visit.notes.trimmed());
                task.openedOn = visit.visitedOn;
                task.dueOn = visit.visitedOn.addDays(3);
                if (const auto added = ElderCareRepository::insert(context, task); !added)
                    return added.status();
            }
            return visitId;
        });
    if (id)
        Q_EMIT careChanged();
    return id;
}

Status ElderCareService::closeTask(CareTaskId id, const QString &outcome, QDate doneOn) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (outcome.trimmed().isEmpty())
        return Status::failure(tr("Say what was done."));
    if (!doneOn.isValid() || doneOn > m_database.clock().today())
        return Status::failure(tr("The day it was done is today at the latest."));
    CareTask task;
    task.id = id;
    task.outcome = outcome.trimmed();
    task.doneOn = doneOn;
    task.doneBy = m_database.operatorName();
    const Status done = m_database.write(
        [&](const WriteContext &context) { return ElderCareRepository::closeTask(context, task); });
    if (done)
        Q_EMIT careChanged();
    return done;
}

Result<CarePeriodId> ElderCareService::addPeriod(const CarePeriod &period) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (period.name.trimmed().isEmpty())
        return Result<CarePeriodId>::failure(tr("Name the period, e.g. 高温天气 or 春节."));
    if (!period.startsOn.isValid() || !period.endsOn.isValid() || period.endsOn < period.startsOn)
        return Result<CarePeriodId>::failure(tr("The period ends on or after the day it starts."));
    if (period.intervalDays < 1 || period.intervalDays > 30)
        return Result<CarePeriodId>::failure(tr("Give an interval of 1 to 30 days."));
    const auto id = m_database.writeReturning<CarePeriodId>(
        [&](const WriteContext &context) { return ElderCareRepository::insert(context, period); });
    if (id)
        Q_EMIT careChanged();
    return id;
}

Result<QList<OverdueElder>> ElderCareService::overdue(QDate today) const {
    const auto elders = m_repository.elders();
    if (!elders)
        return elders.status();
    const auto records = m_repository.visitRecords();
    if (!records)
        return records.status();
    const auto periods = m_repository.periods();
    if (!periods)
        return periods.status();
    return VisitSchedule::overdue(*elders, *records, *periods, today);
}

Result<QList<Elder>> ElderCareService::withoutCarer() const {
    const auto elders = m_repository.elders();
    if (!elders)
        return elders.status();
    QList<Elder> alone;
    for (const Elder &e : *elders) {
        if (e.carers.isEmpty())
            alone.append(e);
    }
    return alone;
}

} // namespace linli
