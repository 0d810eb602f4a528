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
    /// Says why the login comes first: an administrator was made at another desk meanwhile.
    void tellAdministratorMadeElsewhere();

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
    /// True when the dialog closed because another desk made the administrator first: this
    /// desk logs in instead.
    bool madeElsewhere() const { return m_madeElsewhere; }

private:
    AccountService &m_accounts;
    bool m_madeElsewhere = false;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace linli
