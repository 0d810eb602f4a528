#pragma once

#include <QSqlDatabase>

#include <memory>

namespace linli {

/// Stops the statement running on a PostgreSQL connection from another thread: libpq's cancel
/// request, as psql sends on Ctrl+C. The functions are looked up in the process when needed —
/// Qt's driver has loaded libpq — so that Linli builds without libpq's headers; where they are
/// missing, a statement runs to its end as before.
class ServerCancel final {
public:
    /// For `connection`, made on the thread that owns it; null when libpq cannot be reached.
    static std::unique_ptr<ServerCancel> of(const QSqlDatabase &connection);
    ~ServerCancel();
    ServerCancel(const ServerCancel &) = delete;
    ServerCancel &operator=(const ServerCancel &) = delete;

    /// Asks the server to stop the statement under way (if any), from any thread.
    void cancel() const;

private:
    explicit ServerCancel(void *cancel)
        : m_cancel(cancel) {}
    void *m_cancel; ///< libpq's PGcancel
};

} // namespace linli
