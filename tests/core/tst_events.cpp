#include "aid/eldercareservice.h"
#include "aid/eventservice.h"
#include "aid/wishservice.h"
#include "complaints/complaintservice.h"
#include "documents/aiddocuments.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace linli;

/// The neighbourhood festival: capacity and double sign-up refusals, attendance on the day, and
/// the year's volunteer hours from claims, visits and event help.
class TestEvents final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signUpsWithinCapacityOncePerResident_data();
    void signUpsWithinCapacityOncePerResident();
    void attendanceOnTheDay();
    void volunteerHoursAddUp();
    void theSignUpSheetPrints();

private:
    ResidentId person(const QString &room, const QString &name);

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<EventService> m_events;
};

void TestEvents::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_events = std::make_unique<EventService>(*m_f->db);
}

void TestEvents::cleanup() {
    m_events.reset();
    m_f.reset();
}

ResidentId TestEvents::person(const QString &room, const QString &name) {
    const HouseholdId h = *m_f->registry.addHousehold(m_f->unit, room);
    return *m_f->registry.addResident(m_f->resident(h, name, Gender::Male, Relation::Head));
}

void TestEvents::signUpsWithinCapacityOncePerResident_data() {
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("who"); // indexes into three residents
    QTest::addColumn<QList<bool>>("accepted");
    QTest::newRow("room for all") << 3 << QList<int>{0, 1, 2} << QList<bool>{true, true, true};
    QTest::newRow("full at two") << 2 << QList<int>{0, 1, 2} << QList<bool>{true, true, false};
    QTest::newRow("twice the same") << 3 << QList<int>{0, 0} << QList<bool>{true, false};
    QTest::newRow("no limit") << 0 << QList<int>{0, 1, 2} << QList<bool>{true, true, true};
}

void TestEvents::signUpsWithinCapacityOncePerResident() {
    QFETCH(int, capacity);
    QFETCH(QList<int>, who);
    QFETCH(QList<bool>, accepted);
    const QList<ResidentId> people = {person(QStringLiteral("101"), QStringLiteral("赵一")),
                                      person(QStringLiteral("102"), QStringLiteral("钱二")),
                                      person(QStringLiteral("103"), QStringLiteral("孙三"))};
    const auto event = m_events->createEvent(
        {{}, QStringLiteral("第三届邻里节"), QDate(2025, 4, 12), QStringLiteral("社区广场")});
    QVERIFY2(event, qPrintable(event.error()));
    Activity tug;
    tug.eventId = *event;
    tug.kind = ActivityKind::Sports;
    tug.name = QStringLiteral("趣味拔河");
    tug.capacity = capacity;
    const auto activity = m_events->addActivity(tug);
    QVERIFY2(activity, qPrintable(activity.error()));
    int signedUp = 0;
    for (qsizetype i = 0; i < who.size(); ++i) {
        const Status done = m_events->signUp(*activity, people.at(who.at(i)));
        QCOMPARE(bool(done), accepted.at(i));
        signedUp += done ? 1 : 0;
        if (!done)
            QVERIFY2(done.error().contains(QStringLiteral("full")) ||
                         done.error().contains(QStringLiteral("already")),
                     qPrintable(done.error()));
    }
    QCOMPARE(m_events->repository().activity(*activity)->signedUp, signedUp);
    QCOMPARE(m_events->repository().signUps(*activity)->size(), signedUp);
}

void TestEvents::attendanceOnTheDay() {
    const ResidentId zhao = person(QStringLiteral("101"), QStringLiteral("赵一"));
    const ResidentId qian = person(QStringLiteral("102"), QStringLiteral("钱二"));
    // The clock says 2025-03-27; the festival is on 2025-04-12.
    const EventId later =
        *m_events->createEvent({{}, QStringLiteral("第三届邻里节"), QDate(2025, 4, 12), {}});
    Activity show;
    show.eventId = later;
    show.kind = ActivityKind::Performance;
    show.name = QStringLiteral("文艺汇演");
    const ActivityId a = *m_events->addActivity(show);
    QVERIFY(m_events->signUp(a, zhao));
    const Status early = m_events->markAttendance(a, zhao, true);
    QVERIFY(!early);
    QVERIFY2(early.error().contains(QStringLiteral("on the day")), qPrintable(early.error()));

    const EventId today =
        *m_events->createEvent({{}, QStringLiteral("手工编织下午"), QDate(2025, 3, 27), {}});
    Activity craft;
    craft.eventId = today;
    craft.kind = ActivityKind::Handicraft;
    craft.name = QStringLiteral("编织");
    const ActivityId c = *m_events->addActivity(craft);
    QVERIFY(m_events->signUp(c, zhao));
    QVERIFY(m_events->signUp(c, qian));
    QVERIFY(m_events->markAttendance(c, zhao, true));
    QVERIFY(m_events->markAttendance(c, qian, false));
    QCOMPARE(m_events->repository().activity(c)->attended, 1);
    // Someone who never signed up has no attendance to mark.
    const ResidentId sun = person(QStringLiteral("103"), QStringLiteral("孙三"));
    QVERIFY(!m_events->markAttendance(c, sun, true));
}

void TestEvents::volunteerHoursAddUp() {
    const ResidentId wisher = person(QStringLiteral("101"), QStringLiteral("赵一"));
    const ResidentId chen = person(QStringLiteral("102"), QStringLiteral("陈志强"));
    const ResidentId li = person(QStringLiteral("103"), QStringLiteral("李娜"));
    Resident old = m_f->resident(*m_f->registry.addHousehold(m_f->unit, QStringLiteral("104")),
                                 QStringLiteral("张桂兰"), Gender::Female, Relation::Head);
    old.markers.elderlyAlone = true;
    const ResidentId elder = *m_f->registry.addResident(old);

    // 陈志强: a wish (1.5 h) and two visits (1 h each); 李娜: the festival (4 h).
    ComplaintService complaints(*m_f->db, m_f->registry);
    WishService wishes(*m_f->db, complaints);
    Wish w;
    w.residentId = wisher;
    w.wisherName = QStringLiteral("赵一");
    w.text = QStringLiteral("修水龙头");
    const Wish posted = *wishes.post(w);
    QVERIFY(wishes.verify(posted.id));
    QVERIFY(wishes.claim(posted.id, chen, QStringLiteral("陈志强")));
    QVERIFY(wishes.fulfil(posted.id, QStringLiteral("修好了"), QDate(2025, 3, 27), 1.5));
    ElderCareService care(*m_f->db);
    const CarerId carer = *care.addCarer(chen, QStringLiteral("陈志强"), CarerKind::PartyMember);
    for (const int daysAgo : {3, 20}) {
        CareVisit v;
        v.elderId = elder;
        v.carerId = carer;
        v.visitedOn = QDate(2025, 3, 27).addDays(-daysAgo);
        v.hours = 1;
        QVERIFY(care.recordVisit(v));
    }
    // A visit last year counts for last year.
    CareVisit old2024;
    old2024.elderId = elder;
    old2024.carerId = carer;
    old2024.visitedOn = QDate(2024, 12, 20);
    old2024.hours = 3;
    QVERIFY(care.recordVisit(old2024));
    const EventId festival =
        *m_events->createEvent({{}, QStringLiteral("第三届邻里节"), QDate(2025, 3, 22), {}});
    QVERIFY(!m_events->addHelper({festival, li, {}, QStringLiteral("签到"), 0}));
    QVERIFY(m_events->addHelper({festival, li, {}, QStringLiteral("签到"), 4}));

    const auto hours = *m_events->repository().volunteerHours(2025);
    QCOMPARE(hours.size(), 2);
    QCOMPARE(hours.at(0).name, QStringLiteral("李娜"));
    QCOMPARE(hours.at(0).total(), 4.0);
    QCOMPARE(hours.at(0).events, 1);
    QCOMPARE(hours.at(1).name, QStringLiteral("陈志强"));
    QCOMPARE(hours.at(1).total(), 3.5);
    QCOMPARE(hours.at(1).wishHours, 1.5);
    QCOMPARE(hours.at(1).visits, 2);
    const auto lastYear = *m_events->repository().volunteerHours(2024);
    QCOMPARE(lastYear.size(), 1);
    QCOMPARE(lastYear.first().visitHours, 3.0);
}

void TestEvents::theSignUpSheetPrints() {
    const ResidentId zhao = person(QStringLiteral("101"), QStringLiteral("赵一"));
    const EventId festival = *m_events->createEvent(
        {{}, QStringLiteral("第三届邻里节"), QDate(2025, 4, 12), QStringLiteral("社区广场")});
    Activity tug;
    tug.eventId = festival;
    tug.kind = ActivityKind::Sports;
    tug.name = QStringLiteral("趣味拔河");
    tug.capacity = 10;
    const ActivityId a = *m_events->addActivity(tug);
    QVERIFY(m_events->signUp(a, zhao));
    OfficeIdentity office;
    office.community = QStringLiteral("红旗社区居民委员会");
    auto document = AidDocuments::signUpSheet(m_events->repository().events()->first(),
                                              *m_events->repository().activity(a),
                                              *m_events->repository().signUps(a), office);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("signup.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("报名签到表")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const QString &expected :
         {QStringLiteral("第三届邻里节"), QStringLiteral("趣味拔河报名签到表"),
          QStringLiteral("社区广场"), QStringLiteral("名额：10人"), QStringLiteral("赵一"),
          QStringLiteral("明珠花园3栋2单元101"), QStringLiteral("2025年4月12日")})
        QVERIFY2(test::pdfHas(text, expected), qPrintable(expected + u'\n' + text));
}

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
