#pragma once

#include <QDate>

namespace linli {

/// The month a monthly paper (a ledger, the statistics, the work report) is made for.
class ReportMonth final {
public:
    /// Up to the 10th the month just ended — offices close last month's books in its first
    /// days — and after that the current one; the first day of that month.
    static QDate defaultFor(QDate today) {
        const QDate first(today.year(), today.month(), 1);
        return today.day() <= lastDayForLastMonth ? first.addMonths(-1) : first;
    }
    /// The last day of the month beginning `first` that has come by `today`.
    static QDate lastDay(QDate first, QDate today) {
        return qMin(first.addMonths(1).addDays(-1), today);
    }
    static constexpr int lastDayForLastMonth = 10;
};

} // namespace linli
