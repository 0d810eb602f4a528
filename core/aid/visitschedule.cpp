#include "aid/visitschedule.h"

#include <algorithm>

namespace linli {

int VisitSchedule::effectiveInterval(const Elder &elder, const QList<CarePeriod> &periods,
                                     QDate day) {
    int interval = elder.intervalDays;
    for (const CarePeriod &period : periods) {
        if (period.startsOn <= day && day <= period.endsOn)
            interval = std::min(interval, period.intervalDays);
    }
    return interval;
}

QList<OverdueElder> VisitSchedule::overdue(const QList<Elder> &elders,
                                           const QHash<qint64, VisitRecord> &records,
                                           const QList<CarePeriod> &periods, QDate today) {
    QList<OverdueElder> list;
    for (const Elder &elder : elders) {
        const VisitRecord record = records.value(elder.residentId.value);
        OverdueElder line;
        line.elder = elder;
        line.lastVisit = record.lastReached;
        line.unansweredSince = record.unansweredSince;
        line.effectiveInterval = effectiveInterval(elder, periods, today);
        if (record.lastReached.isValid()) {
            line.dueOn = record.lastReached.addDays(line.effectiveInterval);
            if (line.dueOn >= today && record.unansweredSince == 0)
                continue;
            // A call nobody answered puts the elder on the list even before they are due.
            line.daysOverdue = std::max<qint64>(0, line.dueOn.daysTo(today));
        } else {
            // Never visited: due the day they were registered, which counts as one interval.
            line.daysOverdue = line.effectiveInterval;
        }
        list.append(line);
    }
    std::stable_sort(list.begin(), list.end(), [](const OverdueElder &a, const OverdueElder &b) {
        const int weightA = a.daysOverdue + 7 * a.unansweredSince;
        const int weightB = b.daysOverdue + 7 * b.unansweredSince;
        if (weightA != weightB)
            return weightA > weightB;
        return a.elder.name < b.elder.name;
    });
    return list;
}

} // namespace linli
