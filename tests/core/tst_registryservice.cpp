#include "registry/registrytimelinesource.h"
#include "storage/statement.h"
#include "support/registryfixture.h"
#include "timeline/householdtimeline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace linli;

class TestRegistryService final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placesAreCreatedWithAudit();
    void householdAddressFollowsRenames();
    void duplicateRoomIsRefusedAndNothingWritten();
    void residentLifecycle();
    void duplicateIdNumberIsRefused();
    void secondHeadIsRefused();
    void nonEmptyPlacesCannotBeRemoved();
    void auditKeepsIdNumbersMasked();
    void timelineTellsTheHouseholdStory();
    void rolesAreRecorded();
};

void TestRegistryService::placesAreCreatedWithAudit() {
    test::RegistryFixture f;
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log")), 4);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE operator = '测试员'"
                                    " AND at = '2025-03-27T10:00:00'")),
             4);
    const auto compounds = f.registry.places().compounds(f.community);
    QCOMPARE(compounds->size(), 1);
    QCOMPARE(compounds->first().name, QStringLiteral("明珠花园"));
    QCOMPARE(compounds->first().kind, CompoundKind::Old);

    QSignalSpy spy(&f.registry, &RegistryService::placesChanged);
    const auto empty = f.registry.addBuilding({{}, f.compound, QStringLiteral("  "), {}});
    QVERIFY(!empty);
    QCOMPARE(spy.count(), 0);
    QVERIFY(f.registry.addBuilding({{}, f.compound, QStringLiteral("4栋"), {}}));
    QCOMPARE(spy.count(), 1);
}

void TestRegistryService::householdAddressFollowsRenames() {
    test::RegistryFixture f;
    const auto household = f.registry.addHousehold(f.unit, QStringLiteral(" 302 "));
    QVERIFY2(household, qPrintable(household.error()));
    QCOMPARE(f.registry.households().household(*household)->address,
             QStringLiteral("明珠花园3栋2单元302"));
    auto compound = *f.registry.places().compound(f.compound);
    compound.name = QStringLiteral("明珠新苑");
    QVERIFY(f.registry.updateCompound(compound));
    QCOMPARE(f.registry.households().household(*household)->address,
             QStringLiteral("明珠新苑3栋2单元302"));
    QVERIFY(f.registry.renameHousehold(*household, QStringLiteral("303")));
    QCOMPARE(f.registry.households().household(*household)->address,
             QStringLiteral("明珠新苑3栋2单元303"));
}

void TestRegistryService::duplicateRoomIsRefusedAndNothingWritten() {
    test::RegistryFixture f;
    QVERIFY(f.registry.addHousehold(f.unit, QStringLiteral("302")));
    const int auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto again = f.registry.addHousehold(f.unit, QStringLiteral("302"));
    QVERIFY(!again);
    QCOMPARE(again.error(), QStringLiteral("There is a household at 明珠花园3栋2单元302 already."));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM households")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
}

void TestRegistryService::residentLifecycle() {
    test::RegistryFixture f;
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("302"));
    QSignalSpy spy(&f.registry, &RegistryService::residentsChanged);
    Resident wang =
        f.resident(household, QStringLiteral(" 王秀英 "), Gender::Female, Relation::Head);
    wang.idNumber = QStringLiteral("11010519491231002x");
    wang.mobile = QStringLiteral("138 1234 5678");
    wang.markers.elderlyAlone = true;
    const auto id = f.registry.addResident(wang);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<HouseholdId>(), household);

    Resident stored = *f.registry.residents().resident(*id);
    QCOMPARE(stored.name, QStringLiteral("王秀英"));
    QCOMPARE(stored.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(stored.mobile, QStringLiteral("13812345678"));
    QVERIFY(stored.markers.elderlyAlone);
    QCOMPARE(f.registry.households().household(household)->memberCount, 1);

    stored.mobile = QStringLiteral("13987654321");
    QVERIFY(f.registry.updateResident(stored));
    QCOMPARE(f.registry.residents().resident(*id)->mobile, QStringLiteral("13987654321"));

    const Status future = f.registry.moveOut(*id, QDate(2025, 4, 1));
    QVERIFY(!future);
    QVERIFY(f.registry.moveOut(*id, QDate(2025, 3, 20)));
    QCOMPARE(f.registry.residents().resident(*id)->movedOutOn, QDate(2025, 3, 20));
    QCOMPARE(f.registry.households().household(household)->memberCount, 0);
    QVERIFY(!f.registry.moveOut(*id, QDate(2025, 3, 21)));

    QVERIFY(f.registry.removeResident(*id));
    QVERIFY(!f.registry.residents().resident(*id));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resident'")),
             4);
}

void TestRegistryService::duplicateIdNumberIsRefused() {
    test::RegistryFixture f;
    const HouseholdId a = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    const HouseholdId b = *f.registry.addHousehold(f.unit, QStringLiteral("302"));
    Resident first = f.resident(a, QStringLiteral("王秀英"), Gender::Female);
    first.idNumber = QStringLiteral("11010519491231002X");
    QVERIFY(f.registry.addResident(first));
    Resident second = f.resident(b, QStringLiteral("王秀兰"), Gender::Female);
    second.idNumber = QStringLiteral("11010519491231002X");
    const auto refused = f.registry.addResident(second);
    QVERIFY(!refused);
    QCOMPARE(
        refused.error(),
        QStringLiteral("This ID number is registered already, to 王秀英 at 明珠花园3栋2单元301."));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 1);
}

void TestRegistryService::secondHeadIsRefused() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    QVERIFY(f.registry.addResident(
        f.resident(h, QStringLiteral("李明"), Gender::Male, Relation::Head)));
    Resident second = f.resident(h, QStringLiteral("李四"), Gender::Male, Relation::Head);
    const QList<FieldIssue> issues = f.registry.check(second);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ResidentField::Household);
    QVERIFY(issues.first().message.contains(QStringLiteral("李明")));
    QVERIFY(!f.registry.addResident(second));
    second.relation = Relation::Sibling;
    QVERIFY(f.registry.addResident(second));
}

void TestRegistryService::nonEmptyPlacesCannotBeRemoved() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    const ResidentId r =
        *f.registry.addResident(f.resident(h, QStringLiteral("李明"), Gender::Male));
    QVERIFY(!f.registry.removeCompound(f.compound));
    QVERIFY(!f.registry.removeBuilding(f.building));
    QVERIFY(!f.registry.removeUnit(f.unit));
    const Status household = f.registry.removeHousehold(h);
    QVERIFY(!household);
    QVERIFY(household.error().contains(QStringLiteral("residents on record")));
    QVERIFY(f.registry.removeResident(r));
    QVERIFY(f.registry.removeHousehold(h));
    QVERIFY(f.registry.removeUnit(f.unit));
    QVERIFY(f.registry.removeBuilding(f.building));
    QVERIFY(f.registry.removeCompound(f.compound));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")), 5);
}

void TestRegistryService::auditKeepsIdNumbersMasked() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    Resident r = f.resident(h, QStringLiteral("王秀英"), Gender::Female);
    r.idNumber = QStringLiteral("11010519491231002X");
    QVERIFY(f.registry.addResident(r));
    const QString changes =
        sql::Statement::single(
            f.db->connection(),
            QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'resident'"))
            ->toString();
    const QJsonObject json = QJsonDocument::fromJson(changes.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("id_number")).toString(),
             QStringLiteral("1101**********002X"));
    QVERIFY(!changes.contains(QStringLiteral("11010519491231002X")));
    // Every field of the new resident, as an update's entry names them.
    QCOMPARE(json.keys(),
             (QStringList{"birth_date", "disabled", "elderly_alone", "gender", "household_id",
                          "id_number", "low_income", "mobile", "moved_out_on", "name", "notes",
                          "party_member", "relation", "volunteer"}));
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("王秀英"));
    QCOMPARE(json.value(QStringLiteral("household_id")).toInteger(), h.value);
    QCOMPARE(json.value(QStringLiteral("disabled")), QJsonValue(false));
}

void TestRegistryService::timelineTellsTheHouseholdStory() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    f.db.clock().set(QDateTime(QDate(2025, 3, 27), QTime(11, 0)));
    const ResidentId r =
        *f.registry.addResident(f.resident(h, QStringLiteral("李明"), Gender::Male));
    f.db.clock().set(QDateTime(QDate(2025, 3, 28), QTime(9, 0)));
    QVERIFY(f.registry.moveOut(r, QDate(2025, 3, 28)));

    HouseholdTimeline timeline;
    timeline.addSource(std::make_shared<RegistryTimelineSource>(*f.db));
    const auto entries = timeline.entries(h);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).title, QStringLiteral("李明 moved out"));
    QCOMPARE(entries->at(1).title, QStringLiteral("李明 registered in the household"));
    QCOMPARE(entries->at(2).title, QStringLiteral("Household registered"));
    QCOMPARE(entries->at(2).detail, QStringLiteral("明珠花园3栋2单元301"));
    QCOMPARE(entries->at(0).operatorName, QStringLiteral("测试员"));
}

void TestRegistryService::rolesAreRecorded() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    const ResidentId r =
        *f.registry.addResident(f.resident(h, QStringLiteral("李明"), Gender::Male));
    const StaffId worker = *f.registry.addStaff({{},
                                                 f.community,
                                                 QStringLiteral("周敏"),
                                                 StaffRole::GridWorker,
                                                 QStringLiteral("13800001111"),
                                                 true});
    const GridId grid =
        *f.registry.addGrid({{}, f.community, QStringLiteral("第一网格"), worker, {}});
    QCOMPARE(f.registry.people().grid(grid)->workerName, QStringLiteral("周敏"));

    NeighbourHead head;
    head.residentId = r;
    head.termStart = QDate(2024, 1, 1);
    QVERIFY(!f.registry.addNeighbourHead(head)); // no building chosen
    head.buildings = {f.building};
    QVERIFY(f.registry.addNeighbourHead(head));
    const auto heads = f.registry.people().neighbourHeads(f.building, QDate(2025, 3, 27));
    QCOMPARE(heads->size(), 1);
    QCOMPARE(heads->first().residentName, QStringLiteral("李明"));

    // A term that ends today is over today.
    QVERIFY(!f.registry.endNeighbourHeadTerm(heads->first(), QDate(2023, 12, 31)));
    QVERIFY(f.registry.endNeighbourHeadTerm(heads->first(), QDate(2025, 3, 27)));
    QCOMPARE(f.registry.people().neighbourHeads(f.building, QDate(2025, 3, 27))->size(), 0);
    QCOMPARE(f.registry.people().neighbourHeads(f.building, QDate(2025, 3, 26))->size(), 1);

    QVERIFY(f.registry.addGroupMember({{}, f.building, r, {}, GroupRole::Leader}));
    QVERIFY(!f.registry.addGroupMember({{}, f.building, r, {}, GroupRole::Member}));
    QCOMPARE(f.registry.people().groupMembers(f.building)->size(), 1);
    const Status removal = f.registry.removeResident(r);
    QVERIFY(!removal);
    QVERIFY(removal.error().contains(QStringLiteral("neighbour head")));
    const GroupMember member = f.registry.people().groupMembers(f.building)->first();
    QVERIFY(f.registry.removeGroupMember(member));
    QCOMPARE(f.registry.people().groupMembers(f.building)->size(), 0);
}

QTEST_GUILESS_MAIN(TestRegistryService)
#include "tst_registryservice.moc"
