#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "support/pdftext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void demoCheckBackup();
    void importAndExportResidents();
    void worksInOneCommunityOfSeveral();
    void everyPrintedDocumentReadsAsPrinted();
    void commandsOnPeoplesDataLogIn();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs linli-cli. The commands that show or change people's data log in as the demo's
    /// administrator with `adminPassword` (in a database without accounts nothing is asked).
    static Run run(const QStringList &arguments, const QByteArray &input = {});
    /// As it stands, without logging in.
    static Run runAsGiven(const QStringList &arguments, const QByteArray &input = {});
    static inline QByteArray adminPassword = "demo1234";
};

TestCli::Run TestCli::run(const QStringList &arguments, const QByteArray &input) {
    static const QStringList kSignedIn = {QStringLiteral("print"), QStringLiteral("report"),
                                          QStringLiteral("import"), QStringLiteral("export"),
                                          QStringLiteral("anonymise")};
    const bool signsIn = std::any_of(kSignedIn.cbegin(), kSignedIn.cend(),
                                     [&](const QString &c) { return arguments.contains(c); });
    if (!signsIn)
        return runAsGiven(arguments, input);
    return runAsGiven(arguments + QStringList{QStringLiteral("--as"), QStringLiteral("admin")},
                      adminPassword + '\n' + input);
}

TestCli::Run TestCli::runAsGiven(const QStringList &arguments, const QByteArray &input) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LINLI_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LINLI_CLI), arguments);
    if (!input.isEmpty()) {
        process.waitForStarted();
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("no command") << QStringList{} << 2 << "Commands:";
    QTest::newRow("unknown command")
        << QStringList{"--db", "x.db", "frobnicate"} << 2 << "unknown command";
    QTest::newRow("backup without target")
        << QStringList{"--db", "x.db", "backup"} << 2 << "wrong arguments";
    QTest::newRow("bad scale") << QStringList{"--db", "x.db", "demo", "--scale", "city"} << 2
                               << "unknown scale";
}

void TestCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    QTemporaryDir dir;
    QDir::setCurrent(dir.path());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(stderrPart), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
}

void TestCli::refusesBadFiles_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("missing file") << 0 << "There is no database";
    QTest::newRow("corrupt file") << 1 << "is not a Linli database";
    QTest::newRow("newer schema") << 2 << "newer version of Linli";
    QTest::newRow("a folder") << 3 << "is a folder";
}

void TestCli::refusesBadFiles() {
    QFETCH(int, kind);
    QFETCH(QString, stderrPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    if (kind == 1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is a spreadsheet, not a database").repeated(100));
    } else if (kind == 2) {
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(linli::latestSchemaVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    } else if (kind == 3) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("office.linli")));
    }
    QByteArray before;
    if (kind == 1 || kind == 2) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    // A newer Linli's file opens read-only: reading commands work, init (which would bring it
    // up to date) is refused.
    const Run result = run({QStringLiteral("--db"), path,
                            kind == 2 ? QStringLiteral("init") : QStringLiteral("check")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("linli-cli: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(stderrPart), qPrintable(result.err));
    if (!before.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }
}

void TestCli::demoCheckBackup() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.linli"));
    const Run demo = run({QStringLiteral("--db"), path, QStringLiteral("demo")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.contains(QStringLiteral("13 compounds")), qPrintable(demo.out));

    const Run again = run({QStringLiteral("--db"), path, QStringLiteral("demo")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("holds a registry already")));

    const Run check = run({QStringLiteral("--db"), path, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(
                 QStringLiteral("intact, schema version %1").arg(linli::latestSchemaVersion())),
             qPrintable(check.out));

    const QString pdf = dir.filePath(QStringLiteral("log.pdf"));
    const Run print = run({QStringLiteral("--db"), path, QStringLiteral("print"),
                           QStringLiteral("duty-log"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(print.exitCode, 0);
    const QString logText = linli::test::squeezed(linli::test::pdfText(pdf));
    QVERIFY2(linli::test::misreadCharacters(logText).isEmpty(),
             qPrintable(linli::test::misreadCharacters(logText)));
    QVERIFY(linli::test::pdfHas(logText, QStringLiteral("值班日志")));
    // A demo's printout says so across the page.
    QVERIFY2(linli::test::pdfHas(logText, QStringLiteral("演示数据")), qPrintable(logText));
    const Run badDate =
        run({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("duty-log"),
             QStringLiteral("--date"), QStringLiteral("27/3/2025"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY(badDate.err.contains(QStringLiteral("is not a date")));

    const Run agreement =
        run({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("agreement"),
             QStringLiteral("--case"), QStringLiteral("2025-999"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(agreement.exitCode, 1);
    QVERIFY2(agreement.err.contains(QStringLiteral("There is no case 2025-999")),
             qPrintable(agreement.err));
    const Run noCase = run({QStringLiteral("--db"), path, QStringLiteral("print"),
                            QStringLiteral("cost-share"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(noCase.exitCode, 2);

    // The first closed case of the demo, bound as its case file.
    QString closedCase;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(QStringLiteral("SELECT year || '-' || seq, number FROM mediation_cases"
                                       " WHERE state = 'closed' ORDER BY id LIMIT 1"),
                        db);
        QVERIFY(query.next());
        closedCase = query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    const QString file = dir.filePath(QStringLiteral("file.pdf"));
    const Run caseFile =
        run({QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("case-file"),
             QStringLiteral("--case"), closedCase, QStringLiteral("--pdf"), file});
    QCOMPARE(caseFile.exitCode, 0);
    QVERIFY2(!caseFile.out.contains(QStringLiteral("Still missing")), qPrintable(caseFile.out));
    const QString text = linli::test::squeezed(linli::test::pdfText(file));
    QVERIFY2(linli::test::misreadCharacters(text).isEmpty(),
             qPrintable(linli::test::misreadCharacters(text)));
    for (const char *title :
         {"人民调解卷宗", "卷内目录", "人民调解受理登记表", "人民调解当事人权利义务告知书",
          "人民调解笔录", "人民调解回访记录", "人民调解结案报告表"})
        QVERIFY2(linli::test::pdfHas(text, QString::fromUtf8(title)), title);
    // The parties' names and phones left the program: the audit trail says who printed what.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(QStringLiteral("SELECT operator, changes FROM audit_log"
                                       " WHERE entity = 'mediation_case' AND action = 'reveal'"
                                       " ORDER BY id DESC LIMIT 1"),
                        db);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("刘佳梅")); // the account logged in
        QVERIFY2(query.value(1).toString().contains(QStringLiteral("case_file")),
                 qPrintable(query.value(1).toString()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));

    // The month's work report.
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    const Run monthly =
        run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("monthly"),
             QStringLiteral("--month"), QDate::currentDate().toString(QStringLiteral("yyyy-MM")),
             QStringLiteral("--pdf"), report});
    QCOMPARE(monthly.exitCode, 0);
    const QString reportText = linli::test::squeezed(linli::test::pdfText(report));
    QVERIFY2(linli::test::misreadCharacters(reportText).isEmpty(),
             qPrintable(linli::test::misreadCharacters(reportText)));
    QVERIFY2(linli::test::pdfHas(reportText, QStringLiteral("月度工作报告")),
             qPrintable(reportText));
    QVERIFY(linli::test::pdfHas(reportText, QStringLiteral("近六个月趋势")));
    QCOMPARE(
        run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("monthly"),
             QStringLiteral("--month"), QStringLiteral("March"), QStringLiteral("--pdf"), report})
            .exitCode,
        2);

    // The hygiene pacts of a whole compound in one PDF, each building from a new page.
    const QString pacts = dir.filePath(QStringLiteral("pacts.pdf"));
    const Run compound = run({QStringLiteral("--db"), path, QStringLiteral("print"),
                              QStringLiteral("pact"), QStringLiteral("--compound"),
                              QStringLiteral("明珠花园"), QStringLiteral("--pdf"), pacts});
    QCOMPARE(compound.exitCode, 0);
    const QString pactText = linli::test::squeezed(linli::test::pdfText(pacts));
    QVERIFY2(linli::test::misreadCharacters(pactText).isEmpty(),
             qPrintable(linli::test::misreadCharacters(pactText)));
    QVERIFY(linli::test::pdfHas(pactText, QStringLiteral("楼栋卫生公约")));
    QVERIFY(linli::test::pdfHas(pactText, QStringLiteral("住户签名确认")));
    const Run noBuilding = run({QStringLiteral("--db"), path, QStringLiteral("print"),
                                QStringLiteral("pact"), QStringLiteral("--building"),
                                QStringLiteral("明珠花园/99栋"), QStringLiteral("--pdf"), pacts});
    QCOMPARE(noBuilding.exitCode, 1);
    QVERIFY2(noBuilding.err.contains(QStringLiteral("There is no building 明珠花园/99栋")),
             qPrintable(noBuilding.err));
    const Run neither = run({QStringLiteral("--db"), path, QStringLiteral("print"),
                             QStringLiteral("pact"), QStringLiteral("--pdf"), pacts});
    QCOMPARE(neither.exitCode, 2);

    // A forgotten administrator's password, set anew from the command line (read from stdin).
    const Run shortPassword = run({QStringLiteral("--db"), path, QStringLiteral("reset-password"),
                                   QStringLiteral("--user"), QStringLiteral("admin")},
                                  "short\n");
    QCOMPARE(shortPassword.exitCode, 1);
    QVERIFY(shortPassword.err.contains(QStringLiteral("at least 8")));
    const Run reset = run({QStringLiteral("--db"), path, QStringLiteral("reset-password"),
                           QStringLiteral("--user"), QStringLiteral("admin")},
                          "a-new-start\n");
    QCOMPARE(reset.exitCode, 0);
    QVERIFY2(reset.out.contains(QStringLiteral("admin")), qPrintable(reset.out));
    adminPassword = "a-new-start";
    const auto demoPasswordAgain = qScopeGuard([] { adminPassword = "demo1234"; });
    const Run nobody = run({QStringLiteral("--db"), path, QStringLiteral("reset-password"),
                            QStringLiteral("--user"), QStringLiteral("nobody")},
                           "a-new-start\n");
    QCOMPARE(nobody.exitCode, 1);

    // Residents gone longer than the retention period lose their names; run twice, none more.
    const Run anonymised =
        run({QStringLiteral("--db"), path, QStringLiteral("anonymise"), QStringLiteral("due")});
    QCOMPARE(anonymised.exitCode, 0);
    QVERIFY2(anonymised.out.contains(QStringLiteral("anonymised")), qPrintable(anonymised.out));
    const Run secondRun =
        run({QStringLiteral("--db"), path, QStringLiteral("anonymise"), QStringLiteral("due")});
    QVERIFY2(secondRun.out.startsWith(QStringLiteral("0 ")), qPrintable(secondRun.out));

    // A backup restored in place of the file; the file it replaced is kept.
    const QString snapshot = dir.filePath(QStringLiteral("snapshot.linli"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("backup"), snapshot}).exitCode, 0);
    const Run restored = run({QStringLiteral("--db"), path, QStringLiteral("restore"), snapshot});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.contains(QStringLiteral("is kept as")), qPrintable(restored.out));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode, 0);
    // Not while someone works on the file: the lock names them.
    {
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QStringLiteral("zhoumin\n%1\n%2\n2025-03-27T08:00:00\n")
                       .arg(QSysInfo::machineHostName())
                       .arg(QCoreApplication::applicationPid())
                       .toUtf8());
    }
    const Run held = run({QStringLiteral("--db"), path, QStringLiteral("restore"), snapshot});
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.err.contains(QStringLiteral("open in Linli by zhoumin")), qPrintable(held.err));
    QFile::remove(path + QStringLiteral(".lock"));
    const Run notABackup = run({QStringLiteral("--db"), path, QStringLiteral("restore"), pdf});
    QCOMPARE(notABackup.exitCode, 1);
    QVERIFY(notABackup.err.contains(QStringLiteral("Not restored")));

    const QString copy = dir.filePath(QStringLiteral("copy.linli"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("backup"), copy}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode, 0);
    const Run twice = run({QStringLiteral("--db"), path, QStringLiteral("backup"), copy});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains(QStringLiteral("exists already")));
}

// Every document linli-cli prints, for every case of the demo that has it and every compound:
// its text, as a user searching or copying out of the PDF gets it, holds no radical,
// compatibility ideograph or 戶 where the ideograph was printed (Noto CJK shares their glyphs,
// and a PDF writer names a glyph by its lowest code point).
void TestCli::everyPrintedDocumentReadsAsPrinted() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.linli"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
    QList<QStringList> prints = {{QStringLiteral("print"), QStringLiteral("duty-log")},
                                 {QStringLiteral("report"), QStringLiteral("monthly"),
                                  QStringLiteral("--month"),
                                  QDate::currentDate().toString(QStringLiteral("yyyy-MM"))}};
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kinds"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const auto each = [&](const QString &statement, const QStringList &command) {
            QSqlQuery query(statement, db);
            while (query.next())
                prints << command + QStringList{query.value(0).toString()};
        };
        each(QStringLiteral("SELECT year || '-' || seq FROM mediation_cases"),
             {QStringLiteral("print"), QStringLiteral("case-file"), QStringLiteral("--case")});
        each(QStringLiteral("SELECT c.year || '-' || c.seq FROM mediation_cases c"
                            " WHERE EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id)"),
             {QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--case")});
        each(QStringLiteral("SELECT c.year || '-' || c.seq FROM mediation_cases c"
                            " WHERE EXISTS (SELECT 1 FROM cost_shares s WHERE s.case_id = c.id)"),
             {QStringLiteral("print"), QStringLiteral("cost-share"), QStringLiteral("--case")});
        each(QStringLiteral("SELECT DISTINCT c.name FROM compounds c"
                            " JOIN buildings b ON b.compound_id = c.id"
                            " JOIN pacts p ON p.building_id = b.id"),
             {QStringLiteral("print"), QStringLiteral("pact"), QStringLiteral("--compound")});
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kinds"));
    QSet<QString> kinds;
    for (const QStringList &command : std::as_const(prints)) {
        const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
        const Run printed =
            run(QStringList{QStringLiteral("--db"), path} + command + QStringList{"--pdf", pdf});
        const QString what = command.join(u' ');
        QVERIFY2(printed.exitCode == 0, qPrintable(what + QStringLiteral(": ") + printed.err));
        const QString text = linli::test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("演示数据")), qPrintable(what));
        QVERIFY2(linli::test::misreadCharacters(text).isEmpty(),
                 qPrintable(what + QStringLiteral(": ") + linli::test::misreadCharacters(text)));
        kinds.insert(command.at(1));
    }
    QCOMPARE(kinds.size(), 6);
}

void TestCli::worksInOneCommunityOfSeveral() {
    // The demo's community and a second one, 东风社区, with one resident: --community keeps a
    // command to that community, and names the ones there are when it is not one of them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("street.linli"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
    {
        auto db = linli::Database::open(path, linli::Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = (*db)->connection();
        for (const QString &statement :
             {QStringLiteral("INSERT INTO communities (name, subdistrict, district)"
                             " VALUES ('东风社区', '宝塔街道', '岳塘区')"),
              QStringLiteral("INSERT INTO compounds (community_id, name, kind)"
                             " SELECT max(id), '东风新村', 'old' FROM communities"),
              QStringLiteral("INSERT INTO buildings (compound_id, name)"
                             " SELECT max(id), '1栋' FROM compounds"),
              QStringLiteral("INSERT INTO units (building_id, name) SELECT max(id), '1单元'"
                             " FROM buildings"),
              QStringLiteral("INSERT INTO households (unit_id, room, address)"
                             " SELECT max(id), '101', '东风新村1栋1单元101' FROM units"),
              QStringLiteral("INSERT INTO residents (household_id, name, name_pinyin,"
                             " name_initials, sort_key, gender, relation, search_text)"
                             " SELECT max(id), '李秀英', 'lixiuying', 'lxy', 'lixiuying', 'female',"
                             " 'head', '李秀英' FROM households")})
            QVERIFY2(linli::sql::Statement::run(c, statement), qPrintable(statement));
    }
    const QString csv = dir.filePath(QStringLiteral("dongfeng.csv"));
    const Run exported = run({QStringLiteral("--db"), path, QStringLiteral("--community"),
                              QStringLiteral("东风社区"), QStringLiteral("export"),
                              QStringLiteral("residents"), csv});
    QCOMPARE(exported.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(file.readAll());
    QVERIFY2(rows.contains(QStringLiteral("李秀英")), qPrintable(rows));
    QCOMPARE(rows.trimmed().split(u'\n').size(), 2); // the header and her

    const QString pdf = dir.filePath(QStringLiteral("log.pdf"));
    const Run log = run({QStringLiteral("--db"), path, QStringLiteral("--community"),
                         QStringLiteral("东风社区"), QStringLiteral("print"),
                         QStringLiteral("duty-log"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(log.exitCode, 0);
    const QString logText = linli::test::squeezed(linli::test::pdfText(pdf));
    QVERIFY2(linli::test::misreadCharacters(logText).isEmpty(),
             qPrintable(linli::test::misreadCharacters(logText)));
    QVERIFY2(linli::test::pdfHas(logText, QStringLiteral("东风社区居民委员会")),
             qPrintable(logText));

    // A roster is one community's: the whole sub-district is asked which; in 东风社区 the
    // roster's compounds are new (the demo's 明珠花园 is 红旗社区's).
    const QString roster = QStringLiteral(TEST_DATA_DIR "/roster-libxlsxwriter.xlsx");
    const Run whole = run({QStringLiteral("--db"), path, QStringLiteral("import"),
                           QStringLiteral("residents"), roster, QStringLiteral("--dry-run")});
    QCOMPARE(whole.exitCode, 1);
    QVERIFY2(whole.err.contains(QStringLiteral("several communities")), qPrintable(whole.err));
    const Run inDongfeng = run({QStringLiteral("--db"), path, QStringLiteral("--community"),
                                QStringLiteral("东风社区"), QStringLiteral("import"),
                                QStringLiteral("residents"), roster, QStringLiteral("--dry-run")});
    QVERIFY2(inDongfeng.out.contains(QStringLiteral("New compounds: 明珠花园, 新建小区")),
             qPrintable(inDongfeng.out + inDongfeng.err));

    const Run unknown = run({QStringLiteral("--db"), path, QStringLiteral("--community"),
                             QStringLiteral("西山社区"), QStringLiteral("export"),
                             QStringLiteral("residents"), csv});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no community named 西山社区")) &&
                 unknown.err.contains(QStringLiteral("东风社区")),
             qPrintable(unknown.err));
}

void TestCli::importAndExportResidents() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.linli"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
    const QString roster = QStringLiteral(TEST_DATA_DIR "/roster-libxlsxwriter.xlsx");
    auto count = [&] {
        auto db = linli::Database::open(path, linli::Database::Mode::OpenExisting);
        return linli::sql::Statement::single((*db)->connection(),
                                             QStringLiteral("SELECT count(*) FROM residents"))
            ->toInt();
    };

    // A dry run reports every row with an error and writes nothing.
    const Run dry = run({QStringLiteral("--db"), path, QStringLiteral("import"),
                         QStringLiteral("residents"), roster, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains(QStringLiteral("3 new, 0 to update, 0 unchanged, 5 with errors")),
             qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("Row 5: Excel turned the ID number")));
    QVERIFY(dry.out.contains(QStringLiteral("New compounds: 明珠花园, 新建小区")));
    QCOMPARE(count(), 0);
    // Errors stop the import...
    const Run stopped = run({QStringLiteral("--db"), path, QStringLiteral("import"),
                             QStringLiteral("residents"), roster});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY(stopped.err.contains(QStringLiteral("--skip-errors")));
    QCOMPARE(count(), 0);
    // ...unless they are left out; a database with no community needs its name.
    const Run noCommunity =
        run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("residents"),
             roster, QStringLiteral("--skip-errors")});
    QCOMPARE(noCommunity.exitCode, 1);
    QVERIFY(noCommunity.err.contains(QStringLiteral("community")));
    const Run skipped = run({QStringLiteral("--db"), path, QStringLiteral("import"),
                             QStringLiteral("residents"), roster, QStringLiteral("--skip-errors"),
                             QStringLiteral("--community"), QStringLiteral("明珠社区")});
    QVERIFY2(skipped.out.contains(QStringLiteral("3 added, 0 updated, 6 places created")),
             qPrintable(skipped.out + skipped.err));
    QCOMPARE(count(), 3);

    // The export reads back: importing it again changes nothing, and exits 0.
    const QString exported = dir.filePath(QStringLiteral("residents.csv"));
    const Run exportRun = run({QStringLiteral("--db"), path, QStringLiteral("export"),
                               QStringLiteral("residents"), exported, QStringLiteral("--full")});
    QCOMPARE(exportRun.exitCode, 0);
    QVERIFY(exportRun.out.contains(QStringLiteral("3 resident")));
    const Run back = run({QStringLiteral("--db"), path, QStringLiteral("import"),
                          QStringLiteral("residents"), exported});
    QCOMPARE(back.exitCode, 0);
    QVERIFY2(back.out.contains(QStringLiteral("0 new, 0 to update, 3 unchanged, 0 with errors")),
             qPrintable(back.out));

    const QString templ = dir.filePath(QStringLiteral("template.xlsx"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("template"),
                  QStringLiteral("residents"), templ})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(templ));
    const Run notRoster = run({QStringLiteral("--db"), path, QStringLiteral("import"),
                               QStringLiteral("residents"), path});
    QCOMPARE(notRoster.exitCode, 1);
}

// In a database with accounts, a command that shows or changes people's data logs in: without
// an account, or with a wrong password, it is refused with nothing written; a role that may not
// is refused in core; the audit names the account, never a name given on the command line. A
// job that needs only the file is recorded as the system user who ran it.
void TestCli::commandsOnPeoplesDataLogIn() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.linli"));
    QCOMPARE(runAsGiven({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("residents.csv"));
    const QStringList exportFull = {QStringLiteral("--db"),      path, QStringLiteral("export"),
                                    QStringLiteral("residents"), csv,  QStringLiteral("--full")};

    const Run nobody = runAsGiven(exportFull);
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains(QStringLiteral("say who you are with --as USERNAME")),
             qPrintable(nobody.err));
    QVERIFY(!QFile::exists(csv));
    const Run wrong = runAsGiven(
        exportFull + QStringList{QStringLiteral("--as"), QStringLiteral("admin")}, "guess\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("The username or password is wrong.")),
             qPrintable(wrong.err));
    QVERIFY(!QFile::exists(csv));
    const Run head = runAsGiven(
        exportFull + QStringList{QStringLiteral("--as"), QStringLiteral("head")}, "demo1234\n");
    QCOMPARE(head.exitCode, 1);
    QVERIFY2(head.err.contains(QStringLiteral("王建国 works as office head (read only), who may "
                                              "not export lists of residents.")),
             qPrintable(head.err));
    QVERIFY(!QFile::exists(csv));
    const Run admin = runAsGiven(
        exportFull + QStringList{QStringLiteral("--as"), QStringLiteral("admin")}, "demo1234\n");
    QCOMPARE(admin.exitCode, 0);
    QVERIFY(QFile::exists(csv));

    const Run reset = runAsGiven({QStringLiteral("--db"), path, QStringLiteral("reset-password"),
                                  QStringLiteral("--user"), QStringLiteral("duty")},
                                 "a-new-start\n");
    QCOMPARE(reset.exitCode, 0);
    {
        auto database = linli::Database::open(path);
        QVERIFY(database);
        auto rows = linli::sql::Statement::run(
            (*database)->connection(),
            QStringLiteral("SELECT operator, entity FROM audit_log WHERE entity IN"
                           " ('residents_export', 'account') ORDER BY id DESC LIMIT 2"));
        QVERIFY(rows);
        QStringList seen;
        while (rows->next())
            seen << rows->text("entity") + u':' + rows->text("operator");
        QVERIFY2(seen.size() == 2, qPrintable(seen.join(u' ')));
        QVERIFY2(seen.at(0).startsWith(QStringLiteral("account:linli-cli (system user ")),
                 qPrintable(seen.join(u' ')));
        QVERIFY2(seen.at(1) == QStringLiteral("residents_export:刘佳梅"),
                 qPrintable(seen.join(u' ')));
    }
    // No name is taken on trust: --operator is gone.
    const Run named = runAsGiven(
        exportFull + QStringList{QStringLiteral("--operator"), QStringLiteral("刘佳梅")});
    QCOMPARE(named.exitCode, 1);
    QVERIFY2(named.err.contains(QStringLiteral("Unknown option 'operator'")),
             qPrintable(named.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
