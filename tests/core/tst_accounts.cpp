#include "access/audittrail.h"
#include "access/passwordhasher.h"
#include "access/permissions.h"
#include "exchange/residentexport.h"
#include "storage/statement.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace linli;

namespace {

const QString kPassword = QStringLiteral("hongqi-2025");

// One operation a permission guards, as a staff member would start it.
struct Operation {
    const char *name;
    Permission permission;
    std::function<Status(Workspace &)> run;
};

QList<Operation> operations() {
    return {
        {"add a compound", Permission::EditRegistry,
         [](Workspace &w) {
             const auto communities = w.registry().places().communities();
             return w.registry()
                 .addCompound({{},
                               communities->first().id,
                               QStringLiteral("新小区"),
                               CompoundKind::NewBuilt})
                 .status();
         }},
        {"see a resident's full ID number", Permission::RevealPersonalData,
         [](Workspace &w) { return w.registry().reveal(ResidentId{424242}).status(); }},
        {"anonymise a resident", Permission::AnonymiseResidents,
         [](Workspace &w) { return w.registry().anonymise(ResidentId{424242}); }},
        {"post a wish", Permission::EditMutualAid,
         [](Workspace &w) {
             Wish wish;
             wish.wisherName = QStringLiteral("刘奶奶");
             wish.text = QStringLiteral("想借一辆轮椅");
             return w.wishes().post(wish).status();
         }},
        {"export the residents list", Permission::ExportPersonalData,
         [](Workspace &w) { return ResidentExport::table(w.database(), {}, false).status(); }},
        {"log a complaint", Permission::HandleComplaints,
         [](Workspace &w) {
             Complaint c;
             c.reporter.name = QStringLiteral("王大妈");
             c.summary = QStringLiteral("楼道灯坏了");
             c.categoryId = CategoryId{1};
             return w.complaints().log(c).status();
         }},
        {"list mediation cases", Permission::ViewMediation,
         [](Workspace &w) { return w.mediation().repository().cases(false).status(); }},
        {"add a mediator", Permission::EditMediation,
         [](Workspace &w) {
             return w.mediation()
                 .addMediator(
                     {{}, QStringLiteral("赵律师"), MediatorKind::Lawyer, {}, {}, {}, true, {}, {}})
                 .status();
         }},
        {"save a pact template", Permission::EditCoGovernance,
         [](Workspace &w) {
             return w.coGovernance()
                 .saveTemplate({{},
                                QStringLiteral("我们的公约"),
                                QStringLiteral("楼栋卫生公约"),
                                {QStringLiteral("不堆放杂物。")},
                                false})
                 .status();
         }},
        {"change the office's identity", Permission::EditSettings,
         [](Workspace &w) {
             OfficeIdentity identity = *w.office().identity();
             identity.phone = QStringLiteral("0731-55550102");
             return w.office().save(identity);
         }},
        {"set the duty roster", Permission::EditRoster,
         [](Workspace &w) { return w.roster().set(QDate(2025, 3, 28), {}); }},
        {"create an account", Permission::ManageAccounts,
         [](Workspace &w) {
             Account a;
             a.username = QStringLiteral("newcomer");
             a.displayName = QStringLiteral("新同事");
             return w.accounts().createAccount(a, kPassword).status();
         }},
        {"back up the database", Permission::ManageBackups,
         [](Workspace &w) {
             return w.database().backupTo(w.database().path() + QStringLiteral(".copy"));
         }},
    };
}

} // namespace

// Staff accounts: hashing, logging in, the lock-out, management, and every role against every
// guarded operation, refused in core.
class TestAccounts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hashesAreArgon2id();
    void theFirstAdministratorOnlyOnce();
    void logInAndLockOut();
    void aFileOpenReadOnlyLocksToo();
    void managingAccounts();
    void theAuditNamesTheAccount();
    void revealIsCheckedAndTheTrailKept();
    void theAuditViewerFiltersAndExports();
    void everyRoleAgainstEveryOperation_data();
    void everyRoleAgainstEveryOperation();

private:
    static void logInAs(Workspace &workspace, Role role);
    static std::unique_ptr<Workspace> openWorkspace(const QString &path,
                                                    std::shared_ptr<FixedClock> clock);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<FixedClock> m_clock;
    // One workspace for every role against every operation: an Argon2id check costs a tenth of
    // a second, so each role's account is made once.
    QTemporaryDir m_sharedDir;
    std::unique_ptr<Workspace> m_shared;
};

std::unique_ptr<Workspace> TestAccounts::openWorkspace(const QString &path,
                                                       std::shared_ptr<FixedClock> clock) {
    auto database = Database::open(path);
    if (!database)
        return {};
    (*database)->setClock(std::move(clock));
    auto workspace = std::make_unique<Workspace>(std::move(*database));
    if (!workspace->registry().addCommunity({{}, QStringLiteral("红旗社区"), {}, {}}))
        return {};
    return workspace;
}

void TestAccounts::initTestCase() {
    m_shared =
        openWorkspace(m_sharedDir.filePath(QStringLiteral("shared.linli")),
                      std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0))));
    QVERIFY(m_shared);
    for (const Role role : Permissions::roles())
        logInAs(*m_shared, role);
}

void TestAccounts::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0)));
    m_workspace = openWorkspace(m_dir->filePath(QStringLiteral("accounts.linli")), m_clock);
    QVERIFY(m_workspace);
}

void TestAccounts::cleanup() {
    m_workspace.reset();
    m_dir.reset();
}

void TestAccounts::logInAs(Workspace &workspace, Role role) {
    AccountService &accounts = workspace.accounts();
    if (!*accounts.hasAccounts())
        QVERIFY(accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("刘主任"),
                                                  kPassword));
    const QString name = AccountRepository::roleCode(role) + QStringLiteral("-user");
    if (!accounts.repository().byUsername(name)->has_value()) {
        QVERIFY(accounts.logIn(QStringLiteral("admin"), kPassword));
        Account a;
        a.username = name;
        a.displayName = QStringLiteral("测试%1").arg(AccountRepository::roleCode(role));
        a.role = role;
        QVERIFY(accounts.createAccount(a, kPassword));
    }
    const auto in = accounts.logIn(name, kPassword);
    QVERIFY2(in, qPrintable(in.error()));
    QCOMPARE(workspace.database().session().role, role);
}

void TestAccounts::hashesAreArgon2id() {
    const auto first = PasswordHasher::hash(kPassword);
    const auto second = PasswordHasher::hash(kPassword);
    QVERIFY(first && second);
    QVERIFY(first->startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(*first != *second); // each with its own salt
    QVERIFY(PasswordHasher::verify(*first, kPassword));
    QVERIFY(PasswordHasher::verify(*second, kPassword));
    QVERIFY(!PasswordHasher::verify(*first, QStringLiteral("hongqi-2024")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), kPassword));
    QVERIFY(!PasswordHasher::checkStrength(QStringLiteral("short")));
}

void TestAccounts::theFirstAdministratorOnlyOnce() {
    AccountService &accounts = m_workspace->accounts();
    QVERIFY(!*accounts.hasAccounts());
    QVERIFY(!accounts.createFirstAdministrator(QStringLiteral("a"), QStringLiteral("刘主任"),
                                               kPassword)); // username too short
    QVERIFY(!accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("刘主任"),
                                               QStringLiteral("1234")));
    const auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"),
                                                         QStringLiteral("刘主任"), kPassword);
    QVERIFY2(admin, qPrintable(admin.error()));
    QCOMPARE(m_workspace->database().session().name, QStringLiteral("刘主任"));
    QVERIFY(!accounts.createFirstAdministrator(QStringLiteral("other"), QStringLiteral("王"),
                                               kPassword));
    // Only the hash is kept.
    const auto stored = sql::Statement::single(
        m_workspace->database().connection(), QStringLiteral("SELECT password_hash FROM accounts"));
    QVERIFY(!stored->toString().contains(kPassword));
}

void TestAccounts::logInAndLockOut() {
    AccountService &accounts = m_workspace->accounts();
    QVERIFY(accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("刘主任"),
                                              kPassword));
    const QString unknown = accounts.logIn(QStringLiteral("nobody"), kPassword).error();
    const QString wrong =
        accounts.logIn(QStringLiteral("admin"), QStringLiteral("guess-one")).error();
    QCOMPARE(unknown, wrong); // the screen does not say which usernames exist
    QVERIFY(accounts.logIn(QStringLiteral("ADMIN"), kPassword)); // usernames ignore case
    for (int attempt = 1; attempt < AccountService::maxFailures; ++attempt)
        QVERIFY(!accounts.logIn(QStringLiteral("admin"), QStringLiteral("guess-%1").arg(attempt)));
    // Locked now, but a wrong password is told only what an unknown name is told: the lock
    // does not confirm that the name exists.
    QCOMPARE(accounts.logIn(QStringLiteral("admin"), QStringLiteral("guess-again")).error(),
             unknown);
    QCOMPARE(accounts.logIn(QStringLiteral("nobody"), QStringLiteral("guess-again")).error(),
             unknown);
    QVERIFY(unknown.contains(QStringLiteral("locked for 15 minutes")));
    // Even the right password waits, and is told the same: a guess during the lock learns
    // nothing.
    QCOMPARE(accounts.logIn(QStringLiteral("admin"), kPassword).error(), unknown);
    m_clock->set(m_clock->now().addSecs(AccountService::lockMinutes * 60 + 1));
    QVERIFY(accounts.logIn(QStringLiteral("admin"), kPassword));
    QCOMPARE(accounts.repository().byUsername(QStringLiteral("admin"))->value().failedAttempts, 0);
}

// A file open read-only cannot record wrong attempts; the program counts them and locks the
// same way, and the right password works again once the lock has run out.
void TestAccounts::aFileOpenReadOnlyLocksToo() {
    AccountService &accounts = m_workspace->accounts();
    QVERIFY(accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("刘主任"),
                                              kPassword));
    auto readOnly =
        Database::open(m_dir->filePath(QStringLiteral("accounts.linli")),
                       Database::Mode::OpenExisting, QStringLiteral("another desk holds it"));
    QVERIFY2(readOnly, qPrintable(readOnly.error()));
    QVERIFY((*readOnly)->isReadOnly());
    (*readOnly)->setClock(m_clock);
    Workspace reading(std::move(*readOnly));
    AccountService &reader = reading.accounts();
    for (int attempt = 0; attempt < AccountService::maxFailures; ++attempt)
        QVERIFY(!reader.logIn(QStringLiteral("admin"), QStringLiteral("guess-%1").arg(attempt)));
    QVERIFY(!reader.logIn(QStringLiteral("admin"), kPassword));
    m_clock->set(m_clock->now().addSecs(AccountService::lockMinutes * 60 + 1));
    QVERIFY(reader.logIn(QStringLiteral("admin"), kPassword));
}

void TestAccounts::managingAccounts() {
    AccountService &accounts = m_workspace->accounts();
    const Account admin = *accounts.createFirstAdministrator(QStringLiteral("admin"),
                                                             QStringLiteral("刘主任"), kPassword);
    Account duty;
    duty.username = QStringLiteral("zhoumin");
    duty.displayName = QStringLiteral("周敏");
    duty.role = Role::DutyStaff;
    const AccountId dutyId = *accounts.createAccount(duty, kPassword);
    QVERIFY(!accounts.createAccount(duty, kPassword)); // the username is taken
    // The last administrator stays one.
    Account demoted = admin;
    demoted.role = Role::ReadOnly;
    QVERIFY(!accounts.updateAccount(demoted));
    // Locked out, then reset by the administrator.
    for (int attempt = 0; attempt < AccountService::maxFailures; ++attempt)
        QVERIFY(!accounts.logIn(QStringLiteral("zhoumin"), QStringLiteral("forgotten")));
    QVERIFY(accounts.logIn(QStringLiteral("admin"), kPassword));
    QVERIFY(accounts.resetPassword(dutyId, QStringLiteral("new-start-1")));
    QVERIFY(accounts.logIn(QStringLiteral("zhoumin"), QStringLiteral("new-start-1")));
    QVERIFY(
        !accounts.changeOwnPassword(QStringLiteral("wrong-current"), QStringLiteral("mine-2025")));
    QVERIFY(accounts.changeOwnPassword(QStringLiteral("new-start-1"), QStringLiteral("mine-2025")));
    QVERIFY(accounts.logIn(QStringLiteral("zhoumin"), QStringLiteral("mine-2025")));
    // A closed account cannot log in.
    QVERIFY(accounts.logIn(QStringLiteral("admin"), kPassword));
    Account closed = *accounts.repository().account(dutyId);
    closed.active = false;
    QVERIFY(accounts.updateAccount(closed));
    QVERIFY(accounts.logIn(QStringLiteral("zhoumin"), QStringLiteral("mine-2025"))
                .error()
                .contains(QStringLiteral("closed")));
}

void TestAccounts::theAuditNamesTheAccount() {
    logInAs(*m_workspace, Role::DutyStaff);
    const auto communities = m_workspace->registry().places().communities();
    QVERIFY(m_workspace->registry().addCompound(
        {{}, communities->first().id, QStringLiteral("春天花园"), CompoundKind::NewBuilt}));
    const auto who =
        sql::Statement::single(m_workspace->database().connection(),
                               QStringLiteral("SELECT operator FROM audit_log"
                                              " WHERE entity = 'compound' ORDER BY id DESC"));
    QCOMPARE(who->toString(), QStringLiteral("测试duty"));
}

void TestAccounts::revealIsCheckedAndTheTrailKept() {
    // Today's entries: the six months are counted by SQLite's own clock.
    m_clock->set(QDateTime::currentDateTime());
    RegistryService &registry = m_workspace->registry();
    const auto community = registry.places().communities()->first().id;
    const CompoundId compound =
        *registry.addCompound({{}, community, QStringLiteral("明珠花园"), CompoundKind::Old});
    const BuildingId building = *registry.addBuilding({{}, compound, QStringLiteral("3栋"), {}});
    const UnitId unit = *registry.addUnit({{}, building, QStringLiteral("2单元")});
    const HouseholdId home = *registry.addHousehold(unit, QStringLiteral("302"));
    Resident r;
    r.householdId = home;
    r.name = QStringLiteral("王秀英");
    r.gender = Gender::Female;
    r.idNumber = QStringLiteral("11010519491231002X");
    r.mobile = QStringLiteral("13812345678");
    const ResidentId id = *registry.addResident(r);

    logInAs(*m_workspace, Role::ReadOnly);
    const auto refused = registry.reveal(id);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("may not see full ID numbers")));
    logInAs(*m_workspace, Role::DutyStaff);
    const auto shown = registry.reveal(id);
    QVERIFY2(shown, qPrintable(shown.error()));
    QCOMPARE(shown->idNumber, QStringLiteral("11010519491231002X"));
    const QSqlDatabase db = m_workspace->database().connection();
    const auto looks = sql::Statement::single(db, QStringLiteral("SELECT operator FROM audit_log"
                                                                 " WHERE action = 'reveal'"));
    QCOMPARE(looks->toString(), QStringLiteral("测试duty"));
    // The trail cannot be edited, nor pruned before six months.
    QVERIFY(
        !sql::Statement::run(db, QStringLiteral("UPDATE audit_log SET operator = 'someone else'")));
    QVERIFY(!sql::Statement::run(db, QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(sql::Statement::single(db, QStringLiteral("SELECT count(*) FROM audit_log"))->toInt() >
            5);
}

void TestAccounts::theAuditViewerFiltersAndExports() {
    AccountService &accounts = m_workspace->accounts();
    QVERIFY(accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("刘主任"),
                                              kPassword));
    Account sly;
    sly.username = QStringLiteral("sly");
    sly.displayName = QStringLiteral("=HYPERLINK(\"x\")");
    sly.role = Role::DutyStaff;
    QVERIFY(accounts.createAccount(sly, kPassword));
    QVERIFY(accounts.logIn(QStringLiteral("sly"), kPassword));
    const auto community = m_workspace->registry().places().communities()->first().id;
    QVERIFY(m_workspace->registry().addCompound(
        {{}, community, QStringLiteral("春天花园"), CompoundKind::NewBuilt}));
    AuditTrail trail(m_workspace->database());
    QVERIFY(!trail.entries({}).ok()); // duty staff may not read the trail
    QVERIFY(accounts.logIn(QStringLiteral("admin"), kPassword));

    AuditFilter bySly;
    bySly.operatorName = sly.displayName;
    const auto entries = trail.entries(bySly);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2); // the login and the compound
    QCOMPARE(entries->first().entity, QStringLiteral("compound"));
    AuditFilter compounds;
    compounds.entity = QStringLiteral("compound");
    compounds.action = QStringLiteral("create");
    QCOMPARE(trail.entries(compounds)->size(), 1);
    AuditFilter longAgo;
    longAgo.to = QDate(2020, 1, 1);
    QCOMPARE(trail.entries(longAgo)->size(), 0);
    QVERIFY(trail.operators()->contains(QStringLiteral("刘主任")));

    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    const auto written = trail.exportCsv({}, csv);
    QVERIFY2(written, qPrintable(written.error()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFtime,operator"));
    QCOMPARE(bytes.count("\r\n"), *written + 1);
    // A name that looks like a formula is written as text.
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    QVERIFY(bytes.contains(QStringLiteral("刘主任").toUtf8()));
}

void TestAccounts::everyRoleAgainstEveryOperation_data() {
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("role");
    const QList<Operation> all = operations();
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const Role role : Permissions::roles())
            QTest::newRow(qPrintable(
                QStringLiteral("%1 as %2")
                    .arg(QString::fromLatin1(all.at(i).name), AccountRepository::roleCode(role))))
                << int(i) << int(role);
    }
}

void TestAccounts::everyRoleAgainstEveryOperation() {
    QFETCH(int, operation);
    QFETCH(int, role);
    logInAs(*m_shared, Role(role));
    const Operation op = operations().at(operation);
    const Status done = op.run(*m_shared);
    if (Permissions::allows(Role(role), op.permission)) {
        QVERIFY2(done || !done.error().contains(QStringLiteral("may not")),
                 qPrintable(done.error()));
    } else {
        QVERIFY(!done);
        QVERIFY2(done.error().contains(QStringLiteral("may not")), qPrintable(done.error()));
    }
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
