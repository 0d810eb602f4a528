#include "access/accountservice.h"

#include "access/passwordhasher.h"
#include "access/permissions.h"
#include "registry/peoplerepository.h"
#include "registry/placerepository.h"
#include "storage/database.h"

#include <QLocale>
#include <QRegularExpression>

namespace linli {

AccountService::AccountService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Result<bool> AccountService::hasAccounts() const {
    const auto count = m_repository.count();
    if (!count)
        return count.status();
    return *count > 0;
}

Status AccountService::checkNew(const Account &account, const QString &password) const {
    static const QRegularExpression usable(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!usable.match(account.username).hasMatch())
        return Status::failure(tr("A username has 2 to 32 letters, digits, dots, dashes or "
                                  "underscores, e.g. zhangmin."));
    if (account.displayName.isEmpty())
        return Status::failure(tr("Give the person's name as it goes into the audit trail."));
    if (Status strong = PasswordHasher::checkStrength(password); !strong)
        return strong;
    const auto existing = m_repository.byUsername(account.username);
    if (!existing)
        return existing.status();
    if (existing->has_value())
        return Status::failure(tr("The username %1 is taken.").arg(account.username));
    return checkCommunity(account);
}

Status AccountService::checkCommunity(const Account &account) const {
    // An administrator of one community keeps to it: the sub-district's accounts, and other
    // communities', are the sub-district's to make.
    const UserSession &who = m_database.session();
    if (who.boundToCommunity && account.community != who.community)
        return Status::failure(
            tr("Accounts of another community, or of the whole sub-district, are made by an "
               "administrator of the sub-district."));
    return Status::success();
}

Result<Account> AccountService::createFirstAdministrator(const QString &username,
                                                         const QString &displayName,
                                                         const QString &password) {
    const QString exists =
        tr("The administrator exists already; log in, or ask them for an account.");
    const auto any = hasAccounts();
    if (!any)
        return any.status();
    if (*any)
        return Result<Account>::failure(exists);
    Account admin;
    admin.username = username.trimmed();
    admin.displayName = displayName.simplified();
    admin.role = Role::Administrator;
    if (Status ok = checkNew(admin, password); !ok)
        return ok;
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.status();
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        // Asked again inside the write: two first starts on a new server database make one
        // administrator, and the second is told the first exists.
        const auto anyNow = hasAccounts();
        if (!anyNow)
            return anyNow.status();
        if (*anyNow)
            return Status::failure(exists);
        auto id = AccountRepository::insert(context, admin, *hash);
        if (!id)
            return id.status();
        admin.id = *id;
        return Status::success();
    });
    if (!done)
        return done;
    m_database.setSession({admin.id, admin.displayName, admin.role, {}});
    Q_EMIT accountsChanged();
    return admin;
}

Result<QList<StaffMember>> AccountService::staffMembers() const {
    const auto communities = PlaceRepository(m_database).communities();
    if (!communities)
        return communities.status();
    QList<StaffMember> everyone;
    const PeopleRepository people(m_database);
    for (const Community &community : *communities) {
        const auto staff = people.staff(community.id);
        if (!staff)
            return staff.status();
        everyone += *staff;
    }
    return everyone;
}

Result<QList<Community>> AccountService::communities() const {
    const PlaceRepository places(m_database);
    const UserSession &who = m_database.session();
    if (!who.boundToCommunity)
        return places.allCommunities();
    const auto own = places.community(who.community);
    if (!own)
        return own.status();
    return QList<Community>{*own};
}

bool AccountService::holdsSeveralCommunities() const {
    const auto all = PlaceRepository(m_database).allCommunities();
    return all && all->size() > 1;
}

bool AccountService::lockedHere(const QString &username, const QDateTime &now) const {
    const auto found = m_failuresHere.constFind(username.toCaseFolded());
    return found != m_failuresHere.cend() && found->lockedUntil.isValid() &&
           found->lockedUntil > now;
}

void AccountService::countFailureHere(const QString &username, const QDateTime &now) {
    Failures &failures = m_failuresHere[username.toCaseFolded()];
    if (failures.lockedUntil.isValid() && failures.lockedUntil <= now)
        failures = {};
    if (++failures.count >= maxFailures)
        failures.lockedUntil = now.addSecs(lockMinutes * 60);
}

Result<Account> AccountService::logIn(const QString &username, const QString &password) {
    // One message for an unknown name, a wrong password and a locked account: the screen tells
    // no one which usernames exist, nor — while an account is locked, when the password is not
    // even checked — whether a guess was right. It says how the lock works instead.
    const QString wrong = tr("The username or password is wrong. After %1 wrong attempts in a "
                             "row an account is locked for %2 minutes.")
                              .arg(maxFailures)
                              .arg(lockMinutes);
    // As long as checking a real password takes, so that the time does not tell either.
    static const QString unused = [] {
        const auto made = PasswordHasher::hash(QStringLiteral("no such account"));
        return made ? *made : QString();
    }();
    const QDateTime now = m_database.clock().now();
    // A file open read-only cannot record attempts, nor can a name that exists nowhere: they
    // are counted in this program instead, and lock as the file would.
    const bool recording = !m_database.isReadOnly();
    const auto found = m_repository.byUsername(username);
    if (!found)
        return found.status();
    const bool known = found->has_value();
    const bool locked = lockedHere(username, now) ||
                        (known && (*found)->lockedUntil.isValid() && (*found)->lockedUntil > now);
    if (!known || locked) {
        PasswordHasher::verify(unused, password);
        if (!locked)
            countFailureHere(username, now);
        return Result<Account>::failure(wrong);
    }
    Account account = **found;
    const auto hash = m_repository.passwordHash(account.id);
    if (!hash)
        return hash.status();
    if (!PasswordHasher::verify(*hash, password)) {
        if (!recording) {
            countFailureHere(username, now);
            return Result<Account>::failure(wrong);
        }
        const auto failures = m_database.writeReturning<int>([&](const WriteContext &context) {
            return AccountRepository::recordFailure(context, account.id, maxFailures,
                                                    now.addSecs(lockMinutes * 60));
        });
        if (!failures)
            return failures.status();
        return Result<Account>::failure(wrong);
    }
    // The right password: only now may the screen say that the account is closed.
    if (!account.active)
        return Result<Account>::failure(
            tr("This account is closed. Ask an administrator to open it again."));
    m_failuresHere.remove(username.toCaseFolded());
    UserSession who{account.id, account.displayName, account.role, account.staffId};
    who.community = account.community;
    who.boundToCommunity = account.community.isValid();
    const UserSession before = m_database.session();
    m_database.setSession(who);
    const Status recorded =
        !recording ? Status::success() : m_database.write([&](const WriteContext &context) {
            return AccountRepository::recordLogin(context, account.id);
        });
    if (!recorded) {
        m_database.setSession(before);
        return recorded;
    }
    account.failedAttempts = 0;
    account.lockedUntil = {};
    account.lastLoginAt = now;
    return account;
}

Result<AccountId> AccountService::createAccount(Account account, const QString &password) {
    if (Status allowed = m_database.require(Permission::ManageAccounts); !allowed)
        return allowed;
    account.username = account.username.trimmed();
    account.displayName = account.displayName.simplified();
    if (Status ok = checkNew(account, password); !ok)
        return ok;
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.status();
    const auto id = m_database.writeReturning<AccountId>([&](const WriteContext &context) {
        return AccountRepository::insert(context, account, *hash);
    });
    if (!id)
        return id.status();
    Q_EMIT accountsChanged();
    return id;
}

Status AccountService::updateAccount(Account account) {
    if (Status allowed = m_database.require(Permission::ManageAccounts); !allowed)
        return allowed;
    account.displayName = account.displayName.simplified();
    if (account.displayName.isEmpty())
        return Status::failure(tr("Give the person's name as it goes into the audit trail."));
    if (Status ours = checkCommunity(account); !ours)
        return ours;
    // Read and counted inside the write: two administrators closing each other's accounts at
    // once leave one of them.
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = m_repository.account(account.id);
        if (!before)
            return before.status();
        if (Status ours = checkCommunity(*before); !ours)
            return ours;
        const bool wasAdmin = before->role == Role::Administrator && before->active;
        const bool staysAdmin = account.role == Role::Administrator && account.active;
        if (wasAdmin && !staysAdmin) {
            const auto admins = m_repository.activeAdministrators();
            if (!admins)
                return admins.status();
            if (*admins <= 1)
                return Status::failure(tr("%1 is the last administrator: make another one first.")
                                           .arg(before->displayName));
        }
        return AccountRepository::update(context, account);
    });
    if (done)
        Q_EMIT accountsChanged();
    return done;
}

Status AccountService::resetPassword(AccountId id, const QString &password) {
    if (Status allowed = m_database.require(Permission::ManageAccounts); !allowed)
        return allowed;
    if (Status strong = PasswordHasher::checkStrength(password); !strong)
        return strong;
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.status();
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto account = m_repository.account(id);
        if (!account)
            return account.status();
        // A community's administrator sets passwords of that community's accounts only: not of
        // the sub-district's administrator, whose account they would then hold.
        if (Status ours = checkCommunity(*account); !ours)
            return ours;
        return AccountRepository::setPasswordHash(context, id, *hash);
    });
    if (done)
        Q_EMIT accountsChanged();
    return done;
}

Status AccountService::changeOwnPassword(const QString &current, const QString &password) {
    const AccountId id = m_database.session().accountId;
    if (!id.isValid())
        return Status::failure(tr("Log in to change your password."));
    const auto hash = m_repository.passwordHash(id);
    if (!hash)
        return hash.status();
    if (!PasswordHasher::verify(*hash, current))
        return Status::failure(tr("The current password is wrong."));
    if (Status strong = PasswordHasher::checkStrength(password); !strong)
        return strong;
    const auto fresh = PasswordHasher::hash(password);
    if (!fresh)
        return fresh.status();
    return m_database.write([&](const WriteContext &context) {
        return AccountRepository::setPasswordHash(context, id, *fresh);
    });
}

} // namespace linli
