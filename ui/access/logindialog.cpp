#include "access/logindialog.h"

#include "access/accountservice.h"
#include "access/passwordhasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

namespace {

QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("loginError"));
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLineEdit *passwordEdit(QWidget *parent, const QString &name) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

LoginDialog::LoginDialog(AccountService &accounts, const QString &office, bool demo,
                         QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_username(new QLineEdit(this))
    , m_password(passwordEdit(this, QStringLiteral("loginPassword")))
    , m_error(errorLabel(this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Linli"));
    setMinimumWidth(380);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    auto *title = new QLabel(office.isEmpty() ? tr("Linli") : office, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    if (demo) {
        auto *hint = new QLabel(tr("Demo community: log in as admin, duty, mediator, grid or head "
                                   "with the password demo1234."),
                                this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555;"));
        layout->addWidget(hint);
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
}

void LoginDialog::accept() {
    const auto account = m_accounts.logIn(m_username->text(), m_password->text());
    if (!account) {
        m_error->setText(account.error());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

FirstAdministratorDialog::FirstAdministratorDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_username(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(passwordEdit(this, QStringLiteral("adminPassword")))
    , m_repeat(passwordEdit(this, QStringLiteral("adminRepeat")))
    , m_error(errorLabel(this)) {
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("The administrator"));
    setMinimumWidth(440);
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_username->setText(QStringLiteral("admin"));
    m_name->setObjectName(QStringLiteral("adminName"));
    auto *intro = new QLabel(tr("This database has no accounts yet. Create the administrator's: "
                                "they make the accounts of the other staff, each with its role."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Password (%1 characters or more):").arg(PasswordHasher::minimumLength),
                 m_password);
    form->addRow(tr("&Again:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("adminOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
}

void LoginDialog::tellAdministratorMadeElsewhere() {
    m_error->setText(tr("An administrator was made at another desk a moment ago. Log in with "
                        "the account they made, or ask them for one."));
    m_error->show();
}

void FirstAdministratorDialog::accept() {
    QString problem;
    if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ.");
    } else {
        const auto admin = m_accounts.createFirstAdministrator(m_username->text(), m_name->text(),
                                                               m_password->text());
        if (!admin)
            problem = admin.error();
        // Another desk made the administrator a moment ago: this desk logs in instead.
        if (const auto any = m_accounts.hasAccounts(); !admin && any && *any) {
            m_madeElsewhere = true;
            QDialog::reject();
            return;
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
