#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace linli {

class AccountService;

/// The login at start-up: username and password, with the reason shown when it fails (a
/// wrong password, a locked or closed account). In a demo database it names the demo accounts.
class LoginDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(AccountService &accounts, const QString &office, bool demo,
                QWidget *parent = nullptr);

    void accept() override;

private:
    AccountService &m_accounts;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
};

/// The first start of a new database: the administrator's account, who then creates the others.
class FirstAdministratorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdministratorDialog)
public:
    explicit FirstAdministratorDialog(AccountService &accounts, QWidget *parent = nullptr);

    void accept() override;

private:
    AccountService &m_accounts;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace linli
