#pragma once

#include <QDateTime>
#include <QStringView>

namespace linli::iso {

// Linli stores days as 2025-03-27 and moments as 2025-03-27T10:00:00 (local time). Reading them
// back is on the hot path of every list and figure: these readers take the digits straight,
// several times faster than QDateTime::fromString (measured by tests/bench).

namespace detail {
inline int digits(QStringView text, qsizetype at, qsizetype count) {
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace detail

/// The day of "2025-03-27" or "2025-03-27T…"; invalid for anything else.
inline QDate date(QStringView text) {
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int y = detail::digits(text, 0, 4);
    const int m = detail::digits(text, 5, 2);
    const int d = detail::digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

/// The moment of "2025-03-27T10:00:00" (seconds optional); invalid for anything else.
inline QDateTime moment(QStringView text) {
    if (text.isEmpty()) // a moment not reached yet (NULL): common, so not the slow path below
        return {};
    const QDate day = date(text);
    if (!day.isValid() || text.size() < 16 || (text.at(10) != u'T' && text.at(10) != u' '))
        return QDateTime::fromString(text.toString(), Qt::ISODate);
    const int h = detail::digits(text, 11, 2);
    const int mi = detail::digits(text, 14, 2);
    const int s = text.size() >= 19 ? detail::digits(text, 17, 2) : 0;
    if (h < 0 || mi < 0 || s < 0 || text.size() > 19)
        return QDateTime::fromString(text.toString(), Qt::ISODate);
    return QDateTime(day, QTime(h, mi, s));
}

/// Seconds since 1970-01-01T00:00:00 on the wall clock, with no time zone looked up: for
/// differences between stored moments (there is no daylight saving time in China).
inline qint64 wallSeconds(QStringView text) {
    const QDate day = date(text);
    if (!day.isValid())
        return 0;
    qint64 seconds = (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400;
    if (text.size() >= 16) {
        seconds += qint64(qMax(0, detail::digits(text, 11, 2))) * 3600 +
                   qMax(0, detail::digits(text, 14, 2)) * 60;
        if (text.size() >= 19)
            seconds += qMax(0, detail::digits(text, 17, 2));
    }
    return seconds;
}

} // namespace linli::iso
