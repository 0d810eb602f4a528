#include "common/pagetexts.h"
#include "complaints/complaintcodes.h"
#include "storage/sql.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace linli;

// How the hot lists read their rows without a QString a value: UTF-8 views of the columns,
// stored moments, codes compared as they come, texts shared by the rows of a column of few
// values, and a page's free texts in one block. On both engines.
class TestReadingRows final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columnsReadAsStored();
    void textsOfFewValuesAreShared();
    void codesReadFromEitherEncoding_data();
    void codesReadFromEitherEncoding();
    void pageTextsGiveBackEachText();
};

void TestReadingRows::columnsReadAsStored() {
    test::TestDatabase database;
    auto rows = sql::select(database->connection(), QStringLiteral("SELECT ?, ?, ?, ?"),
                            {QStringLiteral("2025-03-27T10:00:00"), QStringLiteral("滨江安置区2栋"),
                             QVariant(), QString()});
    QVERIFY(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->moment(0).toDateTime(), QDateTime(QDate(2025, 3, 27), QTime(10, 0)));
    QCOMPARE(rows->utf8(1).toString(), QStringLiteral("滨江安置区2栋"));
    QVERIFY(rows->utf8(2).isEmpty());
    QVERIFY(rows->moment(2).isNull());
    QVERIFY(rows->utf8(3).isEmpty());
    QVERIFY(!rows->next());
    QVERIFY(rows->status());
}

void TestReadingRows::textsOfFewValuesAreShared() {
    test::TestDatabase database;
    auto rows = sql::select(
        database->connection(),
        QStringLiteral("SELECT ? UNION ALL SELECT ? UNION ALL SELECT ? UNION ALL SELECT ?"),
        {QStringLiteral("噪音"), QStringLiteral("卫生"), QStringLiteral("噪音"), QVariant()});
    QVERIFY(rows);
    sql::SharedTexts shared;
    QStringList texts;
    while (rows->next())
        texts << rows->text(0, shared);
    QVERIFY(rows->status());
    QCOMPARE(texts, (QStringList{"噪音", "卫生", "噪音", QString()}));
    QVERIFY(texts.at(0).isSharedWith(texts.at(2))); // one QString for the two rows
    QVERIFY(!texts.at(0).isSharedWith(texts.at(1)));
}

void TestReadingRows::codesReadFromEitherEncoding_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<ComplaintState>("state");
    QTest::newRow("closed") << QStringLiteral("closed") << ComplaintState::Closed;
    QTest::newRow("in progress") << QStringLiteral("in_progress") << ComplaintState::InProgress;
    QTest::newRow("a prefix is not the code")
        << QStringLiteral("close") << ComplaintState::Registered;
    QTest::newRow("nor a longer word") << QStringLiteral("closedx") << ComplaintState::Registered;
    QTest::newRow("unknown") << QStringLiteral("已关闭") << ComplaintState::Registered;
    QTest::newRow("empty") << QString() << ComplaintState::Registered;
}

void TestReadingRows::codesReadFromEitherEncoding() {
    QFETCH(QString, code);
    QFETCH(ComplaintState, state);
    const QByteArray utf8 = code.toUtf8();
    QCOMPARE(codes::stateFrom(code), state);
    QCOMPARE(codes::stateFrom(QUtf8StringView(utf8)), state);
}

void TestReadingRows::pageTextsGiveBackEachText() {
    PageTexts texts;
    const QByteArray name = QStringLiteral("王海").toUtf8();
    const QByteArray place = QStringLiteral("学府小区2栋3单元502").toUtf8();
    const TextSpan first = texts.add(QUtf8StringView(name));
    const TextSpan none = texts.add(QUtf8StringView());
    const TextSpan second = texts.add(QUtf8StringView(place));
    const QByteArray block = texts.block();
    QCOMPARE(PageTexts::text(block, first), QStringLiteral("王海"));
    QVERIFY(PageTexts::text(block, none).isEmpty());
    QCOMPARE(PageTexts::text(block, second), QStringLiteral("学府小区2栋3单元502"));
}

QTEST_GUILESS_MAIN(TestReadingRows)
#include "tst_readingrows.moc"
