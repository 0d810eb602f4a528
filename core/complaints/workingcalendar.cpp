#include "complaints/workingcalendar.h"

namespace linli {

namespace {
const QTime kOfficeOpens(8, 30);
}

bool WorkingCalendar::isWorkingDay(QDate day) const {
    const auto exception = m_exceptions.constFind(day);
    if (exception != m_exceptions.constEnd())
        return *exception == DayKind::Workday;
    return day.dayOfWeek() <= 5;
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &from, int days) const {
    QDate day = from.date();
    QTime time = from.time();
    if (!isWorkingDay(day)) {
        // A matter received on a holiday starts its clock when the office opens again.
        do
            day = day.addDays(1);
        while (!isWorkingDay(day));
        time = kOfficeOpens;
    }
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return QDateTime(day, time);
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const {
    const int sign = from <= to ? 1 : -1;
    int count = 0;
    for (QDate day = from; day != to; day = day.addDays(sign)) {
        if (isWorkingDay(day.addDays(sign)))
            count += sign;
    }
    return count;
}

} // namespace linli
