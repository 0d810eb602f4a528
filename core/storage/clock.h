#pragma once

#include <QDate>
#include <QDateTime>

namespace linli {

/// Where core reads the time, so that due dates, ages and numbering are testable.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

/// The wall clock, in local time.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/// A clock that stands still until it is moved; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_now(std::move(at)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime at) { m_now = std::move(at); }

private:
    QDateTime m_now;
};

} // namespace linli
