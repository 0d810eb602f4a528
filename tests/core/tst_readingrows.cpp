#include "complaints/complaintcodes.h"
#include "storage/statement.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace linli;

// How a statement binds its values by name and gives its columns back by name: moments, days
// and flags as they are stored, NULLs, a name used twice, one text reused with new values and
// read inside its own loop, writes run while a list is read. And how the hot lists read codes
// and a page's free texts. On both engines.
class TestReadingRows final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columnsReadAsStored();
    void nullsReadAsNothing();
    void aNameUsedTwiceTakesOneValue();
    void colonsThatAreNotMarkersStayText();
    void aListIsReadInsideItsOwnLoop();
    void writesInsideALoopOverAListLoseNoRow();
    void codesReadFromEitherEncoding_data();
    void codesReadFromEitherEncoding();
};

namespace {
/// 1, 2 and 3, from :least on (all of them for 0): a list on either engine without a table.
const QString kNumbers =
    QStringLiteral("SELECT n FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) AS numbers"
                   " WHERE :least = 0 OR n >= :least ORDER BY n");

QList<qint64> numbersFrom(const QSqlDatabase &db, int least) {
    QList<qint64> numbers;
    auto q = sql::Statement::run(db, kNumbers, {{"least", least}});
    if (!q)
        return {-1};
    while (q->next())
        numbers << q->integer("n");
    if (!q->status())
        return {-1};
    return numbers;
}
} // namespace

void TestReadingRows::columnsReadAsStored() {
    test::TestDatabase database;
    const QDateTime at(QDate(2025, 3, 27), QTime(10, 0, 5));
    auto q = sql::Statement::run(
        database->connection(),
        QStringLiteral("SELECT :at AS at, :day AS day, :place AS place, :flag_on AS flag_on,"
                       " :flag_off AS flag_off, :households AS households, :share AS share"),
        {{"at", at},
         {"day", QDate(2025, 3, 1)},
         {"place", QStringLiteral("滨江安置区2栋")},
         {"flag_on", true},
         {"flag_off", false},
         {"households", 56000},
         {"share", 0.25}});
    QVERIFY2(q, qPrintable(q.error()));
    QVERIFY(q->next());
    // Moments and days go in as their ISO text, which both engines compare and sort as text.
    QCOMPARE(q->text("at"), QStringLiteral("2025-03-27T10:00:05"));
    QCOMPARE(q->moment("at"), at);
    QCOMPARE(q->text("day"), QStringLiteral("2025-03-01"));
    QCOMPARE(q->date("day"), QDate(2025, 3, 1));
    QCOMPARE(q->text("place"), QStringLiteral("滨江安置区2栋"));
    // A bool goes in as 1 or 0, as the flag columns hold it.
    QCOMPARE(q->integer("flag_on"), 1);
    QCOMPARE(q->integer("flag_off"), 0);
    QVERIFY(q->flag("flag_on"));
    QVERIFY(!q->flag("flag_off"));
    QCOMPARE(q->integer("households"), 56000);
    QCOMPARE(q->real("share"), 0.25);
    QVERIFY(!q->next());
    QVERIFY(q->status());
}

void TestReadingRows::nullsReadAsNothing() {
    test::TestDatabase database;
    auto q = sql::Statement::run(
        database->connection(),
        QStringLiteral("SELECT :no_value AS no_value, :no_text AS no_text, :no_day AS no_day,"
                       " :no_moment AS no_moment, :empty AS empty"),
        {{"no_value", QVariant()},
         {"no_text", QString()},
         {"no_day", QDate()},
         {"no_moment", QDateTime()},
         {"empty", QStringLiteral("")}});
    QVERIFY2(q, qPrintable(q.error()));
    QVERIFY(q->next());
    QVERIFY(q->isNull("no_value"));
    QVERIFY(q->text("no_value").isNull()); // so that, written back, it is NULL again
    QCOMPARE(q->integer("no_value"), 0);
    // A null text, an unset day and an unset moment are stored as NULL…
    QVERIFY(q->isNull("no_text"));
    QVERIFY(q->text("no_text").isNull());
    QVERIFY(q->isNull("no_day"));
    QVERIFY(!q->date("no_day").isValid());
    QVERIFY(q->isNull("no_moment"));
    QVERIFY(!q->moment("no_moment").isValid());
    // …but an empty text is a text (sql::notNull), or `x = ''` would never hold.
    QVERIFY(!q->isNull("empty"));
    QVERIFY(q->text("empty").isEmpty());
    QVERIFY(!q->next());
    QVERIFY(q->status());
}

void TestReadingRows::aNameUsedTwiceTakesOneValue() {
    test::TestDatabase database;
    const QSqlDatabase c = database->connection();
    // :least is in the text twice and given once; the one text, run again, takes new values.
    QCOMPARE(numbersFrom(c, 0), (QList<qint64>{1, 2, 3}));
    QCOMPARE(numbersFrom(c, 2), (QList<qint64>{2, 3}));
    QCOMPARE(numbersFrom(c, 4), QList<qint64>());
    QCOMPARE(numbersFrom(c, 0), (QList<qint64>{1, 2, 3}));
    auto q = sql::Statement::run(
        c, QStringLiteral("SELECT :word AS word, :word || '/' || :word AS twice"),
        {{"word", QStringLiteral("噪音")}});
    QVERIFY2(q, qPrintable(q.error()));
    QVERIFY(q->next());
    QCOMPARE(q->text("word"), QStringLiteral("噪音"));
    QCOMPARE(q->text("twice"), QStringLiteral("噪音/噪音"));
}

// A colon in quoted text or in either kind of comment is the statement's own text, and a cast
// on the server is a cast: only the real marker is bound.
void TestReadingRows::colonsThatAreNotMarkersStayText() {
    test::TestDatabase database;
    const QSqlDatabase c = database->connection();
    auto q = sql::Statement::run(c,
                                 QStringLiteral("SELECT ':quoted' AS quoted, /* :block */ :real"
                                                " AS bound -- :line\n, 'it''s :x' AS escaped"),
                                 {{"real", QStringLiteral("值")}});
    QVERIFY2(q, qPrintable(q.error()));
    QVERIFY(q->next());
    QCOMPARE(q->text("quoted"), QStringLiteral(":quoted"));
    QCOMPARE(q->text("bound"), QStringLiteral("值"));
    QCOMPARE(q->text("escaped"), QStringLiteral("it's :x"));
    if (!database->isOnServer())
        return;
    auto cast = sql::Statement::run(c, QStringLiteral("SELECT :real::text AS cast"),
                                    {{"real", QStringLiteral("值")}});
    QVERIFY2(cast, qPrintable(cast.error()));
    QVERIFY(cast->next());
    QCOMPARE(cast->text("cast"), QStringLiteral("值"));
}

void TestReadingRows::aListIsReadInsideItsOwnLoop() {
    test::TestDatabase database;
    const QSqlDatabase c = database->connection();
    auto outer = sql::Statement::run(c, kNumbers, {{"least", 2}});
    QVERIFY2(outer, qPrintable(outer.error()));
    QStringList seen;
    while (outer->next()) {
        // The same text again, with its own value, while the rows above are still being read.
        auto inner = sql::Statement::run(c, kNumbers, {{"least", outer->integer("n")}});
        QVERIFY2(inner, qPrintable(inner.error()));
        while (inner->next())
            seen << QStringLiteral("%1:%2").arg(outer->integer("n")).arg(inner->integer("n"));
        QVERIFY(inner->status());
    }
    QVERIFY(outer->status());
    QCOMPARE(seen,
             (QStringList{QStringLiteral("2:2"), QStringLiteral("2:3"), QStringLiteral("3:3")}));
    // Once done, the text is free for the next reader, with new values.
    QCOMPARE(numbersFrom(c, 3), QList<qint64>{3});
}

void TestReadingRows::writesInsideALoopOverAListLoseNoRow() {
    test::TestDatabase database;
    QList<qint64> ids;
    const Status written = database->write([&ids](const WriteContext &context) -> Status {
        auto list = context.run(kNumbers, {{"least", 0}});
        if (!list)
            return list.status();
        while (list->next()) {
            const auto id = context.insert(
                QStringLiteral("INSERT INTO communities (name) VALUES (:name) RETURNING id"),
                {{"name", QStringLiteral("第%1社区").arg(list->integer("n"))}});
            if (!id)
                return id.status();
            ids << *id;
        }
        if (!list->status())
            return list->status();
        // A change that touches no row says so.
        const Status none = context.change(
            QStringLiteral("UPDATE communities SET district = :district WHERE name = :name"),
            {{"district", QStringLiteral("岳塘区")}, {"name", QStringLiteral("第4社区")}},
            QStringLiteral("no such community"));
        if (none || none.error() != QStringLiteral("no such community"))
            return Status::failure(QStringLiteral("a change of no row went through"));
        return context.change(
            QStringLiteral("UPDATE communities SET district = :district WHERE name = :name"),
            {{"district", QStringLiteral("岳塘区")}, {"name", QStringLiteral("第2社区")}},
            QStringLiteral("no such community"));
    });
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(ids.size(), 3);
    auto q = sql::Statement::run(database->connection(),
                                 QStringLiteral("SELECT id, name, district FROM communities"
                                                " ORDER BY id"));
    QVERIFY2(q, qPrintable(q.error()));
    QList<qint64> stored;
    QStringList rows;
    while (q->next()) {
        stored << q->integer("id");
        rows << q->text("name") + u'|' + q->text("district");
    }
    QVERIFY(q->status());
    // Each insert gave back the id of the row it wrote.
    QCOMPARE(stored, ids);
    QCOMPARE(rows, (QStringList{QStringLiteral("第1社区|"), QStringLiteral("第2社区|岳塘区"),
                                QStringLiteral("第3社区|")}));
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

QTEST_GUILESS_MAIN(TestReadingRows)
#include "tst_readingrows.moc"
