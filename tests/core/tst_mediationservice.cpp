#include "mediation/mediationservice.h"
#include "roster/dutyroster.h"
#include "support/registryfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace linli;

class TestMediationService final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void numbersPerYearWithThePrefix();
    void refusesIncompleteCases();
    void recusal();
    void lifeOfACase();
    void oneMonthLimitAndConsent();
    void replacingTheLead();
    void sessionsAreNeverDoubleBooked();
    void aPartyTypedInIsOnePersonAcrossCases();
    void staffJoinTheTeamWithoutRetyping();
    void dutyRoster();
    void aCaseOrSessionChangedAtAnotherDeskIsRefused();

private:
    MediationCase draft() const;
    Session session(CaseId id, QTime from, QTime to, QList<MediatorId> mediators,
                    QList<PartyId> parties, VenueKind venue = VenueKind::MediationRoom) const;

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<MediationService> m_service;
    ResidentId m_zhang;
    ResidentId m_zhangSpouse;
    ResidentId m_li;
    HouseholdId m_zhangHome;
    MediatorId m_lead;
    MediatorId m_judge;
    MediatorId m_spouseMediator;
};

void TestMediationService::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_service = std::make_unique<MediationService>(*m_f->db);
    m_zhangHome = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("101"));
    const HouseholdId liHome = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("201"));
    m_zhang = *m_f->registry.addResident(
        m_f->resident(m_zhangHome, QStringLiteral("张大爷"), Gender::Male, Relation::Head));
    m_zhangSpouse = *m_f->registry.addResident(
        m_f->resident(m_zhangHome, QStringLiteral("王阿姨"), Gender::Female, Relation::Spouse));
    m_li = *m_f->registry.addResident(
        m_f->resident(liHome, QStringLiteral("李师傅"), Gender::Male, Relation::Head));
    m_lead = *m_service->addMediator({{},
                                      QStringLiteral("刘主任"),
                                      MediatorKind::Cadre,
                                      QStringLiteral("红旗社区"),
                                      {},
                                      {},
                                      true,
                                      {},
                                      {}});
    m_judge = *m_service->addMediator({{},
                                       QStringLiteral("陈法官"),
                                       MediatorKind::Judge,
                                       QStringLiteral("岳塘区法院"),
                                       {},
                                       {},
                                       true,
                                       {},
                                       {}});
    m_spouseMediator = *m_service->addMediator({{},
                                                QStringLiteral("王阿姨"),
                                                MediatorKind::Volunteer,
                                                {},
                                                {},
                                                {},
                                                true,
                                                {},
                                                m_zhangSpouse});
}

void TestMediationService::cleanup() {
    m_service.reset();
    m_f.reset();
}

MediationCase TestMediationService::draft() const {
    MediationCase c;
    c.type = CaseType::PipesSeptic;
    c.source = CaseSource::Application;
    c.risk = Risk::Orange;
    c.facts = QStringLiteral("化粪池堵塞，一楼返水");
    c.focus = QStringLiteral("维修费用如何分摊");
    c.leadMediator = m_lead;
    c.team = {m_judge};
    Party applicant;
    applicant.side = PartySide::Applicant;
    applicant.residentId = m_zhang;
    applicant.householdId = m_zhangHome;
    applicant.name = QStringLiteral("张大爷");
    Party respondent;
    respondent.side = PartySide::Respondent;
    respondent.residentId = m_li;
    respondent.name = QStringLiteral("李师傅");
    c.parties = {applicant, respondent};
    return c;
}

Session TestMediationService::session(CaseId id, QTime from, QTime to, QList<MediatorId> mediators,
                                      QList<PartyId> parties, VenueKind venue) const {
    Session s;
    s.caseId = id;
    s.start = QDateTime(QDate(2025, 3, 31), from);
    s.end = QDateTime(QDate(2025, 3, 31), to);
    s.venue = {venue, {}};
    s.mediators = std::move(mediators);
    s.parties = std::move(parties);
    s.purpose = QStringLiteral("首次调解");
    return s;
}

void TestMediationService::numbersPerYearWithThePrefix() {
    const auto first = m_service->openCase(draft());
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->number, QStringLiteral("（2025）调字第001号"));
    QCOMPARE(first->state, CaseState::Accepted);
    QCOMPARE(first->limitOn, QDate(2025, 4, 27));
    QCOMPARE(first->team, (QList<MediatorId>{m_lead, m_judge}));
    QCOMPARE(m_service->openCase(draft())->number, QStringLiteral("（2025）调字第002号"));
    QVERIFY(!m_service->setNumberPrefix(QStringLiteral("  ")));
    QVERIFY(m_service->setNumberPrefix(QStringLiteral("红调字")));
    m_f->db.clock().set(QDateTime(QDate(2026, 1, 2), QTime(9, 0)));
    QCOMPARE(m_service->openCase(draft())->number, QStringLiteral("（2026）红调字第001号"));
    QCOMPARE(m_service->repository().mediationCase(first->id)->number,
             QStringLiteral("（2025）调字第001号"));
    const auto stored = m_service->repository().mediationCase(first->id);
    QCOMPARE(stored->parties.size(), 2);
    QCOMPARE(stored->parties.first().name, QStringLiteral("张大爷"));
    QCOMPARE(stored->focus, QStringLiteral("维修费用如何分摊"));
}

void TestMediationService::refusesIncompleteCases() {
    MediationCase oneSided = draft();
    oneSided.parties.removeLast();
    QVERIFY(!m_service->openCase(oneSided));
    MediationCase noLead = draft();
    noLead.leadMediator = {};
    QVERIFY(!m_service->openCase(noLead));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM mediation_cases")), 0);
}

void TestMediationService::recusal() {
    MediationCase c = draft();
    c.team = {m_spouseMediator};
    const auto refused = m_service->openCase(c);
    QVERIFY(!refused);
    QCOMPARE(
        refused.error(),
        QStringLiteral("王阿姨 lives in the household of 张大爷, a party, and must stand aside."));
    Party self;
    self.side = PartySide::Applicant;
    self.residentId = m_zhangSpouse;
    self.name = QStringLiteral("王阿姨");
    QVERIFY(m_service->checkRecusal(m_spouseMediator, {self})
                .error()
                .contains(QStringLiteral("is a party")));
    QVERIFY(m_service->checkRecusal(m_judge, draft().parties));
}

void TestMediationService::lifeOfACase() {
    const CaseId id = m_service->openCase(draft())->id;
    QVERIFY(!m_service->act(id, CaseAction::ReachAgreement, {}));
    QVERIFY(m_service->act(id, CaseAction::Investigate, QStringLiteral("上门查看化粪池")));
    QVERIFY(m_service->act(id, CaseAction::Mediate, {}));
    QVERIFY(!m_service->act(id, CaseAction::Fail, QString())); // needs a reason
    QVERIFY(m_service->act(id, CaseAction::ReachAgreement, QStringLiteral("单元住户分摊维修费")));
    QVERIFY(m_service->followUp(id, {QDate(2025, 3, 27), true, QStringLiteral("协议已履行")}));

    // The file lacks the notice, a session record and the agreement: closing is refused, and
    // the refusal names each.
    const Status refused = m_service->act(id, CaseAction::Close, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("Notice of the parties' rights")),
             qPrintable(refused.error()));
    QVERIFY(refused.error().contains(QStringLiteral("no session with its record")));
    QVERIFY(refused.error().contains(QStringLiteral("agreement and its terms")));
    QVERIFY(!refused.error().contains(QStringLiteral("Follow-up record")));

    QVERIFY(!m_service->recordRightsNotice(id, QDate(2025, 3, 28))); // in the future
    QVERIFY(!m_service->recordRightsNotice(id, QDate(2025, 3, 1)));  // before acceptance
    QVERIFY(m_service->recordRightsNotice(id, QDate(2025, 3, 27)));
    // The session held on the spot this morning goes on file; one still to come cannot.
    Session onTheSpot;
    onTheSpot.caseId = id;
    onTheSpot.start = QDateTime(QDate(2025, 3, 27), QTime(8, 30));
    onTheSpot.end = QDateTime(QDate(2025, 3, 27), QTime(9, 30));
    onTheSpot.venue = {VenueKind::OnSite, QStringLiteral("3栋2单元")};
    onTheSpot.mediators = {m_lead};
    Session later = onTheSpot;
    later.start = later.start.addDays(1);
    later.end = later.end.addDays(1);
    QVERIFY(!m_service->schedule(later));
    const auto held = m_service->schedule(onTheSpot);
    QVERIFY2(held, qPrintable(held.error()));
    QVERIFY(m_service->record(*held, QStringLiteral("现场查看化粪池，双方同意分摊"), {}));
    QVERIFY(m_service->saveAgreement({0, id, {}, {{QStringLiteral("分摊疏通费用"), {}, {}}}}));
    QVERIFY(m_service->act(id, CaseAction::Close, {}));

    const auto closed = m_service->repository().mediationCase(id);
    QCOMPARE(closed->state, CaseState::Closed);
    QCOMPARE(closed->closedOn, QDate(2025, 3, 27));
    QCOMPARE(closed->outcome, QStringLiteral("单元住户分摊维修费"));
    QCOMPARE(closed->rightsNotifiedOn, QDate(2025, 3, 27));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM case_events")), 7);
    // A closed file does not change.
    QVERIFY(!m_service->recordRightsNotice(id, QDate(2025, 3, 27)));
    QVERIFY(!m_service->schedule(onTheSpot));
}

void TestMediationService::oneMonthLimitAndConsent() {
    const CaseId id = m_service->openCase(draft())->id;
    QVERIFY(!m_service->repository().mediationCase(id)->isOverLimit(QDate(2025, 4, 27)));
    QVERIFY(m_service->repository().mediationCase(id)->isOverLimit(QDate(2025, 4, 28)));
    QVERIFY(!m_service->extendLimit(id, QDate(2025, 5, 27), QString()));
    QVERIFY(!m_service->extendLimit(id, QDate(2025, 4, 1), QStringLiteral("双方同意")));
    QVERIFY(m_service->extendLimit(id, QDate(2025, 5, 27), QStringLiteral("双方同意延长调解期限")));
    QVERIFY(!m_service->repository().mediationCase(id)->isOverLimit(QDate(2025, 4, 28)));
}

void TestMediationService::replacingTheLead() {
    const CaseId id = m_service->openCase(draft())->id;
    QVERIFY(!m_service->replaceLead(id, m_judge, QString()));
    QVERIFY(!m_service->replaceLead(id, m_spouseMediator, QStringLiteral("申请人要求更换")));
    QVERIFY(m_service->replaceLead(id, m_judge, QStringLiteral("被申请人要求更换调解员")));
    const auto c = m_service->repository().mediationCase(id);
    QCOMPARE(c->leadMediator, m_judge);
    QVERIFY(!c->team.contains(m_lead));
}

void TestMediationService::sessionsAreNeverDoubleBooked() {
    const MediationCase a = *m_service->openCase(draft());
    const MediationCase b = *m_service->openCase(draft());
    const PartyId zhangInA = a.parties.first().id;
    const PartyId zhangInB = b.parties.first().id;
    QSignalSpy spy(m_service.get(), &MediationService::sessionsChanged);
    const auto first =
        m_service->schedule(session(a.id, QTime(9, 0), QTime(10, 30), {m_lead}, {zhangInA}));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(spy.count(), 1);

    const auto sameMediator = m_service->schedule(
        session(b.id, QTime(10, 0), QTime(11, 0), {m_lead}, {}, VenueKind::Online));
    QVERIFY(!sameMediator);
    QCOMPARE(sameMediator.error(), QStringLiteral("刘主任 is booked already for the session of "
                                                  "（2025）调字第001号 at 2025-03-31 09:00."));
    const auto sameRoom =
        m_service->schedule(session(b.id, QTime(10, 0), QTime(11, 0), {m_judge}, {}));
    QVERIFY(sameRoom.error().startsWith(QStringLiteral("The venue is taken")));
    const auto sameParty = m_service->schedule(
        session(b.id, QTime(10, 0), QTime(11, 0), {m_judge}, {zhangInB}, VenueKind::Online));
    // The same resident is a party to both cases: one person, expected at one place at a time.
    QVERIFY(!sameParty);
    QVERIFY2(sameParty.error().startsWith(b.parties.first().name +
                                          QStringLiteral(" is expected already at the "
                                                         "session of （2025）调字第001号")),
             qPrintable(sameParty.error()));
    QVERIFY(m_service->schedule(
        session(b.id, QTime(10, 0), QTime(11, 0), {m_judge}, {}, VenueKind::Online)));
    const auto touching =
        m_service->schedule(session(b.id, QTime(10, 30), QTime(11, 30), {m_lead}, {}));
    QVERIFY2(touching, qPrintable(touching.error()));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM mediation_sessions")), 3);

    // Cancelling frees the slot; moving onto a busy time is refused.
    QVERIFY(!m_service->reschedule(*touching, QDateTime(QDate(2025, 3, 31), QTime(9, 30)),
                                   QDateTime(QDate(2025, 3, 31), QTime(10, 30)),
                                   {VenueKind::Online, {}}));
    QVERIFY(m_service->cancel(*first, QStringLiteral("当事人有事")));
    QVERIFY(m_service->reschedule(*touching, QDateTime(QDate(2025, 3, 31), QTime(9, 30)),
                                  QDateTime(QDate(2025, 3, 31), QTime(10, 30)),
                                  {VenueKind::Online, {}}));
    QVERIFY(m_service->record(*touching, QStringLiteral("双方陈述意见……"),
                              QStringLiteral("初步达成共识")));
    QCOMPARE(m_service->repository().session(*touching)->record, QStringLiteral("双方陈述意见……"));
    QCOMPARE(m_service->repository().sessions(b.id)->size(), 2);

    // Free slots for the judge, who is busy 10:00-11:00 on Monday.
    const auto slots = m_service->freeSlots(
        session(b.id, QTime(0, 0), QTime(1, 0), {m_judge}, {}, VenueKind::Online),
        QDateTime(QDate(2025, 3, 31), QTime(9, 30)), 3);
    QVERIFY(slots);
    QCOMPARE(*slots, (QList<QDateTime>{QDateTime(QDate(2025, 3, 31), QTime(11, 0)),
                                       QDateTime(QDate(2025, 3, 31), QTime(14, 0)),
                                       QDateTime(QDate(2025, 3, 31), QTime(14, 30))}));
}

// Parties typed in by hand, not picked from the registry: with the same name and phone they are
// one person in every case, and so is a resident typed in with their name and mobile; a name
// alone cannot tell two people apart, and is not taken for one.
void TestMediationService::aPartyTypedInIsOnePersonAcrossCases() {
    Resident zhao =
        m_f->resident(m_zhangHome, QStringLiteral("赵敏"), Gender::Female, Relation::Spouse);
    zhao.mobile = QStringLiteral("13700001111");
    const ResidentId zhaoId = *m_f->registry.addResident(zhao);
    const auto caseWith = [&](const QString &name, const QString &phone, ResidentId resident) {
        MediationCase c = draft();
        Party typed;
        typed.side = PartySide::Applicant;
        typed.residentId = resident;
        typed.name = name;
        typed.phone = phone;
        c.parties = {typed, c.parties.last()};
        const auto opened = m_service->openCase(c);
        return opened ? opened->id : CaseId{};
    };
    const auto firstParty = [this](CaseId id) {
        return m_service->repository().mediationCase(id)->parties.first().id;
    };
    // Each with a mediator of its own and online: only the party can clash.
    const auto book = [&](CaseId id, QTime from, MediatorId mediator) {
        return m_service->schedule(
            session(id, from, from.addSecs(3600), {mediator}, {firstParty(id)}, VenueKind::Online));
    };
    const CaseId wangA = caseWith(QStringLiteral("王五"), QStringLiteral("13912345678"), {});
    const CaseId wangB = caseWith(QStringLiteral("王五"), QStringLiteral("13912345678"), {});
    QVERIFY(book(wangA, QTime(9, 0), m_lead));
    const auto twice = book(wangB, QTime(9, 30), m_judge);
    QVERIFY(!twice);
    QVERIFY2(twice.error().startsWith(QStringLiteral("王五 is expected already")),
             qPrintable(twice.error()));

    const CaseId zhaoPicked = caseWith(QStringLiteral("赵敏"), {}, zhaoId);
    const CaseId zhaoTyped = caseWith(QStringLiteral("赵敏"), QStringLiteral("13700001111"), {});
    QVERIFY(book(zhaoPicked, QTime(14, 0), m_lead));
    QVERIFY(!book(zhaoTyped, QTime(14, 30), m_judge));

    const CaseId liuA = caseWith(QStringLiteral("刘强"), {}, {});
    const CaseId liuB = caseWith(QStringLiteral("刘强"), {}, {});
    QVERIFY(book(liuA, QTime(16, 0), m_lead));
    QVERIFY(book(liuB, QTime(16, 0), m_judge)); // perhaps two people: not refused on a name
}

// Staff on the team list who are not mediators yet become ones in the save that opens the case
// or books the session: a save refused leaves no mediator behind, and a person brought on twice
// (two desks, or a list read before the first save) is one mediator.
void TestMediationService::staffJoinTheTeamWithoutRetyping() {
    for (const auto &[name, phone] :
         {std::pair{QStringLiteral("周敏"), QStringLiteral("13800001111")},
          std::pair{QStringLiteral("吴刚"), QString()}}) {
        QVERIFY(
            m_f->registry.addStaff({{}, m_f->community, name, StaffRole::GridWorker, phone, true}));
    }
    const QList<Mediator> listed = *m_service->repository().mediators();
    auto staffNamed = [&listed](const QString &name) {
        const auto found = std::find_if(listed.cbegin(), listed.cend(),
                                        [&](const Mediator &m) { return m.name == name; });
        return found == listed.cend() ? Mediator{} : *found;
    };
    const Mediator zhou = staffNamed(QStringLiteral("周敏"));
    const Mediator wu = staffNamed(QStringLiteral("吴刚"));
    QVERIFY(zhou.staffId.isValid());
    QVERIFY(!zhou.id.isValid());
    QCOMPARE(zhou.kind, MediatorKind::GridWorker);
    auto mediatorsNamed = [this](const QString &name) {
        const QList<Mediator> now = *m_service->repository().mediators();
        return std::count_if(now.cbegin(), now.cend(),
                             [&](const Mediator &m) { return m.name == name && m.id.isValid(); });
    };

    // The spouse of a party must step aside: the case is refused, and 周敏 is still only staff.
    MediationCase refused = draft();
    refused.leadMediator = {};
    refused.leadStaff = zhou.staffId;
    refused.joining = {zhou};
    refused.team = {m_spouseMediator};
    QVERIFY(!m_service->openCase(refused));
    QCOMPARE(mediatorsNamed(QStringLiteral("周敏")), 0);

    MediationCase led = draft();
    led.leadMediator = {};
    led.leadStaff = zhou.staffId;
    led.joining = {zhou};
    const auto opened = m_service->openCase(led);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(mediatorsNamed(QStringLiteral("周敏")), 1);
    const auto lead = m_service->repository().mediator(opened->leadMediator);
    QVERIFY(lead);
    QCOMPARE(lead->name, QStringLiteral("周敏"));
    QCOMPARE(lead->phone, QStringLiteral("13800001111"));
    QVERIFY(opened->team.contains(opened->leadMediator));
    QVERIFY(opened->team.contains(m_judge));

    // Booked from the list read before the case went in, 周敏 is the same mediator.
    Session first = session(opened->id, QTime(9, 0), QTime(10, 0), {}, {});
    first.joining = {zhou};
    const auto booked = m_service->schedule(first);
    QVERIFY2(booked, qPrintable(booked.error()));
    QCOMPARE(mediatorsNamed(QStringLiteral("周敏")), 1);
    QCOMPARE(m_service->repository().session(*booked)->mediators,
             QList<MediatorId>{opened->leadMediator});

    // The room is taken at nine: 吴刚's booking is refused and he is still only staff.
    Session clash = session(opened->id, QTime(9, 30), QTime(10, 30), {}, {});
    clash.joining = {wu};
    const auto taken = m_service->schedule(clash);
    QVERIFY(!taken);
    QCOMPARE(taken.error(),
             QStringLiteral("The venue is taken by the session of （2025）调字第001号 at "
                            "2025-03-31 09:00."));
    QCOMPARE(mediatorsNamed(QStringLiteral("吴刚")), 0);
}

void TestMediationService::dutyRoster() {
    DutyRoster roster(*m_f->db);
    const StaffId zhou = *m_f->registry.addStaff(
        {{}, m_f->community, QStringLiteral("周敏"), StaffRole::DutyStaff, {}, true});
    const StaffId wu = *m_f->registry.addStaff(
        {{}, m_f->community, QStringLiteral("吴刚"), StaffRole::Cadre, {}, true});
    QCOMPARE(roster.candidates()->size(), 2);
    QSignalSpy spy(&roster, &DutyRoster::changed);
    QVERIFY(roster.set(QDate(2025, 3, 27), {zhou, wu}));
    QVERIFY(roster.set(QDate(2025, 3, 28), {wu}));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(roster.on(QDate(2025, 3, 27))->size(), 2);
    QVERIFY(roster.set(QDate(2025, 3, 27), {zhou})); // replaces the day
    QCOMPARE(roster.on(QDate(2025, 3, 27))->first().name, QStringLiteral("周敏"));
    const auto week = roster.between(QDate(2025, 3, 24), QDate(2025, 3, 30));
    QCOMPARE(week->size(), 2);
    QCOMPARE(week->value(QDate(2025, 3, 28)).first().name, QStringLiteral("吴刚"));
    QVERIFY(roster.on(QDate(2025, 3, 29))->isEmpty());
}

// Another desk (another program on the same database) moves the case on, and moves its session,
// after this desk read them: this desk's step on the case and its move of the session, made on
// what it saw, are refused naming that desk, and nothing of them is written. Read again, they go.
void TestMediationService::aCaseOrSessionChangedAtAnotherDeskIsRefused() {
    const MediationCase seen = *m_service->openCase(draft());
    QCOMPARE(seen.version, 1);
    const auto booked =
        m_service->schedule(session(seen.id, QTime(9, 0), QTime(10, 0), {m_lead}, {}));
    QVERIFY2(booked, qPrintable(booked.error()));
    const Session seenSession = *m_service->repository().session(*booked);
    QCOMPARE(seenSession.version, 1);

    auto otherDesk = Database::open(m_f->db.path(), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    (*otherDesk)->setOperatorName(QStringLiteral("乙台"));
    MediationService other(**otherDesk);
    QVERIFY(other.act(seen, CaseAction::Investigate, QStringLiteral("走访双方")));
    QVERIFY(other.reschedule(seenSession, seenSession.start.addSecs(3600),
                             seenSession.end.addSecs(3600), seenSession.venue));

    const Status stale =
        m_service->extendLimit(seen, seen.limitOn.addDays(15), QStringLiteral("双方同意延期"));
    QVERIFY(!stale);
    QVERIFY2(stale.error().startsWith(QStringLiteral("乙台 changed this record at")),
             qPrintable(stale.error()));
    const Status moved = m_service->reschedule(seenSession, seenSession.start.addDays(1),
                                               seenSession.end.addDays(1), seenSession.venue);
    QVERIFY(!moved);
    QVERIFY2(moved.error().startsWith(QStringLiteral("乙台 changed this record at")),
             qPrintable(moved.error()));
    const MediationCase now = *m_service->repository().mediationCase(seen.id);
    QCOMPARE(now.limitOn, seen.limitOn);
    QCOMPARE(now.state, CaseState::Investigating);
    QCOMPARE(now.version, 2);
    const Session nowSession = *m_service->repository().session(*booked);
    QCOMPARE(nowSession.start, seenSession.start.addSecs(3600));
    QCOMPARE(nowSession.version, 2);
    QVERIFY(m_service->extendLimit(now, now.limitOn.addDays(15), QStringLiteral("双方同意延期")));
    QVERIFY(m_service->reschedule(nowSession, nowSession.start.addDays(1),
                                  nowSession.end.addDays(1), nowSession.venue));
}

QTEST_GUILESS_MAIN(TestMediationService)
#include "tst_mediationservice.moc"
