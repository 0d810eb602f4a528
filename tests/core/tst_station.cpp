#include "aid/stationservice.h"
#include "common/reportmonth.h"
#include "documents/aiddocuments.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace linli;

/// The mutual-aid station: stock never below zero, stock by category, what sits too long, what
/// answers a wish, and the printed ledger.
class TestStation final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void takingMoreThanIsThereIsRefused_data();
    void takingMoreThanIsThereIsRefused();
    void stockByCategoryAndSittingLong();
    void suggestionsForAnItemWish();
    void theLedgerPrints();
    void aPastMonthsLedgerClosesWithThatMonthsStock();
};

namespace {

StationItem item(StationCategory category, const QString &description, int quantity,
                 QDate on = {}) {
    StationItem i;
    i.category = category;
    i.description = description;
    i.quantity = quantity;
    i.donorName = QStringLiteral("王阿姨");
    i.donatedOn = on;
    return i;
}

StationTake take(StationItemId id, int quantity, const QString &who = QStringLiteral("小李")) {
    StationTake t;
    t.itemId = id;
    t.quantity = quantity;
    t.takerName = who;
    return t;
}

} // namespace

void TestStation::takingMoreThanIsThereIsRefused_data() {
    QTest::addColumn<QList<int>>("takes");
    QTest::addColumn<QList<bool>>("accepted");
    QTest::addColumn<int>("left");
    QTest::newRow("one of five") << QList<int>{1} << QList<bool>{true} << 4;
    QTest::newRow("all five") << QList<int>{5} << QList<bool>{true} << 0;
    QTest::newRow("six of five") << QList<int>{6} << QList<bool>{false} << 5;
    QTest::newRow("three, then three") << QList<int>{3, 3} << QList<bool>{true, false} << 2;
    QTest::newRow("all, then one more") << QList<int>{5, 1} << QList<bool>{true, false} << 0;
    QTest::newRow("none") << QList<int>{0} << QList<bool>{false} << 5;
}

void TestStation::takingMoreThanIsThereIsRefused() {
    QFETCH(QList<int>, takes);
    QFETCH(QList<bool>, accepted);
    QFETCH(int, left);
    test::TestDatabase db;
    StationService station(*db);
    const auto id = station.donate(item(StationCategory::Books, QStringLiteral("儿童绘本"), 5));
    QVERIFY2(id, qPrintable(id.error()));
    for (qsizetype i = 0; i < takes.size(); ++i) {
        const auto taken = station.take(take(*id, takes.at(i)));
        QCOMPARE(bool(taken), accepted.at(i));
        if (!taken && takes.at(i) > 0)
            QVERIFY2(taken.error().contains(QStringLiteral("left on the shelf")),
                     qPrintable(taken.error()));
    }
    QCOMPARE(station.repository().item(*id)->onHand, left);
    QVERIFY(station.repository().item(*id)->onHand >= 0);
}

void TestStation::stockByCategoryAndSittingLong() {
    test::TestDatabase db;
    StationService station(*db);
    const QDate today = db.clock().today();
    const auto books = station.donate(
        item(StationCategory::Books, QStringLiteral("小学三年级课外书"), 6, today.addDays(-120)));
    const auto toys = station.donate(
        item(StationCategory::Toys, QStringLiteral("积木一套"), 1, today.addDays(-100)));
    QVERIFY(station.donate(item(StationCategory::Books, QStringLiteral("字典"), 2)));
    QVERIFY(station.donate(
        item(StationCategory::Clothes, QStringLiteral("棉被"), 1, today.addDays(-10))));
    QVERIFY(!station.donate(item(StationCategory::Other, QStringLiteral("  "), 1)));
    QVERIFY(!station.donate(item(StationCategory::Other, QStringLiteral("雨伞"), 0)));
    QVERIFY(
        !station.donate(item(StationCategory::Other, QStringLiteral("雨伞"), 1, today.addDays(1))));
    QVERIFY(station.take(take(*books, 2)));
    QVERIFY(station.take(take(*toys, 1)));

    const auto stock = *station.repository().stock();
    QCOMPARE(stock.value(StationCategory::Books), 6);
    QCOMPARE(stock.value(StationCategory::Toys), 0);
    QCOMPARE(stock.value(StationCategory::Clothes), 1);
    // Over 90 days on the shelf: the books (the toys are gone).
    const auto old = *station.sittingLong(StationService::longOnShelfDays);
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.first().description, QStringLiteral("小学三年级课外书"));
    QCOMPARE(station.repository().items(true)->size(), 3);
    QCOMPARE(station.repository().items(false)->size(), 4);
}

void TestStation::suggestionsForAnItemWish() {
    test::TestDatabase db;
    StationService station(*db);
    QVERIFY(station.donate(item(StationCategory::Books, QStringLiteral("小学三年级课外书"), 3)));
    QVERIFY(station.donate(item(StationCategory::Clothes, QStringLiteral("冬季棉被"), 1)));
    const auto toys = station.donate(item(StationCategory::Toys, QStringLiteral("毛绒玩具"), 1));
    QVERIFY(station.take(take(*toys, 1)));
    Wish wish;
    wish.kind = WishKind::Item;
    wish.text = QStringLiteral("孙子来过暑假，想借几本三年级的课外书");
    auto found = *station.suggestionsFor(wish);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().description, QStringLiteral("小学三年级课外书"));
    wish.text = QStringLiteral("冬天快到了，想要一床厚一点的棉被");
    found = *station.suggestionsFor(wish);
    QCOMPARE(found.first().description, QStringLiteral("冬季棉被"));
    // Nothing on the shelf answers it: the toys are gone.
    wish.text = QStringLiteral("家里孩子多，想要些旧玩具");
    found = *station.suggestionsFor(wish);
    for (const StationItem &i : found)
        QVERIFY(i.description != QStringLiteral("毛绒玩具"));
    // Help is not found on a shelf.
    wish.kind = WishKind::Help;
    QVERIFY(station.suggestionsFor(wish)->isEmpty());
}

void TestStation::theLedgerPrints() {
    test::TestDatabase db;
    StationService station(*db);
    const QDate today = db.clock().today();
    const auto books = station.donate(
        item(StationCategory::Books, QStringLiteral("小学三年级课外书"), 6, today.addDays(-3)));
    StationItem anonymous = item(StationCategory::Clothes, QStringLiteral("冬季棉被"), 2);
    anonymous.donorName.clear();
    QVERIFY(station.donate(anonymous));
    QVERIFY(station.take(take(*books, 2, QStringLiteral("刘桂英"))));
    const auto lines = *station.repository().ledger(today.addDays(-30), today);
    QCOMPARE(lines.size(), 3);
    OfficeIdentity office;
    office.community = QStringLiteral("红旗社区居民委员会");
    auto document = AidDocuments::stationLedger(lines, *station.repository().stock(), office,
                                                today.addDays(-30), today);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("邻里互助站物品台账")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const QString &expected :
         {QStringLiteral("邻里互助站物品台账"), QStringLiteral("本期捐入8件，领取2件"),
          QStringLiteral("小学三年级课外书"), QStringLiteral("刘桂英"), QStringLiteral("匿名"),
          QStringLiteral("图书4件"), QStringLiteral("衣物2件")})
        QVERIFY2(test::pdfHas(text, expected), qPrintable(expected + u'\n' + text));
}

// Last month's ledger, printed in the first days of this one: its lines and the stock as it
// stood on its last day, not today's.
void TestStation::aPastMonthsLedgerClosesWithThatMonthsStock() {
    test::TestDatabase db;
    StationService station(*db);
    const QDate today = db.clock().today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate lastMonth = ReportMonth::defaultFor(thisMonth.addDays(4));
    QCOMPARE(lastMonth, thisMonth.addMonths(-1));
    QCOMPARE(ReportMonth::defaultFor(thisMonth.addDays(10)), thisMonth);
    const QDate lastDay = ReportMonth::lastDay(lastMonth, today);
    QCOMPARE(lastDay, thisMonth.addDays(-1));

    const auto books = station.donate(
        item(StationCategory::Books, QStringLiteral("课外书"), 5, lastMonth.addDays(3)));
    QVERIFY2(books, qPrintable(books.error()));
    StationTake before = take(*books, 2);
    before.takenOn = lastMonth.addDays(9);
    QVERIFY(station.take(before));
    QVERIFY(station.take(take(*books, 1)));                                          // this month
    QVERIFY(station.donate(item(StationCategory::Toys, QStringLiteral("积木"), 1))); // this month

    const auto stock = station.repository().stockOn(lastDay);
    QVERIFY2(stock, qPrintable(stock.error()));
    QCOMPARE(stock->value(StationCategory::Books), 3);
    QCOMPARE(stock->value(StationCategory::Toys), 0);
    const auto lines = station.repository().ledger(lastMonth, lastDay);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(station.repository().stock()->value(StationCategory::Books), 2);
}

QTEST_MAIN(TestStation)
#include "tst_station.moc"
