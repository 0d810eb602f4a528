#pragma once

#include "access/account.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <optional>

namespace linli {

class Database;

/// Staff accounts and their password hashes. Reads on the database; writes take the context of
/// a write transaction and audit (never the hash).
class AccountRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::AccountRepository)
public:
    explicit AccountRepository(const Database &database)
        : m_database(database) {}

    Result<int> count() const;
    Result<QList<Account>> accounts() const;
    Result<std::optional<Account>> byUsername(const QString &username) const;
    Result<Account> account(AccountId id) const;
    Result<QString> passwordHash(AccountId id) const;
    Result<int> activeAdministrators() const;

    static Result<AccountId> insert(const WriteContext &context, const Account &account,
                                    const QString &hash);
    static Status update(const WriteContext &context, const Account &account);
    static Status setPasswordHash(const WriteContext &context, AccountId id, const QString &hash);
    /// A failed login: one more on the account's count, and locked until `lockedUntil` when the
    /// count reaches `lockAfter`. Returns the count.
    static Result<int> recordFailure(const WriteContext &context, AccountId id, int lockAfter,
                                     const QDateTime &lockedUntil);
    static Status recordLogin(const WriteContext &context, AccountId id);

    static QString roleCode(Role role);

private:
    const Database &m_database;
};

} // namespace linli
