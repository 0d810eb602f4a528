#include "access/accountservice.h"
#include "complaints/complaintfigures.h"
#include "complaints/complaintrepository.h"
#include "complaints/complaintservice.h"
#include "registry/anonymiser.h"
#include "settings/officesettingsservice.h"
#include "support/registryfixture.h"

#include <QTest>

using namespace linli;

/// Anonymising residents, on request and after the retention period: the identifiers go, the
/// figures stay.
class TestPrivacy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anonymisingDropsTheIdentifiersAndKeepsTheFigures();
    void retentionTakesOnlyThoseGoneLongEnough();
    void retentionPeriodIsChecked_data();
    void retentionPeriodIsChecked();
    void aGridWorkerSeesTheirGridsOnly();
    void loggingInGivesAGridWorkerTheirGrids();
    void maskedNumbersCannotBeRebuiltBySearching();
};

namespace {

struct Figures {
    int residents = 0;
    int members = 0;
    int women = 0;
    int elderlyAlone = 0;
    int over80 = 0;
    int complaints = 0;
    bool operator==(const Figures &) const = default;
};

Figures figuresOf(test::RegistryFixture &f, HouseholdId household, ComplaintService &complaints) {
    Figures figures;
    figures.residents = f.count(QStringLiteral("SELECT count(*) FROM residents"));
    figures.members = f.registry.households().household(household)->memberCount;
    figures.women =
        f.count(QStringLiteral("SELECT count(*) FROM residents WHERE gender = 'female'"));
    figures.elderlyAlone =
        f.count(QStringLiteral("SELECT count(*) FROM residents WHERE elderly_alone = 1"));
    figures.over80 =
        f.count(QStringLiteral("SELECT count(*) FROM residents WHERE birth_date < '1945-12-31'"));
    figures.complaints = ComplaintFigures::compute(complaints.complaints(), QDate(2025, 1, 1),
                                                   QDate(2025, 12, 31), f.db->clock().now())
                             ->received;
    return figures;
}

} // namespace

void TestPrivacy::anonymisingDropsTheIdentifiersAndKeepsTheFigures() {
    test::RegistryFixture f;
    ComplaintService complaints(*f.db, f.registry);
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    Resident elder = f.resident(household, QStringLiteral("张桂兰"), Gender::Female);
    elder.idNumber = QStringLiteral("430302194403150028");
    elder.birthDate = QDate(1944, 3, 15);
    elder.mobile = QStringLiteral("13907321234");
    elder.markers.elderlyAlone = true;
    const auto added = f.registry.addResident(elder);
    QVERIFY2(added, qPrintable(added.error()));
    const ResidentId id = *added;
    QVERIFY(f.registry.addResident(f.resident(household, QStringLiteral("李强"), Gender::Male)));
    Complaint complaint;
    complaint.reporter = {id, QStringLiteral("张桂兰"), QStringLiteral("13907321234")};
    complaint.receivedAt = QDateTime(QDate(2025, 3, 27), QTime(9, 30));
    complaint.place = {f.compound, f.building, f.unit, household,
                       QStringLiteral("明珠花园3栋2单元301")};
    complaint.summary = QStringLiteral("楼道灯坏了");
    complaint.categoryId = complaints.complaints().categories()->first().id;
    const auto logged = complaints.log(complaint);
    QVERIFY2(logged, qPrintable(logged.error()));
    const Figures before = figuresOf(f, household, complaints);

    const Status anonymised = f.registry.anonymise(id);
    QVERIFY2(anonymised, qPrintable(anonymised.error()));

    QCOMPARE(figuresOf(f, household, complaints), before);
    const Resident after = *f.registry.residents().resident(id);
    QCOMPARE(after.name, Anonymiser::placeholderName());
    QVERIFY(after.idNumber.isEmpty());
    QVERIFY(after.mobile.isEmpty());
    QCOMPARE(after.birthDate, QDate(1944, 1, 1));
    QCOMPARE(after.anonymisedOn, QDate(2025, 3, 27));
    QVERIFY(after.markers.elderlyAlone);
    // Nowhere to be found by name, ID number or phone…
    for (const QString &trace : {QStringLiteral("张桂兰"), QStringLiteral("zgl"),
                                 QStringLiteral("0028"), QStringLiteral("1234")})
        QCOMPARE(*f.registry.residents().count({trace, true}), 0);
    // …nor on the complaint they reported.
    const Complaint reported = *complaints.complaints().complaint(logged->id);
    QCOMPARE(reported.reporter.name, Anonymiser::placeholderName());
    QVERIFY(reported.reporter.phone.isEmpty());
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resident'"
                                    " AND changes LIKE '%anonymised%'")),
             1);
    // Once is for good: not again, and not edited back.
    QVERIFY(!f.registry.anonymise(id));
    Resident edited = after;
    edited.name = QStringLiteral("张桂兰");
    const Status refused = f.registry.updateResident(edited);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("anonymised")), qPrintable(refused.error()));
}

void TestPrivacy::retentionTakesOnlyThoseGoneLongEnough() {
    test::RegistryFixture f;
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("502"));
    const auto add = [&](const QString &name, QDate movedOut) {
        const ResidentId id = *f.registry.addResident(f.resident(household, name, Gender::Male));
        if (movedOut.isValid() && !f.registry.moveOut(id, movedOut))
            qFatal("cannot move out");
        return id;
    };
    // Today is 2025-03-27; with 36 months, whoever left before 2022-03-27 is due.
    const ResidentId longGone = add(QStringLiteral("王建国"), QDate(2021, 6, 30));
    const ResidentId justInside = add(QStringLiteral("王建军"), QDate(2022, 3, 27));
    const ResidentId recent = add(QStringLiteral("王建华"), QDate(2024, 12, 1));
    const ResidentId living = add(QStringLiteral("王建民"), {});

    QCOMPARE(*f.registry.anonymiseMovedOut(0), 0);
    QCOMPARE(*f.registry.anonymiseMovedOut(36), 1);
    QVERIFY(f.registry.residents().resident(longGone)->isAnonymised());
    for (const ResidentId kept : {justInside, recent, living})
        QVERIFY(!f.registry.residents().resident(kept)->isAnonymised());
    // Run again, nobody new is due.
    QCOMPARE(*f.registry.anonymiseMovedOut(36), 0);
    QCOMPARE(*f.registry.anonymiseMovedOut(3), 2); // the two who left before Christmas
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 4);
}

void TestPrivacy::retentionPeriodIsChecked_data() {
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("for ever") << 0 << true;
    QTest::newRow("five months") << 5 << false;
    QTest::newRow("six months") << 6 << true;
    QTest::newRow("three years") << 36 << true;
    QTest::newRow("ten years") << 120 << true;
    QTest::newRow("eleven years") << 132 << false;
    QTest::newRow("negative") << -1 << false;
}

void TestPrivacy::retentionPeriodIsChecked() {
    QFETCH(int, months);
    QFETCH(bool, accepted);
    test::TestDatabase db;
    OfficeSettingsService office(*db);
    QCOMPARE(office.retentionMonths(), OfficeSettingsRepository::defaultRetentionMonths);
    const Status set = office.setRetentionMonths(months);
    QCOMPARE(bool(set), accepted);
    QCOMPARE(office.retentionMonths(),
             accepted ? months : OfficeSettingsRepository::defaultRetentionMonths);
}

void TestPrivacy::aGridWorkerSeesTheirGridsOnly() {
    test::RegistryFixture f;
    auto &r = f.registry;
    const StaffId yang =
        *r.addStaff({{}, f.community, QStringLiteral("杨敏"), StaffRole::GridWorker, {}, true});
    const StaffId zhou =
        *r.addStaff({{}, f.community, QStringLiteral("周强"), StaffRole::GridWorker, {}, true});
    const GridId first = *r.addGrid({{}, f.community, QStringLiteral("第一网格"), yang, {}});
    const GridId second = *r.addGrid({{}, f.community, QStringLiteral("第二网格"), zhou, {}});
    // 明珠花园: 3栋 (the fixture's, put in the first grid) and 5栋 in the second; 银杏苑 all
    // second.
    Building three = *r.places().building(f.building);
    three.gridId = first;
    QVERIFY(r.updateBuilding(three));
    const BuildingId five = *r.addBuilding({{}, f.compound, QStringLiteral("5栋"), second});
    const CompoundId ginkgo =
        *r.addCompound({{}, f.community, QStringLiteral("银杏苑"), CompoundKind::NewBuilt});
    const BuildingId one = *r.addBuilding({{}, ginkgo, QStringLiteral("1栋"), second});
    const auto houseIn = [&](BuildingId building, const QString &room, const QString &name) {
        const UnitId unit = *r.addUnit({{}, building, QStringLiteral("1单元")});
        const HouseholdId household = *r.addHousehold(unit, room);
        if (!r.addResident(f.resident(household, name, Gender::Female)))
            qFatal("cannot add a resident");
    };
    const HouseholdId mine = *r.addHousehold(f.unit, QStringLiteral("101"));
    QVERIFY(r.addResident(f.resident(mine, QStringLiteral("李秀英"), Gender::Female)));
    houseIn(five, QStringLiteral("201"), QStringLiteral("王秀兰"));
    houseIn(one, QStringLiteral("301"), QStringLiteral("张秀珍"));

    const auto names = [&](const QString &text) {
        QStringList found;
        const auto page = r.residents().page({text, false}, std::nullopt, 50);
        for (const auto &entry : *page)
            found << entry.resident.name;
        return found;
    };
    QCOMPARE(*r.residents().count({}), 3); // the administrator sees everyone

    f.db->setSession({AccountId{7}, QStringLiteral("杨敏"), Role::GridWorker, yang});
    QCOMPARE(names({}), QStringList{QStringLiteral("李秀英")});
    QCOMPARE(names(QStringLiteral("秀")), QStringList{QStringLiteral("李秀英")});
    QCOMPARE(*r.residents().count({}), 1);
    QCOMPARE(r.places().compounds(f.community)->size(), 1);
    QCOMPARE(r.places().buildings(f.compound)->size(), 1);
    QCOMPARE(r.places().buildings(f.compound)->first().id, f.building);

    f.db->setSession({AccountId{8}, QStringLiteral("周强"), Role::GridWorker, zhou});
    QCOMPARE(*r.residents().count({}), 2);
    QCOMPARE(r.places().compounds(f.community)->size(), 2);
    QCOMPARE(r.places().buildings(f.compound)->first().id, five);

    // A grid worker's account linked to nobody sees no one, rather than everyone.
    f.db->setSession({AccountId{9}, QStringLiteral("新人"), Role::GridWorker, {}});
    QCOMPARE(*r.residents().count({}), 0);
    QCOMPARE(r.places().compounds(f.community)->size(), 0);

    // The other roles are not bounded by grids.
    f.db->setSession({AccountId{10}, QStringLiteral("叶丽芳"), Role::DutyStaff, yang});
    QCOMPARE(*r.residents().count({}), 3);
}

// The office head sees ID numbers and phones masked (4303**********1234): digits find an
// address, or the last four characters that the masked form shows, and nothing else — so no
// number can be rebuilt a digit at a time. A role that may see them searches them whole.
void TestPrivacy::maskedNumbersCannotBeRebuiltBySearching() {
    test::RegistryFixture f;
    RegistryService &r = f.registry;
    const HouseholdId home = *r.addHousehold(f.unit, QStringLiteral("101"));
    Resident li = f.resident(home, QStringLiteral("李秀英"), Gender::Female);
    li.idNumber = QStringLiteral("43030419580312642X");
    li.mobile = QStringLiteral("13912345678");
    QVERIFY(r.addResident(li));
    const auto found = [&](const QString &text) {
        return int(r.residents().page({text, false}, std::nullopt, 50)->size());
    };
    QCOMPARE(found(QStringLiteral("19580312")), 1); // the administrator may see it
    QCOMPARE(found(QStringLiteral("1234567")), 1);

    f.db->setSession({AccountId{3}, QStringLiteral("刘主任"), Role::ReadOnly, {}});
    for (const char *middle :
         {"19580312", "0419", "4303041958", "43030419580312642X", "1391234", "13912345678", "2345"})
        QVERIFY2(found(QLatin1String(middle)) == 0, middle);
    QCOMPARE(found(QStringLiteral("642x")), 1); // the tail the masked form shows
    QCOMPARE(found(QStringLiteral("5678")), 1);
    QCOMPARE(found(QStringLiteral("101")), 1); // an address still
    QCOMPARE(found(QStringLiteral("李秀")), 1);
}

void TestPrivacy::loggingInGivesAGridWorkerTheirGrids() {
    test::RegistryFixture f;
    const StaffId yang = *f.registry.addStaff(
        {{}, f.community, QStringLiteral("杨敏"), StaffRole::GridWorker, {}, true});
    AccountService accounts(*f.db);
    Account account;
    account.username = QStringLiteral("yangmin");
    account.displayName = QStringLiteral("杨敏");
    account.role = Role::GridWorker;
    account.staffId = yang;
    const auto id = accounts.createAccount(account, QStringLiteral("wangge-2025"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(accounts.repository().account(*id)->staffId, yang);
    QVERIFY(accounts.staffMembers()->size() == 1);
    QVERIFY(accounts.logIn(QStringLiteral("yangmin"), QStringLiteral("wangge-2025")));
    QCOMPARE(f.db->session().gridWorker, yang);
    QVERIFY(f.db->session().seesOnlyOwnGrids());
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
