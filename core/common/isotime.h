#pragma once

#include "common/codeunit.h"

#include <QDateTime>
#include <QStringView>

#include <compare>

namespace linli::iso {

// Linli stores days as 2025-03-27 and moments as 2025-03-27T10:00:00 (local time). Reading them
// back is on the hot path of every list and figure: these readers take the digits straight,
// several times faster than QDateTime::fromString (measured by tests/bench).

namespace detail {
template<typename View> int digits(View text, qsizetype at, qsizetype count) {
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = codeUnit(text.at(i));
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
template<typename View> QDate date(View text) {
    if (text.size() < 10 || codeUnit(text.at(4)) != u'-' || codeUnit(text.at(7)) != u'-')
        return {};
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}
template<typename View> qint64 wallSeconds(View text) {
    const QDate day = date(text);
    if (!day.isValid())
        return 0;
    qint64 seconds = (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400;
    if (text.size() >= 16) {
        seconds += qint64(qMax(0, digits(text, 11, 2))) * 3600 + qMax(0, digits(text, 14, 2)) * 60;
        if (text.size() >= 19)
            seconds += qMax(0, digits(text, 17, 2));
    }
    return seconds;
}
} // namespace detail

/// The day of "2025-03-27" or "2025-03-27T…"; invalid for anything else.
inline QDate date(QStringView text) {
    return detail::date(text);
}

/// The month of "2025-03" or "2025-03-…" counted from year 0 (year × 12 + month − 1), to place
/// a stored month in a series without a QDate; -1 for anything else.
template<typename View> int monthNumber(View text) {
    if (text.size() < 7 || codeUnit(text.at(4)) != u'-')
        return -1;
    const int y = detail::digits(text, 0, 4);
    const int m = detail::digits(text, 5, 2);
    if (y < 0 || m < 1 || m > 12)
        return -1;
    return y * 12 + m - 1;
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
    return detail::wallSeconds(text);
}

/// "2025-03-27": as QDate::toString(Qt::ISODate) writes it (years 0-9999), written by hand
/// because every write stores a few (measured by tests/bench and the street demo).
inline QString text(QDate day) {
    if (!day.isValid() || day.year() < 0 || day.year() > 9999)
        return day.toString(Qt::ISODate);
    char16_t out[10];
    const auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, day.year(), 4);
    out[4] = u'-';
    put(5, day.month(), 2);
    out[7] = u'-';
    put(8, day.day(), 2);
    return QString(reinterpret_cast<const QChar *>(out), 10);
}

/// "2025-03-27T10:00:00" (local time, seconds): as QDateTime::toString(Qt::ISODate) writes a
/// local time.
inline QString text(const QDateTime &at) {
    if (!at.isValid() || at.timeSpec() != Qt::LocalTime)
        return at.toString(Qt::ISODate);
    const QDate day = at.date();
    const QTime time = at.time();
    if (day.year() < 0 || day.year() > 9999)
        return at.toString(Qt::ISODate);
    QString written = text(day);
    char16_t out[9];
    const auto put = [&out](int position, int value) {
        out[position] = char16_t(u'0' + value / 10);
        out[position + 1] = char16_t(u'0' + value % 10);
    };
    out[0] = u'T';
    put(1, time.hour());
    out[3] = u':';
    put(4, time.minute());
    out[6] = u':';
    put(7, time.second());
    written.append(reinterpret_cast<const QChar *>(out), 9);
    return written;
}

} // namespace linli::iso
