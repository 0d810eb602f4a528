#include "demo/demogenerator.h"
#include "mediation/mediationservice.h"
#include "registry/idnumber.h"
#include "storage/statement.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QTest>

using namespace linli;

class TestDemoGenerator final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void communityScale();
    void deterministic();
    void everyIdNumberAndPhoneIsValid();
    void closedCasesHaveCompleteFiles();

private:
    static QByteArray fingerprint(Database &db);
};

QByteArray TestDemoGenerator::fingerprint(Database &db) {
    auto rows = sql::Statement::run(
        db.connection(),
        QStringLiteral("SELECT r.name, r.id_number, r.mobile, h.address FROM residents r"
                       " JOIN households h ON h.id = r.household_id ORDER BY r.id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (rows->next()) {
        for (const char *column : {"name", "id_number", "mobile", "address"})
            hash.addData(rows->text(column).toUtf8());
    }
    return hash.result();
}

void TestDemoGenerator::communityScale() {
    test::TestDatabase db;
    DemoGenerator generator(*db, DemoGenerator::Scale::Community);
    const auto summary = generator.generate(QDateTime(QDate(2025, 3, 27), QTime(16, 0)));
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->compounds, 13);
    QCOMPARE(summary->buildings, 60);
    QVERIFY(summary->households > 1800 && summary->households < 2200);
    QVERIFY(summary->residents > 4500 && summary->residents < 6000);
    const auto kinds = sql::Statement::single(
        db->connection(), QStringLiteral("SELECT count(DISTINCT kind) FROM compounds"));
    QCOMPARE(kinds->toInt(), 5);
    const auto names = sql::Statement::single(
        db->connection(),
        QStringLiteral("SELECT count(*) FROM compounds WHERE name IN"
                       " ('明珠花园', '检察院小区', '地勘佳苑81号小区', '商贸城')"));
    QCOMPARE(names->toInt(), 4);
    for (const char *table : {"grids", "staff", "neighbour_heads", "group_members"}) {
        const auto count = sql::Statement::single(
            db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY2(count->toInt() > 0, table);
    }
    const auto elders = sql::Statement::single(
        db->connection(), QStringLiteral("SELECT count(*) FROM residents WHERE elderly_alone = 1"));
    QVERIFY(elders->toInt() > 10);
    // Co-governance: pacts in old compounds, mostly signed, and inspections, some failed.
    QVERIFY(summary->pacts > 10);
    const auto signedShare = sql::Statement::single(
        db->connection(),
        QStringLiteral("SELECT 100 * (SELECT count(DISTINCT pact_id || '-' || household_id)"
                       " FROM pact_signatures) / (SELECT count(*) FROM households h"
                       " JOIN units u ON u.id = h.unit_id"
                       " WHERE u.building_id IN (SELECT building_id FROM pacts))"));
    QVERIFY2(signedShare->toInt() > 60, qPrintable(signedShare->toString()));
    const auto failed = sql::Statement::single(
        db->connection(), QStringLiteral("SELECT count(*) FROM inspections WHERE no_clutter = 0"));
    QVERIFY(failed->toInt() > 0);
    QVERIFY(db->fullCheck());
}

void TestDemoGenerator::closedCasesHaveCompleteFiles() {
    // The demo shows a year of cases; those it closed must be ones Linli would let close.
    test::TestDatabase db;
    const QDateTime now(QDate(2025, 3, 27), QTime(16, 0));
    db.clock().set(now);
    QVERIFY(DemoGenerator(*db, DemoGenerator::Scale::Community).generate(now));
    const MediationService service(*db);
    const auto cases = service.repository().cases(false);
    QVERIFY(cases);
    int closed = 0;
    int incomplete = 0;
    for (const MediationCase &c : *cases) {
        const auto contents = service.caseFile(c.id);
        QVERIFY(contents);
        const QStringList missing = CaseFile::missing(*contents, now);
        if (c.state == CaseState::Closed) {
            ++closed;
            QVERIFY2(missing.isEmpty(), qPrintable(c.number + u' ' + missing.join(u';')));
        } else if (!missing.isEmpty()) {
            ++incomplete;
        }
    }
    QVERIFY(closed > 20);
    QVERIFY(incomplete > 0); // open cases show what their files still need
    const auto averted = sql::Statement::single(
        db->connection(),
        QStringLiteral("SELECT count(*) FROM mediation_cases WHERE averted_criminal = 1"));
    QVERIFY(averted->toInt() > 0);
}

void TestDemoGenerator::deterministic() {
    test::TestDatabase first;
    test::TestDatabase second;
    QVERIFY(DemoGenerator(*first, DemoGenerator::Scale::Community)
                .generate(QDateTime(QDate(2025, 3, 27), QTime(16, 0))));
    QVERIFY(DemoGenerator(*second, DemoGenerator::Scale::Community)
                .generate(QDateTime(QDate(2025, 3, 27), QTime(16, 0))));
    QCOMPARE(fingerprint(*first), fingerprint(*second));
}

void TestDemoGenerator::everyIdNumberAndPhoneIsValid() {
    test::TestDatabase db;
    QVERIFY(DemoGenerator(*db, DemoGenerator::Scale::Community)
                .generate(QDateTime(QDate(2025, 3, 27), QTime(16, 0))));
    auto rows = sql::Statement::run(
        db->connection(),
        QStringLiteral("SELECT id_number, mobile, birth_date, gender FROM residents"));
    int checked = 0;
    while (rows->next()) {
        const auto facts = IdNumber::parse(rows->text("id_number"), QDate(2025, 3, 27));
        QVERIFY2(facts, qPrintable(rows->text("id_number")));
        QCOMPARE(facts->birthDate.toString(Qt::ISODate), rows->text("birth_date"));
        QCOMPARE(facts->gender == Gender::Male, rows->text("gender") == QStringLiteral("male"));
        const QString mobile = rows->text("mobile");
        if (!mobile.isEmpty())
            QVERIFY2(MobilePhone::validate(mobile), qPrintable(mobile));
        ++checked;
    }
    QVERIFY(checked > 4500);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
