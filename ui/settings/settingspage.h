#pragma once

#include "settings/officeidentity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace linli {

class AccountService;
class ComplaintService;
class Database;
class MediationService;
class OfficeSettingsService;

/// The office's identity, printed on every document (kept in the database), and what this
/// desk remembers: who is working here and in which language (kept in QSettings).
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    SettingsPage(OfficeSettingsService &office, ComplaintService &complaints,
                 AccountService &accounts, MediationService &mediation, Database &database,
                 QWidget *parent = nullptr);

Q_SIGNALS:
    /// Passed on from the backups tab: close, restore `backup`, start again.
    void restoreRequested(const QString &backup);

private:
    void load();
    void reloadKeepingTyped();
    void save();
    void changeOwnPassword();
    void chooseDatabaseLocation();

    OfficeSettingsService &m_office;
    MediationService &m_mediation;
    Database &m_database;
    QLineEdit *m_community;
    QLineEdit *m_subdistrict;
    QLineEdit *m_district;
    QLineEdit *m_phone;
    QLineEdit *m_seal;
    QLineEdit *m_casePrefix;
    QLabel *m_operator;
    QLineEdit *m_backupFolder;
    QSpinBox *m_retention;
    QComboBox *m_language;
    QLabel *m_status;
    AccountService &m_accounts;
    OfficeIdentity m_loaded;
    // What the page showed of the other settings: only a field the user changed is saved, and
    // over what the page showed, never over another desk's change.
    QString m_loadedPrefix;
    QString m_loadedBackupFolder;
    int m_loadedRetention = 0;
};

} // namespace linli
