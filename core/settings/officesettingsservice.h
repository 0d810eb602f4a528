#pragma once

#include "common/result.h"
#include "settings/officesettingsrepository.h"

#include <QObject>

#include <optional>

namespace linli {

class Database;

/// Reads and saves the office's identity; announces a change so open documents can follow.
class OfficeSettingsService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeSettingsService)
public:
    explicit OfficeSettingsService(Database &database, QObject *parent = nullptr);

    /// The identity on the documents of the community the desk works in.
    Result<OfficeIdentity> identity() const { return m_repository.identity(); }
    /// The identity on a record's documents: its community's (a receipt, an agreement printed
    /// by the sub-district's desk carries the committee that handled it).
    Result<OfficeIdentity> identityOf(CommunityId community) const {
        return community.isValid() ? m_repository.identityOf(community) : identity();
    }
    /// Saves the office's identity. `seen` is the identity as the form showed it: when another
    /// desk saved a different one since, this save is refused naming that desk. Without it (the
    /// first run) nothing is compared.
    Status save(const OfficeIdentity &identity,
                const std::optional<OfficeIdentity> &seen = std::nullopt);
    /// Where the automatic backups go.
    QString backupFolder() const;
    /// Names another folder for the backups; it must be an absolute path Linli can write to.
    /// `seen`: the folder the page showed; the save is refused, naming who, when another desk
    /// changed it since.
    Status setBackupFolder(const QString &folder,
                           const std::optional<QString> &seen = std::nullopt);
    /// Months after moving out that a resident's name and identifiers are kept (0: for ever).
    int retentionMonths() const { return m_repository.retentionMonths(); }
    /// Sets the period: 0, or from 6 months to 10 years.
    /// `seen` as for the backup folder.
    Status setRetentionMonths(int months, std::optional<int> seen = std::nullopt);
    /// True for a database filled by `linli-cli demo`: shown in the title bar, never mixed up.
    bool isDemo() const;

Q_SIGNALS:
    void identityChanged();

private:
    static Status checkPhone(const QString &phone);

    Database &m_database;
    OfficeSettingsRepository m_repository;
};

} // namespace linli
