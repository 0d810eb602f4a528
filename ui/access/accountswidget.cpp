#include "access/accountswidget.h"

#include "access/accountservice.h"
#include "access/passwordhasher.h"
#include "access/permissions.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace linli {

namespace {

// A form dialog that runs `apply` on OK while its fields exist, and stays open with the reason
// when it fails.
bool runForm(QWidget *parent, const QString &title, QFormLayout *form,
             const std::function<Status()> &apply) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("accountDialog"));
    dialog.setWindowTitle(title);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("accountError"));
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("accountOk"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *holder = new QWidget(&dialog);
    holder->setLayout(form);
    layout->addWidget(holder);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (const Status done = apply(); done) {
            dialog.accept();
        } else {
            error->setText(done.error());
            error->show();
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

QComboBox *roleCombo(Role current) {
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("accountRole"));
    for (const Role role : Permissions::roles())
        combo->addItem(Permissions::roleName(role), int(role));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
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
    , m_model(new StringTableModel(
          {tr("Username"), tr("Name"), tr("Role"), tr("State"), tr("Last login")}, this))
    , m_table(makeListTable(m_model, QStringLiteral("accountsTable"), this)) {
    auto *add = new QPushButton(tr("&New account…"), this);
    add->setObjectName(QStringLiteral("newAccountButton"));
    auto *edit = new QPushButton(tr("&Change…"), this);
    edit->setObjectName(QStringLiteral("editAccountButton"));
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
    QList<QStringList> rows;
    for (const Account &a : std::as_const(m_rows)) {
        QString state = a.active ? tr("open") : tr("closed");
        if (a.active && a.lockedUntil.isValid() && a.failedAttempts >= AccountService::maxFailures)
            state =
                tr("locked until %1").arg(QLocale().toString(a.lockedUntil, QLocale::ShortFormat));
        rows.append({a.username, a.displayName, Permissions::roleName(a.role), state,
                     a.lastLoginAt.isValid()
                         ? QLocale().toString(a.lastLoginAt, QLocale::ShortFormat)
                         : tr("never")});
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

void AccountsWidget::addAccount() {
    auto *username = new QLineEdit;
    username->setObjectName(QStringLiteral("accountUsername"));
    username->setPlaceholderText(tr("e.g. zhoumin"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("accountName"));
    auto *role = roleCombo(Role::DutyStaff);
    auto *password = passwordEdit(QStringLiteral("accountPassword"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), username);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("First &password:"), password);
    runForm(this, tr("New account"), form, [&] {
        Account a;
        a.username = username->text();
        a.displayName = name->text();
        a.role = Role(role->currentData().toInt());
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
    auto *open = new QCheckBox(tr("May log in"));
    open->setObjectName(QStringLiteral("accountOpen"));
    open->setChecked(changed.active);
    auto *form = new QFormLayout;
    form->addRow(tr("Username:"), new QLabel(changed.username));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(QString(), open);
    runForm(this, tr("Change the account"), form, [&] {
        changed.displayName = name->text();
        changed.role = Role(role->currentData().toInt());
        changed.active = open->isChecked();
        return m_accounts.updateAccount(changed);
    });
}

void AccountsWidget::resetPassword() {
    const Account *account = chosen();
    if (!account)
        return;
    const AccountId id = account->id;
    auto *password = passwordEdit(QStringLiteral("newPassword"));
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("A new password for %1 (%2). Tell them, and ask them to change it "
                               "at once.")
                                .arg(account->displayName, account->username)));
    form->addRow(tr("New &password:"), password);
    runForm(this, tr("Set a new password"), form,
            [&] { return m_accounts.resetPassword(id, password->text()); });
}

} // namespace linli
