#include "storage/backupkeeper.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QUuid>

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

bool flushToDisk(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
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
    const auto chosen = sql::scalar(database.connection(),
                                    QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                    {QString::fromLatin1(folderSetting)});
    if (chosen && !chosen->toString().trimmed().isEmpty())
        return chosen->toString().trimmed();
    return defaultFolder(database.path());
}

Result<QString> BackupKeeper::snapshot(const QString &reason) {
    if (Status allowed = m_database.require(Permission::ManageBackups); !allowed)
        return allowed;
    return safetySnapshot(reason);
}

Result<QString> BackupKeeper::safetySnapshot(const QString &reason) {
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
    if (auto done = sql::run(m_database.connection(), QStringLiteral("VACUUM INTO ?"), {part});
        !done) {
        QFile::remove(part);
        return Result<QString>::failure(tr("The backup failed: %1").arg(done.error()));
    }
    if (Status sound = verify(part); !sound) {
        QFile::remove(part);
        return Result<QString>::failure(
            tr("The backup did not pass its check: %1").arg(sound.error()));
    }
    if (!flushToDisk(part) || QFile::exists(final) || !QFile::rename(part, final)) {
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
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1 cannot be read.").arg(shown));
    if (!file.read(16).startsWith("SQLite format 3"))
        return Status::failure(tr("%1 is not a Linli database.").arg(shown));
    file.close();
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Status::failure(tr("%1 cannot be opened.").arg(shown));
        } else {
            const auto id = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
            const auto check = sql::scalar(db, QStringLiteral("PRAGMA integrity_check"));
            if (!id || id->toInt() != Database::applicationId)
                result = Status::failure(tr("%1 is not a Linli database.").arg(shown));
            else if (!check || check->toString() != QStringLiteral("ok"))
                result = Status::failure(
                    tr("%1 is damaged: %2").arg(shown, check ? check->toString() : check.error()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QString> BackupKeeper::restore(const QString &backup, const QString &target,
                                      const QDateTime &now) {
    if (Status sound = verify(backup); !sound)
        return Result<QString>::failure(tr("Not restored: %1").arg(sound.error()));
    const QString aside = target + QStringLiteral(".before-restore-") + stamp(now);
    if (QFile::exists(target)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(target + suffix) && !QFile::rename(target + suffix, aside + suffix))
                return Result<QString>::failure(
                    tr("The current file %1 could not be set aside; nothing was changed.")
                        .arg(QDir::toNativeSeparators(target + suffix)));
        }
    }
    const QString part = target + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backup, part) || !QFile::setPermissions(part, kOwnerOnly) ||
        !flushToDisk(part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        // Put the old file back where it was.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(aside + suffix))
                QFile::rename(aside + suffix, target + suffix);
        }
        return Result<QString>::failure(
            tr("The backup could not be copied into place; the current file is back as it was. "
               "Check the free disk space."));
    }
    return QFile::exists(aside) ? aside : QString();
}

} // namespace linli
