#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/indexesaside.h"
#include "storage/migrations.h"
#include "storage/schemasteps.h"
#include "storage/statement.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

class TestDatabase final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsAtNewestVersion();
    void migratesFromVersion1();
    void networkDrivesAreNamed_data();
    void networkDrivesAreNamed();
    void migratesCasesFromVersion3();
    void migratingToSeveralCommunitiesFilesEachRecord();
    void migratingFillsThePactsWordsAsAdopted();
    void migratingKeepsTheCostSharesWeights();
    void migratingKeepsWhatACaseAverted();
    void pragmasAreReadBack();
    void rowsReadValuesAndNest();
    void indexesSetAsideComeBackAsTheyWere();
    void filesAreOwnerOnly();
    void opensNewerSchemaReadOnly_data();
    void opensNewerSchemaReadOnly();
    void opensReadOnlyWhenTold();
    void refusesNonDatabaseUntouched_data();
    void refusesNonDatabaseUntouched();
    void refusesMissingWhenAskedToOpenExisting();
    void opensReadOnlyFileReadOnly();
    void reopensExisting();
    void failedWriteRollsBack();
    void twoConnectionsWriteInTurn();
    void backupIsConsistentCopy();
    void backupRefusesExistingTarget();

private:
    static QByteArray checksum(const QString &path);
    static void rawExec(const QString &path, const QStringList &statements);
    /// The statements that made a file of schema `version`, as Linli of that version did.
    static QStringList schemaUpTo(int version);
};

QByteArray TestDatabase::checksum(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList TestDatabase::schemaUpTo(int version) {
    QStringList statements;
    for (const Migration &step : migrations()) {
        if (step.version <= version)
            statements += step.statements;
    }
    return statements;
}

void TestDatabase::rawExec(const QString &path, const QStringList &statements) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestDatabase::createsAtNewestVersion() {
    test::TestDatabase db;
    QCOMPARE(*db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(
        sql::Statement::single(db->connection(), QStringLiteral("PRAGMA application_id"))->toInt(),
        Database::applicationId);
    for (const char *table : {"settings", "audit_log", "communities", "compounds", "buildings",
                              "units", "households", "residents", "grids", "staff",
                              "neighbour_heads", "neighbour_head_buildings", "group_members"}) {
        const auto found =
            sql::Statement::single(db->connection(),
                                   QStringLiteral("SELECT count(*) FROM sqlite_master"
                                                  " WHERE type = 'table' AND name = :name"),
                                   {{"name", QString::fromLatin1(table)}});
        QCOMPARE(found->toInt(), 1);
    }
}

void TestDatabase::migratesFromVersion1() {
    // A file as Linli with schema 1 left it, with a resident in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.linli"));
    QStringList statements = step1Registry();
    statements
        << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
        << QStringLiteral("PRAGMA user_version = 1")
        << QStringLiteral("INSERT INTO communities (name) VALUES ('红旗社区')")
        << QStringLiteral(
               "INSERT INTO compounds (community_id, name, kind) VALUES (1, '明珠花园', 'old')")
        << QStringLiteral("INSERT INTO buildings (compound_id, name) VALUES (1, '3栋')")
        << QStringLiteral("INSERT INTO units (building_id, name) VALUES (1, '2单元')")
        << QStringLiteral("INSERT INTO households (unit_id, room, address) VALUES (1, '302', 'x')")
        << QStringLiteral("INSERT INTO residents (household_id, name, name_pinyin, name_initials,"
                          " sort_key, gender, relation, search_text)"
                          " VALUES (1, '李明', 'liming', 'lm', 'li ming', 'male', 'head', '李明')");
    rawExec(path, statements);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    const QSqlDatabase c = (*db)->connection();
    QCOMPARE(sql::Statement::single(c, QStringLiteral("SELECT name FROM residents"))->toString(),
             QStringLiteral("李明"));
    QVERIFY(sql::Statement::single(c, QStringLiteral("SELECT count(*) FROM complaint_categories"))
                ->toInt() >= 10);
    QVERIFY(
        sql::Statement::single(c, QStringLiteral("SELECT count(*) FROM calendar_days"))->toInt() >
        50);
    QCOMPARE(
        sql::Statement::single(c, QStringLiteral("SELECT count(*) FROM mediation_cases"))->toInt(),
        0);
    // The default hygiene pact comes with the co-governance tables.
    QCOMPARE(sql::Statement::single(c, QStringLiteral("SELECT count(*) FROM pact_template_clauses"
                                                      " WHERE template_id = 1"))
                 ->toInt(),
             8);
    QCOMPARE(
        sql::Statement::single(
            c, QStringLiteral("SELECT value FROM settings WHERE key = 'mediation.number_prefix'"))
            ->toString(),
        QStringLiteral("调字"));
    QCOMPARE(sql::Statement::single(c, QStringLiteral("SELECT value FROM settings"
                                                      " WHERE key = 'complaints.due_days.normal'"))
                 ->toString(),
             QStringLiteral("3"));
    QVERIFY((*db)->fullCheck());
}

void TestDatabase::migratesCasesFromVersion3() {
    // A file with a mediation case, as schema 3 left it: the case keeps everything, and the
    // case-file columns start empty — nobody can say now whether the notice was given.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.linli"));
    QStringList statements = step1Registry() + step2Complaints() + step3Mediation();
    statements
        << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
        << QStringLiteral("PRAGMA user_version = 3")
        << QStringLiteral("INSERT INTO mediators (name, kind) VALUES ('刘主任', 'cadre')")
        << QStringLiteral(
               "INSERT INTO mediation_cases (year, seq, number, accepted_on, type, source, risk,"
               " lead_mediator_id, state, limit_on) VALUES (2025, 7, '（2025）调字第007号',"
               " '2025-03-01', 'noise', 'application', 'yellow', 1, 'mediating', '2025-04-01')");
    rawExec(path, statements);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    const QSqlDatabase c = (*db)->connection();
    QCOMPARE(
        sql::Statement::single(c, QStringLiteral("SELECT number FROM mediation_cases"))->toString(),
        QStringLiteral("（2025）调字第007号"));
    QVERIFY(
        sql::Statement::single(c, QStringLiteral("SELECT rights_notified_on FROM mediation_cases"))
            ->isNull());
    QCOMPARE(
        sql::Statement::single(c, QStringLiteral("SELECT averted_criminal FROM mediation_cases"))
            ->toInt(),
        0);
    // The year's case numbers go on after the case the file holds (step 15's counters).
    QCOMPARE(
        sql::Statement::single(c, QStringLiteral("SELECT last FROM number_counters"
                                                 " WHERE kind = 'mediation_case' AND year = 2025"))
            ->toInt(),
        7);
    QVERIFY((*db)->fullCheck());
    // The file as it was before the change is kept beside it, checked.
    const QDir backups(BackupKeeper::defaultFolder(path));
    const QStringList taken = backups.entryList({QStringLiteral("*-migration.linli-backup")});
    QCOMPARE(taken.size(), 1);
    QVERIFY(BackupKeeper::verify(backups.filePath(taken.first())));
}

void TestDatabase::migratingToSeveralCommunitiesFilesEachRecord() {
    // A file of two communities as schema 10 left it: a complaint at a place of the second goes
    // to that one, a complaint without a place to the first; accounts stay the sub-district's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.linli"));
    QStringList statements = schemaUpTo(10);
    const QString complaint = QStringLiteral(
        "INSERT INTO complaints (year, seq, received_at, channel, reporter_name, compound_id,"
        " category_id, urgency, summary, logged_by, state, due_at) VALUES (2025, %1,"
        " '2025-03-01T09:00:00', 'visit', '来访人', %2,"
        " (SELECT min(id) FROM complaint_categories), 'normal', '路灯坏了', '叶丽芳',"
        " 'registered', '2025-03-04T09:00:00')");
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = 10")
               << QStringLiteral("INSERT INTO communities (name, subdistrict, district)"
                                 " VALUES ('红旗社区', '宝塔街道', '岳塘区'),"
                                 " ('东风社区', '宝塔街道', '岳塘区')")
               << QStringLiteral("INSERT INTO compounds (community_id, name, kind)"
                                 " VALUES (2, '东风新村', 'old')")
               << complaint.arg(1).arg(1) << complaint.arg(2).arg(QStringLiteral("NULL"));
    rawExec(path, statements);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    const QSqlDatabase c = (*db)->connection();
    QCOMPARE(sql::Statement::single(
                 c, QStringLiteral("SELECT community_id FROM complaints WHERE seq = 1"))
                 ->toInt(),
             2);
    QCOMPARE(sql::Statement::single(
                 c, QStringLiteral("SELECT community_id FROM complaints WHERE seq = 2"))
                 ->toInt(),
             1);
    QCOMPARE(sql::Statement::single(c, QStringLiteral("SELECT last FROM number_counters"
                                                      " WHERE kind = 'complaint' AND year = 2025"))
                 ->toInt(),
             2);
    QVERIFY((*db)->fullCheck());
}

void TestDatabase::migratingFillsThePactsWordsAsAdopted() {
    // Two versions of 3栋's pact as schema 17 left them, placeholders in their words: version 1
    // adopted under 李明, version 2 under 王芳, who is the head today. Each keeps its own head.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v17.linli"));
    QStringList statements = schemaUpTo(17);
    const QString resident =
        QStringLiteral("INSERT INTO residents (household_id, name, name_pinyin, name_initials,"
                       " sort_key, gender, relation, search_text) VALUES (1, '%1', '', '', '%1',"
                       " 'male', 'head', '%1')");
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = 17")
               << QStringLiteral("INSERT INTO communities (name, subdistrict, district)"
                                 " VALUES ('红旗社区', '宝塔街道', '岳塘区')")
               << QStringLiteral("INSERT INTO compounds (community_id, name, kind)"
                                 " VALUES (1, '明珠花园', 'old')")
               << QStringLiteral("INSERT INTO buildings (compound_id, name) VALUES (1, '3栋')")
               << QStringLiteral("INSERT INTO units (building_id, name) VALUES (1, '2单元')")
               << QStringLiteral("INSERT INTO households (unit_id, room, address)"
                                 " VALUES (1, '101', '明珠花园3栋2单元101')")
               << resident.arg(QStringLiteral("李明")) << resident.arg(QStringLiteral("王芳"))
               << QStringLiteral("INSERT INTO neighbour_heads (resident_id, term_start, term_end)"
                                 " VALUES (1, '2024-01-01', '2025-03-20'), (2, '2025-03-21', NULL)")
               << QStringLiteral("INSERT INTO neighbour_head_buildings VALUES (1, 1), (2, 1)")
               << QStringLiteral("INSERT INTO pacts (building_id, version, title, adopted_on)"
                                 " VALUES (1, 1, '{楼栋}卫生公约', '2025-03-01'),"
                                 " (1, 2, '卫生公约', '2025-04-02')")
               << QStringLiteral("INSERT INTO pact_clauses (pact_id, position, text) VALUES"
                                 " (1, 1, '由邻长{邻长}提醒，自{日期}起施行'),"
                                 " (1, 2, '为营造{小区}{楼栋}整洁的环境，由{社区}指导'),"
                                 " (2, 1, '由邻长{邻长}提醒，自{日期}起施行')");
    rawExec(path, statements);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    const QSqlDatabase c = (*db)->connection();
    auto words = sql::Statement::run(
        c, QStringLiteral("SELECT p.version, p.title, k.text FROM pacts p JOIN pact_clauses k"
                          " ON k.pact_id = p.id ORDER BY p.version, k.position"));
    QVERIFY(words);
    QStringList read;
    while (words->next())
        read << QStringLiteral("%1 %2 %3")
                    .arg(words->integer("version"))
                    .arg(words->text("title"), words->text("text"));
    QVERIFY(words->status());
    QCOMPARE(read, (QStringList{
                       QStringLiteral("1 3栋卫生公约 由邻长李明提醒，自2025年3月1日起施行"),
                       QStringLiteral("1 3栋卫生公约 为营造明珠花园3栋整洁的环境，由红旗社区指导"),
                       QStringLiteral("2 卫生公约 由邻长王芳提醒，自2025年4月2日起施行")}));
    QVERIFY((*db)->fullCheck());
}

// Weights of 1 and 2 as schema 18 kept them become 1.00 and 2.00 in hundredths; the share is in
// force (not voided).
void TestDatabase::migratingKeepsTheCostSharesWeights() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v18.linli"));
    QStringList statements = schemaUpTo(18);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = 18")
               << QStringLiteral("INSERT INTO communities (name, subdistrict, district)"
                                 " VALUES ('红旗社区', '宝塔街道', '岳塘区')")
               << QStringLiteral("INSERT INTO compounds (community_id, name, kind)"
                                 " VALUES (1, '明珠花园', 'old')")
               << QStringLiteral("INSERT INTO buildings (compound_id, name) VALUES (1, '3栋')")
               << QStringLiteral("INSERT INTO units (building_id, name) VALUES (1, '2单元')")
               << QStringLiteral(
                      "INSERT INTO households (unit_id, room, address) VALUES"
                      " (1, '101', '明珠花园3栋2单元101'), (1, '201', '明珠花园3栋2单元201')")
               << QStringLiteral("INSERT INTO mediators (name, kind) VALUES ('刘主任', 'cadre')")
               << QStringLiteral(
                      "INSERT INTO mediation_cases (year, seq, number, accepted_on, type,"
                      " source, risk, lead_mediator_id, state, limit_on) VALUES (2025, 1,"
                      " '（2025）调字第001号', '2025-03-01', 'pipes_septic', 'application',"
                      " 'yellow', 1, 'agreement_reached', '2025-04-01')")
               << QStringLiteral("INSERT INTO cost_shares (id, case_id, description, total_fen)"
                                 " VALUES (1, 1, '疏通化粪池', 30000)")
               << QStringLiteral("INSERT INTO cost_share_parts (cost_share_id, household_id,"
                                 " weight, amount_fen) VALUES (1, 1, 1, 10000), (1, 2, 2, 20000)");
    rawExec(path, statements);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    auto parts = sql::Statement::run(
        (*db)->connection(),
        QStringLiteral("SELECT p.weight_hundredths, s.voided_on FROM cost_share_parts p"
                       " JOIN cost_shares s ON s.id = p.cost_share_id ORDER BY p.household_id"));
    QVERIFY(parts);
    QList<qint64> weights;
    while (parts->next()) {
        weights << parts->integer("weight_hundredths");
        QVERIFY(parts->isNull("voided_on"));
    }
    QVERIFY(parts->status());
    QCOMPARE(weights, (QList<qint64>{100, 200}));
}

// A case of schema 19 that was kept from turning criminal stays so, and nothing else is said of
// it; its agreement settles no money and was not confirmed; the screening log starts empty.
void TestDatabase::migratingKeepsWhatACaseAverted() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v19.linli"));
    QStringList statements = schemaUpTo(19);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = 19")
               << QStringLiteral("INSERT INTO mediators (name, kind) VALUES ('刘主任', 'cadre')")
               << QStringLiteral(
                      "INSERT INTO mediation_cases (year, seq, number, accepted_on, type,"
                      " source, risk, lead_mediator_id, state, limit_on, averted_criminal)"
                      " VALUES (2025, 1, '（2025）调字第001号', '2025-03-01', 'neighbours',"
                      " 'application', 'orange', 1, 'agreement_reached', '2025-04-01', 1)")
               << QStringLiteral(
                      "INSERT INTO agreements (case_id, signed_on) VALUES (1, '2025-03-20')");
    rawExec(path, statements);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
    auto read = sql::Statement::run(
        (*db)->connection(),
        QStringLiteral("SELECT c.averted_criminal, c.averted_suicide, c.averted_group_petition,"
                       " c.averted_group_fight, a.amount_fen, a.confirmed_on, a.confirmed_by,"
                       " (SELECT count(*) FROM dispute_screenings) AS rounds"
                       " FROM mediation_cases c JOIN agreements a ON a.case_id = c.id"));
    QVERIFY(read && read->next());
    QCOMPARE(read->integer("averted_criminal"), 1);
    QCOMPARE(read->integer("averted_suicide"), 0);
    QCOMPARE(read->integer("averted_group_petition"), 0);
    QCOMPARE(read->integer("averted_group_fight"), 0);
    QCOMPARE(read->integer("amount_fen"), 0);
    QVERIFY(read->isNull("confirmed_on"));
    QCOMPARE(read->text("confirmed_by"), QString());
    QCOMPARE(read->integer("rounds"), 0);
}

void TestDatabase::networkDrivesAreNamed_data() {
    QTest::addColumn<quint64>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("ext4") << quint64(0xEF53) << QString();
    QTest::newRow("tmpfs") << quint64(0x01021994) << QString();
    QTest::newRow("btrfs") << quint64(0x9123683E) << QString();
    QTest::newRow("nfs") << quint64(0x6969) << QStringLiteral("NFS");
    QTest::newRow("cifs") << quint64(0xFF534D42) << QStringLiteral("CIFS");
    QTest::newRow("smb2") << quint64(0xFE534D42) << QStringLiteral("SMB2");
}

void TestDatabase::networkDrivesAreNamed() {
    QFETCH(quint64, type);
    QFETCH(QString, name);
    QCOMPARE(Database::networkFilesystem(type), name);
}

void TestDatabase::pragmasAreReadBack() {
    test::TestDatabase db;
    const QSqlDatabase c = db->connection();
    QCOMPARE(sql::Statement::single(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(sql::Statement::single(c, QStringLiteral("PRAGMA journal_mode"))->toString(),
             QStringLiteral("wal"));
    QCOMPARE(sql::Statement::single(c, QStringLiteral("PRAGMA synchronous"))->toInt(), 1);
    QCOMPARE(sql::Statement::single(c, QStringLiteral("PRAGMA busy_timeout"))->toInt(),
             Database::busyTimeoutMs);
}

void TestDatabase::rowsReadValuesAndNest() {
    test::TestDatabase db;
    const QSqlDatabase c = db->connection();
    const QString statement = QStringLiteral(
        "SELECT value, value * 1.5 AS more, 'n' || value AS name, NULL AS no_value,"
        " x'4142' AS bytes FROM json_each('[1, 2, 3]') WHERE value >= :least ORDER BY value");
    auto outer = sql::Statement::run(c, statement, {{"least", 2}});
    QVERIFY2(outer, qPrintable(outer.error()));
    QStringList seen;
    while (outer->next()) {
        QCOMPARE(outer->real("more"), double(outer->integer("value")) * 1.5);
        QVERIFY(outer->isNull("no_value"));
        QVERIFY(outer->text("no_value").isEmpty());
        QCOMPARE(outer->value("bytes").toByteArray(), QByteArray("AB"));
        // The same statement read again while the outer rows are still being read.
        auto inner = sql::Statement::run(c, statement, {{"least", outer->integer("value")}});
        QVERIFY(inner);
        while (inner->next())
            seen << outer->text("name") + u':' + inner->text("name");
    }
    QVERIFY(outer->status());
    QCOMPARE(seen, (QStringList{QStringLiteral("n2:n2"), QStringLiteral("n2:n3"),
                                QStringLiteral("n3:n3")}));
    // Once done, the cached statement is free for the next reader, with new values.
    auto again = sql::Statement::run(c, statement, {{"least", 3}});
    QVERIFY(again && again->next());
    QCOMPARE(again->integer("value"), 3);
    QVERIFY(!again->next());

    QVERIFY(!sql::Statement::run(c, QStringLiteral("SELECT * FROM no_such_table")));
    // An error while stepping is reported, not taken for the end of the rows: the first row
    // reads, the second is not JSON. (An error on the first row fails the run itself.)
    auto failing =
        sql::Statement::run(c, QStringLiteral("SELECT json_extract(value, '$') AS parsed"
                                              " FROM json_each('[\"[1]\", \"not json\"]')"));
    QVERIFY2(failing, qPrintable(failing.error()));
    QVERIFY(failing->next());
    QCOMPARE(failing->text("parsed"), QStringLiteral("[1]"));
    QVERIFY(!failing->next());
    QVERIFY(!failing->status());
    auto first = sql::Statement::run(c, QStringLiteral("SELECT json_extract('not json', '$')"));
    QVERIFY(!first || (!first->next() && !first->status()));
}

void TestDatabase::indexesSetAsideComeBackAsTheyWere() {
    test::TestDatabase db;
    const QString schema = QStringLiteral(
        "SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM sqlite_master"
        " WHERE type = 'index' AND tbl_name IN ('complaints', 'audit_log') ORDER BY name)");
    const QString before = sql::Statement::single(db->connection(), schema)->toString();
    QVERIFY(before.contains(QStringLiteral("complaints_open")));
    const Status done = db->write([&](const WriteContext &context) -> Status {
        const auto aside = IndexesAside::take(
            context, {QStringLiteral("complaints"), QStringLiteral("audit_log")});
        if (!aside)
            return aside.status();
        // Gone meanwhile, but for the ones behind UNIQUE constraints.
        const auto left = sql::Statement::single(context.connection(), schema);
        if (!left)
            return left.status();
        if (left->toString().contains(QStringLiteral("complaints_open")))
            return Status::failure(QStringLiteral("still there: ") + left->toString());
        return aside->restore(context);
    });
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(sql::Statement::single(db->connection(), schema)->toString(), before);
}

void TestDatabase::filesAreOwnerOnly() {
    test::TestDatabase db;
    const Status written = db->write([](const WriteContext &c) {
        return c
            .run(QStringLiteral("INSERT INTO communities (name) VALUES (:name)"),
                 {{"name", QStringLiteral("红旗社区")}})
            .status();
    });
    QVERIFY(written);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = db.path() + suffix;
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
    }
}

void TestDatabase::opensNewerSchemaReadOnly_data() {
    QTest::addColumn<QString>("journal");
    QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    QTest::newRow("write-ahead log") << QStringLiteral("WAL");
}

void TestDatabase::opensNewerSchemaReadOnly() {
    QFETCH(QString, journal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.linli"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->write([](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT INTO communities (name) VALUES ('红旗社区')"),
                     sql::Params{})
                .status();
        }));
    }
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = %1").arg(journal),
                   QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)});
    const QByteArray before = checksum(path);
    {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = **opened;
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QStringLiteral("newer version")),
                 qPrintable(db.readOnlyReason()));
        // What is there can be read…
        const auto name =
            sql::Statement::single(db.connection(), QStringLiteral("SELECT name FROM communities"));
        QVERIFY2(name, qPrintable(name.error()));
        QCOMPARE(name->toString(), QStringLiteral("红旗社区"));
        QCOMPARE(*db.schemaVersion(), latestSchemaVersion() + 1);
        QVERIFY(db.require(Permission::ViewMediation));
        // …and nothing changed, by a guarded service or a bare write.
        const Status guarded = db.require(Permission::EditRegistry);
        QVERIFY(!guarded);
        QCOMPARE(guarded.error(), db.readOnlyReason());
        const Status written = db.write([](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT INTO communities (name) VALUES ('x')"), sql::Params{})
                .status();
        });
        QVERIFY(!written);
        QCOMPARE(written.error(), db.readOnlyReason());
    }
    QCOMPARE(checksum(path), before);
}

void TestDatabase::opensReadOnlyWhenTold() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.linli"));
    { QVERIFY(Database::open(path)); }
    const QString reason = QStringLiteral("王芳 has it open at the duty desk.");
    auto opened = Database::open(path, Database::Mode::OpenOrCreate, reason);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE((*opened)->readOnlyReason(), reason);
    QVERIFY(!(*opened)->backupTo(dir.filePath(QStringLiteral("b.linli"))));
    // A read-only open never creates a file.
    const auto missing = Database::open(dir.filePath(QStringLiteral("none.linli")),
                                        Database::Mode::OpenOrCreate, reason);
    QVERIFY(!missing);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.linli"))));
}

void TestDatabase::refusesNonDatabaseUntouched_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("garbage") << 0;
    QTest::newRow("another program's SQLite file") << 1;
}

void TestDatabase::refusesNonDatabaseUntouched() {
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (kind == 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else {
        rawExec(path, {QStringLiteral("CREATE TABLE notes (body TEXT)")});
    }
    const QByteArray before = checksum(path);
    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("not a Linli database")) ||
                 opened.error().contains(QStringLiteral("not Linli")),
             qPrintable(opened.error()));
    QCOMPARE(checksum(path), before);
}

void TestDatabase::refusesMissingWhenAskedToOpenExisting() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.linli"));
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!opened);
    QVERIFY(opened.error().contains(QStringLiteral("There is no database")));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::opensReadOnlyFileReadOnly() {
    if (geteuid() == 0)
        QSKIP("root may write to any file, so a read-only file cannot be simulated");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.linli"));
    { QVERIFY(Database::open(path)); }
    QFile::setPermissions(path, QFile::ReadOwner);
    const auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY((*opened)->readOnlyReason().contains(QStringLiteral("read-only")));
}

void TestDatabase::reopensExisting() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.linli"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->write([](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT INTO communities (name) VALUES ('红旗社区')"),
                     sql::Params{})
                .status();
        }));
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(
        sql::Statement::single((*db)->connection(), QStringLiteral("SELECT name FROM communities"))
            ->toString(),
        QStringLiteral("红旗社区"));
}

void TestDatabase::failedWriteRollsBack() {
    test::TestDatabase db;
    const Status outcome = db->write([](const WriteContext &c) {
        if (auto done =
                c.run(QStringLiteral("INSERT INTO communities (name) VALUES ('A')"), sql::Params{});
            !done)
            return done.status();
        if (Status audited =
                c.audit(QStringLiteral("community"), 1, WriteContext::Action::Create, {});
            !audited)
            return audited;
        return Status::failure(QStringLiteral("stop"));
    });
    QVERIFY(!outcome);
    QCOMPARE(outcome.error(), QStringLiteral("stop"));
    QCOMPARE(
        sql::Statement::single(db->connection(), QStringLiteral("SELECT count(*) FROM communities"))
            ->toInt(),
        0);
    QCOMPARE(
        sql::Statement::single(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
            ->toInt(),
        0);
}

void TestDatabase::twoConnectionsWriteInTurn() {
    test::TestDatabase first;
    auto second = Database::open(first.path());
    QVERIFY(second);
    // The second connection reads first, so a deferred BEGIN would fail with BUSY_SNAPSHOT.
    QVERIFY(sql::Statement::single((*second)->connection(),
                                   QStringLiteral("SELECT count(*) FROM communities")));
    QVERIFY(first->write([](const WriteContext &c) {
        return c.run(QStringLiteral("INSERT INTO communities (name) VALUES ('A')"), sql::Params{})
            .status();
    }));
    const Status secondWrite = (*second)->write([](const WriteContext &c) {
        return c.run(QStringLiteral("INSERT INTO communities (name) VALUES ('B')"), sql::Params{})
            .status();
    });
    QVERIFY2(secondWrite, qPrintable(secondWrite.error()));
    QCOMPARE(sql::Statement::single(first->connection(),
                                    QStringLiteral("SELECT count(*) FROM communities"))
                 ->toInt(),
             2);
}

void TestDatabase::backupIsConsistentCopy() {
    test::TestDatabase db;
    QVERIFY(db->write([](const WriteContext &c) {
        return c
            .run(QStringLiteral("INSERT INTO communities (name) VALUES ('红旗社区')"),
                 sql::Params{})
            .status();
    }));
    const QString target = db.dir() + QStringLiteral("/backups/copy.linli");
    const Status done = db->backupTo(target);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(QFile::permissions(target) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    auto copy = Database::open(target, Database::Mode::OpenExisting);
    QVERIFY2(copy, qPrintable(copy.error()));
    QCOMPARE(sql::Statement::single((*copy)->connection(),
                                    QStringLiteral("SELECT name FROM communities"))
                 ->toString(),
             QStringLiteral("红旗社区"));
    QVERIFY((*copy)->fullCheck());
}

void TestDatabase::backupRefusesExistingTarget() {
    test::TestDatabase db;
    const QString target = db.dir() + QStringLiteral("/exists.linli");
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const Status done = db->backupTo(target);
    QVERIFY(!done);
    QVERIFY(done.error().contains(QStringLiteral("exists already")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
