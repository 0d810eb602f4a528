#pragma once

#include "common/result.h"
#include "complaints/workingcalendar.h"
#include "demo/demorandom.h"
#include "storage/writecontext.h"

#include <QDateTime>

namespace linli {

/// Six months of the duty desk's complaints for each demo community, in every state, dated up
/// to `now`: old ones closed after a follow-up visit, recent ones still moving, a few overdue.
class DemoComplaints final {
public:
    /// `days` of history: half a year for a community, three years for a sub-district.
    DemoComplaints(const WriteContext &context, QDateTime now, quint64 seed, int days = 182);
    /// Writes the complaints and returns how many.
    Result<int> run();

private:
    struct Person;
    struct Plan;
    Status writeOne(const Person &reporter, const QDateTime &receivedAt, CommunityId community);
    quint32 next() { return m_random.next(); }
    int below(int bound) { return m_random.below(bound); }

    const WriteContext &m_context;
    QDateTime m_now;
    DemoRandom m_random;
    WorkingCalendar m_calendar;
    QList<qint64> m_categoryIds;
    QList<QString> m_categoryNames;
    QHash<qint64, QString> m_headOfBuilding;
    QHash<qint64, QString> m_workerOfBuilding;
    QList<std::pair<qint64, QString>> m_bodies;
    QStringList m_operators;
    int m_written = 0;
    int m_days = 182;
};

} // namespace linli
