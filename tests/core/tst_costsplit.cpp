#include "mediation/costsplit.h"

#include <QTest>

#include <numeric>

using namespace linli;

class TestCostSplit final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void manyHouseholdsAddUp_data();
    void manyHouseholdsAddUp();
    void floorAreasAsWeights();
    void refusals();
    void yuan_data();
    void yuan();
    void parseYuan_data();
    void parseYuan();
};

void TestCostSplit::split_data() {
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("parts");
    QTest::newRow("1 fen over 3") << qint64(1) << QList<qint64>{1, 1, 1} << QList<qint64>{1, 0, 0};
    QTest::newRow("100 over 3") << qint64(100) << QList<qint64>{1, 1, 1}
                                << QList<qint64>{34, 33, 33};
    QTest::newRow("2 fen over 3") << qint64(2) << QList<qint64>{1, 1, 1} << QList<qint64>{1, 1, 0};
    QTest::newRow("even") << qint64(120000) << QList<qint64>{1, 1, 1, 1}
                          << QList<qint64>{30000, 30000, 30000, 30000};
    QTest::newRow("weighted 2:1") << qint64(100) << QList<qint64>{2, 1} << QList<qint64>{67, 33};
    QTest::newRow("largest remainder wins")
        << qint64(10) << QList<qint64>{1, 2, 4} << QList<qint64>{1, 3, 6};
    QTest::newRow("zero") << qint64(0) << QList<qint64>{1, 1} << QList<qint64>{0, 0};
    QTest::newRow("one household") << qint64(99999) << QList<qint64>{3} << QList<qint64>{99999};
}

void TestCostSplit::split() {
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, parts);
    const auto result = CostSplit::byWeight(total, weights);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(*result, parts);
}

void TestCostSplit::manyHouseholdsAddUp_data() {
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("households");
    QTest::newRow("a septic repair over a unit of 14") << qint64(386700) << 14;
    QTest::newRow("awkward total over 7") << qint64(100001) << 7;
    QTest::newRow("1 fen over 97") << qint64(1) << 97;
    QTest::newRow("large over 1000") << qint64(987654321) << 1000;
    QTest::newRow("prime over 13") << qint64(1009) << 13;
}

void TestCostSplit::manyHouseholdsAddUp() {
    QFETCH(qint64, total);
    QFETCH(int, households);
    const auto parts = CostSplit::equally(total, households);
    QVERIFY(parts);
    QCOMPARE(parts->size(), households);
    QCOMPARE(std::accumulate(parts->begin(), parts->end(), qint64(0)), total);
    const auto [low, high] = std::minmax_element(parts->begin(), parts->end());
    QVERIFY(*high - *low <= 1); // nobody pays more than one fen above another
    // Weighted: 1, 2, 3, … still add up exactly.
    QList<qint64> weights;
    for (int i = 0; i < households; ++i)
        weights << 100 * (1 + i % 5);
    const auto weighted = CostSplit::byWeight(total, weights);
    QCOMPARE(std::accumulate(weighted->begin(), weighted->end(), qint64(0)), total);
}

void TestCostSplit::floorAreasAsWeights() {
    // Two flats of 89.5 m² and one of 59.67 m², in hundredths: the split follows the areas.
    const auto parts = CostSplit::byWeight(100000, {8950, 8950, 5967});
    QVERIFY(parts);
    QCOMPARE(std::accumulate(parts->begin(), parts->end(), qint64(0)), qint64(100000));
    // 37,499.48 fen, twice, and 25,001.05: the fen left over goes to the first of the two.
    QCOMPARE(*parts, (QList<qint64>{37500, 37499, 25001}));
    QCOMPARE(*CostSplit::parseWeight(QStringLiteral("89.5")), qint64(8950));
    QCOMPARE(*CostSplit::parseWeight(QStringLiteral(" 2 ")), qint64(200));
    QCOMPARE(*CostSplit::parseWeight(QStringLiteral("0.25")), qint64(25));
    for (const char *bad : {"-1", "0", "1.555", "abc", "", "1,5", "1000000"})
        QVERIFY2(!CostSplit::parseWeight(QString::fromLatin1(bad)), bad);
    QCOMPARE(CostSplit::weightText(8950), QStringLiteral("89.5"));
    QCOMPARE(CostSplit::weightText(200), QStringLiteral("2"));
    QCOMPARE(CostSplit::weightText(25), QStringLiteral("0.25"));
    QCOMPARE(CostSplit::weightText(5967), QStringLiteral("59.67"));
}

void TestCostSplit::refusals() {
    QVERIFY(!CostSplit::byWeight(100, {}));
    QVERIFY(!CostSplit::byWeight(-1, {1}));
    QVERIFY(!CostSplit::byWeight(100, {1, 0}));
    QVERIFY(!CostSplit::equally(100, 0));
}

void TestCostSplit::yuan_data() {
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("one fen") << qint64(1) << "0.01";
    QTest::newRow("thousands") << qint64(386700) << "3,867.00";
    QTest::newRow("millions") << qint64(123456789) << "1,234,567.89";
}

void TestCostSplit::yuan() {
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(CostSplit::yuan(fen), text);
}

void TestCostSplit::parseYuan_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen"); // -1: refused
    QTest::newRow("whole") << "3867" << qint64(386700);
    QTest::newRow("one decimal") << "3867.5" << qint64(386750);
    QTest::newRow("two decimals") << "0.01" << qint64(1);
    QTest::newRow("commas") << "1,234.56" << qint64(123456);
    QTest::newRow("three decimals") << "1.234" << qint64(-1);
    QTest::newRow("letters") << "12元" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestCostSplit::parseYuan() {
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto parsed = CostSplit::parseYuan(text);
    QCOMPARE(parsed.ok(), fen >= 0);
    if (fen >= 0)
        QCOMPARE(*parsed, fen);
}

QTEST_GUILESS_MAIN(TestCostSplit)
#include "tst_costsplit.moc"
