#include "storage/databaselock.h"

#include "common/isotime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

#include <optional>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace linli {

namespace {

bool alive(qint64 pid) {
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

std::optional<DatabaseLock::Holder> read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (lines.size() < 4)
        return std::nullopt;
    return DatabaseLock::Holder{lines.at(0), lines.at(1), lines.at(2).toLongLong(),
                                iso::moment(lines.at(3))};
}

} // namespace

DatabaseLock::~DatabaseLock() {
    release();
}

DatabaseLock::DatabaseLock(DatabaseLock &&other) noexcept
    : m_path(std::exchange(other.m_path, QString())) {}

DatabaseLock &DatabaseLock::operator=(DatabaseLock &&other) noexcept {
    if (this != &other) {
        release();
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

QString DatabaseLock::lockPath(const QString &databasePath) {
    // The real file's: a window opened through a link and a restore of the real path name the
    // same lock.
    const QFileInfo info(databasePath);
    return (info.exists() ? info.canonicalFilePath() : info.absoluteFilePath()) +
           QStringLiteral(".lock");
}

QString DatabaseLock::currentUser() {
    const QString named = qEnvironmentVariable("USER");
    if (!named.isEmpty())
        return named;
    // Started by a service, cron or sudo -i without USER: the account itself.
    if (const passwd *account = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QString::number(::getuid());
}

std::optional<DatabaseLock::Holder> DatabaseLock::holder(const QString &databasePath) {
    const auto held = read(lockPath(databasePath));
    if (!held)
        return std::nullopt;
    // On this machine a lock whose process is gone was left by a crash: nobody holds the file.
    if (held->host == QSysInfo::machineHostName() && !alive(held->pid))
        return std::nullopt;
    return held;
}

QString DatabaseLock::describe(const Holder &holder) {
    return tr("The database is open in Linli by %1 on %2 since %3.")
        .arg(holder.user, holder.host, QLocale().toString(holder.since, QLocale::ShortFormat));
}

Result<DatabaseLock> DatabaseLock::acquire(const QString &databasePath, const QString &user) {
    if (const auto held = holder(databasePath))
        return Result<DatabaseLock>::failure(
            describe(*held) + u' ' +
            tr("Work on it there, or ask them to close Linli; two copies writing the same file "
               "at once is how records get lost."));
    const QString path = lockPath(databasePath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<DatabaseLock>::failure(
            tr("The lock file %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(QStringLiteral("%1\n%2\n%3\n%4\n")
                   .arg(user, QSysInfo::machineHostName())
                   .arg(QCoreApplication::applicationPid())
                   .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                   .toUtf8());
    if (!file.commit())
        return Result<DatabaseLock>::failure(
            tr("The lock file %1 cannot be written; check the folder's permissions and free "
               "space.")
                .arg(QDir::toNativeSeparators(path)));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    DatabaseLock lock;
    lock.m_path = path;
    return lock;
}

void DatabaseLock::release() {
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
        m_path.clear();
    }
}

} // namespace linli
