#include "access/accountservice.h"
#include "cogovernance/cogovernanceservice.h"
#include "mediation/mediationservice.h"
#include "settings/officesettingsservice.h"
#include "support/registryfixture.h"

#include <QTest>

using namespace linli;

// The forms not covered by a module's own tests: a community's name, a household's room, a
// pact template, an account, the office's identity. Each is opened at this desk, saved at another
// desk (another program on the same database), then saved here from what this desk read: the
// save is refused naming the other desk, what the other desk saved stays, and read again, this
// desk's save goes in.
class TestFormsAtTwoDesks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aCommunityRenamedAtAnotherDesk();
    void aHouseholdsRoomCorrectedAtAnotherDesk();
    void aResidentShownAfterTheOtherDesksSaveNamesTheSaver();
    void aPactTemplateSavedAtAnotherDesk();
    void anAccountChangedAtAnotherDesk();
    void theOfficesIdentitySavedAtAnotherDesk();
    void theOtherSettingsSavedAtAnotherDesk();

private:
    static void verifyNamesTheOtherDesk(const Status &refused);
    /// A setting's refusal, worded for the page that then shows what the other desk saved.
    static void verifyNamesTheOtherDeskForASetting(const Status &refused);

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<Database> m_otherDesk;
};

void TestFormsAtTwoDesks::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_f->db->setOperatorName(QStringLiteral("甲台"));
    auto other = Database::open(m_f->db.path(), Database::Mode::OpenExisting);
    QVERIFY2(other, qPrintable(other.error()));
    m_otherDesk = std::move(*other);
    m_otherDesk->setOperatorName(QStringLiteral("乙台"));
}

void TestFormsAtTwoDesks::cleanup() {
    m_otherDesk.reset();
    m_f.reset();
}

void TestFormsAtTwoDesks::verifyNamesTheOtherDesk(const Status &refused) {
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("乙台 changed this record at ")),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().endsWith(QStringLiteral(
                 "after you opened it, so your changes were not saved over theirs. Close the "
                 "form, open the record again and make your changes there.")),
             qPrintable(refused.error()));
}

void TestFormsAtTwoDesks::verifyNamesTheOtherDeskForASetting(const Status &refused) {
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("乙台 changed this setting at ")),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().endsWith(QStringLiteral(
                 "after this page showed it, so your change was not saved over theirs. The page "
                 "now shows what they saved.")),
             qPrintable(refused.error()));
}

void TestFormsAtTwoDesks::aCommunityRenamedAtAnotherDesk() {
    Community seen = *m_f->registry.places().community(m_f->community);
    QCOMPARE(seen.version, 1);
    RegistryService other(*m_otherDesk);
    Community theirs = seen;
    theirs.name = QStringLiteral("红旗新社区");
    QVERIFY(other.updateCommunity(theirs));

    Community mine = seen;
    mine.name = QStringLiteral("红旗老社区");
    verifyNamesTheOtherDesk(m_f->registry.updateCommunity(mine));
    const Community now = *m_f->registry.places().community(m_f->community);
    QCOMPARE(now.name, QStringLiteral("红旗新社区"));
    QCOMPARE(now.version, 2);
    mine = now;
    mine.name = QStringLiteral("红旗老社区");
    QVERIFY(m_f->registry.updateCommunity(mine));
    QCOMPARE(m_f->registry.places().community(m_f->community)->name, QStringLiteral("红旗老社区"));
}

// The other desk saves a resident; then a third person only opens the form (shown the ID number
// in full, audited as a reveal). This desk's save is refused naming who saved, not who looked.
void TestFormsAtTwoDesks::aResidentShownAfterTheOtherDesksSaveNamesTheSaver() {
    const HouseholdId home = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("302"));
    const ResidentId id = *m_f->registry.addResident(
        m_f->resident(home, QStringLiteral("蔡波志"), Gender::Male, Relation::Head));
    const Resident seen = *m_f->registry.reveal(id);
    RegistryService other(*m_otherDesk);
    Resident theirs = *other.reveal(id);
    theirs.notes = QStringLiteral("乙台备注");
    QVERIFY(other.updateResident(theirs));
    m_otherDesk->setOperatorName(QStringLiteral("丙台"));
    QVERIFY(other.reveal(id)); // only looked
    Resident mine = seen;
    mine.notes = QStringLiteral("甲台备注");
    verifyNamesTheOtherDesk(m_f->registry.updateResident(mine));
}

void TestFormsAtTwoDesks::aHouseholdsRoomCorrectedAtAnotherDesk() {
    const HouseholdId id = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("301"));
    const Household seen = *m_f->registry.households().household(id);
    QCOMPARE(seen.version, 1);
    RegistryService other(*m_otherDesk);
    QVERIFY(other.renameHousehold(seen, QStringLiteral("302")));

    verifyNamesTheOtherDesk(m_f->registry.renameHousehold(seen, QStringLiteral("303")));
    const Household now = *m_f->registry.households().household(id);
    QCOMPARE(now.room, QStringLiteral("302"));
    QCOMPARE(now.address, QStringLiteral("明珠花园3栋2单元302"));
    QVERIFY(m_f->registry.renameHousehold(now, QStringLiteral("303")));
    QCOMPARE(m_f->registry.households().household(id)->room, QStringLiteral("303"));
}

void TestFormsAtTwoDesks::aPactTemplateSavedAtAnotherDesk() {
    CoGovernanceService mine(*m_f->db);
    PactTemplate draft;
    draft.name = QStringLiteral("老旧小区公约");
    draft.title = QStringLiteral("楼栋卫生公约");
    draft.clauses = {QStringLiteral("楼道不堆放杂物。")};
    const PactTemplateId id = *mine.saveTemplate(draft);
    const PactTemplate seen = *mine.repository().pactTemplate(id);
    QCOMPARE(seen.version, 1);
    CoGovernanceService other(*m_otherDesk);
    PactTemplate theirs = seen;
    theirs.clauses << QStringLiteral("垃圾袋装，定点投放。");
    QVERIFY(other.saveTemplate(theirs));

    PactTemplate changed = seen;
    changed.title = QStringLiteral("楼栋环境卫生公约");
    verifyNamesTheOtherDesk(mine.saveTemplate(changed).status());
    const PactTemplate now = *mine.repository().pactTemplate(id);
    QCOMPARE(now.title, QStringLiteral("楼栋卫生公约"));
    QCOMPARE(now.clauses, (QStringList{QStringLiteral("楼道不堆放杂物。"),
                                       QStringLiteral("垃圾袋装，定点投放。")}));
    changed = now;
    changed.title = QStringLiteral("楼栋环境卫生公约");
    QVERIFY(mine.saveTemplate(changed));
    QCOMPARE(mine.repository().pactTemplate(id)->clauses.size(), 2);
}

void TestFormsAtTwoDesks::anAccountChangedAtAnotherDesk() {
    AccountService mine(*m_f->db);
    Account draft;
    draft.username = QStringLiteral("zhoumin");
    draft.displayName = QStringLiteral("周敏");
    draft.role = Role::DutyStaff;
    const AccountId id = *mine.createAccount(draft, QStringLiteral("hongqi-2025"));
    const Account seen = *mine.repository().account(id);
    QCOMPARE(seen.version, 1);
    AccountService other(*m_otherDesk);
    Account theirs = seen;
    theirs.role = Role::Mediator;
    QVERIFY(other.updateAccount(theirs));
    // A login in between is no change of the account: the refusal still names who changed it.
    QVERIFY(other.logIn(QStringLiteral("zhoumin"), QStringLiteral("hongqi-2025")));

    Account changed = seen;
    changed.active = false;
    verifyNamesTheOtherDesk(mine.updateAccount(changed));
    const Account now = *mine.repository().account(id);
    QCOMPARE(now.role, Role::Mediator);
    QVERIFY(now.active);
    changed = now;
    changed.active = false;
    QVERIFY(mine.updateAccount(changed));
    QVERIFY(!mine.repository().account(id)->active);
}

void TestFormsAtTwoDesks::theOfficesIdentitySavedAtAnotherDesk() {
    OfficeSettingsService mine(*m_f->db);
    const OfficeIdentity seen = *mine.identity();
    OfficeSettingsService other(*m_otherDesk);
    OfficeIdentity theirs = seen;
    theirs.phone = QStringLiteral("0731-5555 0101");
    QVERIFY(other.save(theirs, seen));

    OfficeIdentity changed = seen;
    changed.sealText = QStringLiteral("红旗社区居民委员会");
    verifyNamesTheOtherDeskForASetting(mine.save(changed, seen));
    const OfficeIdentity now = *mine.identity();
    QCOMPARE(now.phone, QStringLiteral("0731-5555 0101"));
    QCOMPARE(now.sealText, seen.sealText);
    changed = now;
    changed.sealText = QStringLiteral("红旗社区居民委员会");
    QVERIFY(mine.save(changed, now));
    QCOMPARE(mine.identity()->sealText, QStringLiteral("红旗社区居民委员会"));
    QCOMPARE(mine.identity()->phone, QStringLiteral("0731-5555 0101"));
}

// The case numbers' prefix and how long moved-out residents are kept, set at the other desk
// while this desk's settings page shows the old ones: this desk's save is refused, not a
// silent return to what it showed.
void TestFormsAtTwoDesks::theOtherSettingsSavedAtAnotherDesk() {
    MediationService mediation(*m_f->db);
    MediationService otherMediation(*m_otherDesk);
    const QString prefix = *mediation.repository().numberPrefix();
    QVERIFY(otherMediation.setNumberPrefix(QStringLiteral("红调B"), prefix));
    verifyNamesTheOtherDeskForASetting(mediation.setNumberPrefix(QStringLiteral("红调A"), prefix));
    QCOMPARE(*mediation.repository().numberPrefix(), QStringLiteral("红调B"));
    QVERIFY(mediation.setNumberPrefix(QStringLiteral("红调A"), QStringLiteral("红调B")));

    OfficeSettingsService mine(*m_f->db);
    OfficeSettingsService other(*m_otherDesk);
    const int months = mine.retentionMonths();
    QVERIFY(other.setRetentionMonths(48, months));
    // This desk saves other settings after 乙台's change: the refusal still names 乙台, who
    // changed the value this desk showed, not the last one to save any setting.
    const OfficeIdentity seen = *mine.identity();
    OfficeIdentity identity = seen;
    identity.phone = QStringLiteral("0731-5858 0202");
    QVERIFY(mine.save(identity, seen));
    QVERIFY(mediation.setNumberPrefix(QStringLiteral("红调C"), QStringLiteral("红调A")));
    verifyNamesTheOtherDeskForASetting(mine.setRetentionMonths(24, months));
    QCOMPARE(mine.retentionMonths(), 48);
    QVERIFY(mine.setRetentionMonths(24, 48));
    QCOMPARE(mine.retentionMonths(), 24);
}

QTEST_GUILESS_MAIN(TestFormsAtTwoDesks)
#include "tst_formsattwodesks.moc"
