#include "aid/eldercareservice.h"
#include "aid/wishservice.h"
#include "complaints/complaintservice.h"
#include "documents/printeddocument.h"
#include "reports/dashboardfigures.h"
#include "reports/dashboardseries.h"
#include "reports/monthlyreport.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace linli;

/// The dashboard's tiles on a known data set, for the whole community, a compound and a
/// building.
class TestDashboard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tilesByScope_data();
    void tilesByScope();
    void monthlySeries();
    void theMonthlyReport();

private:
    void run(const QString &statement, const sql::Params &params = {});

    std::unique_ptr<test::RegistryFixture> m_f;
    CompoundId m_ginkgo;
    BuildingId m_five;
};

void TestDashboard::run(const QString &statement, const sql::Params &params) {
    const Status done =
        m_f->db->write([&](const WriteContext &c) { return c.run(statement, params).status(); });
    if (!done)
        qFatal("%s", qPrintable(done.error()));
}

void TestDashboard::initTestCase() {
    // 明珠花园 3栋 (the fixture's) and 5栋; 银杏苑 1栋. The clock: Thursday 2025-03-27 10:00.
    m_f = std::make_unique<test::RegistryFixture>();
    RegistryService &r = m_f->registry;
    m_five = *r.addBuilding({{}, m_f->compound, QStringLiteral("5栋"), {}});
    m_ginkgo =
        *r.addCompound({{}, m_f->community, QStringLiteral("银杏苑"), CompoundKind::NewBuilt});
    const BuildingId one = *r.addBuilding({{}, m_ginkgo, QStringLiteral("1栋"), {}});
    const UnitId fiveUnit = *r.addUnit({{}, m_five, QStringLiteral("1单元")});
    const UnitId oneUnit = *r.addUnit({{}, one, QStringLiteral("1单元")});
    const HouseholdId h3 = *r.addHousehold(m_f->unit, QStringLiteral("101"));
    const HouseholdId h5 = *r.addHousehold(fiveUnit, QStringLiteral("101"));
    const HouseholdId h1 = *r.addHousehold(oneUnit, QStringLiteral("101"));
    const auto person = [&](HouseholdId h, const QString &name, bool alone) {
        Resident p = m_f->resident(h, name, Gender::Female, Relation::Head);
        p.markers.elderlyAlone = alone;
        return *r.addResident(p);
    };
    const ResidentId a3 = person(h3, QStringLiteral("张桂兰"), true); // never visited: overdue
    person(h5, QStringLiteral("李秀英"), true);                       // visited last week
    const ResidentId b1 = person(h1, QStringLiteral("王秀珍"), false);

    // Complaints: 3栋 open and overdue (logged a week ago), 3栋 open, 5栋 resolved, 1栋 open.
    ComplaintService complaints(*m_f->db, r);
    const CategoryId category = complaints.complaints().categories()->first().id;
    const auto log = [&](BuildingId building, UnitId unit, QDateTime at) {
        Complaint c;
        c.receivedAt = at;
        c.reporter = {{}, QStringLiteral("居民"), {}};
        c.place = {building == one ? m_ginkgo : m_f->compound, building, unit, {}, {}};
        c.categoryId = category;
        c.summary = QStringLiteral("楼道堆物");
        const auto logged = complaints.log(c);
        if (!logged)
            qFatal("%s", qPrintable(logged.error()));
        return logged->id;
    };
    const QDateTime now = m_f->db.clock().now();
    log(m_f->building, m_f->unit, now.addDays(-7));
    log(m_f->building, m_f->unit, now.addSecs(-3600));
    const ComplaintId done = log(m_five, fiveUnit, now.addDays(-2));
    run(QStringLiteral("UPDATE complaints SET state = 'resolved', level = 'building',"
                       " resolved_at = :resolved_at WHERE id = :id"),
        {{"resolved_at", now}, {"id", done.value}});
    log(one, oneUnit, now.addDays(-40)); // before the period, and overdue by now

    // A case in mediation between 3栋 and 1栋, with a session this week and one next week.
    run(QStringLiteral("INSERT INTO mediators (id, name, kind) VALUES (1, '马艳涵', 'cadre')"));
    run(QStringLiteral(
        "INSERT INTO mediation_cases (id, year, seq, number, accepted_on, type,"
        " source, risk, lead_mediator_id, state, limit_on) VALUES (1, 2025, 1,"
        " '（2025）红调字第001号', '2025-03-20', 'neighbour', 'application', 'yellow',"
        " 1, 'mediating', '2025-04-20')"));
    run(QStringLiteral("INSERT INTO case_parties (case_id, side, resident_id, household_id, name)"
                       " VALUES (1, 'applicant', :applicant, :applicant_household, '张桂兰'),"
                       " (1, 'respondent', :respondent, :respondent_household, '王秀珍')"),
        {{"applicant", a3.value},
         {"applicant_household", h3.value},
         {"respondent", b1.value},
         {"respondent_household", h1.value}});
    run(QStringLiteral("INSERT INTO mediation_sessions (case_id, starts_at, ends_at, venue)"
                       " VALUES (1, '2025-03-28T14:00:00', '2025-03-28T15:00:00', 'room'),"
                       " (1, '2025-04-02T14:00:00', '2025-04-02T15:00:00', 'room')"));

    // Two cases concluded in March, one with an agreement: a rate of one half.
    run(QStringLiteral(
        "INSERT INTO mediation_cases (id, year, seq, number, accepted_on, type,"
        " source, risk, lead_mediator_id, state, limit_on) VALUES"
        " (2, 2025, 2, '（2025）红调字第002号', '2025-03-05', 'neighbour', 'application',"
        " 'yellow', 1, 'closed', '2025-04-05'),"
        " (3, 2025, 3, '（2025）红调字第003号', '2025-03-10', 'neighbour', 'application',"
        " 'yellow', 1, 'no_agreement', '2025-04-10')"));
    run(QStringLiteral("INSERT INTO agreements (case_id, signed_on) VALUES (2, '2025-03-15')"));

    // Wishes: an open one in 5栋, a fulfilled one in 5栋, one waiting in 1栋.
    WishService wishes(*m_f->db, complaints);
    const auto wish = [&](BuildingId building, bool verify) {
        Wish w;
        w.wisherName = QStringLiteral("居民");
        w.text = QStringLiteral("想借轮椅");
        w.buildingId = building;
        const Wish posted = *wishes.post(w);
        if (verify) {
            const Status checked = wishes.verify(posted.id);
            if (!checked) // a lambda returning an id: QVERIFY cannot say it
                qFatal("%s", qPrintable(checked.error()));
        }
        return posted.id;
    };
    wish(m_five, true);
    const WishId fulfilled = wish(m_five, true);
    QVERIFY(wishes.claim(fulfilled, {}, QStringLiteral("陈志强")));
    QVERIFY(wishes.fulfil(fulfilled, QStringLiteral("借到了"), QDate(2025, 3, 27), 1));
    wish(one, false);

    // Inspections: 3栋 failed last month, passed this month; 5栋 failed this month.
    run(QStringLiteral("INSERT INTO inspections (building_id, inspected_on, inspectors,"
                       " corridor_clear, no_clutter, lighting, bins) VALUES"
                       " (:three, '2025-02-20', '楼长', 0, 1, 1, 1),"
                       " (:three, '2025-03-20', '楼长', 1, 1, 1, 1),"
                       " (:five, '2025-03-21', '楼长', 1, 1, 0, 1)"),
        {{"three", m_f->building.value}, {"five", m_five.value}});

    // Elder care: 李秀英 visited last week.
    ElderCareService care(*m_f->db);
    const auto elders = care.repository().elders();
    for (const Elder &e : *elders) {
        if (e.name != QStringLiteral("李秀英"))
            continue;
        CareVisit v;
        v.elderId = e.residentId;
        v.visitedOn = QDate(2025, 3, 20);
        QVERIFY(care.recordVisit(v));
    }
}

void TestDashboard::tilesByScope_data() {
    QTest::addColumn<int>("scope"); // 0 all, 1 明珠花园, 2 5栋, 3 银杏苑
    QTest::addColumn<QList<int>>("expected");
    // open, overdue, received in March, cases, sessions this week, elders overdue, open wishes,
    // buildings failing
    QTest::newRow("the community") << 0 << QList<int>{3, 2, 3, 1, 1, 1, 2, 1};
    QTest::newRow("明珠花园") << 1 << QList<int>{2, 1, 3, 1, 1, 1, 1, 1};
    QTest::newRow("明珠花园5栋") << 2 << QList<int>{0, 0, 1, 0, 0, 0, 1, 1};
    QTest::newRow("银杏苑") << 3 << QList<int>{1, 1, 0, 1, 1, 0, 1, 0};
}

void TestDashboard::tilesByScope() {
    QFETCH(int, scope);
    QFETCH(QList<int>, expected);
    DashboardScope s;
    s.from = QDate(2025, 3, 1);
    s.to = QDate(2025, 3, 31);
    if (scope == 1 || scope == 2)
        s.compound = m_f->compound;
    if (scope == 2)
        s.building = m_five;
    if (scope == 3)
        s.compound = m_ginkgo;
    const auto tiles = DashboardFigures::tiles(*m_f->db, s, m_f->db.clock().now());
    QVERIFY2(tiles, qPrintable(tiles.error()));
    const QList<int> got = {tiles->complaintsOpen,     tiles->complaintsOverdue,
                            tiles->complaintsReceived, tiles->casesInMediation,
                            tiles->sessionsThisWeek,   tiles->eldersOverdue,
                            tiles->openWishes,         tiles->buildingsFailingInspection};
    QCOMPARE(got, expected);
}

void TestDashboard::monthlySeries() {
    DashboardScope s;
    s.from = QDate(2025, 2, 1);
    s.to = QDate(2025, 3, 31);
    const auto series = DashboardSeries::compute(*m_f->db, s);
    QVERIFY2(series, qPrintable(series.error()));
    QCOMPARE(series->months, (QList<QDate>{QDate(2025, 2, 1), QDate(2025, 3, 1)}));
    // One category in use: one complaint in February, three in March.
    QCOMPARE(series->categories.size(), 1);
    QCOMPARE(series->complaintsByCategory.first(), (QList<int>{1, 3}));
    // The one resolved complaint was settled in the building, two days after it came.
    QCOMPARE(series->settledAt.value(Level::Building), (QList<int>{0, 1}));
    QCOMPARE(series->settledAt.value(Level::Community), (QList<int>{0, 0}));
    QCOMPARE(series->buildingShare, (QList<double>{0, 1}));
    QCOMPARE(series->medianDaysToResolve, (QList<double>{0, 2}));
    QCOMPARE(series->agreementRate, (QList<double>{0, 0.5}));
    // 5栋 alone: its resolved complaint, and no cases.
    s.compound = m_f->compound;
    s.building = m_five;
    const auto five = DashboardSeries::compute(*m_f->db, s);
    QCOMPARE(five->complaintsByCategory.first(), (QList<int>{0, 1}));
    QCOMPARE(five->agreementRate, (QList<double>{0, 0}));
}

void TestDashboard::theMonthlyReport() {
    const auto contents =
        MonthlyReport::gather(*m_f->db, QDate(2025, 3, 15), m_f->db.clock().now());
    QVERIFY2(contents, qPrintable(contents.error()));
    QCOMPARE(contents->month, QDate(2025, 3, 1));
    QCOMPARE(contents->complaints.received, 3);
    QCOMPARE(contents->wishesPosted, 3);
    QCOMPARE(contents->wishesFulfilled, 1);
    QCOMPARE(contents->careVisits, 1);
    QCOMPARE(contents->lastSixMonths.months.size(), 6);
    QCOMPARE(contents->overdueComplaints.size(), 2);
    OfficeIdentity office;
    office.community = QStringLiteral("红旗社区居民委员会");
    auto document = MonthlyReport::document(*contents, office);
    QVERIFY(
        !document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-complaints")))
             .isNull());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("月度工作报告")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const QString &expected :
         {QStringLiteral("2025年3月月度工作报告"), QStringLiteral("本月受理居民诉求3件"),
          QStringLiteral("调解成功率50%"), QStringLiteral("新登记心愿3个"),
          QStringLiteral("楼栋卫生检查未达标1栋"), QStringLiteral("逾期未办结的诉求"),
          QStringLiteral("2025年3月31日")})
        QVERIFY2(test::pdfHas(text, expected), qPrintable(expected + u'\n' + text));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
