#include "aid/aidtimelinesource.h"
#include "aid/eldercareservice.h"
#include "aid/visitschedule.h"
#include "support/registryfixture.h"

#include <QTest>

using namespace linli;

/// Care for elders living alone: the overdue list on a fixed day, intervals tightened in marked
/// periods, unanswered calls, carers, and the tasks a failed checklist item opens.
class TestElderCare final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overdueOnAFixedDay_data();
    void overdueOnAFixedDay();
    void worstFirst();
    void registerCarersAndVisits();
    void aFailedItemOpensATaskUntilDone();
    void careSettingsAreChecked_data();
    void careSettingsAreChecked();
    void careSettingsSavedAtAnotherDesk();
};

namespace {

const QDate kToday(2025, 3, 27);

Elder elder(qint64 id, const QString &name, int interval = 30) {
    Elder e;
    e.residentId = ResidentId{id};
    e.name = name;
    e.intervalDays = interval;
    return e;
}

} // namespace

void TestElderCare::overdueOnAFixedDay_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("lastVisitDaysAgo"); // -1: never
    QTest::addColumn<int>("unanswered");
    QTest::addColumn<int>("periodInterval"); // 0: no period marked today
    QTest::addColumn<bool>("listed");
    QTest::addColumn<int>("daysOverdue");
    QTest::newRow("visited last week") << 30 << 7 << 0 << 0 << false << 0;
    QTest::newRow("due today") << 30 << 30 << 0 << 0 << false << 0;
    QTest::newRow("a day late") << 30 << 31 << 0 << 0 << true << 1;
    QTest::newRow("frail, two weeks") << 10 << 14 << 0 << 0 << true << 4;
    QTest::newRow("never visited") << 30 << -1 << 0 << 0 << true << 30;
    QTest::newRow("heat wave: weekly") << 30 << 10 << 0 << 7 << true << 3;
    QTest::newRow("period looser than own") << 5 << 4 << 0 << 7 << false << 0;
    QTest::newRow("phoned, no answer") << 30 << 3 << 1 << 0 << true << 0;
}

void TestElderCare::overdueOnAFixedDay() {
    QFETCH(int, interval);
    QFETCH(int, lastVisitDaysAgo);
    QFETCH(int, unanswered);
    QFETCH(int, periodInterval);
    QFETCH(bool, listed);
    QFETCH(int, daysOverdue);
    QHash<qint64, VisitRecord> records;
    if (lastVisitDaysAgo >= 0)
        records.insert(1, {kToday.addDays(-lastVisitDaysAgo), unanswered});
    QList<CarePeriod> periods;
    if (periodInterval > 0)
        periods.append({{},
                        QStringLiteral("高温天气"),
                        kToday.addDays(-2),
                        kToday.addDays(5),
                        periodInterval});
    // A period that is over changes nothing.
    periods.append({{}, QStringLiteral("春节"), QDate(2025, 1, 28), QDate(2025, 2, 4), 3});
    const auto list = VisitSchedule::overdue({elder(1, QStringLiteral("张桂兰"), interval)},
                                             records, periods, kToday);
    QCOMPARE(list.isEmpty(), !listed);
    if (listed) {
        QCOMPARE(list.first().daysOverdue, daysOverdue);
        QCOMPARE(list.first().unansweredSince, unanswered);
        QCOMPARE(list.first().effectiveInterval,
                 periodInterval > 0 ? std::min(interval, periodInterval) : interval);
    }
}

void TestElderCare::worstFirst() {
    QHash<qint64, VisitRecord> records;
    records.insert(1, {kToday.addDays(-40), 0}); // 10 days late
    records.insert(2, {kToday.addDays(-33), 2}); // 3 days late, two calls unanswered: 17
    records.insert(3, {kToday.addDays(-35), 0}); // 5 days late
    const auto list =
        VisitSchedule::overdue({elder(1, QStringLiteral("甲")), elder(2, QStringLiteral("乙")),
                                elder(3, QStringLiteral("丙")), elder(4, QStringLiteral("丁"))},
                               records, {}, kToday);
    QStringList order;
    for (const OverdueElder &line : list)
        order << line.elder.name;
    QCOMPARE(order, (QStringList{QStringLiteral("丁"), QStringLiteral("乙"), QStringLiteral("甲"),
                                 QStringLiteral("丙")}));
}

void TestElderCare::registerCarersAndVisits() {
    test::RegistryFixture f;
    ElderCareService care(*f.db);
    const HouseholdId h1 = *f.registry.addHousehold(f.unit, QStringLiteral("101"));
    const HouseholdId h2 = *f.registry.addHousehold(f.unit, QStringLiteral("102"));
    Resident old = f.resident(h1, QStringLiteral("张桂兰"), Gender::Female, Relation::Head);
    old.markers.elderlyAlone = true;
    old.birthDate = QDate(1940, 5, 1);
    const ResidentId elderId = *f.registry.addResident(old);
    const ResidentId helperId = *f.registry.addResident(
        f.resident(h2, QStringLiteral("陈志强"), Gender::Male, Relation::Head));

    // The register comes from the marker, with the age computed on the clock's day.
    auto elders = *care.repository().elders();
    QCOMPARE(elders.size(), 1);
    QCOMPARE(elders.first().age, 84);
    QCOMPARE(care.withoutCarer()->size(), 1);

    const auto carer = care.addCarer(helperId, QStringLiteral("陈志强"), CarerKind::PartyMember);
    QVERIFY2(carer, qPrintable(carer.error()));
    QVERIFY(!care.addCarer(helperId, QStringLiteral("陈志强"), CarerKind::Volunteer));
    QVERIFY(care.assign(elderId, *carer));
    QVERIFY(care.assign(elderId, *carer)); // twice is once
    QCOMPARE(care.withoutCarer()->size(), 0);
    QCOMPARE(care.repository().elders()->first().carerNames, QStringList{QStringLiteral("陈志强")});

    // Never visited: on the list. Visited: off it. Then a call nobody answered: back on it.
    QCOMPARE(care.overdue(kToday)->size(), 1);
    CareVisit visit;
    visit.elderId = elderId;
    visit.carerId = *carer;
    visit.visitedOn = kToday.addDays(-5);
    visit.kind = VisitKind::Company;
    visit.hours = 1;
    QVERIFY(care.recordVisit(visit));
    QCOMPARE(care.overdue(kToday)->size(), 0);
    CareVisit call = visit;
    call.kind = VisitKind::PhoneCall;
    call.reached = false;
    call.visitedOn = kToday;
    QVERIFY(care.recordVisit(call));
    const auto overdue = *care.overdue(kToday);
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first().unansweredSince, 1);
    QCOMPARE(overdue.first().lastVisit, kToday.addDays(-5));
    QCOMPARE(care.repository().visits(elderId)->size(), 2);
    // The household's file shows both, the unanswered call as such.
    const auto file = AidTimelineSource(*f.db).entries(h1);
    QVERIFY(file);
    QCOMPARE(file->size(), 2);
    QStringList titles;
    for (const TimelineEntry &entry : *file)
        titles << entry.title;
    QVERIFY2(titles.contains(QStringLiteral("Care visit to 张桂兰")),
             qPrintable(titles.join(u'|')));
    QVERIFY(titles.contains(QStringLiteral("Care visit to 张桂兰: nobody answered")));
    QVERIFY(AidTimelineSource(*f.db).entries(h2)->isEmpty());
    // Not in the future.
    CareVisit tomorrow = visit;
    tomorrow.visitedOn = kToday.addDays(1);
    QVERIFY(!care.recordVisit(tomorrow));
}

void TestElderCare::aFailedItemOpensATaskUntilDone() {
    test::RegistryFixture f;
    ElderCareService care(*f.db);
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("201"));
    Resident old = f.resident(h, QStringLiteral("李秀英"), Gender::Female, Relation::Head);
    old.markers.elderlyAlone = true;
    const ResidentId elderId = *f.registry.addResident(old);
    CareVisit visit;
    visit.elderId = elderId;
    visit.visitedOn = kToday;
    visit.kind = VisitKind::Company;
    visit.health = true;
    visit.mood = true;
    visit.gasWaterPower = false; // the gas hose is cracked
    visit.hygiene = false;
    visit.notes = QStringLiteral("燃气软管老化开裂");
    QVERIFY(care.recordVisit(visit));
    auto tasks = *care.repository().openTasks();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.first().kind, CareTaskKind::Repair);
    QVERIFY(tasks.first().text.contains(QStringLiteral("燃气软管老化开裂")));
    QCOMPARE(tasks.first().dueOn, kToday.addDays(3));
    QCOMPARE(tasks.first().elderName, QStringLiteral("李秀英"));

    f.db->setOperatorName(QStringLiteral("叶丽芳"));
    QVERIFY(!care.closeTask(tasks.first().id, QString(), kToday));
    QVERIFY(care.closeTask(tasks.first().id, QStringLiteral("燃气公司上门更换了软管"), kToday));
    // Done already: the refusal says who recorded it, and when.
    const Status again = care.closeTask(tasks.first().id, QStringLiteral("again"), kToday);
    QVERIFY(!again);
    QVERIFY2(again.error().startsWith(QStringLiteral("叶丽芳 recorded this task done on ")),
             qPrintable(again.error()));
    tasks = *care.repository().openTasks();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().kind, CareTaskKind::Hygiene);

    // An unanswered door opens no task: nothing was looked at.
    CareVisit knock = visit;
    knock.reached = false;
    QVERIFY(care.recordVisit(knock));
    QCOMPARE(care.repository().openTasks()->size(), 1);
}

void TestElderCare::careSettingsAreChecked_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<bool>("frail");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("monthly") << 30 << false << true;
    QTest::newRow("weekly") << 7 << false << true;
    QTest::newRow("over a month") << 31 << false << false;
    QTest::newRow("zero") << 0 << false << false;
    QTest::newRow("frail, fortnightly") << 14 << true << true;
    QTest::newRow("frail, three weeks") << 21 << true << false;
}

void TestElderCare::careSettingsAreChecked() {
    QFETCH(int, interval);
    QFETCH(bool, frail);
    QFETCH(bool, accepted);
    test::RegistryFixture f;
    ElderCareService care(*f.db);
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    Resident old = f.resident(h, QStringLiteral("王秀兰"), Gender::Female, Relation::Head);
    old.markers.elderlyAlone = true;
    const ResidentId id = *f.registry.addResident(old);
    const Elder seen = care.repository().elders()->first();
    QCOMPARE(seen.residentId, id);
    Elder e = seen;
    e.intervalDays = interval;
    e.frail = frail;
    QCOMPARE(bool(care.setCare(seen, e)), accepted);
    QCOMPARE(care.repository().elders()->first().intervalDays, accepted ? interval : 30);
}

// The interval form opened here, saved at another desk first: this desk's save is refused
// naming the other, what the other saved stays, and read again this desk's save goes in.
void TestElderCare::careSettingsSavedAtAnotherDesk() {
    test::RegistryFixture f;
    ElderCareService care(*f.db);
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    Resident old = f.resident(h, QStringLiteral("王秀兰"), Gender::Female, Relation::Head);
    old.markers.elderlyAlone = true;
    QVERIFY(f.registry.addResident(old));
    const auto otherDesk = f.anotherDesk();
    QVERIFY(otherDesk);
    ElderCareService other(*otherDesk);

    const Elder seen = care.repository().elders()->first();
    Elder theirs = seen;
    theirs.intervalDays = 7;
    theirs.frail = true;
    QVERIFY(other.setCare(seen, theirs));

    Elder mine = seen;
    mine.intervalDays = 20;
    const Status refused = care.setCare(seen, mine);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(refused), qPrintable(refused.error()));
    const Elder now = care.repository().elders()->first();
    QCOMPARE(now.intervalDays, 7);
    QVERIFY(now.frail);
    mine = now;
    mine.intervalDays = 10;
    QVERIFY(care.setCare(now, mine));
    QCOMPARE(care.repository().elders()->first().intervalDays, 10);
}

QTEST_GUILESS_MAIN(TestElderCare)
#include "tst_eldercare.moc"
