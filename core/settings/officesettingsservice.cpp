#include "settings/officesettingsservice.h"

#include "access/access.h"
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/rowversion.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace linli {

OfficeSettingsService::OfficeSettingsService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

QString OfficeSettingsService::backupFolder() const {
    return BackupKeeper::folderFor(m_database);
}

Status OfficeSettingsService::setBackupFolder(const QString &folder,
                                              const std::optional<QString> &seen) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    const QString clean = folder.trimmed();
    if (clean == backupFolder())
        return Status::success();
    if (!QDir::isAbsolutePath(clean))
        return Status::failure(tr("Give the backup folder as a full path, e.g. /home/office/"
                                  "linli-backups or a USB drive's folder."));
    if (!QDir().mkpath(clean) || !QFileInfo(clean).isWritable())
        return Status::failure(tr("Linli cannot write to %1; choose a folder it may write to.")
                                   .arg(QDir::toNativeSeparators(clean)));
    return m_database.write([&](const WriteContext &context) {
        if (seen && backupFolder() != *seen)
            return RowVersion::changedFirst(context, QStringLiteral("settings"), 0,
                                            QStringLiteral("backup.folder"));
        return OfficeSettingsRepository::setBackupFolder(context, clean);
    });
}

Status OfficeSettingsService::setRetentionMonths(int months, std::optional<int> seen) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    if (months != 0 && (months < 6 || months > 120))
        return Status::failure(tr("Keep the data of residents who moved out for 6 to 120 months, "
                                  "or 0 to keep it for ever."));
    if (months == retentionMonths())
        return Status::success();
    return m_database.write([&](const WriteContext &context) {
        // Compared inside the write with what the page showed: another desk's change stays.
        if (seen && m_repository.retentionMonths() != *seen)
            return RowVersion::changedFirst(context, QStringLiteral("settings"), 0,
                                            QStringLiteral("privacy.retention_months"));
        return OfficeSettingsRepository::setRetentionMonths(context, months);
    });
}

Status OfficeSettingsService::save(const OfficeIdentity &identity,
                                   const std::optional<OfficeIdentity> &seen) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    if (Status phone = checkPhone(identity.phone); !phone)
        return phone;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        // Read in the write: what is on file now is what this save replaces.
        const auto before = m_repository.identity();
        if (!before)
            return before.status();
        if (seen && *seen != *before)
            return RowVersion::changedFirst(context, QStringLiteral("settings"), 0,
                                            QStringLiteral("office."));
        return OfficeSettingsRepository::save(context, *before, identity);
    });
    if (done)
        Q_EMIT identityChanged();
    return done;
}

Status OfficeSettingsService::checkPhone(const QString &phone) {
    // Printed on every paper for residents to call: digits, as offices write them with an area
    // code, dashes, brackets or an extension (转), and enough digits to be dialled.
    static const QRegularExpression written(QStringLiteral("^[0-9０-９ ()（）+\\-－转]*$"));
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return Status::success();
    const qsizetype digits =
        std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    if (!written.match(trimmed).hasMatch() || digits < 7)
        return Status::failure(tr("The office phone should be a number residents can dial, "
                                  "e.g. 0731-58581234."));
    return Status::success();
}

bool OfficeSettingsService::isDemo() const {
    return m_repository.isDemo();
}

} // namespace linli
