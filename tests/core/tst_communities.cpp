#include "access/accountservice.h"
#include "access/communityscope.h"
#include "aid/eventservice.h"
#include "aid/stationservice.h"
#include "aid/wishservice.h"
#include "cogovernance/cogovernancerepository.h"
#include "complaints/complaintservice.h"
#include "documents/printeddocument.h"
#include "mediation/mediationservice.h"
#include "reports/dashboardfigures.h"
#include "reports/monthlyreport.h"
#include "roster/dutyroster.h"
#include "settings/officesettingsservice.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace linli;

/// Several communities in one database (a sub-district's): each desk works in its own
/// community — its lists, figures and new records — and the whole sub-district sees them all.
class TestCommunities final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void newRecordsGoToTheirCommunity();
    void aRecordWithoutAPlaceNeedsTheCommunityChosen();
    void aCommunityDeskSeesItsOwnRecords_data();
    void aCommunityDeskSeesItsOwnRecords();
    void theRegistryIsKeptToTheCommunity();
    void theDashboardComparesTheCommunities();
    void theSubDistrictsReportSetsThemSideBySide();
    void anAccountOfACommunityWorksInIt();
    void eachCommunityPrintsItsOwnName();

private:
    struct Place {
        CommunityId community;
        BuildingId building;
        HouseholdId household;
        ResidentId resident;
    };
    Place addPlace(CommunityId community, const QString &compound, const QString &person);
    void workIn(CommunityId community);
    Complaint complaintAt(const Place &place, const QString &summary) const;

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<ComplaintService> m_complaints;
    std::unique_ptr<MediationService> m_mediation;
    std::unique_ptr<WishService> m_wishes;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<StationService> m_station;
    Place m_hongqi;
    Place m_dongfeng;
};

TestCommunities::Place TestCommunities::addPlace(CommunityId community, const QString &compound,
                                                 const QString &person) {
    RegistryService &registry = m_f->registry;
    const CompoundId c = *registry.addCompound({{}, community, compound, CompoundKind::Old});
    const BuildingId b = *registry.addBuilding({{}, c, QStringLiteral("1栋"), {}});
    const UnitId u = *registry.addUnit({{}, b, QStringLiteral("1单元")});
    const HouseholdId h = *registry.addHousehold(u, QStringLiteral("101"));
    const ResidentId r =
        *registry.addResident(m_f->resident(h, person, Gender::Female, Relation::Head));
    return {community, b, h, r};
}

void TestCommunities::workIn(CommunityId community) {
    UserSession desk = m_f->db->session();
    desk.community = community;
    m_f->db->setSession(desk);
}

Complaint TestCommunities::complaintAt(const Place &place, const QString &summary) const {
    Complaint c;
    c.receivedAt = QDateTime(QDate(2025, 3, 27), QTime(9, 0));
    c.reporter = {place.resident, QStringLiteral("来访人"), QStringLiteral("13907321234")};
    c.place = {{}, place.building, {}, place.household, QString()};
    c.summary = summary;
    c.categoryId = m_complaints->complaints().categories()->first().id;
    return c;
}

void TestCommunities::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_complaints = std::make_unique<ComplaintService>(*m_f->db, m_f->registry);
    m_mediation = std::make_unique<MediationService>(*m_f->db);
    m_wishes = std::make_unique<WishService>(*m_f->db, *m_complaints);
    m_events = std::make_unique<EventService>(*m_f->db);
    m_station = std::make_unique<StationService>(*m_f->db);
    m_hongqi = addPlace(m_f->community, QStringLiteral("明珠花园东区"), QStringLiteral("张桂兰"));
    const CommunityId dongfeng = *m_f->registry.addCommunity(
        {{}, QStringLiteral("东风社区"), QStringLiteral("宝塔街道"), QStringLiteral("岳塘区")});
    m_dongfeng = addPlace(dongfeng, QStringLiteral("东风新村"), QStringLiteral("李秀英"));
}

void TestCommunities::cleanup() {
    m_station.reset();
    m_events.reset();
    m_wishes.reset();
    m_mediation.reset();
    m_complaints.reset();
    m_f.reset();
}

void TestCommunities::newRecordsGoToTheirCommunity() {
    // The whole sub-district files a complaint under the community of its place; a community's
    // desk files under its own.
    const auto atDongfeng = m_complaints->log(complaintAt(m_dongfeng, QStringLiteral("路灯坏了")));
    QVERIFY2(atDongfeng, qPrintable(atDongfeng.error()));
    QCOMPARE(m_complaints->complaints().complaint(atDongfeng->id)->community, m_dongfeng.community);

    workIn(m_hongqi.community);
    Complaint walkIn = complaintAt(m_hongqi, QStringLiteral("噪音扰民"));
    walkIn.reporter = {{}, QStringLiteral("来访群众"), QStringLiteral("13907320000")};
    walkIn.place = {};
    const auto atHongqi = m_complaints->log(walkIn);
    QVERIFY2(atHongqi, qPrintable(atHongqi.error()));
    QCOMPARE(m_complaints->complaints().complaint(atHongqi->id)->community, m_hongqi.community);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM complaints"
                                       " WHERE community_id IS NULL")),
             0);
}

void TestCommunities::aRecordWithoutAPlaceNeedsTheCommunityChosen() {
    Event event{{}, QStringLiteral("邻里节"), QDate(2025, 5, 1), QStringLiteral("社区广场")};
    const auto refused = m_events->createEvent(event);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("several communities")),
             qPrintable(refused.error()));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM events")), 0);
    workIn(m_dongfeng.community);
    QVERIFY(m_events->createEvent(event));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM events WHERE community_id = ") +
                        QString::number(m_dongfeng.community.value)),
             1);
}

void TestCommunities::aCommunityDeskSeesItsOwnRecords_data() {
    QTest::addColumn<QString>("records");
    for (const char *records : {"complaints", "cases", "mediators", "wishes", "events",
                                "station items", "roster", "buildings"})
        QTest::newRow(records) << QString::fromLatin1(records);
}

void TestCommunities::aCommunityDeskSeesItsOwnRecords() {
    QFETCH(QString, records);
    // One record in each community, each made by that community's desk; then what each desk
    // and the whole sub-district read.
    std::function<int()> seen;
    for (const Place *place : {&m_hongqi, &m_dongfeng}) {
        workIn(place->community);
        const QString tag = QString::number(place->community.value);
        if (records == QStringLiteral("complaints")) {
            QVERIFY(m_complaints->log(complaintAt(*place, QStringLiteral("楼道堆物"))));
            seen = [this] {
                return *m_complaints->complaints().count({}) +
                       int(m_complaints->complaints()
                               .receivedBetween(QDateTime(QDate(2025, 1, 1), QTime(0, 0)),
                                                QDateTime(QDate(2026, 1, 1), QTime(0, 0)))
                               ->size());
            };
        } else if (records == QStringLiteral("cases") || records == QStringLiteral("mediators")) {
            const auto lead = m_mediation->addMediator({{},
                                                        QStringLiteral("调解员") + tag,
                                                        MediatorKind::Cadre,
                                                        {},
                                                        {},
                                                        {},
                                                        true,
                                                        {},
                                                        {}});
            QVERIFY2(lead, qPrintable(lead.error()));
            MediationCase c;
            c.type = CaseType::Noise;
            c.facts = QStringLiteral("楼上噪音");
            c.leadMediator = *lead;
            Party a;
            a.side = PartySide::Applicant;
            a.name = QStringLiteral("申请人") + tag;
            Party b;
            b.side = PartySide::Respondent;
            b.name = QStringLiteral("被申请人") + tag;
            c.parties = {a, b};
            const auto opened = m_mediation->openCase(c);
            QVERIFY2(opened, qPrintable(opened.error()));
            seen = records == QStringLiteral("cases")
                       ? std::function<int()>(
                             [this] { return int(m_mediation->repository().cases(false)->size()); })
                       : std::function<int()>([this] {
                             int listed = 0;
                             const auto mediators = m_mediation->repository().mediators();
                             for (const Mediator &m : *mediators)
                                 listed += m.id.isValid();
                             return listed;
                         });
        } else if (records == QStringLiteral("wishes")) {
            Wish w;
            w.residentId = place->resident;
            w.wisherName = QStringLiteral("心愿人");
            w.text = QStringLiteral("想请人帮忙换灯泡");
            w.buildingId = place->building;
            const auto posted = m_wishes->post(w);
            QVERIFY2(posted, qPrintable(posted.error()));
            seen = [this] { return int(m_wishes->repository().wishes({})->size()); };
        } else if (records == QStringLiteral("events")) {
            QVERIFY(m_events->createEvent(
                {{}, QStringLiteral("邻里节") + tag, QDate(2025, 5, 1), QStringLiteral("广场")}));
            seen = [this] { return int(m_events->repository().events()->size()); };
        } else if (records == QStringLiteral("station items")) {
            StationItem item;
            item.category = StationCategory::Clothes;
            item.description = QStringLiteral("冬衣");
            item.quantity = 3;
            item.donatedOn = QDate(2025, 3, 20);
            const auto given = m_station->donate(item);
            QVERIFY2(given, qPrintable(given.error()));
            seen = [this] { return int(m_station->repository().items(false)->size()); };
        } else if (records == QStringLiteral("buildings")) {
            // Each place made one building: the co-governance overview lists the community's.
            seen = [this] { return int(CoGovernanceRepository(*m_f->db).overview()->size()); };
        } else if (records == QStringLiteral("roster")) {
            DutyRoster roster(*m_f->db);
            const StaffId clerk = *m_f->registry.addStaff({{},
                                                           place->community,
                                                           QStringLiteral("值班员") + tag,
                                                           StaffRole::DutyStaff,
                                                           QStringLiteral("13800001111"),
                                                           true});
            // Each community's desk sets its own duty for the same day; neither clears the
            // other's.
            QVERIFY(roster.set(QDate(2025, 3, 28), {clerk}));
            seen = [this] {
                DutyRoster reader(*m_f->db);
                return int(reader.on(QDate(2025, 3, 28))->size() + reader.candidates()->size());
            };
        }
    }
    // Each desk sees its own, the two make the whole.
    workIn(m_hongqi.community);
    const int inHongqi = seen();
    workIn(m_dongfeng.community);
    const int inDongfeng = seen();
    workIn({});
    QCOMPARE(seen(), inHongqi + inDongfeng);
    QVERIFY(inHongqi > 0);
    QVERIFY(inDongfeng > 0);
    if (records != QStringLiteral("buildings")) // the fixture has a building of its own there
        QCOMPARE(inDongfeng, inHongqi);
}

void TestCommunities::theRegistryIsKeptToTheCommunity() {
    workIn(m_dongfeng.community);
    const auto communities = m_f->registry.places().communities();
    QCOMPARE(communities->size(), 1);
    QCOMPARE(communities->first().name, QStringLiteral("东风社区"));
    QCOMPARE(m_f->registry.places().allCommunities()->size(), 2);
    // The search, at each length it takes a different path.
    for (const QString &text :
         {QString(), QStringLiteral("李"), QStringLiteral("李秀英"), QStringLiteral("lxy")}) {
        const auto found = m_f->registry.residents().count({text, false});
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(*found, 1);
    }
    QCOMPARE(*m_f->registry.residents().count({QStringLiteral("张桂兰"), false}), 0);
    workIn({});
    QCOMPARE(*m_f->registry.residents().count({QString(), false}), 2);
}

void TestCommunities::theDashboardComparesTheCommunities() {
    QVERIFY(m_complaints->log(complaintAt(m_hongqi, QStringLiteral("楼道灯坏了"))));
    QVERIFY(m_complaints->log(complaintAt(m_dongfeng, QStringLiteral("垃圾未清"))));
    QVERIFY(m_complaints->log(complaintAt(m_dongfeng, QStringLiteral("车辆乱停"))));
    Wish w;
    w.wisherName = QStringLiteral("刘奶奶");
    w.text = QStringLiteral("想学用智能手机");
    w.buildingId = m_dongfeng.building;
    QVERIFY(m_wishes->post(w));

    const QDateTime now = m_f->db->clock().now();
    DashboardScope scope;
    scope.from = QDate(2025, 1, 1);
    scope.to = QDate(2025, 12, 31);
    const auto whole = DashboardFigures::tiles(*m_f->db, scope, now);
    QCOMPARE(whole->complaintsReceived, 3);
    QCOMPARE(whole->openWishes, 1);
    scope.community = m_dongfeng.community;
    QCOMPARE(DashboardFigures::tiles(*m_f->db, scope, now)->complaintsReceived, 2);
    // A community's desk sees its own figures whatever scope it asks for.
    workIn(m_hongqi.community);
    const auto hongqi = DashboardFigures::tiles(*m_f->db, scope, now);
    QCOMPARE(hongqi->complaintsReceived, 1);
    QCOMPARE(hongqi->complaintsOpen, 1);
    QCOMPARE(hongqi->openWishes, 0);

    workIn({});
    const auto table = DashboardFigures::byCommunity(*m_f->db, scope, now);
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->size(), 2);
    QCOMPARE(table->at(0).first.name, QStringLiteral("红旗社区"));
    QCOMPARE(table->at(0).second.complaintsReceived, 1);
    QCOMPARE(table->at(1).second.complaintsReceived, 2);
    QCOMPARE(table->at(1).second.complaintsOpen, 2);
    QCOMPARE(table->at(1).second.openWishes, 1);
}

void TestCommunities::theSubDistrictsReportSetsThemSideBySide() {
    QVERIFY(m_complaints->log(complaintAt(m_hongqi, QStringLiteral("楼道灯坏了"))));
    QVERIFY(m_complaints->log(complaintAt(m_dongfeng, QStringLiteral("垃圾未清"))));
    QVERIFY(m_complaints->log(complaintAt(m_dongfeng, QStringLiteral("车辆乱停"))));
    const QDateTime now = m_f->db->clock().now();
    const auto whole = MonthlyReport::gather(*m_f->db, QDate(2025, 3, 1), now);
    QVERIFY2(whole, qPrintable(whole.error()));
    QCOMPARE(whole->byCommunity.size(), 2);
    OfficeIdentity office;
    office.community = QStringLiteral("宝塔街道");
    auto document = MonthlyReport::document(*whole, office);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("月度工作报告")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const QString &expected :
         {QStringLiteral("本月受理居民诉求3件"), QStringLiteral("各社区情况"),
          QStringLiteral("红旗社区1"), QStringLiteral("东风社区2")})
        QVERIFY2(test::pdfHas(text, expected), qPrintable(expected + u'\n' + text));
    // A community's report is its own, without the table.
    workIn(m_dongfeng.community);
    const auto own = MonthlyReport::gather(*m_f->db, QDate(2025, 3, 1), now);
    QVERIFY(own->byCommunity.isEmpty());
    QCOMPARE(own->complaints.received, 2);
}

void TestCommunities::anAccountOfACommunityWorksInIt() {
    const QString password = QStringLiteral("hongqi-2025");
    AccountService accounts(*m_f->db);
    QVERIFY(accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("刘主任"),
                                              password));
    QVERIFY(accounts.holdsSeveralCommunities());
    Account clerk;
    clerk.username = QStringLiteral("dongfeng");
    clerk.displayName = QStringLiteral("东风值班员");
    clerk.role = Role::Administrator;
    clerk.community = m_dongfeng.community;
    QVERIFY(accounts.createAccount(clerk, password));

    const auto in = accounts.logIn(QStringLiteral("dongfeng"), password);
    QVERIFY2(in, qPrintable(in.error()));
    QCOMPARE(m_f->db->session().community, m_dongfeng.community);
    QVERIFY(m_f->db->session().boundToCommunity);
    QCOMPARE(accounts.communities()->size(), 1);
    // Its administrator keeps to it: its own accounts, and none for elsewhere.
    QCOMPARE(accounts.repository().accounts()->size(), 1);
    Account elsewhere = clerk;
    elsewhere.username = QStringLiteral("someone");
    elsewhere.community = {};
    const auto refused = accounts.createAccount(elsewhere, password);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("sub-district")));
    elsewhere.community = m_dongfeng.community;
    QVERIFY(accounts.createAccount(elsewhere, password));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM accounts WHERE community_id = ") +
                        QString::number(m_dongfeng.community.value)),
             2);
    // Nor does it set the sub-district administrator's password, which would hand it that
    // account.
    const AccountId subDistrictAdmin{
        m_f->count(QStringLiteral("SELECT id FROM accounts WHERE username = 'admin'"))};
    const Status taken = accounts.resetPassword(subDistrictAdmin, QStringLiteral("taken-over-1"));
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(QStringLiteral("sub-district")), qPrintable(taken.error()));
    QVERIFY(!accounts.logIn(QStringLiteral("admin"), QStringLiteral("taken-over-1")));

    const auto admin = accounts.logIn(QStringLiteral("admin"), password);
    QVERIFY(admin);
    QVERIFY(!m_f->db->session().community.isValid());
    QVERIFY(!m_f->db->session().boundToCommunity);
    QCOMPARE(accounts.repository().accounts()->size(), 3);
}

void TestCommunities::eachCommunityPrintsItsOwnName() {
    OfficeSettingsService office(*m_f->db);
    OfficeIdentity shared{QStringLiteral("红旗社区居民委员会"), QStringLiteral("宝塔街道"),
                          QStringLiteral("岳塘区"), QStringLiteral("0731-58123456"),
                          QStringLiteral("红旗社区居民委员会")};
    QVERIFY(office.save(shared));
    // A community that has not set its own yet: its committee, as the registry names it.
    workIn(m_dongfeng.community);
    QCOMPARE(office.identity()->community, QStringLiteral("东风社区居民委员会"));
    QCOMPARE(office.identity()->sealText, QStringLiteral("东风社区居民委员会"));
    QCOMPARE(office.identity()->phone, shared.phone);
    OfficeIdentity own = *office.identity();
    own.phone = QStringLiteral("0731-58999999");
    QVERIFY(office.save(own));
    QCOMPARE(*office.identity(), own);
    workIn(m_hongqi.community);
    QCOMPARE(office.identity()->phone, shared.phone);
    workIn({});
    QCOMPARE(*office.identity(), shared);
    // The sub-district's desk prints a record's papers with its community's committee.
    QCOMPARE(*office.identityOf(m_dongfeng.community), own);
    QCOMPARE(office.identityOf(m_hongqi.community)->community, shared.community);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'settings'")),
             2);
}

QTEST_MAIN(TestCommunities)
#include "tst_communities.moc"
