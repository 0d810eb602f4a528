#include "settings/settingspage.h"

#include "access/accountservice.h"
#include "access/accountswidget.h"
#include "access/auditwidget.h"
#include "access/permissions.h"
#include "complaints/complaintlistswidget.h"
#include "mediation/mediationservice.h"
#include "settings/backupswidget.h"
#include "settings/databaselocationdialog.h"
#include "settings/desksettings.h"
#include "settings/officesettingsservice.h"
#include "settings/officialcategorieswidget.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/filedialogs.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace linli {

SettingsPage::SettingsPage(OfficeSettingsService &office, ComplaintService &complaints,
                           AccountService &accounts, MediationService &mediation,
                           Database &database, QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_mediation(mediation)
    , m_database(database)
    , m_community(new QLineEdit(this))
    , m_subdistrict(new QLineEdit(this))
    , m_district(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_seal(new QLineEdit(this))
    , m_casePrefix(new QLineEdit(this))
    , m_operator(new QLabel(this))
    , m_backupFolder(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_accounts(accounts) {
    m_community->setObjectName(QStringLiteral("officeCommunity"));
    m_community->setPlaceholderText(tr("e.g. 红旗社区居民委员会"));
    m_subdistrict->setObjectName(QStringLiteral("officeSubdistrict"));
    m_district->setObjectName(QStringLiteral("officeDistrict"));
    m_phone->setObjectName(QStringLiteral("officePhone"));
    m_seal->setObjectName(QStringLiteral("officeSeal"));
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    // In a sub-district's database each community has its committee's own details.
    auto *officeBox = new QGroupBox(m_database.session().community.isValid()
                                        ? tr("This community's office (printed on its documents)")
                                        : tr("The office (printed on every document)"),
                                    this);
    officeBox->setObjectName(QStringLiteral("officeBox"));
    auto *officeForm = new QFormLayout(officeBox);
    officeForm->addRow(tr("Community committee:"), m_community);
    officeForm->addRow(tr("Sub-district:"), m_subdistrict);
    officeForm->addRow(tr("District:"), m_district);
    officeForm->addRow(tr("Office phone:"), m_phone);
    officeForm->addRow(tr("Seal text:"), m_seal);
    m_casePrefix->setObjectName(QStringLiteral("casePrefix"));
    m_casePrefix->setPlaceholderText(tr("e.g. 红调字, for numbers like （2025）红调字第012号"));
    officeForm->addRow(tr("Mediation case prefix:"), m_casePrefix);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setToolTip(tr("Where the daily backups go; a folder on another disk or a USB "
                                  "drive survives the computer"));
    auto *chooseFolder = new QPushButton(tr("C&hoose…"), this);
    chooseFolder->setToolTip(tr("Choose the folder the backups go into"));
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialogs::existingFolder(this, tr("The backup folder"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(folder);
    });
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(chooseFolder);
    officeForm->addRow(tr("Backup folder:"), backupRow);
    // The server's database is backed up there; the folder is a file's.
    officeForm->setRowVisible(backupRow, !m_database.isOnServer());
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(0, 120);
    m_retention->setSuffix(tr(" months"));
    m_retention->setSpecialValueText(tr("for ever"));
    m_retention->setToolTip(tr("After this long, the name, ID number and phone of a resident who "
                               "moved out are removed at start-up; the figures keep counting "
                               "them"));
    officeForm->addRow(tr("Keep moved-out residents' data:"), m_retention);

    auto *desk = new QGroupBox(tr("This desk"), this);
    auto *deskForm = new QFormLayout(desk);
    auto *password = new QPushButton(tr("Change my &password…"), desk);
    password->setObjectName(QStringLiteral("changePasswordButton"));
    password->setToolTip(tr("Set a new password for your own account"));
    password->setEnabled(m_database.session().accountId.isValid());
    connect(password, &QPushButton::clicked, this, &SettingsPage::changeOwnPassword);
    auto *who = new QHBoxLayout;
    who->addWidget(m_operator, 1);
    who->addWidget(password);
    deskForm->addRow(tr("Logged in as:"), who);
    deskForm->addRow(tr("Language (applies at the next start):"), m_language);
    // Where this desk's data is: what is open now, and what the next start opens.
    auto *where = new QLabel(m_database.isOnServer()
                                 ? tr("%1 (on the office's server)").arg(m_database.path())
                                 : m_database.path(),
                             desk);
    where->setObjectName(QStringLiteral("databaseLocation"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto *move = new QPushButton(tr("C&hange…"), desk);
    move->setObjectName(QStringLiteral("databaseLocationButton"));
    move->setToolTip(tr("Keep this desk's data in another file, or in a database on the "
                        "office's server, from the next start"));
    connect(move, &QPushButton::clicked, this, &SettingsPage::chooseDatabaseLocation);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(where, 1);
    whereRow->addWidget(move);
    deskForm->addRow(tr("Database:"), whereRow);
    if (m_database.isOnServer())
        deskForm->addRow(
            tr("Backups:"),
            new QLabel(tr("made on the server (pg_dump) by whoever looks after it"), desk));

    auto *saveButton = new QPushButton(tr("&Save settings"), this);
    saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    saveButton->setToolTip(tr("Keep the office's details and settings as they are on this page"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(officeBox);
    generalLayout->addWidget(desk);
    generalLayout->addWidget(saveButton, 0, Qt::AlignLeft);
    generalLayout->addWidget(m_status);
    generalLayout->addStretch();
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("Office and desk"));
    tabs->addTab(new ComplaintListsWidget(complaints, this), tr("Complaints"));
    tabs->addTab(new OfficialCategoriesWidget(
                     mediation,
                     Permissions::allows(m_database.session().role, Permission::EditSettings),
                     this),
                 tr("Mediation statistics"));
    // Only an administrator manages accounts; core refuses anyone else all the same.
    if (Permissions::allows(m_database.session().role, Permission::ManageAccounts))
        tabs->addTab(new AccountsWidget(accounts, this), tr("Accounts"));
    if (Permissions::allows(m_database.session().role, Permission::ViewAudit))
        tabs->addTab(new AuditWidget(m_database, this), tr("Audit trail"));
    // A server database is backed up on the server, not by the desks.
    if (Permissions::allows(m_database.session().role, Permission::ManageBackups) &&
        !m_database.isOnServer()) {
        auto *backups = new BackupsWidget(m_database, this);
        tabs->addTab(backups, tr("Backups"));
        connect(backups, &BackupsWidget::restoreRequested, this, &SettingsPage::restoreRequested);
    }
    // The office's details are the administrator's: shown, not offered for editing, to anyone
    // else (whose Save keeps the desk's language).
    const bool mayEdit = Permissions::allows(m_database.session().role, Permission::EditSettings);
    // Disabled rather than read-only: greyed, so nobody types into a field that cannot change.
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_community, m_subdistrict, m_district, m_phone, m_seal,
                                          m_casePrefix, m_backupFolder, m_retention})
        field->setEnabled(mayEdit);
    chooseFolder->setEnabled(mayEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    load();
}

void SettingsPage::load() {
    const auto identity = m_office.identity();
    if (!identity) {
        ErrorReporter::report(this, tr("The settings could not be read."), identity.error());
        return;
    }
    m_community->setText(identity->community);
    m_subdistrict->setText(identity->subdistrict);
    m_district->setText(identity->district);
    m_phone->setText(identity->phone);
    m_seal->setText(identity->sealText);
    if (const auto prefix = m_mediation.repository().numberPrefix()) {
        m_casePrefix->setText(*prefix);
        m_loadedPrefix = *prefix;
    }
    m_loaded = *identity;
    m_loadedBackupFolder = m_office.backupFolder();
    m_backupFolder->setText(m_loadedBackupFolder);
    m_loadedRetention = m_office.retentionMonths();
    m_retention->setValue(m_loadedRetention);
    m_operator->setText(tr("%1 (%2)").arg(m_database.session().name,
                                          Permissions::roleName(m_database.session().role)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(DeskSettings::language())));
}

void SettingsPage::reloadKeepingTyped() {
    // After a refusal the page shows what is saved now; what the user typed stays in every
    // field another desk did not change meanwhile, so only a real clash needs retyping.
    struct Typed {
        QLineEdit *edit;
        QString shown;
        QString text;
    };
    const QList<Typed> typed{
        {m_community, m_loaded.community, m_community->text()},
        {m_subdistrict, m_loaded.subdistrict, m_subdistrict->text()},
        {m_district, m_loaded.district, m_district->text()},
        {m_phone, m_loaded.phone, m_phone->text()},
        {m_seal, m_loaded.sealText, m_seal->text()},
        {m_casePrefix, m_loadedPrefix, m_casePrefix->text()},
        {m_backupFolder, m_loadedBackupFolder, m_backupFolder->text()},
    };
    const int shownRetention = m_loadedRetention;
    const int typedRetention = m_retention->value();
    load();
    for (const Typed &field : typed)
        if (field.edit->text() == field.shown)
            field.edit->setText(field.text);
    if (m_retention->value() == shownRetention)
        m_retention->setValue(typedRetention);
}

void SettingsPage::save() {
    const OfficeIdentity identity{m_community->text(), m_subdistrict->text(), m_district->text(),
                                  m_phone->text(), m_seal->text()};
    const auto refused = [this](const Status &done) {
        m_status->clear();
        ErrorReporter::report(this, tr("The settings were not saved."), done.error());
        reloadKeepingTyped();
    };
    // The office's identity is the administrator's to change; the desk's language anyone's.
    if (identity != m_loaded) {
        // Saved over what this page showed: another desk's save in between is not overwritten.
        if (const Status done = m_office.save(identity, m_loaded); !done)
            return refused(done);
        // As stored (trimmed), so that the next save compares like with like.
        if (const auto stored = m_office.identity())
            m_loaded = *stored;
    }
    if (m_casePrefix->text().simplified() != m_loadedPrefix) {
        if (const Status done = m_mediation.setNumberPrefix(m_casePrefix->text(), m_loadedPrefix);
            !done)
            return refused(done);
        m_loadedPrefix = m_casePrefix->text().simplified();
    }
    if (m_backupFolder->text().trimmed() != m_loadedBackupFolder) {
        if (const Status done =
                m_office.setBackupFolder(m_backupFolder->text(), m_loadedBackupFolder);
            !done)
            return refused(done);
        m_loadedBackupFolder = m_office.backupFolder();
    }
    if (m_retention->value() != m_loadedRetention) {
        if (const Status done =
                m_office.setRetentionMonths(m_retention->value(), m_loadedRetention);
            !done)
            return refused(done);
        m_loadedRetention = m_retention->value();
    }
    DeskSettings::setLanguage(m_language->currentData().toString());
    // What is saved now, with what other desks changed in fields this one left alone.
    load();
    m_status->setText(tr("Saved."));
}

void SettingsPage::changeOwnPassword() {
    auto passwordEdit = [] {
        auto *edit = new QLineEdit;
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    QLineEdit *current = passwordEdit();
    QLineEdit *fresh = passwordEdit();
    QLineEdit *again = passwordEdit();
    const bool changed = FormDialog::run(
        this, tr("Change my password"),
        {{tr("&Current password:"), current},
         {tr("&New password:"), fresh},
         {tr("&Again:"), again}},
        [&] {
            return fresh->text() != again->text()
                       ? Status::failure(tr("The two new passwords differ."))
                       : m_accounts.changeOwnPassword(current->text(), fresh->text());
        });
    if (changed)
        m_status->setText(tr("Your password is changed."));
}

void SettingsPage::chooseDatabaseLocation() {
    const QString next = DeskSettings::databasePath();
    DatabaseLocationDialog dialog(next.isEmpty() ? m_database.path() : next, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DeskSettings::setDatabasePath(dialog.location());
    m_status->setText(tr("From the next start this desk opens %1.").arg(dialog.location()));
}

} // namespace linli
