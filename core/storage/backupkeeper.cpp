#include "storage/backupkeeper.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace linli {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QString kSuffix = QStringLiteral(".linli-backup");

QString stamp(const QDateTime &at) {
    return at.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// linli-20250327-100000-daily.linli-backup
const QRegularExpression &namePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^linli-(\\d{8}-\\d{6})-([a-z]+)\\.linli-backup$"));
    return pattern;
}

// A file's contents, or a folder's names (after a rename), on the disk. Never the live
// database's: any descriptor of it closed would drop this process's locks on it.
bool flushToDisk(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool done = ::fsync(fd) == 0;
    ::close(fd);
    return done;
}

// What a backup killed midway (a crash, a full disk) left: its part file, once nothing has
// written to it for an hour — a snapshot being taken writes to its part all the time.
void clearLeftovers(const QString &folder, const QDateTime &now) {
    const QDir dir(folder);
    for (const QFileInfo &part :
         dir.entryInfoList({QStringLiteral("*.linli-backup.part")}, QDir::Files | QDir::Hidden)) {
        if (part.lastModified().secsTo(now) > 3600)
            QFile::remove(part.absoluteFilePath());
    }
}

} // namespace

BackupKeeper::BackupKeeper(const Database &database, QString folder)
    : m_database(database)
    , m_folder(std::move(folder)) {}

QString BackupKeeper::defaultFolder(const QString &databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString BackupKeeper::folderFor(const Database &database) {
    const auto chosen = sql::Statement::single(
        database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"),
        {{"key", QString::fromLatin1(folderSetting)}});
    if (chosen && !chosen->toString().trimmed().isEmpty())
        return chosen->toString().trimmed();
    return defaultFolder(database.path());
}

Result<QString> BackupKeeper::snapshot(const QString &reason) {
    if (Status allowed = m_database.require(Permission::ManageBackups); !allowed)
        return allowed;
    return safetySnapshot(reason);
}

Result<QString> BackupKeeper::safetySnapshot(const QString &reason, Check check) {
    if (!QDir().mkpath(m_folder))
        return Result<QString>::failure(
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDateTime at = m_database.clock().now();
    QString final;
    // Two snapshots in one second (an import right after another) get the next free second.
    for (int tries = 0; tries < 60; ++tries, at = at.addSecs(1)) {
        final =
            QDir(m_folder).filePath(QStringLiteral("linli-%1-%2").arg(stamp(at), reason) + kSuffix);
        if (!QFile::exists(final))
            break;
    }
    clearLeftovers(m_folder, QDateTime::currentDateTime());
    const QString part = final + QStringLiteral(".part");
    QFile::remove(part);
    {
        // Created first, owner-only, so that VACUUM INTO fills a file no one else can read.
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
            return Result<QString>::failure(
                tr("The backup file %1 cannot be created: %2")
                    .arg(QDir::toNativeSeparators(part), file.errorString()));
    }
    if (auto done = sql::Statement::run(m_database.connection(),
                                        QStringLiteral("VACUUM INTO :target"), {{"target", part}});
        !done) {
        QFile::remove(part);
        return Result<QString>::failure(tr("The backup failed: %1").arg(done.error()));
    }
    if (Status sound = check == Check::Full ? verify(part) : verifyCopy(part); !sound) {
        QFile::remove(part);
        return Result<QString>::failure(
            tr("The backup did not pass its check: %1").arg(sound.error()));
    }
    if (!flushToDisk(part) || QFile::exists(final) || !QFile::rename(part, final) ||
        !flushToDisk(m_folder)) {
        QFile::remove(part);
        return Result<QString>::failure(
            tr("The backup could not be put in place in %1; check the free disk space.")
                .arg(QDir::toNativeSeparators(m_folder)));
    }
    return final;
}

Result<QList<BackupFile>> BackupKeeper::list() const {
    QList<BackupFile> files;
    const QDir dir(m_folder);
    for (const QString &name :
         dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name)) {
        const auto match = namePattern().match(name);
        if (!match.hasMatch())
            continue;
        files.append({dir.filePath(name),
                      QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss")),
                      match.captured(2)});
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.takenAt > b.takenAt; });
    return files;
}

std::optional<BackupFile> BackupKeeper::latestSound(const QString &folder) {
    // The list reads only names; a database is not needed for it.
    QList<BackupFile> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const auto match = namePattern().match(name);
        if (match.hasMatch())
            files.append(
                {dir.filePath(name),
                 QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss")),
                 match.captured(2)});
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.takenAt > b.takenAt; });
    for (const BackupFile &file : std::as_const(files)) {
        if (verify(file.path))
            return file;
    }
    return std::nullopt;
}

Result<QString> BackupKeeper::dailyIfDue() {
    const auto files = list();
    if (!files)
        return files.status();
    const QDate today = m_database.clock().today();
    for (const BackupFile &file : *files) {
        if (file.takenAt.date() == today)
            return QString();
    }
    return snapshot(QStringLiteral("daily"));
}

Status BackupKeeper::dailyOnOwnConnection(const QString &path, const QString &folder) {
    // As the system: before anyone logs in, or whoever did, the day's backup is the office's.
    auto database = Database::open(path, Database::Mode::OpenExisting);
    if (!database)
        return Status::failure(tr("Today's backup was not made: %1").arg(database.error()));
    BackupKeeper keeper(**database, folder);
    QStringList problems;
    if (const auto daily = keeper.dailyIfDue(); !daily)
        problems << tr("Today's backup was not made: %1").arg(daily.error());
    if (const auto rotated = keeper.rotate(); !rotated)
        problems << tr("Old backups were not cleared: %1").arg(rotated.error());
    if (!problems.isEmpty())
        return Status::failure(problems.join(u'\n'));
    return Status::success();
}

Result<int> BackupKeeper::rotate() {
    const auto files = list();
    if (!files)
        return files.status();
    // Newest first: the newest of each of the last days, weeks and months is kept.
    QSet<QString> keep;
    QList<QDate> days;
    QList<QPair<int, int>> weeks;
    QList<QPair<int, int>> months;
    for (const BackupFile &file : *files) {
        const QDate day = file.takenAt.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const QPair<int, int> weekKey{weekYear, week};
        const QPair<int, int> monthKey{day.year(), day.month()};
        bool kept = false;
        if (!days.contains(day) && days.size() < keepDaily) {
            days << day;
            kept = true;
        } else if (days.contains(day)) {
            // A second backup of a kept day (before a migration, say) is kept with it.
            kept = day == m_database.clock().today();
        }
        if (!weeks.contains(weekKey) && weeks.size() < keepWeekly) {
            weeks << weekKey;
            kept = true;
        }
        if (!months.contains(monthKey) && months.size() < keepMonthly) {
            months << monthKey;
            kept = true;
        }
        if (kept)
            keep.insert(file.path);
    }
    int removed = 0;
    for (const BackupFile &file : *files) {
        if (!keep.contains(file.path) && QFile::remove(file.path))
            ++removed;
    }
    return removed;
}

Status BackupKeeper::verify(const QString &path) {
    // Through Database, read-only: the same checks as every open (a SQLite file of Linli's, its
    // schema exactly as Linli makes it), then the full integrity check. Nothing is written, the
    // -wal of a damaged file included; the connection and its statements go with the object.
    auto database = Database::open(path, Database::Mode::OpenExisting,
                                   tr("The file is being checked; nothing is written to it."));
    if (!database)
        return database.status();
    return (*database)->fullCheck();
}

Status BackupKeeper::verifyCopy(const QString &path) {
    // Why a fresh copy needs no full integrity check (street scale: 6 s of the 9 s a 100-row
    // import took). VACUUM INTO reads every row of every table through SQLite's b-trees — a
    // damaged page of the source fails it (SQLITE_CORRUPT) instead of being copied — and writes
    // a new file whose every index it builds from its table: integrity_check's comparison of
    // each index with its table can find nothing in it the copy did not just make so. What
    // could still be wrong is the file on disk: short, torn, not Linli's. The open's checks
    // (header, schema as Linli makes it) and quick_check, which reads every page's structure
    // at a quarter of the cost, find that. And no backup is ever put back without the full
    // check: restore() and latestSound() run verify() first.
    auto database = Database::open(path, Database::Mode::OpenExisting,
                                   tr("The file is being checked; nothing is written to it."));
    if (!database)
        return database.status();
    return (*database)->quickCheck();
}

namespace {

// A restore in progress leaves this file beside the database: what state it is in, where the
// replaced file goes, and who is restoring. A start that finds it left by a process that is
// gone finishes what was begun (or, before the copy was whole, undoes it).
struct PendingRestore {
    QString state; ///< "copying", then "copied"
    QString aside;
    qint64 pid = 0;
    QString host;
};

QString pendingPath(const QString &target) {
    return target + QStringLiteral(".restore-pending");
}

QString partPath(const QString &target) {
    return target + QStringLiteral(".restoring");
}

const QStringList &sides() {
    static const QStringList list = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    return list;
}

bool writePending(const QString &target, const PendingRestore &pending) {
    QSaveFile file(pendingPath(target));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("%1\n%2\n%3\n%4\n")
                   .arg(pending.state, pending.aside)
                   .arg(pending.pid)
                   .arg(pending.host)
                   .toUtf8());
    return file.commit() && flushToDisk(QFileInfo(target).absolutePath());
}

std::optional<PendingRestore> readPending(const QString &target) {
    QFile file(pendingPath(target));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (lines.size() < 4)
        return PendingRestore{};
    return PendingRestore{lines.at(0), lines.at(1), lines.at(2).toLongLong(), lines.at(3)};
}

// The replaced file (with its -wal and -shm, which belong to it) moves aside, and the restored
// copy, whole and on disk, takes its place. Each step is a rename, so that it can be done
// again after a kill from wherever it stopped.
bool putInPlace(const QString &target, const QString &aside) {
    for (const QString &side : sides()) {
        if (QFile::exists(target + side) && !QFile::rename(target + side, aside + side))
            return false;
    }
    if (QFile::exists(partPath(target)) && !QFile::rename(partPath(target), target))
        return false;
    return flushToDisk(QFileInfo(target).absolutePath());
}

} // namespace

Status BackupKeeper::finishInterruptedRestore(const QString &target) {
    const auto pending = readPending(target);
    if (!pending)
        return Status::success();
    const QString shown = QDir::toNativeSeparators(target);
    if (pending->host == QSysInfo::machineHostName() && pending->pid > 0 &&
        pending->pid != QCoreApplication::applicationPid() &&
        (::kill(pid_t(pending->pid), 0) == 0 || errno == EPERM))
        return Status::failure(tr("%1 is being restored from a backup right now; open it when "
                                  "that is done.")
                                   .arg(shown));
    if (pending->state == QStringLiteral("copied") && !pending->aside.isEmpty() &&
        QFile::exists(partPath(target))) {
        if (!putInPlace(target, pending->aside))
            return Status::failure(tr("A restore of %1 was stopped half-way and cannot be "
                                      "finished: %2 could not be renamed. Nothing was deleted.")
                                       .arg(shown, QDir::toNativeSeparators(partPath(target))));
    } else if (pending->state != QStringLiteral("copied")) {
        // Stopped while copying: the file in place is the one that was there before.
        QFile::remove(partPath(target));
    } // else stopped after the copy took its place: only this note is left to go.
    QFile::remove(pendingPath(target));
    return Status::success();
}

Result<QString> BackupKeeper::restore(const QString &backup, const QString &target,
                                      const QDateTime &now) {
    if (Status sound = verify(backup); !sound)
        return Result<QString>::failure(tr("Not restored: %1").arg(sound.error()));
    if (Status before = finishInterruptedRestore(target); !before)
        return Result<QString>::failure(before.error());
    PendingRestore pending{QStringLiteral("copying"),
                           target + QStringLiteral(".before-restore-") + stamp(now),
                           QCoreApplication::applicationPid(), QSysInfo::machineHostName()};
    const QString part = partPath(target);
    const auto undo = [&] {
        QFile::remove(part);
        QFile::remove(pendingPath(target));
    };
    QFile::remove(part);
    if (!writePending(target, pending) || !QFile::copy(backup, part) ||
        !QFile::setPermissions(part, kOwnerOnly) || !flushToDisk(part)) {
        undo();
        return Result<QString>::failure(
            tr("The backup could not be copied beside the database; nothing was changed. Check "
               "the free disk space."));
    }
    // From here on the restore is finished even if this process is killed: the next open does.
    pending.state = QStringLiteral("copied");
    if (!writePending(target, pending)) {
        undo();
        return Result<QString>::failure(
            tr("The backup could not be copied beside the database; nothing was changed. Check "
               "the free disk space."));
    }
    const bool hadFile = QFile::exists(target);
    if (!putInPlace(target, pending.aside)) {
        // Put the old file back where it was, as far as it went.
        for (const QString &side : sides()) {
            if (!QFile::exists(target + side) && QFile::exists(pending.aside + side))
                QFile::rename(pending.aside + side, target + side);
        }
        undo();
        return Result<QString>::failure(
            tr("The backup could not be put in place; the current file is back as it was."));
    }
    QFile::remove(pendingPath(target));
    return hadFile ? pending.aside : QString();
}

} // namespace linli
