#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace linli {

class Database;

/// One backup file in the folder: when it was taken and why (daily, migration, import, manual).
struct BackupFile {
    QString path;
    QDateTime takenAt;
    QString reason;
};

/// Backups that keep themselves: a consistent snapshot (VACUUM INTO a temporary name, checked,
/// flushed to disk, owner-only, then renamed into place) taken once a day and before a schema
/// migration or a bulk import, kept in rotation — the last 7 days, one a week for 4 weeks, one a
/// month for 12 months — in one folder.
class BackupKeeper final {
    Q_DECLARE_TR_FUNCTIONS(linli::BackupKeeper)
public:
    static constexpr int keepDaily = 7;
    static constexpr int keepWeekly = 4;
    static constexpr int keepMonthly = 12;

    BackupKeeper(const Database &database, QString folder);

    /// The folder beside the database file where its backups go unless the settings say else.
    static QString defaultFolder(const QString &databasePath);
    /// Where the database's backups go: the folder the settings name, or the default.
    static QString folderFor(const Database &database);
    static constexpr const char *folderSetting = "backup.folder";

    Result<QString> snapshot(const QString &reason);
    /// How a new snapshot is checked before it is put in place: `Full` by verify(); `Copy` by
    /// verifyCopy(), for a snapshot taken while the user waits (before an import), whose cost
    /// must not grow with the whole file's indexes (see verifyCopy for why that is safe).
    enum class Check { Full, Copy };
    /// A snapshot the program takes for itself before a change of many records (an import),
    /// whoever is working: restoring it still needs the right to manage backups.
    Result<QString> safetySnapshot(const QString &reason, Check check = Check::Full);
    /// Takes the day's backup unless one was taken today; returns the file, or empty when none
    /// was due.
    Result<QString> dailyIfDue();
    /// Deletes the backups the rotation no longer keeps; returns how many.
    Result<int> rotate();
    /// The day's backup (if due) and the rotation, on a connection of its own to the database
    /// at `path`: the window program runs it on a worker thread once its window is up, since
    /// at sub-district scale the copy and its check take seconds. Each failure is described
    /// in the message, both when both fail.
    static Status dailyOnOwnConnection(const QString &path, const QString &folder);
    Result<QList<BackupFile>> list() const;
    /// The newest backup in `folder` that passes the check: what a damaged database is offered.
    static std::optional<BackupFile> latestSound(const QString &folder);

    /// Whether `path` is a sound Linli database: the checks of every open (a SQLite file of
    /// Linli's, its schema as Linli makes it) and SQLite's full integrity check, on a read-only
    /// connection that writes nothing. A backup is restored only after this.
    static Status verify(const QString &path);
    /// Whether a copy VACUUM INTO has just written is whole: the checks of every open (a SQLite
    /// file of Linli's, its schema as Linli makes it) and SQLite's quick check of every page,
    /// without integrity_check's comparison of each index with its table.
    static Status verifyCopy(const QString &path);
    /// Puts `backup` in place of the database at `target`, which must not be open: the backup
    /// is copied beside it and flushed, then the current file and its -wal and -shm are set
    /// aside (renamed, not deleted) and the copy renamed into place. A kill at any moment
    /// leaves the old file or the new one: a note beside the database says how far it got, and
    /// the next open finishes it (finishInterruptedRestore). Returns the name the old file was
    /// set aside under, or empty when there was none.
    static Result<QString> restore(const QString &backup, const QString &target,
                                   const QDateTime &now);
    /// Finishes a restore of `target` that a kill stopped half-way (or undoes one stopped before
    /// its copy was whole); refuses while the process restoring is still at it.
    static Status finishInterruptedRestore(const QString &target);

private:
    const Database &m_database;
    QString m_folder;
};

} // namespace linli
