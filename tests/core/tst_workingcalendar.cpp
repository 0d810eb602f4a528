#include "complaints/complaintrepository.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace linli;

class TestWorkingCalendar final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    WorkingCalendar m_calendar;
};

void TestWorkingCalendar::initTestCase() {
    m_db = std::make_unique<test::TestDatabase>();
    const auto calendar = ComplaintRepository(**m_db).calendar();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestWorkingCalendar::addWorkingDays_data() {
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("due");
    const QTime ten(10, 0);
    QTest::newRow("Tuesday + 3") << QDateTime(QDate(2025, 3, 25), ten) << 3
                                 << QDateTime(QDate(2025, 3, 28), ten);
    QTest::newRow("Thursday + 3 skips the weekend")
        << QDateTime(QDate(2025, 3, 27), ten) << 3 << QDateTime(QDate(2025, 4, 1), ten);
    QTest::newRow("Friday + 1") << QDateTime(QDate(2025, 3, 28), ten) << 1
                                << QDateTime(QDate(2025, 3, 31), ten);
    QTest::newRow("received on Saturday starts Monday morning")
        << QDateTime(QDate(2025, 3, 29), ten) << 1 << QDateTime(QDate(2025, 4, 1), QTime(8, 30));
    QTest::newRow("Qingming 2025 holiday (Apr 4-6)")
        << QDateTime(QDate(2025, 4, 3), ten) << 1 << QDateTime(QDate(2025, 4, 7), ten);
    QTest::newRow("Labour Day make-up Sunday Apr 27 2025 counts")
        << QDateTime(QDate(2025, 4, 25), ten) << 1 << QDateTime(QDate(2025, 4, 27), ten);
    QTest::newRow("Spring Festival 2026")
        << QDateTime(QDate(2026, 2, 13), ten) << 2 << QDateTime(QDate(2026, 2, 24), ten);
    QTest::newRow("make-up Saturday 2026-02-14 is a working day")
        << QDateTime(QDate(2026, 2, 14), ten) << 0 << QDateTime(QDate(2026, 2, 14), ten);
}

void TestWorkingCalendar::addWorkingDays() {
    QFETCH(QDateTime, from);
    QFETCH(int, days);
    QFETCH(QDateTime, due);
    QCOMPARE(m_calendar.addWorkingDays(from, days), due);
}

void TestWorkingCalendar::workingDaysBetween() {
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 3, 24), QDate(2025, 3, 31)), 5);
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 3, 31), QDate(2025, 3, 24)), -5);
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 9)), 1);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
