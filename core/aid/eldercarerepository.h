#pragma once

#include "aid/eldercare.h"
#include "aid/visitschedule.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QHash>

namespace linli {

class Database;

/// Storage of the care for elders living alone: the register (from the registry's marker), the
/// carers and who looks after whom, visits with their checklist, the tasks failed items open,
/// and the periods when visits come sooner.
class ElderCareRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::ElderCareRepository)
public:
    explicit ElderCareRepository(const Database &database)
        : m_database(database) {}

    /// Residents marked as elderly living alone who still live here, with their carers — a grid
    /// worker sees their grids' only.
    Result<QList<Elder>> elders() const;
    Result<QList<Carer>> carers() const;
    Result<QHash<qint64, VisitRecord>> visitRecords() const;
    Result<QList<CareVisit>> visits(ResidentId elder) const;
    Result<QList<CareTask>> openTasks() const;
    Result<QList<CarePeriod>> periods() const;

    static Result<CarerId> insert(const WriteContext &context, const Carer &carer);
    static Status pair(const WriteContext &context, ResidentId elder, CarerId carer);
    static Status unpair(const WriteContext &context, ResidentId elder, CarerId carer);
    /// Whether the elder's interval, frailty and notes are still as `seen` shows them.
    static Result<bool> careAsSeen(const WriteContext &context, const Elder &seen);
    static Status setCare(const WriteContext &context, const Elder &elder);
    static Result<CareVisitId> insert(const WriteContext &context, const CareVisit &visit);
    static Result<CareTaskId> insert(const WriteContext &context, const CareTask &task);
    static Status closeTask(const WriteContext &context, const CareTask &task);
    static Result<CarePeriodId> insert(const WriteContext &context, const CarePeriod &period);

private:
    const Database &m_database;
};

} // namespace linli
