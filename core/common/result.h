#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace linli {

/// The outcome of a core operation that returns nothing: success, or a translated message that
/// says what went wrong. Core never throws across layers and never shows UI; callers report this.
class [[nodiscard]] Status final {
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Status() = default;
    explicit Status(QString message)
        : m_ok(false)
        , m_error(std::move(message)) {}
    bool m_ok = true;
    QString m_error;
};

/// A value, or the translated message of why there is none.
template<typename T> class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_value(std::move(value)) {} // NOLINT: implicit by design
    Result(const Status &status)
        : m_error(status.error()) {
        Q_ASSERT(!status.ok()); // a successful Status carries no value
    }
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace linli
