#pragma once

#include "aid/eldercarerepository.h"
#include "common/result.h"

#include <QObject>

namespace linli {

class Database;

/// Care for elders living alone (关爱独居老人): carers and who looks after whom, each elder's
/// target interval, visits with their checklist (a failed item opens a task, followed until
/// done; "phoned, no answer" raises the elder on the list), the periods when visits come
/// sooner, and the lists the office works from — overdue elders, elders with no carer.
class ElderCareService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElderCareService)
public:
    explicit ElderCareService(Database &database, QObject *parent = nullptr);

    const ElderCareRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }

    Result<CarerId> addCarer(ResidentId resident, const QString &name, CarerKind kind);
    Status assign(ResidentId elder, CarerId carer);
    Status unassign(ResidentId elder, CarerId carer);
    /// The elder's target interval (1 to 30 days; at most 14 for the frail) and notes.
    /// Saves `changed`'s interval, frailty and notes over the elder as the desk `seen` them;
    /// refused, naming who, when another desk saved them first.
    Status setCare(const Elder &seen, const Elder &changed);
    /// Records a visit; each failed checklist item opens a task due in three days.
    Result<CareVisitId> recordVisit(const CareVisit &visit);
    Status closeTask(CareTaskId id, const QString &outcome, QDate doneOn);
    Result<CarePeriodId> addPeriod(const CarePeriod &period);

    /// Elders not visited within their interval on `today`, worst first.
    Result<QList<OverdueElder>> overdue(QDate today) const;
    Result<QList<Elder>> withoutCarer() const;

    static constexpr int frailMaxInterval = 14;

Q_SIGNALS:
    void careChanged();

private:
    Database &m_database;
    ElderCareRepository m_repository;
};

} // namespace linli
