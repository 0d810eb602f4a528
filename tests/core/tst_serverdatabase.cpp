#include "complaints/complaintservice.h"
#include "demo/demogenerator.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/servercopy.h"
#include "storage/statement.h"
#include "storage/writecontext.h"
#include "support/registryfixture.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <set>
#include <string>

using namespace linli;

namespace {
/// A column named at run time, for Statement's readers, which know a column by the address of
/// its name as a literal gives it: one lasting string a name.
const char *columnName(const QString &name) {
    static std::set<std::string> names;
    return names.insert(name.toStdString()).first->c_str();
}
} // namespace

/// Linli on PostgreSQL: what the server's database does of its own (its schema version, its
/// refusals, its password), several desks writing at once, and a file copied onto it.
/// Registered only on the test server.
class TestServerDatabase final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createsAtNewestVersion();
    void reopensWithItsRecords();
    void refusesAnotherProgramsDatabase();
    void opensNewerSchemaReadOnly();
    void backupsAreTheServers();
    void asksForAPasswordOnlyWhenNeeded();
    void twoDesksWritingAtOnceLoseNothing();
    void copyOfTheDemoIsExactRowForRow();
    void copyRefusesADatabaseWithRecords();
    void aBrokenFileLeavesTheServerAsItWas();
    void theCommandLineCopiesAndWorksOnTheServer();
    void aLostConnectionSaysSo();
    void aSupersededQueryIsCancelled();
    void desksOpeningANewDatabaseAtOnceAllSucceed();
    void theConnectionSaysWhoItIs();
    void aSaveThatWentOnPastAFailedStatementIsNotReportedSaved();

private:
    static void serverRun(const QString &location, const QString &statement);
    static QStringList rowsOf(const QSqlDatabase &db, const QString &table,
                              const QStringList &columns, const QStringList &key);
};

void TestServerDatabase::initTestCase() {
    if (test::testServer().isEmpty())
        QSKIP("runs on the test server (CTest's tst_serverdatabase_postgres)");
}

void TestServerDatabase::serverRun(const QString &location, const QString &statement) {
    auto db = Database::open(location);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(sql::Statement::run((*db)->connection(), statement));
}

void TestServerDatabase::createsAtNewestVersion() {
    test::TestDatabase db;
    QVERIFY(db->isOnServer());
    QCOMPARE(*db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(sql::Statement::single(db->connection(),
                                    QStringLiteral("SELECT application_id FROM linli_schema"))
                 ->toInt(),
             Database::applicationId);
    QVERIFY(db->quickCheck());
    QVERIFY(db->fullCheck());
    // The steps' own rows are there, and new rows take ids after them.
    QCOMPARE(sql::Statement::single(db->connection(),
                                    QStringLiteral("SELECT count(*) FROM pact_template_clauses"
                                                   " WHERE template_id = 1"))
                 ->toInt(),
             8);
}

void TestServerDatabase::reopensWithItsRecords() {
    test::RegistryFixture f;
    const auto household = f.registry.addHousehold(f.unit, QStringLiteral("302"));
    QVERIFY2(household, qPrintable(household.error()));
    auto again = Database::open(f.db.path(), Database::Mode::OpenExisting);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(sql::Statement::single((*again)->connection(),
                                    QStringLiteral("SELECT address FROM households"))
                 ->toString(),
             QStringLiteral("明珠花园3栋2单元302"));
    // A failed unit leaves nothing, on the server as in a file.
    const Status failed = (*again)->write([](const WriteContext &context) {
        if (auto done = context.run(QStringLiteral("DELETE FROM group_members"), sql::Params{});
            !done)
            return done.status();
        return context.run(QStringLiteral("INSERT INTO nowhere VALUES (1)"), sql::Params{})
            .status();
    });
    QVERIFY(!failed);
    QVERIFY((*again)->write([](const WriteContext &) { return Status::success(); }));
}

void TestServerDatabase::refusesAnotherProgramsDatabase() {
    test::ServerScratch scratch;
    // Another program's table in the database: Linli neither uses nor changes it.
    {
        QSqlDatabase raw =
            ServerAddress::parse(scratch.location())->addConnection(QStringLiteral("raw"));
        QVERIFY(raw.open());
        QVERIFY(sql::Statement::run(raw, QStringLiteral("CREATE TABLE invoices (id integer)")));
        sql::forgetPreparedStatements(raw.connectionName());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto refused = Database::open(scratch.location());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("not a Linli database")),
             qPrintable(refused.error()));
    // An empty database asked to open as an existing Linli one is refused too.
    test::ServerScratch empty;
    const auto missing = Database::open(empty.location(), Database::Mode::OpenExisting);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("no Linli data")),
             qPrintable(missing.error()));
}

void TestServerDatabase::opensNewerSchemaReadOnly() {
    test::RegistryFixture f;
    QVERIFY(sql::Statement::run(f.db->connection(),
                                QStringLiteral("UPDATE linli_schema SET version = :version"),
                                {{"version", latestSchemaVersion() + 1}}));
    auto newer = Database::open(f.db.path());
    QVERIFY2(newer, qPrintable(newer.error()));
    QVERIFY((*newer)->isReadOnly());
    QVERIFY((*newer)->readOnlyReason().contains(QStringLiteral("newer version of Linli")));
    RegistryService registry(**newer);
    const auto refused = registry.addHousehold(f.unit, QStringLiteral("401"));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("newer version of Linli")));
    // Reading still works.
    QCOMPARE(
        sql::Statement::single((*newer)->connection(), QStringLiteral("SELECT count(*) FROM units"))
            ->toInt(),
        1);
}

void TestServerDatabase::backupsAreTheServers() {
    test::TestDatabase db;
    QTemporaryDir dir;
    const Status refused = db->backupTo(dir.filePath(QStringLiteral("copy.linli")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("pg_dump")), qPrintable(refused.error()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.linli"))));
}

void TestServerDatabase::asksForAPasswordOnlyWhenNeeded() {
    test::ServerScratch scratch;
    const auto address = ServerAddress::parse(scratch.location());
    const QByteArray password = qgetenv("PGPASSWORD");
    QVERIFY(!password.isEmpty());
    QVERIFY(!Database::serverAsksForPassword(*address)); // PGPASSWORD gives it
    qunsetenv("PGPASSWORD");
    const bool asks = Database::serverAsksForPassword(*address);
    const auto without = Database::open(scratch.location());
    const auto wrong =
        Database::open(scratch.location(), Database::Mode::OpenOrCreate, {}, QStringLiteral("x"));
    const auto given = Database::open(scratch.location(), Database::Mode::OpenOrCreate, {},
                                      QString::fromUtf8(password));
    qputenv("PGPASSWORD", password);
    QVERIFY(asks);
    QVERIFY(!without);
    QVERIFY2(without.error().contains(QStringLiteral("asks for a password")),
             qPrintable(without.error()));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(QStringLiteral("password authentication failed")),
             qPrintable(wrong.error()));
    QVERIFY2(given, qPrintable(given.error()));
    // The address it shows carries no password.
    QVERIFY(!(*given)->path().contains(QString::fromUtf8(password)));
}

void TestServerDatabase::twoDesksWritingAtOnceLoseNothing() {
    test::RegistryFixture f;
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("302"));
    const qint64 category =
        sql::Statement::single(f.db->connection(),
                               QStringLiteral("SELECT min(id) FROM complaint_categories"))
            ->toLongLong();
    constexpr int kEach = 12;
    // Two desks, each on its own connection and thread, log complaints at the same moments:
    // each number is taken once and none is lost (the desks' writes take turns).
    QStringList failures;
    QMutex failuresLock;
    auto desk = [&](const QString &name) {
        auto opened = Database::open(f.db.path(), Database::Mode::OpenExisting);
        if (!opened) {
            const QMutexLocker lock(&failuresLock);
            failures << opened.error();
            return;
        }
        (*opened)->setClock(std::make_shared<FixedClock>(f.db.clock().now()));
        (*opened)->setOperatorName(name);
        RegistryService registry(**opened);
        ComplaintService complaints(**opened, registry);
        for (int i = 0; i < kEach; ++i) {
            Complaint c;
            c.receivedAt = f.db.clock().now();
            c.channel = Channel::Visit;
            c.reporter = {{}, QStringLiteral("张阿姨"), QStringLiteral("13812345678")};
            c.place = {f.compound, f.building, f.unit, household,
                       QStringLiteral("明珠花园3栋2单元302")};
            c.categoryId = CategoryId{category};
            c.urgency = Urgency::Normal;
            c.summary = QStringLiteral("%1的第%2件").arg(name).arg(i);
            if (const auto logged = complaints.log(c); !logged) {
                const QMutexLocker lock(&failuresLock);
                failures << logged.error();
            }
        }
    };
    QThread *first = QThread::create(desk, QStringLiteral("值班台"));
    QThread *second = QThread::create(desk, QStringLiteral("调解室"));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    delete first;
    delete second;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM complaints")), 2 * kEach);
    QCOMPARE(f.count(QStringLiteral("SELECT count(DISTINCT seq) FROM complaints")), 2 * kEach);
    QCOMPARE(f.count(QStringLiteral("SELECT max(seq) FROM complaints")), 2 * kEach);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'complaint'")),
             2 * kEach);
}

QStringList TestServerDatabase::rowsOf(const QSqlDatabase &db, const QString &table,
                                       const QStringList &columns, const QStringList &key) {
    QStringList rows;
    auto query = sql::Statement::run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                             .arg(columns.join(u", "), table, key.join(u", ")));
    if (!query)
        return {QStringLiteral("error: ") + query.error()};
    while (query->next()) {
        QStringList values;
        for (const QString &column : columns) {
            const QVariant value = query->value(columnName(column));
            values << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << values.join(QChar(0x1f));
    }
    if (!query->status())
        return {QStringLiteral("error: ") + query->status().error()};
    return rows;
}

void TestServerDatabase::copyOfTheDemoIsExactRowForRow() {
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("demo.linli")));
    QVERIFY2(file, qPrintable(file.error()));
    QVERIFY(DemoGenerator(**file, DemoGenerator::Scale::Community)
                .generate(QDateTime(QDate(2025, 3, 27), QTime(16, 0))));
    test::ServerScratch scratch;
    auto server = Database::open(scratch.location());
    QVERIFY2(server, qPrintable(server.error()));
    const auto copied = ServerCopy::copy(**file, **server);
    QVERIFY2(copied, qPrintable(copied.error()));
    QVERIFY(copied->size() > 50);

    // Every table, every row, every value — in the order of each table's key.
    const QSqlDatabase source = (*file)->connection();
    const QSqlDatabase target = (*server)->connection();
    qint64 compared = 0;
    for (const ServerCopy::Table &table : *copied) {
        auto info =
            sql::Statement::run(source, QStringLiteral("PRAGMA table_info(%1)").arg(table.name));
        QVERIFY(info);
        QStringList columns;
        QStringList key;
        while (info->next()) {
            columns << info->text("name");
            if (info->integer("pk") > 0)
                key << info->text("name");
        }
        QVERIFY(info->status());
        if (key.isEmpty())
            key = columns;
        const QStringList inFile = rowsOf(source, table.name, columns, key);
        const QStringList onServer = rowsOf(target, table.name, columns, key);
        QCOMPARE(onServer.size(), inFile.size());
        QCOMPARE(qint64(inFile.size()), table.rows);
        for (int r = 0; r < inFile.size(); ++r)
            QVERIFY2(inFile.at(r) == onServer.at(r),
                     qPrintable(table.name + u": " + inFile.at(r) + u" ≠ " + onServer.at(r)));
        compared += inFile.size();
    }
    QVERIFY(compared > 20000);

    // The copy works as the file did: the lists read the same, new rows take new ids, and an
    // account of the file logs in.
    RegistryService registry(**server);
    const auto residents = registry.residents().count({});
    QVERIFY(residents);
    QCOMPARE(*residents,
             sql::Statement::single(source, QStringLiteral("SELECT count(*) FROM residents"
                                                           " WHERE moved_out_on IS NULL"))
                 ->toInt());
    const qint64 largest =
        sql::Statement::single(target, QStringLiteral("SELECT max(id) FROM households"))
            ->toLongLong();
    const auto unit = sql::Statement::single(target, QStringLiteral("SELECT min(id) FROM units"));
    const auto added = registry.addHousehold(UnitId{unit->toLongLong()}, QStringLiteral("9999"));
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->value, largest + 1);
}

void TestServerDatabase::copyRefusesADatabaseWithRecords() {
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("small.linli")));
    QVERIFY(file);
    test::RegistryFixture f; // on the server, with a community in it
    const auto refused = ServerCopy::copy(**file, *f.db);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("holds Linli records already")),
             qPrintable(refused.error()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM compounds")), 1);
}

void TestServerDatabase::aBrokenFileLeavesTheServerAsItWas() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.linli"));
    {
        auto file = Database::open(path);
        QVERIFY(file);
        RegistryService registry(**file);
        QVERIFY(registry.addCommunity({{}, QStringLiteral("红旗社区"), {}, {}}));
        // A unit of a building that is not there, as a file damaged outside Linli may hold.
        QVERIFY(sql::Statement::run((*file)->connection(),
                                    QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(sql::Statement::run(
            (*file)->connection(),
            QStringLiteral("INSERT INTO units (building_id, name) VALUES (77, '1单元')")));
    }
    auto file = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(file);
    test::ServerScratch scratch;
    auto server = Database::open(scratch.location());
    QVERIFY(server);
    const auto failed = ServerCopy::copy(**file, **server);
    QVERIFY(!failed);
    // The whole copy rolled back: not even the community came over, and the server's own
    // defaults are still there.
    const QSqlDatabase target = (*server)->connection();
    QCOMPARE(
        sql::Statement::single(target, QStringLiteral("SELECT count(*) FROM communities"))->toInt(),
        0);
    QVERIFY(
        sql::Statement::single(target, QStringLiteral("SELECT count(*) FROM complaint_categories"))
            ->toInt() >= 10);
}

void TestServerDatabase::theCommandLineCopiesAndWorksOnTheServer() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.linli"));
    auto cli = [](const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        process.start(QStringLiteral(LINLI_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return std::make_pair(
            process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
    };
    QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("demo")}).first, 0);
    test::ServerScratch scratch;
    const auto [copied, said] =
        cli({QStringLiteral("migrate-to-postgres"), QStringLiteral("--from"), file,
             QStringLiteral("--to"), scratch.location()});
    QVERIFY2(copied == 0, qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("each table's count checked")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("residents")), qPrintable(said));
    // The commands work on the copy as on the file.
    const auto [checked, report] =
        cli({QStringLiteral("--db"), scratch.location(), QStringLiteral("check")});
    QVERIFY2(checked == 0, qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("intact")), qPrintable(report));
    const QString pdf = dir.filePath(QStringLiteral("pact.pdf"));
    const auto [printed, printSaid] = cli(
        {QStringLiteral("--db"), scratch.location(), QStringLiteral("--as"),
         QStringLiteral("admin"), QStringLiteral("print"), QStringLiteral("pact"),
         QStringLiteral("--compound"), QStringLiteral("明珠花园"), QStringLiteral("--pdf"), pdf},
        "demo1234\n");
    QVERIFY2(printed == 0, qPrintable(printSaid));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    // A second copy into the same database is refused, and so is restoring a file over it.
    QCOMPARE(cli({QStringLiteral("migrate-to-postgres"), QStringLiteral("--from"), file,
                  QStringLiteral("--to"), scratch.location()})
                 .first,
             1);
    const auto [restored, restoreSaid] =
        cli({QStringLiteral("--db"), scratch.location(), QStringLiteral("restore"), file});
    QCOMPARE(restored, 1);
    QVERIFY2(restoreSaid.contains(QStringLiteral("pg_restore")), qPrintable(restoreSaid));
    // Without PGPASSWORD the password is read from standard input (not a terminal here).
    QProcess asked;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString password = environment.value(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    asked.setProcessEnvironment(environment);
    asked.start(QStringLiteral(LINLI_CLI),
                {QStringLiteral("--db"), scratch.location(), QStringLiteral("check")});
    asked.write(password.toUtf8() + '\n');
    asked.closeWriteChannel();
    QVERIFY(asked.waitForFinished(60000));
    QVERIFY2(asked.exitCode() == 0, asked.readAllStandardError().constData());
}

// The server ends this desk's session (it restarted, or the network dropped it). A save may be
// refused once — saying so, with nothing written — and the next action opens the connection
// again: that save goes through. While the server takes no connections at all, every save is
// refused so; once it takes them again the desk carries on without being started again.
void TestServerDatabase::aLostConnectionSaysSo() {
    test::RegistryFixture f;
    auto other = Database::open(f.db.path(), Database::Mode::OpenExisting);
    QVERIFY(other);
    const auto endSession = [&] {
        const qint64 backend =
            sql::Statement::single(f.db->connection(), QStringLiteral("SELECT pg_backend_pid()"))
                ->toLongLong();
        QVERIFY(sql::Statement::run((*other)->connection(),
                                    QStringLiteral("SELECT pg_terminate_backend(:backend)"),
                                    {{"backend", backend}}));
    };
    const auto households = [&] {
        return sql::Statement::single((*other)->connection(),
                                      QStringLiteral("SELECT count(*) FROM households"))
            ->toInt();
    };
    const QString lost = QStringLiteral("connection to the database server was lost");
    endSession();
    auto saved = f.registry.addHousehold(f.unit, QStringLiteral("501"));
    if (!saved) {
        QVERIFY2(saved.error().contains(lost), qPrintable(saved.error()));
        QCOMPARE(households(), 0);
        saved = f.registry.addHousehold(f.unit, QStringLiteral("501"));
    }
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(households(), 1);

    // Connections to the desk's database are turned away, from another database on the server.
    const QString database = ServerAddress::parse(f.db.path())->database;
    const auto allowConnections = [&](bool allowed) {
        const QString name = QStringLiteral("linli-test-allow");
        bool done = false;
        {
            QSqlDatabase admin = ServerAddress::parse(test::testServer())->addConnection(name);
            done =
                admin.open() &&
                QSqlQuery(admin).exec(
                    QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS %2")
                        .arg(database, allowed ? QStringLiteral("true") : QStringLiteral("false")));
            admin.close();
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    };
    QVERIFY(allowConnections(false));
    endSession();
    for (int i = 0; i < 2; ++i) {
        const auto refused = f.registry.addHousehold(f.unit, QStringLiteral("502"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(lost), qPrintable(refused.error()));
    }
    QVERIFY(allowConnections(true));
    QCOMPARE(households(), 1);
    const auto again = f.registry.addHousehold(f.unit, QStringLiteral("502"));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(households(), 2);
}

void TestServerDatabase::aSupersededQueryIsCancelled() {
    // As the residents search as you type: a connection on a thread of its own runs a slow
    // query, and the window's thread, with a newer search to run, stops it.
    test::TestDatabase db;
    std::atomic<const Database *> running{nullptr};
    std::atomic<bool> failed{false};
    std::atomic<qint64> tookMs{-1};
    QThread *search = QThread::create([&] {
        auto another = db->openAnother();
        if (!another)
            return;
        running.store(another->get());
        QElapsedTimer timer;
        timer.start();
        const auto slept = sql::Statement::run((*another)->connection(),
                                               QStringLiteral("SELECT pg_sleep(120), 1"));
        failed.store(!slept);
        tookMs.store(timer.elapsed());
        running.store(nullptr);
    });
    search->start();
    QTRY_VERIFY(running.load() != nullptr);
    // Under way on the server…
    QTRY_VERIFY(sql::Statement::single(db->connection(),
                                       QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                                      " WHERE datname = current_database()"
                                                      " AND wait_event = 'PgSleep'"))
                    ->toInt() == 1);
    running.load()->interrupt();
    // …and stopped: it fails at once instead of sleeping its two minutes.
    QVERIFY(search->wait(60000));
    delete search;
    QVERIFY(failed.load());
    QVERIFY2(tookMs.load() < 60000, qPrintable(QString::number(tookMs.load())));
}

// Four programs opening one new, empty server database at the same moment: each step of the
// schema is made once, by whichever comes first, and the others wait and find it done (before,
// two of three failed with "relation settings already exists").
void TestServerDatabase::desksOpeningANewDatabaseAtOnceAllSucceed() {
    test::ServerScratch scratch;
    QList<QProcess *> desks;
    for (int i = 0; i < 4; ++i) {
        auto *desk = new QProcess(this);
        desk->start(QStringLiteral(LINLI_CLI),
                    {QStringLiteral("--db"), scratch.location(), QStringLiteral("init")});
        desks << desk;
    }
    for (QProcess *desk : std::as_const(desks)) {
        QVERIFY(desk->waitForFinished(120000));
        const QString said =
            QString::fromUtf8(desk->readAllStandardOutput() + desk->readAllStandardError());
        QVERIFY2(desk->exitCode() == 0, qPrintable(said));
        delete desk;
    }
    auto db = Database::open(scratch.location(), Database::Mode::OpenExisting);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    QCOMPARE(sql::Statement::single((*db)->connection(),
                                    QStringLiteral("SELECT count(*) FROM linli_schema"))
                 ->toInt(),
             1);
    QVERIFY((*db)->fullCheck());
}

// pg_stat_activity names each desk's computer and, once logged in, its user; a desk stopped in
// the middle of a transaction has it ended by the server.
void TestServerDatabase::theConnectionSaysWhoItIs() {
    test::TestDatabase db;
    const auto name = [&] {
        return sql::Statement::single(db->connection(),
                                      QStringLiteral("SELECT application_name FROM pg_stat_activity"
                                                     " WHERE pid = pg_backend_pid()"))
            ->toString();
    };
    QCOMPARE(name().left(6), QStringLiteral("linli "));
    QVERIFY2(name().contains(QSysInfo::machineHostName()), qPrintable(name()));
    QVERIFY(sql::Statement::run(
        db->connection(), QStringLiteral("INSERT INTO accounts (username, display_name, role,"
                                         " password_hash, created_at) VALUES ('wangfang', '王芳',"
                                         " 'duty', '$argon2id$x', '2025-03-27T10:00:00')")));
    UserSession session = UserSession::system(QStringLiteral("王芳"));
    session.accountId = AccountId{
        sql::Statement::single(db->connection(), QStringLiteral("SELECT max(id) FROM accounts"))
            ->toLongLong()};
    db->setSession(session);
    QVERIFY2(name().endsWith(QStringLiteral(" wangfang")), qPrintable(name()));
    QCOMPARE(sql::Statement::single(
                 db->connection(),
                 QStringLiteral("SELECT current_setting('idle_in_transaction_session_timeout')"))
                 ->toString(),
             QStringLiteral("1min"));
}

// A statement that fails on the server spoils its transaction: COMMIT then rolls everything
// back while the server calls it done. A unit that went on past such a failure — it had no
// reason to stop — must be told it was not saved, and nothing of it may be there.
void TestServerDatabase::aSaveThatWentOnPastAFailedStatementIsNotReportedSaved() {
    test::TestDatabase db;
    const auto categories = [&] {
        return sql::Statement::single(db->connection(),
                                      QStringLiteral("SELECT count(*) FROM complaint_categories"
                                                     " WHERE name = '电梯广告'"))
            ->toInt();
    };
    const Status saved = db->write([](const WriteContext &context) -> Status {
        const QString insert = QStringLiteral("INSERT INTO complaint_categories (name)"
                                              " VALUES (:name) RETURNING id");
        if (!context.insert(insert, {{"name", QStringLiteral("电梯广告")}}))
            return Status::failure(QStringLiteral("the first insert failed"));
        // The same name again: refused by its unique constraint, and not looked at.
        (void)context.insert(insert, {{"name", QStringLiteral("电梯广告")}});
        return Status::success();
    });
    QVERIFY2(!saved, "a rolled-back save was reported saved");
    QCOMPARE(categories(), 0);
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
