#pragma once

#include "access/access.h"
#include "common/result.h"
#include "storage/clock.h"
#include "storage/engine.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;
#include <memory>

namespace linli {

class ServerCancel;

/// One open Linli database file: checked, configured and migrated on open, and the single path
/// through which every write runs (BEGIN IMMEDIATE, retried when another connection got there
/// first, committed or rolled back as a whole).
class Database final {
    Q_DECLARE_TR_FUNCTIONS(linli::Database)
public:
    enum class Mode { OpenOrCreate, OpenExisting };

    /// Marks a SQLite file as Linli's ("LNLI").
    static constexpr qint32 applicationId = 0x4C4E4C49;
    static constexpr int busyTimeoutMs = 5000;
    /// How long the server lets a desk sit in an open transaction before it ends it.
    static constexpr int kIdleInTransactionMs = 60000;

    /// The network filesystem a statfs() type names (NFS, SMB/CIFS, AFS, Ceph…), or empty for a
    /// local one. SQLite's locking does not hold on a network drive, so Linli refuses to keep its
    /// live file there.
    static QString networkFilesystem(quint64 statfsType);

    /// Opens (or creates) the file. Refuses, leaving the file untouched, anything that is not a
    /// Linli database. A file written by a newer Linli, or one this user may not write, is opened
    /// read-only; so is any file when `readOnlyReason` says why (another desk holds it).
    /// A server address (postgresql://user@host:port/dbname) opens that database on PostgreSQL
    /// instead, with `password` — or, when it is empty, PGPASSWORD or ~/.pgpass.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Mode mode = Mode::OpenOrCreate,
                                                  const QString &readOnlyReason = {},
                                                  const QString &password = {});
    /// A second connection to the same database, with the same session and clock, for work on
    /// another thread (the residents search as you type): call it on that thread, which then
    /// owns what it returns. Reads only what open() set.
    Result<std::unique_ptr<Database>> openAnother() const;
    /// Stops the statement running on this connection, from any thread: it fails at once as
    /// interrupted (on the server, as soon as the server has the cancel request).
    void interrupt() const;

    /// True when the server at `address` will not let its user in without a password and none
    /// is in PGPASSWORD or ~/.pgpass: the caller asks for one.
    static bool serverAsksForPassword(const ServerAddress &address);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The file, or the server address (without a password).
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isOnServer() const { return m_engine == Engine::PostgreSQL; }
    /// Why nothing may be changed in this file, or empty when it is open for writing. Every
    /// write and every guarded operation is refused with this reason.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QSqlDatabase connection() const;
    Result<int> schemaVersion() const;

    const Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    /// The name written to the audit trail for every change: the logged-in account's.
    const QString &operatorName() const { return m_session.name; }
    void setOperatorName(QString name) { m_session.name = std::move(name); }
    /// Who is working. Until someone logs in it is the system, which may do everything: the
    /// command line and the first start run so.
    const UserSession &session() const { return m_session; }
    /// On the server the connection's application_name then names the computer and the user.
    void setSession(UserSession session);
    /// Success when the session's role may do it; otherwise a refusal saying who may not what.
    Status require(Permission permission) const;

    using WriteUnit = std::function<Status(const WriteContext &)>;
    /// Runs `unit` in one write transaction; rolls back when it fails, and runs it again when
    /// it lost to another desk's write.
    Status write(const WriteUnit &unit) { return write(unit, Turn::AsIfAlone); }
    /// The same for a unit that yields a value (the id of a new row, say).
    template<typename T, typename Unit> Result<T> writeReturning(Unit &&unit) {
        T value{};
        const Status done = write([&](const WriteContext &context) {
            auto result = unit(context);
            if (!result)
                return result.status();
            value = std::move(*result);
            return Status::success();
        });
        if (!done)
            return done;
        return value;
    }

    /// A page cache of 256 MB for a bulk write (the demo, an import), or back to the usual
    /// 16 MB, on SQLite; the server keeps its own.
    void useBulkCache(bool bulk) const;

    /// On PostgreSQL: each identity goes on after its table's largest id, after rows were
    /// written with their ids (a schema step, a copy from a file).
    static Status syncIdentities(const WriteContext &context);

    Status quickCheck() const;
    /// The full check `linli-cli check` runs: integrity and foreign keys.
    Status fullCheck() const;
    /// A consistent copy, safe while other connections read and write.
    Status backupTo(const QString &target) const;

private:
    Database(QString path, QString connectionName);
    /// `fresh`: the file was made empty by createFile a moment ago, under a name of its own.
    static Result<std::unique_ptr<Database>> openFile(const QString &path, Mode mode,
                                                      const QString &readOnlyReason, bool fresh);
    /// A new database at `file`, made and migrated under a name of its own and then put in
    /// place whole.
    static Status createFile(const QString &file, const QString &shown);
    /// A schema upgrade while Linli has the file open elsewhere would change the tables under
    /// that window's feet: refused, naming who has it.
    Status refuseUpgradeBesideAnother() const;
    static Result<std::unique_ptr<Database>> openServer(const QString &location, Mode mode,
                                                        const QString &password);
    Status configure(const QString &shown);
    Status configureServer(Mode mode);
    /// The connection's own settings on the server: encoding, lock and idle timeouts, its name.
    Status configureServerSession() const;
    /// A connection the server ended, opened again with its settings.
    Status reopenLostConnection() const;
    /// application_name: "linli", the computer, and the user once logged in.
    Status nameConnection() const;
    Status migrate();
    Status recordVersion(const WriteContext &context, int version) const;
    /// After a failed write on the server: whether the connection is still there.
    bool serverAnswers() const;
    /// How a unit shares the server with other desks' units: as if it ran alone (serializable),
    /// or strictly after the others that take the same turn (the schema's steps: each statement
    /// then sees what the desk before it committed).
    enum class Turn { AsIfAlone, Migrating };
    Status write(const WriteUnit &unit, Turn turn);
    /// A short, growing, random pause before a unit that lost to another desk runs again.
    void waitBeforeAgain(int attempt) const;
    /// The desk on the server whose transaction has been open longest, named for a message;
    /// empty when no other is writing.
    QString longestServerWriter() const;

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    bool m_checked = false; ///< the file passed the checks at open: closing may write to it
    QString m_password;     ///< the server's, in memory only, for openAnother()
    Engine m_engine = Engine::SQLite;
    sqlite3 *m_handle = nullptr; ///< for interrupt(), which may come from another thread
    /// The same on the server; made again when a lost connection is opened again.
    mutable std::shared_ptr<ServerCancel> m_serverCancel;
    mutable QMutex m_serverCancelMutex;
    mutable bool m_reopening = false; ///< connection() then hands the connection as it is
    mutable bool m_writing = false;   ///< inside write(): the connection is never reopened then
    UserSession m_session;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace linli
