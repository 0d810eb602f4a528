#include "registry/registryservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "support/registryfixture.h"

#include <QProcess>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace linli;

/// What survives a full disk and a process killed in the middle of writing.
class TestDataSafety final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullDiskSaysSoAndHalfWritesNothing();
    void killedWriterKeepsEveryCommitAndNoHalfBatch();
    void secondOfTwoDesksSavingIsRefused_data();
    void secondOfTwoDesksSavingIsRefused();
};

void TestDataSafety::fullDiskSaysSoAndHalfWritesNothing() {
    LINLI_FILE_ONLY(); // the server has its own disk and says so (tst_serverdatabase)
    test::RegistryFixture f;
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    // The file may not grow: SQLite answers as it does on a full disk (SQLITE_FULL).
    const int pages = f.count(QStringLiteral("PRAGMA page_count"));
    QVERIFY(sql::Statement::run(f.db->connection(),
                                QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    Status failed = Status::success();
    int saved = 0;
    for (int i = 0; i < 2000 && failed; ++i) {
        Resident resident = f.resident(household, QStringLiteral("住户%1").arg(i), Gender::Female);
        resident.mobile = QStringLiteral("139%1").arg(i, 8, 10, QChar(u'0'));
        failed = f.registry.addResident(resident).status();
        if (failed)
            ++saved;
    }
    QVERIFY2(!failed, "the file never filled up");
    QVERIFY2(failed.error().contains(QStringLiteral("disk is full")), qPrintable(failed.error()));
    // Every resident saved is there with its audit entry; the one refused left nothing behind.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), saved);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resident'")),
             saved);
    QVERIFY(f.db->fullCheck());

    // Space freed, the same save goes through.
    QVERIFY(sql::Statement::run(f.db->connection(),
                                QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY(f.registry.addResident(f.resident(household, QStringLiteral("再试"), Gender::Male)));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), saved + 1);
}

void TestDataSafety::killedWriterKeepsEveryCommitAndNoHalfBatch() {
    LINLI_FILE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.linli"));
    QRandomGenerator random(20250327); // the same kills every run
    int lastReported = -1;
    for (int round = 0; round < 15; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(KILLED_WRITER), {path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Let it commit a few batches, then kill it wherever it is: mostly inside the next.
        const int commits = 1 + int(random.bounded(4));
        int seen = 0;
        while (seen < commits) {
            if (!writer.canReadLine())
                QVERIFY2(writer.waitForReadyRead(20000), qPrintable(writer.readAllStandardError()));
            while (writer.canReadLine()) {
                lastReported = writer.readLine().trimmed().toInt();
                ++seen;
            }
        }
        writer.kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint
        QVERIFY(writer.waitForFinished(20000));
        while (writer.canReadLine())
            lastReported = writer.readLine().trimmed().toInt();

        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        const Status sound = (*opened)->fullCheck();
        QVERIFY2(sound, qPrintable(sound.error()));
        // Keys probe.BATCH.ROW: rows per batch.
        auto keys = sql::Statement::run(
            (*opened)->connection(),
            QStringLiteral("SELECT key FROM settings WHERE key LIKE 'probe.%'"));
        QVERIFY(keys);
        QMap<int, int> rowsOf;
        while (keys->next())
            ++rowsOf[keys->text("key").section(u'.', 1, 1).toInt()];
        int expected = 0;
        for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it) {
            QCOMPARE(it.key(), expected++);
            QCOMPARE(it.value(), 40); // a batch is all there or not at all
        }
        // Every batch reported as committed is kept; at most the one in flight beyond it.
        QVERIFY2(expected - 1 >= lastReported, qPrintable(QString::number(expected)));
        QVERIFY(expected - 1 <= lastReported + 1);
    }
}

void TestDataSafety::secondOfTwoDesksSavingIsRefused_data() {
    QTest::addColumn<QString>("record");
    QTest::newRow("resident") << QStringLiteral("resident");
    QTest::newRow("compound") << QStringLiteral("compound");
    QTest::newRow("building") << QStringLiteral("building");
    QTest::newRow("stairwell unit") << QStringLiteral("unit");
}

void TestDataSafety::secondOfTwoDesksSavingIsRefused() {
    QFETCH(QString, record);
    test::RegistryFixture f;
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    const ResidentId resident =
        *f.registry.addResident(f.resident(household, QStringLiteral("张桂兰"), Gender::Female));
    // A second desk: its own connection to the same file, its own operator.
    auto other = Database::open(f.db.path(), Database::Mode::OpenExisting);
    QVERIFY2(other, qPrintable(other.error()));
    (*other)->setOperatorName(QStringLiteral("李娜"));
    RegistryService desk2(**other);
    RegistryService &desk1 = f.registry;
    const RegistryService *const one = &desk1;

    // Both open the record; desk 2 saves first; desk 1's save comes second and is refused.
    std::function<Status(RegistryService &, const QString &)> save;
    std::function<QString()> stored;
    if (record == QStringLiteral("resident")) {
        const Resident opened1 = *desk1.residents().resident(resident);
        const Resident opened2 = *desk2.residents().resident(resident);
        save = [=](RegistryService &desk, const QString &name) {
            Resident r = &desk == one ? opened1 : opened2;
            r.name = name;
            return desk.updateResident(r);
        };
        stored = [&] { return desk1.residents().resident(resident)->name; };
    } else if (record == QStringLiteral("compound")) {
        const Compound opened1 = *desk1.places().compound(f.compound);
        const Compound opened2 = *desk2.places().compound(f.compound);
        save = [=](RegistryService &desk, const QString &name) {
            Compound c = &desk == one ? opened1 : opened2;
            c.name = name;
            return desk.updateCompound(c);
        };
        stored = [&] { return desk1.places().compound(f.compound)->name; };
    } else if (record == QStringLiteral("building")) {
        const Building opened1 = *desk1.places().building(f.building);
        const Building opened2 = *desk2.places().building(f.building);
        save = [=](RegistryService &desk, const QString &name) {
            Building b = &desk == one ? opened1 : opened2;
            b.name = name;
            return desk.updateBuilding(b);
        };
        stored = [&] { return desk1.places().building(f.building)->name; };
    } else {
        const Unit opened1 = *desk1.places().unit(f.unit);
        const Unit opened2 = *desk2.places().unit(f.unit);
        save = [=](RegistryService &desk, const QString &name) {
            Unit u = &desk == one ? opened1 : opened2;
            u.name = name;
            return desk.updateUnit(u);
        };
        stored = [&] { return desk1.places().unit(f.unit)->name; };
    }
    const Status first = save(desk2, QStringLiteral("第二台"));
    QVERIFY2(first, qPrintable(first.error()));
    const Status second = save(desk1, QStringLiteral("第一台"));
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QStringLiteral("李娜")) &&
                 second.error().contains(QStringLiteral("after you opened it")),
             qPrintable(second.error()));
    QCOMPARE(stored(), QStringLiteral("第二台"));

    // Opened afresh, the record saves.
    if (record == QStringLiteral("resident")) {
        Resident again = *desk1.residents().resident(resident);
        again.name = QStringLiteral("第一台");
        QVERIFY(desk1.updateResident(again));
        QCOMPARE(stored(), QStringLiteral("第一台"));
    }
}

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
