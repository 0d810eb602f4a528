#include "access/accountrepository.h"

#include "common/codetable.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/statement.h"

namespace linli {

namespace {

constexpr CodeTable<Role, 5> kRoles = {{
    {Role::DutyStaff, u"duty"},
    {Role::Administrator, u"administrator"},
    {Role::Mediator, u"mediator"},
    {Role::GridWorker, u"grid_worker"},
    {Role::ReadOnly, u"read_only"},
}};

const QString kColumns = QStringLiteral(
    "id, username, display_name, role, active, failed_attempts, locked_until, last_login_at,"
    " staff_id, community_id, version");

Account accountFrom(const sql::Statement &q) {
    Account a;
    a.id = AccountId{q.integer("id")};
    a.username = q.text("username");
    a.displayName = q.text("display_name");
    a.role = fromCode(kRoles, q.text("role"));
    a.active = q.flag("active");
    a.failedAttempts = int(q.integer("failed_attempts"));
    a.lockedUntil = q.moment("locked_until");
    a.lastLoginAt = q.moment("last_login_at");
    a.staffId = StaffId{q.integer("staff_id")};
    a.community = CommunityId{q.integer("community_id")};
    a.version = int(q.integer("version"));
    return a;
}

} // namespace

QString AccountRepository::roleCode(Role role) {
    return toCode(kRoles, role);
}

Result<int> AccountRepository::count() const {
    auto value = sql::Statement::single(m_database.connection(),
                                        QStringLiteral("SELECT count(*) FROM accounts"));
    if (!value)
        return value.status();
    return value->toInt();
}

Result<QList<Account>> AccountRepository::accounts() const {
    auto q = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM accounts WHERE (:bound = 0 OR community_id = :community)"
                           // lower(): SQLite's column ignores case, the server's does not.
                           " ORDER BY active DESC, lower(username), id"),
        {{"bound", m_database.session().boundToCommunity ? 1 : 0},
         {"community", m_database.session().community.value}});
    if (!q)
        return q.status();
    QList<Account> list;
    while (q->next())
        list.append(accountFrom(*q));
    return list;
}

Result<std::optional<Account>> AccountRepository::byUsername(const QString &username) const {
    auto q = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM accounts WHERE lower(username) = lower(:username)"),
        {{"username", username.trimmed()}});
    if (!q)
        return q.status();
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(accountFrom(*q));
}

Result<Account> AccountRepository::account(AccountId id) const {
    auto q = sql::Statement::run(m_database.connection(),
                                 QStringLiteral("SELECT ") + kColumns +
                                     QStringLiteral(" FROM accounts WHERE id = :id"),
                                 {{"id", id.value}});
    if (!q)
        return q.status();
    if (!q->next())
        return Result<Account>::failure(tr("The account no longer exists."));
    return accountFrom(*q);
}

Result<QString> AccountRepository::passwordHash(AccountId id) const {
    auto value = sql::Statement::single(
        m_database.connection(),
        QStringLiteral("SELECT password_hash FROM accounts WHERE id = :id"), {{"id", id.value}});
    if (!value)
        return value.status();
    return value->toString();
}

Result<int> AccountRepository::activeAdministrators() const {
    auto value = sql::Statement::single(
        m_database.connection(),
        QStringLiteral(
            "SELECT count(*) FROM accounts WHERE role = 'administrator' AND active = 1"));
    if (!value)
        return value.status();
    return value->toInt();
}

Result<AccountId> AccountRepository::insert(const WriteContext &context, const Account &a,
                                            const QString &hash) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO accounts (username, display_name, role, password_hash, active,"
                       " created_at, staff_id, community_id)"
                       " VALUES (:username, :display_name, :role, :password_hash, :active,"
                       " :created_at, :staff, :community) RETURNING id"),
        {{"username", a.username},
         {"display_name", a.displayName},
         {"role", roleCode(a.role)},
         {"password_hash", hash},
         {"active", a.active},
         {"created_at", context.at()},
         {"staff", sql::idOrNull(a.staffId)},
         {"community", sql::idOrNull(a.community)}});
    if (!id)
        return id.status();
    if (Status audited = context.audit(QStringLiteral("account"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("username"), a.username},
                                        {QStringLiteral("role"), roleCode(a.role)},
                                        {QStringLiteral("community_id"), a.community.value}});
        !audited)
        return audited;
    return AccountId{*id};
}

Status AccountRepository::update(const WriteContext &context, const Account &a) {
    // Logins and passwords leave the version alone: only what the account form saves raises it.
    if (Status fresh = RowVersion::check(context, QStringLiteral("accounts"),
                                         QStringLiteral("account"), a.id.value, a.version);
        !fresh)
        return fresh;
    if (Status done = context.change(
            QStringLiteral("UPDATE accounts SET display_name = :display_name, role = :role,"
                           " active = :active, staff_id = :staff, community_id = :community,"
                           " version = version + 1 WHERE id = :id"),
            {{"display_name", a.displayName},
             {"role", roleCode(a.role)},
             {"active", a.active},
             {"staff", sql::idOrNull(a.staffId)},
             {"community", sql::idOrNull(a.community)},
             {"id", a.id.value}},
            tr("The account no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("account"), a.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("role"), roleCode(a.role)},
                          {QStringLiteral("active"), a.active},
                          {QStringLiteral("staff_id"), a.staffId.value},
                          {QStringLiteral("community_id"), a.community.value}});
}

Status AccountRepository::setPasswordHash(const WriteContext &context, AccountId id,
                                          const QString &hash) {
    if (Status done = context.change(
            QStringLiteral("UPDATE accounts SET password_hash = :password_hash,"
                           " failed_attempts = 0, locked_until = NULL WHERE id = :id"),
            {{"password_hash", hash}, {"id", id.value}}, tr("The account no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("account"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("password"), QStringLiteral("changed")}});
}

Result<int> AccountRepository::recordFailure(const WriteContext &context, AccountId id,
                                             int lockAfter, const QDateTime &lockedUntil) {
    // Counted by the database, not from a count read before: two wrong passwords typed at two
    // desks at once count twice, and a reset password meanwhile is not locked again by a count
    // read before it.
    if (Status done = context.change(
            QStringLiteral("UPDATE accounts SET failed_attempts = failed_attempts + 1,"
                           " locked_until = CASE WHEN failed_attempts + 1 >= :lock_after"
                           " THEN :locked_until ELSE locked_until END WHERE id = :id"),
            {{"lock_after", lockAfter}, {"locked_until", lockedUntil}, {"id", id.value}},
            tr("The account no longer exists."));
        !done)
        return done;
    const auto failed = sql::Statement::single(context.connection(),
                                               QStringLiteral("SELECT failed_attempts FROM accounts"
                                                              " WHERE id = :id"),
                                               {{"id", id.value}});
    if (!failed)
        return failed.status();
    if (Status audited =
            context.audit(QStringLiteral("login"), id.value, WriteContext::Action::Update,
                          {{QStringLiteral("login"), QStringLiteral("failed")},
                           {QStringLiteral("failed_attempts"), failed->toInt()}});
        !audited)
        return audited;
    return failed->toInt();
}

Status AccountRepository::recordLogin(const WriteContext &context, AccountId id) {
    if (Status done = context.change(
            QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL,"
                           " last_login_at = :last_login_at WHERE id = :id"),
            {{"last_login_at", context.at()}, {"id", id.value}},
            tr("The account no longer exists."));
        !done)
        return done;
    // Logins are their own entity in the trail: "who changed this account" is never a login.
    return context.audit(QStringLiteral("login"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("login"), QStringLiteral("ok")}});
}

} // namespace linli
