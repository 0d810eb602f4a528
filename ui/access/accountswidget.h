#pragma once

#include "access/account.h"

#include <QWidget>

class QTableView;

namespace linli {

class AccountService;
class StringTableModel;

/// The administrator's list of staff accounts: add one with its role, change a name, role or
/// whether it is open, and set a new password for someone who forgot theirs or was locked out.
class AccountsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsWidget)
public:
    explicit AccountsWidget(AccountService &accounts, QWidget *parent = nullptr);

private:
    void reload();
    void addAccount();
    void editAccount();
    void resetPassword();
    const Account *chosen() const;

    AccountService &m_accounts;
    bool m_severalCommunities;
    StringTableModel *m_model;
    QTableView *m_table;
    QList<Account> m_rows;
};

} // namespace linli
