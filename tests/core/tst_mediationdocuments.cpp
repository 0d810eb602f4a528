#include "documents/mediationdocuments.h"
#include "documents/printeddocument.h"
#include "mediation/mediationfigures.h"
#include "mediation/mediationservice.h"
#include "mediation/mediationstatistics.h"
#include "mediation/screeninglog.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>

using namespace linli;

// Agreements and cost shares, from the service to the printed page.
class TestMediationDocuments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void agreementNeedsTermsAndTheRightState();
    void anAgreementWrittenAtTwoDesks();
    void agreementPrintsPartiesAndTerms();
    void costShareAddsUpAndPrintsEveryHousehold();
    void followUpMovesTheCaseOn();
    void aShareVoidedStaysOnRecordAndTakesNoPayment();
    void figuresOnAKnownDataSet();
    void statisticsCountEachThingInItsMonth();
    void anAgreementRecordsItsMoneyAndTheCourt();
    void theScreeningLogTakesOnlyWhatHappened();

private:
    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<MediationService> m_service;
    MediationCase m_case;
    QList<HouseholdId> m_unit;
    OfficeIdentity m_office{QStringLiteral("红旗社区居民委员会"), QStringLiteral("宝塔街道"),
                            QStringLiteral("岳塘区"), QStringLiteral("0731-55550101"),
                            QStringLiteral("红旗社区人民调解委员会")};
};

void TestMediationDocuments::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_service = std::make_unique<MediationService>(*m_f->db);
    m_unit.clear();
    for (const char *room : {"101", "102", "201", "202", "301", "302", "401"})
        m_unit << *m_f->registry.addHousehold(m_f->unit, QString::fromLatin1(room));
    const MediatorId lead = *m_service->addMediator(
        {{}, QStringLiteral("刘主任"), MediatorKind::Cadre, {}, {}, {}, true, {}, {}});
    const MediatorId lawyer = *m_service->addMediator(
        {{}, QStringLiteral("赵律师"), MediatorKind::Lawyer, {}, {}, {}, true, {}, {}});
    MediationCase c;
    c.type = CaseType::PipesSeptic;
    c.risk = Risk::Yellow;
    c.facts = QStringLiteral("2单元化粪池堵塞，一楼住户家中返水");
    c.focus = QStringLiteral("疏通和维修费用由谁承担");
    c.leadMediator = lead;
    c.team = {lawyer};
    Party applicant;
    applicant.side = PartySide::Applicant;
    applicant.name = QStringLiteral("张大爷");
    applicant.address = QStringLiteral("明珠花园3栋2单元101");
    applicant.phone = QStringLiteral("13812345678");
    Party respondent;
    respondent.side = PartySide::Respondent;
    respondent.name = QStringLiteral("2单元其他住户代表李师傅");
    c.parties = {applicant, respondent};
    m_case = *m_service->openCase(c);
}

void TestMediationDocuments::cleanup() {
    m_service.reset();
    m_f.reset();
}

void TestMediationDocuments::agreementNeedsTermsAndTheRightState() {
    Agreement a;
    a.caseId = m_case.id;
    a.terms = {{QStringLiteral("疏通化粪池"), {}, {}}};
    QVERIFY(!m_service->saveAgreement(a)); // still only accepted
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    Agreement empty;
    empty.caseId = m_case.id;
    empty.terms = {{QStringLiteral("  "), {}, {}}};
    QVERIFY(!m_service->saveAgreement(empty));
    QVERIFY(m_service->saveAgreement(a));
    // Saved again from what it read: the terms are replaced.
    a = **m_service->agreements().agreement(m_case.id);
    QCOMPARE(a.version, 1);
    a.terms.append(
        {QStringLiteral("更换破损管段"), QStringLiteral("由物业联系施工队"), QDate(2025, 4, 10)});
    QVERIFY(m_service->saveAgreement(a));
    const auto stored = m_service->agreements().agreement(m_case.id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->terms.size(), 2);
    QCOMPARE((*stored)->signedOn, QDate(2025, 3, 27));
    QCOMPARE((*stored)->version, 2);
}

// Two desks with the agreement's form open: the one that saves second is told who saved first,
// whether its form opened on no agreement or on one saved over since; what was saved stays.
void TestMediationDocuments::anAgreementWrittenAtTwoDesks() {
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    const auto otherDesk = m_f->anotherDesk();
    QVERIFY(otherDesk);
    MediationService other(*otherDesk);

    Agreement mine; // this desk's form opened on no agreement
    mine.caseId = m_case.id;
    mine.terms = {{QStringLiteral("甲台写的条款"), {}, {}}};
    Agreement theirs = mine;
    theirs.terms = {{QStringLiteral("乙台写的条款"), {}, {}}};
    QVERIFY(other.saveAgreement(theirs));
    const Status refused = m_service->saveAgreement(mine);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(refused), qPrintable(refused.error()));
    QCOMPARE((*m_service->agreements().agreement(m_case.id))->terms.first().text,
             QStringLiteral("乙台写的条款"));

    // Both open it now; the other desk saves first again.
    mine = **m_service->agreements().agreement(m_case.id);
    theirs = **other.agreements().agreement(m_case.id);
    theirs.terms.append({QStringLiteral("乙台补充"), {}, {}});
    QVERIFY(other.saveAgreement(theirs));
    mine.terms.append({QStringLiteral("甲台补充"), {}, {}});
    const Status again = m_service->saveAgreement(mine);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(again), qPrintable(again.error()));
    QCOMPARE((*m_service->agreements().agreement(m_case.id))->terms.size(), 2);
    QCOMPARE((*m_service->agreements().agreement(m_case.id))->terms.last().text,
             QStringLiteral("乙台补充"));
    // Read again, this desk's save goes in.
    mine = **m_service->agreements().agreement(m_case.id);
    mine.terms.append({QStringLiteral("甲台补充"), {}, {}});
    QVERIFY(m_service->saveAgreement(mine));
    QCOMPARE((*m_service->agreements().agreement(m_case.id))->terms.size(), 3);
}

void TestMediationDocuments::agreementPrintsPartiesAndTerms() {
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    Agreement a;
    a.caseId = m_case.id;
    a.terms = {{QStringLiteral("由疏通队清掏2单元化粪池"), QStringLiteral("社区联系，住户配合"),
                QDate(2025, 3, 30)},
               {QStringLiteral("费用3867元由本单元14户平均分摊"), {}, {}}};
    QVERIFY(m_service->saveAgreement(a));
    QVERIFY(m_service->act(m_case.id, CaseAction::ReachAgreement, QStringLiteral("达成协议")));
    const auto document = MediationDocuments::agreement(
        *m_service->repository().mediationCase(m_case.id),
        **m_service->agreements().agreement(m_case.id),
        {QStringLiteral("刘主任"), QStringLiteral("赵律师")}, m_office);
    const QString pdf = m_f->db.dir() + QStringLiteral("/agreement.pdf");
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("人民调解协议书")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const QString &expected :
         {QStringLiteral("人民调解协议书"), QStringLiteral("（2025）调字第001号"),
          QStringLiteral("申请人"), QStringLiteral("张大爷"), QStringLiteral("13812345678"),
          QStringLiteral("被申请人"), QStringLiteral("2单元其他住户代表李师傅"),
          QStringLiteral("疏通和维修费用由谁承担"), QStringLiteral("由疏通队清掏2单元化粪池"),
          QStringLiteral("于2025年3月30日前履行完毕"),
          QStringLiteral("费用3867元由本单元14户平均分摊"), QStringLiteral("一式3份"),
          QStringLiteral("刘主任、赵律师"), QStringLiteral("红旗社区人民调解委员会（印章）"),
          QStringLiteral("2025年3月27日")})
        QVERIFY2(test::pdfHas(text, expected),
                 qPrintable(expected + QStringLiteral(" not in ") + text));
}

void TestMediationDocuments::costShareAddsUpAndPrintsEveryHousehold() {
    QVERIFY(!m_service->shareCost(m_case.id, QStringLiteral("疏通化粪池"), 100, {}, {}));
    QVERIFY(!m_service->shareCost(m_case.id, QString(), 100, m_unit, {}));
    // Nothing to share: a total of 0.00 is refused, saying so.
    const auto nothing = m_service->shareCost(m_case.id, QStringLiteral("疏通"), 0, m_unit, {});
    QVERIFY(!nothing);
    QVERIFY2(nothing.error().contains(QStringLiteral("more than 0.00")),
             qPrintable(nothing.error()));
    QVERIFY(!m_service->shareCost(m_case.id, QStringLiteral("疏通"), 100, m_unit, {1, 2}));
    // Not before the parties mediate: the case was only accepted.
    const auto early =
        m_service->shareCost(m_case.id, QStringLiteral("疏通化粪池"), 386700, m_unit, {});
    QVERIFY(!early);
    QVERIFY2(early.error().startsWith(QStringLiteral("A cost is shared while the parties mediate")),
             qPrintable(early.error()));
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    // 3,867.00 yuan over 7 households: six pay 552.43 and one 552.42.
    const auto id =
        m_service->shareCost(m_case.id, QStringLiteral("疏通化粪池及更换管段"), 386700, m_unit, {});
    QVERIFY2(id, qPrintable(id.error()));
    const auto share = m_service->agreements().costShare(*id);
    QCOMPARE(share->parts.size(), 7);
    qint64 sum = 0;
    for (const CostSharePart &part : share->parts)
        sum += part.amountFen;
    QCOMPARE(sum, qint64(386700));
    QCOMPARE(share->parts.first().amountFen, qint64(55243));
    QCOMPARE(share->parts.last().amountFen, qint64(55242));
    QVERIFY(m_service->setPaid(*id, m_unit.first(), true));
    QVERIFY(!m_service->setPaid(*id, HouseholdId{9999}, true));

    const auto document = MediationDocuments::costShareSheet(
        *m_service->repository().mediationCase(m_case.id), *m_service->agreements().costShare(*id),
        m_office, QDate(2025, 3, 28));
    const QString pdf = m_f->db.dir() + QStringLiteral("/share.pdf");
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("维修费用分摊表")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    QVERIFY2(test::pdfHas(text, QStringLiteral("维修费用分摊表")), qPrintable(text));
    QVERIFY(test::pdfHas(text, QStringLiteral("费用总额：3,867.00元，由以下7户平均分摊")));
    for (const char *room : {"101", "102", "201", "202", "301", "302", "401"})
        QVERIFY2(test::pdfHas(text, QStringLiteral("明珠花园3栋2单元") + QLatin1String(room)),
                 room);
    QVERIFY(test::pdfHas(text, QStringLiteral("552.43")));
    QVERIFY(test::pdfHas(text, QStringLiteral("552.42")));
    QVERIFY(test::pdfHas(text, QStringLiteral("合计3,867.00已缴552.43")));
    QVERIFY(test::pdfHas(text, QStringLiteral("2025年3月28日")));
}

// A share agreed in error is voided with the reason, audited, never deleted: it takes no more
// payments, and the statistics no longer count it.
void TestMediationDocuments::aShareVoidedStaysOnRecordAndTakesNoPayment() {
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::ReachAgreement, QStringLiteral("达成")));
    // By floor area: 89.5 m² and 59.67 m².
    const auto share = m_service->shareCost(m_case.id, QStringLiteral("更换水管"), 10000,
                                            {m_unit.at(0), m_unit.at(1)}, {8950, 5967});
    QVERIFY2(share, qPrintable(share.error()));
    const auto split = m_service->agreements().costShare(*share);
    QCOMPARE(split->parts.at(0).weightHundredths, qint64(8950));
    QCOMPARE(split->parts.at(0).amountFen + split->parts.at(1).amountFen, qint64(10000));
    QCOMPARE(split->parts.at(0).amountFen, qint64(6000));

    QVERIFY(!m_service->voidCostShare(*share, QStringLiteral("  ")));
    m_f->db->setOperatorName(QStringLiteral("刘主任"));
    QVERIFY(m_service->voidCostShare(*share, QStringLiteral("录入重复")));
    const auto voided = m_service->agreements().costShare(*share);
    QVERIFY(voided->isVoid());
    QCOMPARE(voided->voidedBy, QStringLiteral("刘主任"));
    QCOMPARE(voided->voidReason, QStringLiteral("录入重复"));
    const Status paid = m_service->setPaid(*share, m_unit.at(0), true);
    QVERIFY(!paid);
    QVERIFY2(paid.error().startsWith(QStringLiteral("刘主任 voided this share on ")),
             qPrintable(paid.error()));
    QVERIFY(!m_service->voidCostShare(*share, QStringLiteral("again")));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity ="
                                       " 'cost_share' AND changes LIKE '%录入重复%'")),
             1);
    const auto figures = MediationFigures::compute(*m_f->db, QDate(2025, 3, 1), QDate(2025, 3, 31));
    QCOMPARE(figures->costSharedFen, qint64(0));
}

void TestMediationDocuments::followUpMovesTheCaseOn() {
    QVERIFY(!m_service->followUp(m_case.id, {QDate(2025, 3, 27), true, {}})); // not settled yet
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::ReachAgreement, QStringLiteral("达成协议")));
    QVERIFY(!m_service->followUp(m_case.id, {QDate(2025, 4, 1), true, {}})); // in the future
    QVERIFY(
        m_service->followUp(m_case.id, {QDate(2025, 3, 27), true, QStringLiteral("化粪池已疏通")}));
    QCOMPARE(m_service->repository().mediationCase(m_case.id)->state, CaseState::FollowedUp);
    const auto visits = m_service->agreements().followUps(m_case.id);
    QCOMPARE(visits->size(), 1);
    QVERIFY(visits->first().carriedOut);
    QCOMPARE(visits->first().notes, QStringLiteral("化粪池已疏通"));
}

void TestMediationDocuments::figuresOnAKnownDataSet() {
    // Three cases: one settled by agreement with a cost share and closed after 10 days, one
    // without agreement, one still open.
    auto &clock = m_f->db.clock();
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    QVERIFY(m_service->recordRightsNotice(m_case.id, QDate(2025, 3, 27)));
    Session held;
    held.caseId = m_case.id;
    held.start = QDateTime(QDate(2025, 3, 27), QTime(8, 0));
    held.end = QDateTime(QDate(2025, 3, 27), QTime(9, 0));
    held.mediators = {m_case.leadMediator};
    QVERIFY(m_service->record(*m_service->schedule(held), QStringLiteral("双方同意疏通"), {}));
    QVERIFY(m_service->setAverted(m_case.id, Averted::Criminal, true));
    QVERIFY(m_service->saveAgreement({0, m_case.id, {}, {{QStringLiteral("疏通"), {}, {}}}}));
    QVERIFY(m_service->act(m_case.id, CaseAction::ReachAgreement, QStringLiteral("达成")));
    QVERIFY(m_service->shareCost(m_case.id, QStringLiteral("疏通"), 386700, m_unit, {}));
    clock.set(QDateTime(QDate(2025, 4, 6), QTime(10, 0)));
    QVERIFY(m_service->followUp(m_case.id, {QDate(2025, 4, 6), true, {}}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Close, {}));
    MediationCase second = m_case;
    second.id = {};
    second.type = CaseType::Noise;
    second.acceptedOn = QDate(2025, 4, 1);
    const CaseId failed = m_service->openCase(second)->id;
    QVERIFY(m_service->act(failed, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(failed, CaseAction::Mediate, {}));
    QVERIFY(m_service->act(failed, CaseAction::Fail, QStringLiteral("分歧大")));
    second.acceptedOn = QDate(2025, 4, 2);
    QVERIFY(m_service->openCase(second));

    const auto f = MediationFigures::compute(*m_f->db, QDate(2025, 1, 1), QDate(2025, 12, 31));
    QVERIFY(f);
    QCOMPARE(f->accepted, 3);
    QCOMPARE(f->concluded, 2);
    QCOMPARE(f->agreements, 1);
    QCOMPARE(f->agreementRate, 0.5);
    QCOMPARE(f->costSharedFen, qint64(386700));
    QCOMPARE(f->avertedCriminal, 1);
    QCOMPARE(f->medianDaysToClose, 10.0);
    QCOMPARE(f->byType.value(CaseType::Noise), 2);
    QCOMPARE(f->byType.value(CaseType::PipesSeptic), 1);
    QCOMPARE(f->byState.value(CaseState::Closed), 1);
    QCOMPARE(f->bySource.value(CaseSource::Application), 3);
}

// The statistics form on a known data set: each thing counted in the month it happened, the
// year to the month's end beside it, and the case types under the official categories as the
// office mapped them. What is printed is read back from the PDF, raw.
void TestMediationDocuments::statisticsCountEachThingInItsMonth() {
    auto &clock = m_f->db.clock();
    const auto settle = [this](CaseId id) {
        QVERIFY(m_service->act(id, CaseAction::Investigate, {}));
        QVERIFY(m_service->act(id, CaseAction::Mediate, {}));
    };
    // Accepted 27 March (2 parties), settled that day with a written agreement and a cost share.
    settle(m_case.id);
    QVERIFY(m_service->setAverted(m_case.id, Averted::Criminal, true));
    Agreement written{0, m_case.id, {}, {{QStringLiteral("疏通"), {}, {}}}};
    written.amountFen = 386700;
    QVERIFY(m_service->saveAgreement(written));
    QVERIFY(m_service->act(m_case.id, CaseAction::ReachAgreement, QStringLiteral("达成")));
    QVERIFY(m_service->shareCost(m_case.id, QStringLiteral("疏通"), 386700, m_unit, {}));
    // Screening rounds: one in March, two in April (one found nothing).
    ScreeningLog log(*m_f->db);
    QVERIFY(log.record({0, QDate(2025, 3, 10), QStringLiteral("第一网格"), 3, 2, {}, {}, 0}));
    // Accepted 20 March, agreed by word on 3 April: March's acceptance, April's success.
    MediationCase draft = m_case;
    draft.id = {};
    draft.type = CaseType::Noise;
    draft.acceptedOn = QDate(2025, 3, 20);
    const CaseId oral = m_service->openCase(draft)->id;
    settle(oral);
    clock.set(QDateTime(QDate(2025, 4, 3), QTime(10, 0)));
    QVERIFY(m_service->act(oral, CaseAction::ReachAgreement, QStringLiteral("口头达成")));
    // Accepted 1 April, not settled on the 5th; accepted 2 April (parking), still open.
    clock.set(QDateTime(QDate(2025, 4, 5), QTime(10, 0)));
    draft.acceptedOn = QDate(2025, 4, 1);
    const CaseId failed = m_service->openCase(draft)->id;
    settle(failed);
    QVERIFY(m_service->setAverted(failed, Averted::GroupFight, true));
    QVERIFY(m_service->act(failed, CaseAction::Fail, QStringLiteral("分歧大")));
    draft.type = CaseType::Parking;
    draft.acceptedOn = QDate(2025, 4, 2);
    QVERIFY(m_service->openCase(draft));
    QVERIFY(log.record({0, QDate(2025, 4, 2), QStringLiteral("第二网格"), 2, 2, {}, {}, 0}));
    QVERIFY(log.record({0, QDate(2025, 4, 3), QStringLiteral("明珠花园"), 0, 0, {}, {}, 0}));
    // The court confirmed the March agreement on 4 April.
    Agreement confirmed = **m_service->agreements().agreement(m_case.id);
    confirmed.confirmedOn = QDate(2025, 4, 4);
    confirmed.confirmedBy = QStringLiteral("岳塘区人民法院");
    QVERIFY(m_service->saveAgreement(confirmed));
    // The office counts noise under environmental pollution; pipes stay neighbours' disputes.
    const OfficialCategoryMap seen = *m_service->repository().officialCategories();
    OfficialCategoryMap mapped = seen;
    mapped[CaseType::Noise] = OfficialCategory::Environment;
    QVERIFY(m_service->setOfficialCategories(mapped, seen));

    const auto april = MediationStatistics::compute(*m_f->db, QDate(2025, 4, 1));
    QVERIFY2(april, qPrintable(april.error()));
    const MediationTally &m = april->thisMonth;
    QCOMPARE(m.accepted, 2);
    QCOMPARE(m.concluded, 2);
    QCOMPARE(m.succeeded, 1);
    QCOMPARE(m.oral, 1);
    QCOMPARE(m.written, 0);
    QCOMPARE(m.successRate(), std::optional<double>(0.5));
    QCOMPARE(m.parties, 4);
    QCOMPARE(m.agreedFen, qint64(0));
    QCOMPARE(m.confirmed, 1);
    QCOMPARE(m.averted.value(Averted::GroupFight), 1);
    QCOMPARE(m.averted.value(Averted::Criminal), 0);
    QCOMPARE(m.screenings, 2);
    QCOMPARE(m.found, 2);
    QCOMPARE(m.prevented, 2);
    QCOMPARE(m.medianDaysToConclude(), std::optional<double>(9));
    QCOMPARE(m.acceptedByCategory.value(OfficialCategory::Environment), 1);
    QCOMPARE(m.acceptedByCategory.value(OfficialCategory::Property), 1);
    const MediationTally &y = april->yearToDate;
    QCOMPARE(y.accepted, 4);
    QCOMPARE(y.concluded, 3);
    QCOMPARE(y.succeeded, 2);
    QCOMPARE(y.written, 1);
    QCOMPARE(y.agreedFen, qint64(386700));
    QCOMPARE(y.confirmed, 1);
    QCOMPARE(y.averted.value(Averted::Criminal), 1);
    QCOMPARE(y.screenings, 3);
    QCOMPARE(y.found, 5);
    QCOMPARE(y.prevented, 4);
    QCOMPARE(y.medianDaysToConclude(), std::optional<double>(4));
    QCOMPARE(y.acceptedByCategory.value(OfficialCategory::Neighbours), 1);
    QCOMPARE(y.acceptedByCategory.value(OfficialCategory::Environment), 2);
    const auto march = MediationStatistics::compute(*m_f->db, QDate(2025, 3, 15));
    QCOMPARE(march->thisMonth.accepted, 2);
    QCOMPARE(march->thisMonth.succeeded, 1);
    QCOMPARE(march->thisMonth.successRate(), std::optional<double>(1.0));
    QCOMPARE(march->thisMonth.confirmed, 0);
    QCOMPARE(march->thisMonth.agreedFen, qint64(386700));
    const auto january = MediationStatistics::compute(*m_f->db, QDate(2025, 1, 1));
    QCOMPARE(january->yearToDate.concluded, 0);
    QVERIFY(!january->yearToDate.successRate());
    QVERIFY(!january->yearToDate.medianDaysToConclude());

    const auto sheet = MediationDocuments::monthlyStatistics(
        *april, m_office, QStringLiteral("王晓燕"), QDate(2025, 5, 2));
    const QString pdf = m_f->db.dir() + QStringLiteral("/statistics.pdf");
    QVERIFY(PrintedDocument::writePdf(*sheet, pdf, QStringLiteral("人民调解工作统计表")));
    const QString raw = test::pdfText(pdf);
    QCOMPARE(raw.count(u'\f'), 1); // one page: pdftotext ends each with a form feed
    const QString text = test::squeezed(raw);
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const char16_t *printed : {u"人民调解工作统计表",
                                    u"统计期间：2025年4月本年累计：2025年1月1日至4月30日",
                                    u"受理纠纷（件）24",
                                    u"调结纠纷（件）23",
                                    u"调解成功（件）12",
                                    u"书面协议（件）01",
                                    u"口头协议（件）11",
                                    u"调解成功率（调解成功件数÷调结件数）50.0%66.7%",
                                    u"涉及当事人（人）48",
                                    u"排查纠纷（次）23",
                                    u"排查发现纠纷（件）25",
                                    u"预防纠纷（件）24",
                                    u"协议涉及金额（元）0.003,867.00",
                                    u"司法确认（件）11",
                                    u"防止民间纠纷引起自杀（件）00",
                                    u"防止民间纠纷转化为刑事案件（件）01",
                                    u"防止群体性上访（件）00",
                                    u"防止群体性械斗（件）11",
                                    u"受理至调结天数（中位数）94",
                                    u"婚姻纠纷00",
                                    u"邻里纠纷01",
                                    u"环境污染纠纷12",
                                    u"物业纠纷11",
                                    u"其他纠纷00",
                                    u"纠纷来源（件）当事人申请主动调解公安移送法院委托政府部门交办"
                                    u"本月20000本年累计40000",
                                    u"填表人：王晓燕",
                                    u"填报日期：2025年5月2日"})
        QVERIFY2(text.contains(QString::fromUtf16(printed)),
                 qPrintable(QString::fromUtf16(printed) + QStringLiteral("\n") + text));
}

// The money an agreement settles and a court's confirmation are saved as typed and read back;
// a confirmation before the signing, to come, or with no court is refused, the agreement kept.
void TestMediationDocuments::anAgreementRecordsItsMoneyAndTheCourt() {
    QVERIFY(m_service->act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(m_service->act(m_case.id, CaseAction::Mediate, {}));
    m_f->db.clock().set(QDateTime(QDate(2025, 4, 10), QTime(10, 0)));
    Agreement a{0, m_case.id, QDate(2025, 3, 20), {{QStringLiteral("赔偿墙面修复费用"), {}, {}}}};
    // Signed before the case was accepted (27 March), or still to come: refused.
    QVERIFY(!m_service->saveAgreement(a));
    a.signedOn = QDate(2025, 4, 11);
    QVERIFY(!m_service->saveAgreement(a));
    a.signedOn = QDate(2025, 3, 28);
    a.amountFen = 260050;
    QVERIFY(m_service->saveAgreement(a));
    a = **m_service->agreements().agreement(m_case.id);
    QCOMPARE(a.amountFen, qint64(260050));
    QVERIFY(!a.confirmedOn.isValid());

    a.confirmedOn = QDate(2025, 3, 27); // before it was signed
    a.confirmedBy = QStringLiteral("岳塘区人民法院");
    const Status early = m_service->saveAgreement(a);
    QVERIFY(!early);
    QVERIFY2(early.error().contains(QStringLiteral("2025-03-27")), qPrintable(early.error()));
    a.confirmedOn = QDate(2025, 4, 11); // the clock says 10 April
    QVERIFY(!m_service->saveAgreement(a));
    a.confirmedOn = QDate(2025, 4, 2);
    a.confirmedBy = QStringLiteral("  ");
    const Status noCourt = m_service->saveAgreement(a);
    QCOMPARE(noCourt.error(), QStringLiteral("Say which court confirmed the agreement."));
    QVERIFY(!(*m_service->agreements().agreement(m_case.id))->confirmedOn.isValid());

    a.confirmedBy = QStringLiteral("岳塘区人民法院");
    QVERIFY(m_service->saveAgreement(a));
    const Agreement stored = **m_service->agreements().agreement(m_case.id);
    QCOMPARE(stored.confirmedOn, QDate(2025, 4, 2));
    QCOMPARE(stored.confirmedBy, QStringLiteral("岳塘区人民法院"));
    QCOMPARE(stored.amountFen, qint64(260050));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'agreement'"
                                       " AND changes LIKE '%2025-04-02%'")),
             1);
}

// The log takes a round that was held, with those headed off among those found; a correction
// goes only over what the form read, and a removal leaves what it said in the audit trail. A
// role outside mediation is refused in core.
void TestMediationDocuments::theScreeningLogTakesOnlyWhatHappened() {
    ScreeningLog log(*m_f->db);
    DisputeScreening round{0, QDate(2025, 3, 28), QStringLiteral("第一网格"), 2, 1, {}, {}, 0};
    const auto future = log.record(round);
    QVERIFY(!future);
    QVERIFY2(future.error().contains(QStringLiteral("2025-03-28")), qPrintable(future.error()));
    round.heldOn = QDate(2025, 3, 26);
    round.prevented = 3;
    const auto tooMany = log.record(round);
    QCOMPARE(tooMany.error(), QStringLiteral("3 dispute(s) headed off, but only 2 found: those "
                                             "headed off are among those found."));
    round.prevented = 1;
    round.area = QStringLiteral(" ");
    QVERIFY(!log.record(round));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM dispute_screenings")), 0);

    round.area = QStringLiteral("第一网格");
    const auto id = log.record(round);
    QVERIFY2(id, qPrintable(id.error()));
    const auto rounds = log.between(QDate(2025, 3, 1), QDate(2025, 3, 31));
    QCOMPARE(rounds->size(), 1);
    DisputeScreening mine = rounds->first();
    QCOMPARE(mine.found, 2);
    QCOMPARE(mine.recordedBy, m_f->db->operatorName());

    // Another desk corrects it first: this desk's correction is refused, naming it.
    const auto otherDesk = m_f->anotherDesk();
    QVERIFY(otherDesk);
    ScreeningLog theirs(*otherDesk);
    DisputeScreening their = theirs.between(QDate(2025, 3, 1), QDate(2025, 3, 31))->first();
    their.found = 4;
    QVERIFY(theirs.correct(their));
    mine.notes = QStringLiteral("甲台补记");
    const Status stale = log.correct(mine);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(stale), qPrintable(stale.error()));
    QVERIFY(!log.remove(mine));
    mine = log.between(QDate(2025, 3, 1), QDate(2025, 3, 31))->first();
    QCOMPARE(mine.found, 4);

    UserSession desk = m_f->db->session();
    desk.role = Role::DutyStaff;
    m_f->db->setSession(desk);
    QVERIFY(!log.record(round));
    QVERIFY(!log.remove(mine));
    QVERIFY(!log.between(QDate(2025, 3, 1), QDate(2025, 3, 31)));
    desk.role = Role::Mediator;
    m_f->db->setSession(desk);
    QVERIFY(log.remove(mine));
    QVERIFY(log.between(QDate(2025, 3, 1), QDate(2025, 3, 31))->isEmpty());
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity ="
                                       " 'dispute_screening' AND action = 'delete'")),
             1);
}

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestMediationDocuments test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mediationdocuments.moc"
