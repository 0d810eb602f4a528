#pragma once

#include "common/codeunit.h"

#include <QDateTime>
#include <QStringView>

#include <compare>

namespace linli::iso {

// Linli stores days as 2025-03-27 and moments as 2025-03-27T10:00:00 (local time). Reading them
// back is on the hot path of every list and figure: these readers take the digits straight,
// several times faster than QDateTime::fromString (measured by tests/bench).

// Each reader takes the text as Qt keeps it (UTF-16) or as SQLite gives it (UTF-8, read
// without a QString on the hottest paths).
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
inline QDate date(QUtf8StringView text) {
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

/// A stored moment kept as its digits, 2025-03-27T10:00:00 as 20250327100000: for list rows
/// read by the ten thousand, which compare and sort it as the text does and turn it into a
/// QDateTime only for the rows on screen. Read from SQLite's UTF-8 without a QString, it costs
/// the list no allocation (tests/bench: the complaints list scrolled to its end).
class StoredMoment {
public:
    StoredMoment() = default; ///< none (NULL): a moment not reached yet

    template<typename View> static StoredMoment fromText(View text) {
        const auto at = [&text](qsizetype i) { return codeUnit(text.at(i)); };
        const auto digits = [&text](qsizetype from, qsizetype count) {
            return qint64(detail::digits(text, from, count));
        };
        if (text.size() == 0)
            return {};
        if (text.size() == 19 && at(4) == u'-' && at(7) == u'-' &&
            (at(10) == u'T' || at(10) == u' ') && at(13) == u':' && at(16) == u':') {
            const qint64 parts[] = {digits(0, 4),  digits(5, 2),  digits(8, 2),
                                    digits(11, 2), digits(14, 2), digits(17, 2)};
            // A part is -1 when not digits: the checks let none through (QDate takes year -1).
            if (parts[0] >= 0 && QDate::isValid(int(parts[0]), int(parts[1]), int(parts[2])) &&
                QTime::isValid(int(parts[3]), int(parts[4]), int(parts[5])))
                return StoredMoment(
                    ((((parts[0] * 100 + parts[1]) * 100 + parts[2]) * 100 + parts[3]) * 100 +
                     parts[4]) *
                        100 +
                    parts[5]);
        }
        // Written some other way (by hand, by another program): the slow reader.
        return of(QDateTime::fromString(text.toString(), Qt::ISODate));
    }
    static StoredMoment of(const QDateTime &at) {
        if (!at.isValid())
            return {};
        const QDateTime local = at.toLocalTime();
        const QDate d = local.date();
        const QTime t = local.time();
        return StoredMoment(
            ((((qint64(d.year()) * 100 + d.month()) * 100 + d.day()) * 100 + t.hour()) * 100 +
             t.minute()) *
                100 +
            t.second());
    }

    bool isNull() const { return m_digits == 0; }
    QDateTime toDateTime() const {
        if (isNull())
            return {};
        qint64 rest = m_digits;
        const auto take = [&rest](int count) {
            int value = 0;
            for (int scale = 1; count > 0; --count, scale *= 10, rest /= 10)
                value += int(rest % 10) * scale;
            return value;
        };
        const int second = take(2), minute = take(2), hour = take(2);
        const int day = take(2), month = take(2);
        const int year = int(rest);
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
    }
    friend auto operator<=>(const StoredMoment &, const StoredMoment &) = default;

private:
    explicit StoredMoment(qint64 digits)
        : m_digits(digits) {}
    qint64 m_digits = 0;
};

/// Seconds since 1970-01-01T00:00:00 on the wall clock, with no time zone looked up: for
/// differences between stored moments (there is no daylight saving time in China).
inline qint64 wallSeconds(QStringView text) {
    return detail::wallSeconds(text);
}
inline qint64 wallSeconds(QUtf8StringView text) {
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
