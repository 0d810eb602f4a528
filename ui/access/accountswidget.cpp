#include "access/accountswidget.h"

#include "access/accountservice.h"
#include "access/passwordhasher.h"
#include "access/permissions.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace linli {

namespace {

QComboBox *roleCombo(Role current) {
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("accountRole"));
    for (const Role role : Permissions::roles())
        combo->addItem(Permissions::roleName(role), int(role));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

// Who works under the account: for a grid worker, whose grids they see.
QComboBox *staffCombo(const QList<StaffMember> &staff, StaffId current) {
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("accountStaff"));
    combo->setToolTip(AccountsWidget::tr("A grid worker's account sees the households of this "
                                         "person's grids, and only those"));
    combo->addItem(AccountsWidget::tr("(nobody)"), 0);
    for (const StaffMember &member : staff)
        combo->addItem(member.name, member.id.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current.value)));
    return combo;
}

// Where the account works, in a database of several communities.
QComboBox *communityCombo(const AccountService &accounts, CommunityId current) {
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("accountCommunity"));
    combo->setToolTip(AccountsWidget::tr("An account of one community sees and files that "
                                         "community's records only; one of the whole "
                                         "sub-district chooses where it works"));
    if (!accounts.database().session().boundToCommunity)
        combo->addItem(AccountsWidget::tr("Whole sub-district"), qint64(0));
    if (const auto communities = accounts.communities()) {
        for (const Community &community : *communities)
            combo->addItem(community.name, community.id.value);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current.value)));
    return combo;
}

QList<StaffMember> staffOf(const AccountService &accounts) {
    const auto staff = accounts.staffMembers();
    return staff ? *staff : QList<StaffMember>();
}

QLineEdit *passwordEdit(const QString &name) {
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

AccountsWidget::AccountsWidget(AccountService &accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_severalCommunities(accounts.holdsSeveralCommunities())
    , m_model(new StringTableModel(
          {tr("Username"), tr("Name"), tr("Role"), tr("State"), tr("Last login"), tr("Community")},
          this))
    , m_table(makeListTable(m_model, QStringLiteral("accountsTable"), this)) {
    setEmptyHint(m_table, tr("No accounts to show: New account… makes one for each colleague."));
    auto *add = new QPushButton(tr("&New account…"), this);
    add->setObjectName(QStringLiteral("newAccountButton"));
    add->setToolTip(tr("Make an account for a colleague, with their role"));
    auto *edit = new QPushButton(tr("&Change…"), this);
    edit->setObjectName(QStringLiteral("editAccountButton"));
    edit->setToolTip(tr("Change the chosen account's name, role or password, or switch it off"));
    auto *reset = new QPushButton(tr("Set a new &password…"), this);
    reset->setObjectName(QStringLiteral("resetPasswordButton"));
    reset->setToolTip(tr("For someone who forgot theirs or was locked out"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Who may log in, and what each role may do."), this), 1);
    buttons->addWidget(reset);
    buttons->addWidget(edit);
    buttons->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &AccountsWidget::addAccount);
    connect(edit, &QPushButton::clicked, this, &AccountsWidget::editAccount);
    connect(reset, &QPushButton::clicked, this, &AccountsWidget::resetPassword);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsWidget::editAccount);
    connect(&m_accounts, &AccountService::accountsChanged, this, &AccountsWidget::reload);
    reload();
}

const Account *AccountsWidget::chosen() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(rows.first().row());
}

void AccountsWidget::reload() {
    const auto accounts = m_accounts.repository().accounts();
    if (!accounts)
        return;
    m_rows = *accounts;
    QHash<qint64, QString> communityNames;
    if (const auto communities = m_accounts.communities()) {
        for (const Community &community : *communities)
            communityNames.insert(community.id.value, community.name);
    }
    QList<QStringList> rows;
    for (const Account &a : std::as_const(m_rows)) {
        QString state = a.active ? tr("open") : tr("closed");
        if (a.active && a.lockedUntil.isValid() && a.failedAttempts >= AccountService::maxFailures)
            state =
                tr("locked until %1").arg(QLocale().toString(a.lockedUntil, QLocale::ShortFormat));
        rows.append({a.username, a.displayName, Permissions::roleName(a.role), state,
                     a.lastLoginAt.isValid()
                         ? QLocale().toString(a.lastLoginAt, QLocale::ShortFormat)
                         : tr("never"),
                     a.community.isValid() ? communityNames.value(a.community.value)
                                           : tr("Whole sub-district")});
    }
    m_model->setRows(rows);
    // The column says something only where the database holds several communities.
    m_table->setColumnHidden(5, !m_severalCommunities);
    m_table->resizeColumnsToContents();
}

void AccountsWidget::addAccount() {
    auto *username = new QLineEdit;
    username->setObjectName(QStringLiteral("accountUsername"));
    username->setPlaceholderText(tr("e.g. zhoumin"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("accountName"));
    auto *role = roleCombo(Role::DutyStaff);
    auto *staff = staffCombo(staffOf(m_accounts), {});
    auto *password = passwordEdit(QStringLiteral("accountPassword"));
    QList<std::pair<QString, QWidget *>> rows = {{tr("&Username:"), username},
                                                 {tr("&Name:"), name},
                                                 {tr("&Role:"), role},
                                                 {tr("&Staff member:"), staff}};
    QComboBox *community = nullptr;
    if (m_severalCommunities) {
        community = communityCombo(m_accounts, m_accounts.database().session().community);
        rows.append({tr("&Community:"), community});
    }
    rows.append({tr("First &password:"), password});
    FormDialog::run(this, tr("New account"), rows, [&] {
        Account a;
        a.username = username->text();
        a.displayName = name->text();
        a.role = Role(role->currentData().toInt());
        a.staffId = StaffId{staff->currentData().toLongLong()};
        if (community)
            a.community = CommunityId{community->currentData().toLongLong()};
        else if (m_accounts.database().session().boundToCommunity)
            a.community = m_accounts.database().session().community;
        return m_accounts.createAccount(a, password->text()).status();
    });
}

void AccountsWidget::editAccount() {
    const Account *account = chosen();
    if (!account)
        return;
    Account changed = *account;
    auto *name = new QLineEdit(changed.displayName);
    auto *role = roleCombo(changed.role);
    auto *staff = staffCombo(staffOf(m_accounts), changed.staffId);
    auto *open = new QCheckBox(tr("May log in"));
    open->setObjectName(QStringLiteral("accountOpen"));
    open->setChecked(changed.active);
    QList<std::pair<QString, QWidget *>> rows = {{tr("Username:"), new QLabel(changed.username)},
                                                 {tr("&Name:"), name},
                                                 {tr("&Role:"), role},
                                                 {tr("&Staff member:"), staff}};
    QComboBox *community = nullptr;
    if (m_severalCommunities) {
        community = communityCombo(m_accounts, changed.community);
        rows.append({tr("&Community:"), community});
    }
    rows.append({QString(), open});
    FormDialog::run(this, tr("Change the account"), rows, [&] {
        changed.displayName = name->text();
        changed.role = Role(role->currentData().toInt());
        changed.staffId = StaffId{staff->currentData().toLongLong()};
        if (community)
            changed.community = CommunityId{community->currentData().toLongLong()};
        changed.active = open->isChecked();
        return m_accounts.updateAccount(changed);
    });
    // Saved, or closed after a refusal for another desk's change: the list as it is now.
    reload();
}

void AccountsWidget::resetPassword() {
    const Account *account = chosen();
    if (!account)
        return;
    const AccountId id = account->id;
    auto *password = passwordEdit(QStringLiteral("newPassword"));
    auto *explanation = new QLabel(tr("A new password for %1 (%2). Tell them, and ask them to "
                                      "change it at once.")
                                       .arg(account->displayName, account->username));
    explanation->setWordWrap(true);
    FormDialog::run(this, tr("Set a new password"),
                    {{QString(), explanation}, {tr("New &password:"), password}},
                    [&] { return m_accounts.resetPassword(id, password->text()); });
}

} // namespace linli
