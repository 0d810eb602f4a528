#include "common/isotime.h"

#include <QTest>

using namespace linli;

// Stored days and moments: the hand-written readers and writers agree with Qt's ISO format,
// which wrote every file so far, and with each other.
class TestIsoTime final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAsQtDoes_data();
    void writesAsQtDoes();
    void readsWhatItWrites_data() { writesAsQtDoes_data(); }
    void readsWhatItWrites();
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void wallSecondsCountWithoutTimeZones();
};

void TestIsoTime::writesAsQtDoes_data() {
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("morning") << QDateTime(QDate(2025, 3, 27), QTime(10, 0));
    QTest::newRow("midnight") << QDateTime(QDate(2025, 1, 1), QTime(0, 0));
    QTest::newRow("last second") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59));
    QTest::newRow("milliseconds dropped") << QDateTime(QDate(2025, 6, 9), QTime(8, 5, 7, 999));
    QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(12, 30, 1));
    QTest::newRow("year 999") << QDateTime(QDate(999, 5, 4), QTime(1, 2, 3));
}

void TestIsoTime::writesAsQtDoes() {
    QFETCH(QDateTime, at);
    QCOMPARE(iso::text(at), at.toString(Qt::ISODate));
    QCOMPARE(iso::text(at.date()), at.date().toString(Qt::ISODate));
    QCOMPARE(iso::text(QDateTime()), QDateTime().toString(Qt::ISODate));
    QCOMPARE(iso::text(QDate()), QDate().toString(Qt::ISODate));
}

void TestIsoTime::readsWhatItWrites() {
    QFETCH(QDateTime, at);
    const QDateTime seconds = at.addMSecs(-at.time().msec());
    QCOMPARE(iso::moment(iso::text(at)), seconds);
    QCOMPARE(iso::date(iso::text(at.date())), at.date());
}

void TestIsoTime::readsWhatQtReads_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << QStringLiteral("2025-03-27T10:00:00");
    QTest::newRow("no seconds") << QStringLiteral("2025-03-27T10:00");
    QTest::newRow("space") << QStringLiteral("2025-03-27 10:00:00");
    QTest::newRow("milliseconds") << QStringLiteral("2025-03-27T10:00:00.250");
    QTest::newRow("empty") << QString();
    QTest::newRow("not a time") << QStringLiteral("yesterday");
    QTest::newRow("bad month") << QStringLiteral("2025-13-27T10:00:00");
    QTest::newRow("letters for the year") << QStringLiteral("abcd-03-27T10:00:00");
}

void TestIsoTime::readsWhatQtReads() {
    QFETCH(QString, text);
    QCOMPARE(iso::moment(text), QDateTime::fromString(text, Qt::ISODate));
}

void TestIsoTime::wallSecondsCountWithoutTimeZones() {
    QCOMPARE(iso::wallSeconds(u"1970-01-02T00:00:01"), 86401);
    QCOMPARE(iso::wallSeconds(u"2025-03-28T10:00:00") - iso::wallSeconds(u"2025-03-27T09:30:00"),
             24 * 3600 + 1800);
    QCOMPARE(iso::date(QStringView(u"2025-03-28")), QDate(2025, 3, 28));
    QCOMPARE(iso::monthNumber(QStringView(u"2025-03")), 2025 * 12 + 2);
    QCOMPARE(iso::monthNumber(QStringView(u"2025-12-31T10:00:00")), 2025 * 12 + 11);
    QCOMPARE(iso::monthNumber(QStringView(u"2025-13")), -1);
    QCOMPARE(iso::monthNumber(QStringView(u"")), -1);
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
