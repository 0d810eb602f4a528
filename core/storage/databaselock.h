#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace linli {

/// Who holds a database file open in the window program: a small lock file beside it names the
/// user, machine, process and since when, so that a second copy is told who has it rather than
/// both writing at cross purposes, and a restore is refused while anyone works.
class DatabaseLock final {
    Q_DECLARE_TR_FUNCTIONS(linli::DatabaseLock)
public:
    struct Holder {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
    };

    DatabaseLock() = default;
    ~DatabaseLock();
    DatabaseLock(DatabaseLock &&other) noexcept;
    DatabaseLock &operator=(DatabaseLock &&other) noexcept;
    Q_DISABLE_COPY(DatabaseLock)

    static QString lockPath(const QString &databasePath);
    /// The account this program runs as, for the lock file: $USER, else the system's name for
    /// the user id.
    static QString currentUser();
    /// Takes the lock for `user`, or says who holds it. A lock left by a process that is gone
    /// (on this machine) is taken over.
    static Result<DatabaseLock> acquire(const QString &databasePath, const QString &user);
    /// Whoever holds the file now, if anyone does.
    static std::optional<Holder> holder(const QString &databasePath);
    /// "The database is open in Linli by 刘主任 on desk-1 since 08:30."
    static QString describe(const Holder &holder);
    void release();

private:
    QString m_path;
};

} // namespace linli
