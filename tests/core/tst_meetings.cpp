#include "cogovernance/cogovernanceservice.h"
#include "cogovernance/meetingservice.h"
#include "complaints/complaintservice.h"
#include "documents/meetingdocuments.h"
#include "documents/pactdocuments.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>

using namespace linli;

namespace {

MeetingAction actionOf(DecisionId decision, const QString &text, const QString &owner, QDate due) {
    MeetingAction action;
    action.decisionId = decision;
    action.text = text;
    action.owner = owner;
    action.dueOn = due;
    return action;
}

} // namespace

// Opinions, building meetings, decisions voted one per household, actions, and the papers.
class TestMeetings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tally_data();
    void tally();
    void venues();
    void aMatterFromOpinionToDone();
    void anOpinionAndAnActionAtTwoDesks();
    void votesAreOnePerHouseholdPresent();
    void papersPrint();
    void aPactAdoptedByADecision();
    void aMeetingTakesUpAComplaint();

private:
    Attendee attendee(int household, AttendeeRole role = AttendeeRole::Resident) const;
    MeetingId callMeeting(const QList<Attendee> &attendees, OpinionId opinion = {});

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<MeetingService> m_service;
    QList<HouseholdId> m_households; ///< 101 … 402: eight in all
    HouseholdId m_elsewhere;
};

void TestMeetings::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_service = std::make_unique<MeetingService>(*m_f->db);
    m_households.clear();
    for (const char *room : {"101", "102", "201", "202", "301", "302", "401", "402"}) {
        const HouseholdId h = *m_f->registry.addHousehold(m_f->unit, QString::fromLatin1(room));
        m_households << h;
        QVERIFY(m_f->registry.addResident(
            m_f->resident(h, QStringLiteral("户主%1").arg(QString::fromLatin1(room)), Gender::Male,
                          Relation::Head)));
    }
    const BuildingId other =
        *m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("5栋"), {}});
    const UnitId unit = *m_f->registry.addUnit({{}, other, QStringLiteral("1单元")});
    m_elsewhere = *m_f->registry.addHousehold(unit, QStringLiteral("101"));
}

void TestMeetings::cleanup() {
    m_service.reset();
    m_f.reset();
}

Attendee TestMeetings::attendee(int household, AttendeeRole role) const {
    Attendee a;
    a.householdId = m_households.at(household);
    a.name = QStringLiteral("住户%1").arg(household + 1);
    a.role = role;
    return a;
}

MeetingId TestMeetings::callMeeting(const QList<Attendee> &attendees, OpinionId opinion) {
    Meeting meeting;
    meeting.buildingId = m_f->building;
    meeting.startsAt = QDateTime(QDate(2025, 3, 26), QTime(19, 0));
    meeting.convener = QStringLiteral("李明");
    meeting.topic = QStringLiteral("楼道杂物清理");
    meeting.attendees = attendees;
    meeting.agenda = {{{}, QStringLiteral("清理楼道堆放的杂物"), opinion, 0},
                      {{}, QStringLiteral("制定楼栋卫生公约"), {}, 0}};
    const auto called = m_service->callMeeting(meeting);
    if (!called)
        qWarning() << called.error();
    return called ? *called : MeetingId{};
}

void TestMeetings::tally_data() {
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("forVotes");
    QTest::addColumn<int>("against");
    QTest::addColumn<int>("abstain");
    QTest::addColumn<int>("present");
    QTest::addColumn<bool>("quorum");
    QTest::addColumn<bool>("passed");
    // The building has 10 households: the quorum is 6.
    QTest::newRow("consensus with quorum")
        << int(VoteRule::Consensus) << 0 << 0 << 0 << 6 << true << true;
    QTest::newRow("consensus, half is not a quorum")
        << int(VoteRule::Consensus) << 0 << 0 << 0 << 5 << false << false;
    QTest::newRow("majority 4 of 7") << int(VoteRule::Majority) << 4 << 2 << 1 << 7 << true << true;
    QTest::newRow("majority tie fails")
        << int(VoteRule::Majority) << 3 << 3 << 0 << 6 << true << false;
    QTest::newRow("abstentions count as cast")
        << int(VoteRule::Majority) << 3 << 1 << 2 << 6 << true << false;
    QTest::newRow("two thirds exactly")
        << int(VoteRule::TwoThirds) << 4 << 2 << 0 << 6 << true << true;
    QTest::newRow("two thirds short")
        << int(VoteRule::TwoThirds) << 4 << 3 << 0 << 7 << true << false;
    QTest::newRow("no quorum, all for")
        << int(VoteRule::Majority) << 5 << 0 << 0 << 5 << false << false;
    QTest::newRow("no votes") << int(VoteRule::Majority) << 0 << 0 << 0 << 8 << true << false;
}

void TestMeetings::tally() {
    QFETCH(int, rule);
    QFETCH(int, forVotes);
    QFETCH(int, against);
    QFETCH(int, abstain);
    QFETCH(int, present);
    QFETCH(bool, quorum);
    QFETCH(bool, passed);
    Decision d;
    d.rule = VoteRule(rule);
    qint64 household = 0;
    for (int i = 0; i < forVotes; ++i)
        d.votes.append({HouseholdId{++household}, Vote::For});
    for (int i = 0; i < against; ++i)
        d.votes.append({HouseholdId{++household}, Vote::Against});
    for (int i = 0; i < abstain; ++i)
        d.votes.append({HouseholdId{++household}, Vote::Abstain});
    const Tally t = Tally::of(d, present, 10);
    QCOMPARE(t.quorum, quorum);
    QCOMPARE(t.passed, passed);
    QCOMPARE(t.forVotes, forVotes);
}

void TestMeetings::venues() {
    CouncilVenue online{
        {}, m_f->compound, CouncilVenueKind::Online, QStringLiteral("明珠花园网上议事群"), {}, 0,
        {}};
    QVERIFY(!m_service->saveVenue(online)); // who runs it?
    online.owner = QStringLiteral("周敏（网格员）");
    QVERIFY(m_service->saveVenue(online));
    QVERIFY(m_service->saveVenue({{},
                                  m_f->compound,
                                  CouncilVenueKind::Hall,
                                  QStringLiteral("3栋楼栋议事厅"),
                                  QStringLiteral("3栋1楼"),
                                  30,
                                  {}}));
    const auto venues = m_service->repository().venues(m_f->compound);
    QCOMPARE(venues->size(), 2);
    QCOMPARE(venues->at(0).kind, CouncilVenueKind::Hall);
    QCOMPARE(venues->at(0).capacity, 30);
    QCOMPARE(venues->at(1).owner, QStringLiteral("周敏（网格员）"));
}

void TestMeetings::aMatterFromOpinionToDone() {
    Opinion o;
    o.buildingId = m_f->building;
    o.raisedBy = QStringLiteral("住户1");
    o.category = OpinionCategory::CorridorHygiene;
    o.text = QStringLiteral("二楼楼道堆满纸箱，出入不便");
    const OpinionId opinion = *m_service->raiseOpinion(o);
    QCOMPARE(m_service->repository().opinion(opinion)->state, OpinionState::Open);

    // Five of eight households come: a quorum.
    const MeetingId id = callMeeting({attendee(0, AttendeeRole::NeighbourHead),
                                      attendee(1),
                                      attendee(2),
                                      attendee(3),
                                      attendee(4),
                                      {{}, {}, QStringLiteral("周敏"), AttendeeRole::GridWorker}},
                                     opinion);
    QVERIFY(id.isValid());
    QCOMPARE(m_service->repository().opinion(opinion)->state, OpinionState::OnAgenda);
    Meeting meeting = *m_service->repository().meeting(id);
    QCOMPARE(meeting.agenda.size(), 2);
    QCOMPARE(meeting.attendees.size(), 6);
    QCOMPARE(meeting.householdsPresent().size(), 5);

    Decision clearOut;
    clearOut.agendaItemId = meeting.agenda.first().id;
    clearOut.text = QStringLiteral("本周六由自治小组组织清理楼道杂物");
    clearOut.rule = VoteRule::Majority;
    clearOut.votes = {{m_households.at(0), Vote::For},
                      {m_households.at(1), Vote::For},
                      {m_households.at(2), Vote::For},
                      {m_households.at(3), Vote::Against},
                      {m_households.at(4), Vote::Abstain}};
    const auto decided = m_service->decide(id, clearOut);
    QVERIFY2(decided, qPrintable(decided.error()));
    QCOMPARE(m_service->repository().opinion(opinion)->state, OpinionState::Decided);
    meeting = *m_service->repository().meeting(id);
    QCOMPARE(meeting.decisions.first().votes.size(), 5);
    const auto counted = m_service->tally(meeting, meeting.decisions.first());
    QCOMPARE(counted->forVotes, 3);
    QVERIFY(counted->passed);

    QVERIFY(!m_service->addAction(
        actionOf(*decided, QStringLiteral("清理杂物"), {}, QDate(2025, 3, 29))));
    const auto first =
        m_service->addAction(actionOf(*decided, QStringLiteral("通知各户自行搬走杂物"),
                                      QStringLiteral("李明"), QDate(2025, 3, 28)));
    const auto second =
        m_service->addAction(actionOf(*decided, QStringLiteral("统一清运剩余杂物"),
                                      QStringLiteral("自治小组"), QDate(2025, 3, 29)));
    QVERIFY(first && second);
    QVERIFY(m_service->updateAction(*first, QStringLiteral("已通知"), QDate(2025, 3, 27)));
    QCOMPARE(m_service->repository().opinion(opinion)->state, OpinionState::Decided);
    QVERIFY(!m_service->updateAction(*second, {}, QDate(2025, 3, 28))); // not yet
    QVERIFY(m_service->updateAction(*second, QStringLiteral("清运两车"), QDate(2025, 3, 27)));
    QCOMPARE(m_service->repository().opinion(opinion)->state, OpinionState::Done);

    QVERIFY(!m_service->postNotice(id, QDate(2025, 3, 25), 7)); // before the meeting
    QVERIFY(m_service->postNotice(id, QDate(2025, 3, 27), 7));
    QCOMPARE(m_service->repository().meeting(id)->objectionsUntil(), QDate(2025, 4, 3));

    const auto figures = m_service->repository().figures(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(figures->opinions, 1);
    QCOMPARE(figures->settledInBuilding, 1);
    QCOMPARE(figures->settledShare, 1.0);
    QCOMPARE(figures->meetings, 1);
    QCOMPARE(figures->decisions, 1);
}

// Two desks with the same opinion and the same open action before them: the second to mark
// the opinion done, or to record the action done, is told who did first, and what the first
// wrote stays. A decision recorded after the opinion was marked done leaves it done.
void TestMeetings::anOpinionAndAnActionAtTwoDesks() {
    const auto otherDesk = m_f->anotherDesk();
    QVERIFY(otherDesk);
    MeetingService other(*otherDesk);

    Opinion o;
    o.buildingId = m_f->building;
    o.raisedBy = QStringLiteral("住户1");
    o.category = OpinionCategory::CorridorHygiene;
    o.text = QStringLiteral("楼道灯坏了");
    const OpinionId lamp = *m_service->raiseOpinion(o);
    const Opinion seen = *m_service->repository().opinion(lamp);
    QVERIFY(other.setOpinionState(seen, OpinionState::Done));
    const Status refused = m_service->setOpinionState(seen, OpinionState::Done);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(refused), qPrintable(refused.error()));

    o.text = QStringLiteral("二楼楼道堆满纸箱");
    const OpinionId boxes = *m_service->raiseOpinion(o);
    const MeetingId id =
        callMeeting({attendee(0), attendee(1), attendee(2), attendee(3), attendee(4)}, boxes);
    QVERIFY(id.isValid());
    // Marked done at the other desk while this desk records the meeting's decision.
    QVERIFY(other.setOpinionState(*other.repository().opinion(boxes), OpinionState::Done));
    Decision clearOut;
    clearOut.agendaItemId = m_service->repository().meeting(id)->agenda.first().id;
    clearOut.text = QStringLiteral("清理楼道杂物");
    clearOut.rule = VoteRule::Consensus;
    const auto decided = m_service->decide(id, clearOut);
    QVERIFY2(decided, qPrintable(decided.error()));
    QCOMPARE(m_service->repository().opinion(boxes)->state, OpinionState::Done);

    const auto action = m_service->addAction(
        actionOf(*decided, QStringLiteral("清运杂物"), QStringLiteral("李明"), QDate(2025, 3, 29)));
    QVERIFY(action);
    QVERIFY(other.updateAction(*action, QStringLiteral("乙台清运两车"), QDate(2025, 3, 27)));
    const Status twice =
        m_service->updateAction(*action, QStringLiteral("甲台清运"), QDate(2025, 3, 27));
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(twice), qPrintable(twice.error()));
    const Meeting meeting = *m_service->repository().meeting(id);
    QCOMPARE(meeting.decisions.first().actions.first().progress, QStringLiteral("乙台清运两车"));
}

void TestMeetings::votesAreOnePerHouseholdPresent() {
    Attendee outsider;
    outsider.householdId = m_elsewhere;
    outsider.name = QStringLiteral("5栋住户");
    QVERIFY(!callMeeting({attendee(0), outsider}).isValid()); // not of the building
    const MeetingId id =
        callMeeting({attendee(0), attendee(1), attendee(2), attendee(3), attendee(4), attendee(4)});
    QCOMPARE(m_service->repository().meeting(id)->householdsPresent().size(), 5);
    Decision d;
    d.text = QStringLiteral("更换楼道声控灯");
    d.rule = VoteRule::TwoThirds;
    d.votes = {{m_households.at(0), Vote::For}, {m_households.at(7), Vote::For}};
    QVERIFY(!m_service->decide(id, d)); // 402 was not there
    d.votes = {{m_households.at(0), Vote::For}, {m_households.at(0), Vote::Against}};
    QVERIFY(!m_service->decide(id, d)); // one vote a household
    d.votes.clear();
    QVERIFY(!m_service->decide(id, d)); // a vote was to be taken
    d.rule = VoteRule::Consensus;
    QVERIFY(m_service->decide(id, d));
    Meeting later;
    later.buildingId = m_f->building;
    later.startsAt = QDateTime(QDate(2025, 4, 2), QTime(19, 0));
    later.convener = QStringLiteral("李明");
    later.agenda = {{{}, QStringLiteral("安装充电桩"), {}, 0}};
    const MeetingId future = *m_service->callMeeting(later);
    QVERIFY(!m_service->decide(future, d)); // not held yet
    later.agenda.clear();
    QVERIFY(!m_service->callMeeting(later)); // no agenda
}

void TestMeetings::papersPrint() {
    const MeetingId id = callMeeting({attendee(0, AttendeeRole::NeighbourHead), attendee(1),
                                      attendee(2), attendee(3), attendee(4)});
    Meeting meeting = *m_service->repository().meeting(id);
    Decision d;
    d.agendaItemId = meeting.agenda.at(1).id;
    d.text = QStringLiteral("通过《楼栋卫生公约》");
    d.rule = VoteRule::TwoThirds;
    d.votes = {{m_households.at(0), Vote::For},
               {m_households.at(1), Vote::For},
               {m_households.at(2), Vote::For},
               {m_households.at(3), Vote::For},
               {m_households.at(4), Vote::Against}};
    const DecisionId decided = *m_service->decide(id, d);
    QVERIFY(m_service->addAction(actionOf(decided, QStringLiteral("打印公约并组织签字"),
                                          QStringLiteral("李明"), QDate(2025, 4, 5))));
    QVERIFY(m_service->postNotice(id, QDate(2025, 3, 27), 5));
    const auto sheet = m_service->sheet(id);
    QVERIFY2(sheet, qPrintable(sheet.error()));

    QTemporaryDir dir;
    auto textOf = [&](std::unique_ptr<QTextDocument> document, const char *name) {
        const QString pdf = dir.filePath(QString::fromLatin1(name));
        if (!PrintedDocument::writePdf(*document, pdf, QStringLiteral("议事会")))
            return QString();
        return test::squeezed(test::pdfText(pdf));
    };
    const QString signIn = textOf(MeetingDocuments::attendanceSheet(*sheet), "signin.pdf");
    QVERIFY2(test::misreadCharacters(signIn).isEmpty(),
             qPrintable(test::misreadCharacters(signIn)));
    QVERIFY2(test::pdfHas(signIn, QStringLiteral("明珠花园3栋楼栋议事会签到表")),
             qPrintable(signIn));
    QVERIFY(test::pdfHas(signIn, QStringLiteral("2单元402户主402")));
    QVERIFY(test::pdfHas(signIn, QStringLiteral("2025年3月26日19:00")));

    const QString minutes = textOf(MeetingDocuments::minutes(*sheet), "minutes.pdf");
    QVERIFY2(test::misreadCharacters(minutes).isEmpty(),
             qPrintable(test::misreadCharacters(minutes)));
    QVERIFY2(test::pdfHas(minutes, QStringLiteral("楼栋议事会会议纪要")), qPrintable(minutes));
    QVERIFY(test::pdfHas(minutes, QStringLiteral("到会5户")));
    QVERIFY(test::pdfHas(minutes, QStringLiteral("住户1（邻长）")));
    QVERIFY(test::pdfHas(minutes, QStringLiteral("清理楼道堆放的杂物")));
    QVERIFY(test::pdfHas(
        minutes,
        QStringLiteral("赞成4户、反对1户、弃权0户；到会5户，全楼8户；按三分之二规则，通过")));
    QVERIFY(test::pdfHas(minutes, QStringLiteral("打印公约并组织签字李明2025年4月5日")));

    const QString notice = textOf(MeetingDocuments::notice(*sheet), "notice.pdf");
    QVERIFY2(test::misreadCharacters(notice).isEmpty(),
             qPrintable(test::misreadCharacters(notice)));
    QVERIFY2(test::pdfHas(notice, QStringLiteral("楼栋议事会决议公示")), qPrintable(notice));
    QVERIFY(test::pdfHas(notice, QStringLiteral("通过《楼栋卫生公约》")));
    QVERIFY(test::pdfHas(notice, QStringLiteral("公示期：2025年3月27日至2025年4月1日")));
}

void TestMeetings::aPactAdoptedByADecision() {
    const MeetingId id =
        callMeeting({attendee(0), attendee(1), attendee(2), attendee(3), attendee(4)});
    Decision d;
    d.text = QStringLiteral("通过《楼栋卫生公约》");
    const DecisionId decided = *m_service->decide(id, d);
    CoGovernanceService pacts(*m_f->db);
    Pact pact;
    pact.buildingId = m_f->building;
    pact.title = QStringLiteral("楼栋卫生公约");
    pact.clauses = {QStringLiteral("{楼栋}楼道不堆放杂物。")};
    pact.adoptedOn = QDate(2025, 3, 26);
    pact.decisionId = decided.value;
    Pact elsewhere = pact;
    elsewhere.buildingId =
        *m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("9栋"), {}});
    QVERIFY(!pacts.adopt(elsewhere)); // another building's decision
    QVERIFY(pacts.adopt(pact));
    const auto sheet = pacts.sheet(m_f->building);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->decidedOn, QDate(2025, 3, 26));
    QCOMPARE(sheet->pact.decisionId, decided.value);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pact.pdf"));
    QVERIFY(PrintedDocument::writePdf(*PactDocuments::pact(*sheet), pdf, QStringLiteral("公约")));
    QVERIFY(test::pdfHas(test::squeezed(test::pdfText(pdf)),
                         QStringLiteral("第1版2025年3月26日经楼栋议事会表决通过")));
}

void TestMeetings::aMeetingTakesUpAComplaint() {
    ComplaintService complaints(*m_f->db, m_f->registry);
    Complaint c;
    c.reporter.name = QStringLiteral("住户3");
    c.summary = QStringLiteral("楼道声控灯坏了");
    c.receivedAt = QDateTime(QDate(2025, 3, 25), QTime(9, 0));
    c.categoryId = CategoryId{1};
    c.place.compoundId = m_f->compound;
    c.place.buildingId = m_f->building;
    const auto logged = complaints.log(c);
    QVERIFY2(logged, qPrintable(logged.error()));
    const auto open = m_service->openComplaints(m_f->building);
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    Meeting meeting;
    meeting.buildingId = m_f->building;
    meeting.startsAt = QDateTime(QDate(2025, 3, 26), QTime(19, 0));
    meeting.convener = QStringLiteral("李明");
    meeting.agenda = {{{}, open->first().summary, {}, logged->id.value}};
    const MeetingId id = *m_service->callMeeting(meeting);
    QCOMPARE(m_service->repository().meeting(id)->agenda.first().complaintId, logged->id.value);
}

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestMeetings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_meetings.moc"
