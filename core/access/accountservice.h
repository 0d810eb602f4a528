#pragma once

#include "access/accountrepository.h"
#include "registry/people.h"
#include "registry/places.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace linli {

class Database;

/// Staff accounts: the administrator created at the first start, logging in (which sets who is
/// working for every later check and audit entry), the lock-out after repeated failures, and
/// the administrator's management of accounts and passwords.
class AccountService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)
public:
    explicit AccountService(Database &database, QObject *parent = nullptr);

    static constexpr int maxFailures = 5;
    static constexpr int lockMinutes = 15;

    const AccountRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }

    /// True once the first administrator exists; until then Linli asks for one at start-up.
    Result<bool> hasAccounts() const;
    /// The first start: creates the administrator and logs them in. Refused once any account
    /// exists.
    Result<Account> createFirstAdministrator(const QString &username, const QString &displayName,
                                             const QString &password);
    /// Checks the password; on success the account is who is working from now on.
    Result<Account> logIn(const QString &username, const QString &password);

    Result<AccountId> createAccount(Account account, const QString &password);
    /// The office's staff, any of whom an account may be linked to.
    Result<QList<StaffMember>> staffMembers() const;
    /// The communities an account may be given: every one, or an administrator's own when the
    /// administrator belongs to one.
    Result<QList<Community>> communities() const;
    /// True when the database holds more than one community (accounts then have one).
    bool holdsSeveralCommunities() const;
    /// Changes the name, role or active flag; the last active administrator stays one.
    Status updateAccount(Account account);
    /// An administrator sets a new password (and so unlocks the account).
    Status resetPassword(AccountId id, const QString &password);
    /// The logged-in account changes its own password.
    Status changeOwnPassword(const QString &current, const QString &password);

Q_SIGNALS:
    void accountsChanged();

private:
    Status checkNew(const Account &account, const QString &password) const;
    /// Wrong attempts on a file open read-only, which cannot record them, and on names that
    /// exist nowhere: counted in this program, locked as the file would lock them.
    bool lockedHere(const QString &username, const QDateTime &now) const;
    void countFailureHere(const QString &username, const QDateTime &now);
    struct Failures {
        int count = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, Failures> m_failuresHere;
    Status checkCommunity(const Account &account) const;

    Database &m_database;
    AccountRepository m_repository;
};

} // namespace linli
