#pragma once

#include "aid/eldercare.h"

#include <QHash>

namespace linli {

/// What the office knows of an elder's visits: the last one that reached them, and how many
/// calls or knocks went unanswered since.
struct VisitRecord {
    QDate lastReached;
    int unansweredSince = 0;
};

/// Which elders were not visited within their interval, worst first — pure logic over the
/// register, the visit records and the office's marked periods, so it is tested with a fixed
/// day.
class VisitSchedule final {
public:
    /// The interval in force for an elder on `day`: their own, or a marked period's if shorter.
    static int effectiveInterval(const Elder &elder, const QList<CarePeriod> &periods, QDate day);
    /// The overdue elders: never visited, or last reached more than the interval ago. Worst
    /// first: each unanswered call counts as a week overdue, then the longest wait.
    static QList<OverdueElder> overdue(const QList<Elder> &elders,
                                       const QHash<qint64, VisitRecord> &records,
                                       const QList<CarePeriod> &periods, QDate today);
};

} // namespace linli
