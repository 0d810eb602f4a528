#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>

namespace linli {

/// Which days the office works: Monday to Friday, except public holidays, plus the weekend
/// days made working days in exchange (调休). Time limits count working days on it.
class WorkingCalendar final {
public:
    enum class DayKind { Holiday, Workday };

    void setException(QDate day, DayKind kind) { m_exceptions.insert(day, kind); }
    bool isWorkingDay(QDate day) const;
    /// The same time of day `days` working days later; from a non-working day, counting starts
    /// at the next working day's start of office hours.
    QDateTime addWorkingDays(const QDateTime &from, int days) const;
    /// Working days from `from` to `to` (whole days; negative when `to` is earlier).
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QHash<QDate, DayKind> m_exceptions;
};

} // namespace linli
