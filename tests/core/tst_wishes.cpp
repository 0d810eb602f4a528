#include "aid/wishservice.h"
#include "aid/wishstatemachine.h"
#include "complaints/complaintservice.h"
#include "documents/aiddocuments.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace linli;

/// The wish wall: the routing table, posting, checking, claiming, dispatching, fulfilling,
/// withdrawing, and a wish turned into a complaint.
class TestWishes final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void routingTable_data();
    void routingTable();
    void postingChecksWhatIsWritten_data();
    void postingChecksWhatIsWritten();
    void claimedByANeighbourAndFulfilled();
    void dispatchedWithADueDateAndOverdue();
    void aWishBecomesAComplaint();
    void withdrawnNeedsAReason();
    void theWallSheetShowsOpenWishesWithSurnamesOnly();
    void aWishChangedAtAnotherDeskIsNotActedOnAsItWas();

private:
    Wish draft(const QString &text) const;
    Wish checked(const QString &text);

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<ComplaintService> m_complaints;
    std::unique_ptr<WishService> m_wishes;
    HouseholdId m_household;
    ResidentId m_wisher;
    ResidentId m_neighbour;
};

void TestWishes::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_complaints = std::make_unique<ComplaintService>(*m_f->db, m_f->registry);
    m_wishes = std::make_unique<WishService>(*m_f->db, *m_complaints);
    m_household = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("402"));
    m_wisher = *m_f->registry.addResident(
        m_f->resident(m_household, QStringLiteral("刘奶奶"), Gender::Female));
    const HouseholdId next = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("401"));
    m_neighbour =
        *m_f->registry.addResident(m_f->resident(next, QStringLiteral("陈志强"), Gender::Male));
}

void TestWishes::cleanup() {
    m_wishes.reset();
    m_complaints.reset();
    m_f.reset();
}

Wish TestWishes::draft(const QString &text) const {
    Wish w;
    w.residentId = m_wisher;
    w.wisherName = QStringLiteral("刘奶奶");
    w.kind = WishKind::Help;
    w.channel = WishChannel::Wall;
    w.text = text;
    w.buildingId = m_f->building;
    return w;
}

Wish TestWishes::checked(const QString &text) {
    const auto posted = m_wishes->post(draft(text));
    if (!posted || !m_wishes->verify(posted->id))
        qFatal("cannot post and check a wish");
    return *m_wishes->repository().wish(posted->id);
}

void TestWishes::routingTable_data() {
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("to"); // -1: refused
    using S = WishState;
    using A = WishAction;
    const auto row = [](const char *name, S from, A action, int to) {
        QTest::newRow(name) << int(from) << int(action) << to;
    };
    row("posted, checked", S::Posted, A::Verify, int(S::Open));
    row("posted, claimed before checking", S::Posted, A::Claim, -1);
    row("posted, dispatched before checking", S::Posted, A::Dispatch, -1);
    row("posted, withdrawn", S::Posted, A::Withdraw, int(S::Withdrawn));
    row("open, claimed", S::Open, A::Claim, int(S::Claimed));
    row("open, dispatched", S::Open, A::Dispatch, int(S::Dispatched));
    row("open, fulfilled unclaimed", S::Open, A::Fulfil, -1);
    row("open, to a complaint", S::Open, A::Escalate, int(S::Escalated));
    row("claimed, fulfilled", S::Claimed, A::Fulfil, int(S::Fulfilled));
    row("claimed, given back", S::Claimed, A::Release, int(S::Open));
    row("claimed, claimed again", S::Claimed, A::Claim, -1);
    row("dispatched, fulfilled", S::Dispatched, A::Fulfil, int(S::Fulfilled));
    row("dispatched, back to the wall", S::Dispatched, A::Release, int(S::Open));
    row("fulfilled, withdrawn", S::Fulfilled, A::Withdraw, -1);
    row("fulfilled, claimed", S::Fulfilled, A::Claim, -1);
    row("withdrawn, checked", S::Withdrawn, A::Verify, -1);
    row("escalated, fulfilled", S::Escalated, A::Fulfil, -1);
}

void TestWishes::routingTable() {
    QFETCH(int, from);
    QFETCH(int, action);
    QFETCH(int, to);
    const auto next = WishStateMachine::next(WishState(from), WishAction(action));
    if (to < 0) {
        QVERIFY(!next);
        QVERIFY(!next.error().isEmpty());
        QVERIFY(!WishStateMachine::actionsFrom(WishState(from)).contains(WishAction(action)));
    } else {
        QVERIFY2(next, qPrintable(next.error()));
        QCOMPARE(int(*next), to);
        QVERIFY(WishStateMachine::actionsFrom(WishState(from)).contains(WishAction(action)));
    }
}

void TestWishes::postingChecksWhatIsWritten_data() {
    QTest::addColumn<QString>("wisher");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << QStringLiteral("刘奶奶") << QStringLiteral("想找人陪我去医院复查")
                          << QString();
    QTest::newRow("nobody's") << QStringLiteral("  ") << QStringLiteral("想要一个轮椅")
                              << QStringLiteral("whose wish");
    QTest::newRow("empty") << QStringLiteral("刘奶奶") << QStringLiteral("   ")
                           << QStringLiteral("what is wished for");
}

void TestWishes::postingChecksWhatIsWritten() {
    QFETCH(QString, wisher);
    QFETCH(QString, text);
    QFETCH(QString, error);
    Wish w = draft(text);
    w.wisherName = wisher;
    const auto posted = m_wishes->post(w);
    if (error.isEmpty()) {
        QVERIFY2(posted, qPrintable(posted.error()));
        QCOMPARE(posted->state, WishState::Posted);
        QCOMPARE(posted->number(), QStringLiteral("2025-001"));
        QCOMPARE(posted->postedBy, QStringLiteral("测试员"));
        QCOMPARE(posted->postedAt, m_f->db.clock().now());
    } else {
        QVERIFY(!posted);
        QVERIFY2(posted.error().contains(error), qPrintable(posted.error()));
        QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM wishes")), 0);
    }
}

void TestWishes::claimedByANeighbourAndFulfilled() {
    QSignalSpy changed(m_wishes.get(), &WishService::wishesChanged);
    const auto posted = m_wishes->post(draft(QStringLiteral("家里水龙头漏水，想请人帮忙修一下")));
    QVERIFY(posted);
    // Not on the wall until checked.
    const Status early = m_wishes->claim(posted->id, m_neighbour, QStringLiteral("陈志强"));
    QVERIFY(!early);
    QVERIFY2(early.error().contains(QStringLiteral("checked")), qPrintable(early.error()));
    QVERIFY(m_wishes->verify(posted->id));
    // The one who wished does not claim their own wish.
    QVERIFY(!m_wishes->claim(posted->id, m_wisher, QStringLiteral("刘奶奶")));
    QVERIFY(m_wishes->claim(posted->id, m_neighbour, QStringLiteral("陈志强")));
    QVERIFY(!m_wishes->fulfil(posted->id, QString(), QDate(2025, 3, 27), 1));
    QVERIFY(!m_wishes->fulfil(posted->id, QStringLiteral("换了阀芯"), QDate(2025, 3, 28), 1));
    QVERIFY(m_wishes->fulfil(posted->id, QStringLiteral("换了阀芯"), QDate(2025, 3, 27), 1.5));
    const Wish done = *m_wishes->repository().wish(posted->id);
    QCOMPARE(done.state, WishState::Fulfilled);
    QCOMPARE(done.helperId, m_neighbour);
    QCOMPARE(done.hours, 1.5);
    QCOMPARE(done.outcome, QStringLiteral("换了阀芯"));
    QCOMPARE(done.verifiedBy, QStringLiteral("测试员"));
    QCOMPARE(done.buildingName, QStringLiteral("明珠花园3栋"));
    const auto history = *m_wishes->repository().events(posted->id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).action, WishAction::Claim);
    QCOMPARE(history.at(1).note, QStringLiteral("陈志强"));
    QCOMPARE(changed.count(), 4);
    // The board lists by state.
    QCOMPARE(m_wishes->repository().wishes({{WishState::Fulfilled}, {}, {}})->size(), 1);
    QCOMPARE(m_wishes->repository().wishes({{WishState::Open}, {}, {}})->size(), 0);
}

void TestWishes::dispatchedWithADueDateAndOverdue() {
    const Wish w = checked(QStringLiteral("楼道灯不亮，老人晚上看不见"));
    QVERIFY(!m_wishes->dispatch(w.id, DispatchRole::NeighbourHead, QStringLiteral("王建国"),
                                QDate(2025, 3, 26)));
    QVERIFY(m_wishes->dispatch(w.id, DispatchRole::NeighbourHead, QStringLiteral("王建国"),
                               QDate(2025, 3, 31)));
    Wish sent = *m_wishes->repository().wish(w.id);
    QCOMPARE(sent.state, WishState::Dispatched);
    QCOMPARE(sent.dispatchedRole, DispatchRole::NeighbourHead);
    QVERIFY(!sent.isOverdue(QDate(2025, 3, 31)));
    QVERIFY(sent.isOverdue(QDate(2025, 4, 1)));
    // Given back, it is on the wall again with nobody's name on it.
    QVERIFY(m_wishes->release(w.id, QStringLiteral("楼长出差")));
    sent = *m_wishes->repository().wish(w.id);
    QCOMPARE(sent.state, WishState::Open);
    QVERIFY(sent.helperName.isEmpty());
    QVERIFY(!sent.dueOn.isValid());
}

void TestWishes::aWishBecomesAComplaint() {
    const Wish w = checked(QStringLiteral("楼上装修噪音太大，协商不成"));
    const qint64 category = m_complaints->complaints().categories()->first().id.value;
    const auto complaint = m_wishes->escalate(w.id, category);
    QVERIFY2(complaint, qPrintable(complaint.error()));
    const Wish after = *m_wishes->repository().wish(w.id);
    QCOMPARE(after.state, WishState::Escalated);
    QCOMPARE(after.complaintId, *complaint);
    const Complaint logged = *m_complaints->complaints().complaint(ComplaintId{*complaint});
    QCOMPARE(logged.channel, Channel::WishWall);
    QCOMPARE(logged.reporter.residentId, m_wisher);
    QVERIFY(logged.details.contains(w.number()));
    // Once a complaint, not again.
    QVERIFY(!m_wishes->escalate(w.id, category));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM complaints")), 1);
}

void TestWishes::withdrawnNeedsAReason() {
    const Wish w = checked(QStringLiteral("想要几本小学三年级的课外书"));
    QVERIFY(!m_wishes->withdraw(w.id, QStringLiteral("  ")));
    QVERIFY(m_wishes->withdraw(w.id, QStringLiteral("孩子的亲戚送来了")));
    const Wish after = *m_wishes->repository().wish(w.id);
    QCOMPARE(after.state, WishState::Withdrawn);
    QVERIFY(!after.isActive());
    QVERIFY(!m_wishes->claim(w.id, m_neighbour, QStringLiteral("陈志强")));
}

void TestWishes::theWallSheetShowsOpenWishesWithSurnamesOnly() {
    const Wish open = checked(QStringLiteral("想借一辆轮椅用两周"));
    const auto waiting = m_wishes->post(draft(QStringLiteral("还没核实的心愿")));
    QVERIFY(waiting);
    OfficeIdentity office;
    office.community = QStringLiteral("红旗社区居民委员会");
    office.phone = QStringLiteral("0731-55550101");
    auto document =
        AidDocuments::wishWall(*m_wishes->repository().wishes({}), office, QDate(2025, 3, 27));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("wall.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("邻里心愿墙")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    for (const QString &expected :
         {QStringLiteral("邻里心愿墙"), open.number(), QStringLiteral("想借一辆轮椅用两周"),
          QStringLiteral("刘某"), QStringLiteral("明珠花园3栋"), QStringLiteral("0731-55550101"),
          QStringLiteral("2025年3月27日")})
        QVERIFY2(test::pdfHas(text, expected), qPrintable(expected));
    QVERIFY(!test::pdfHas(text, QStringLiteral("刘奶奶")));
    QVERIFY(!test::pdfHas(text, QStringLiteral("还没核实")));
}

// This desk sees a claimed wish; another desk releases the claim and a second neighbour claims it.
// This desk's release, made on what it saw, is refused naming that desk — the second claim
// stands — and its step on the wish as it is now goes through.
void TestWishes::aWishChangedAtAnotherDeskIsNotActedOnAsItWas() {
    const auto posted = m_wishes->post(draft(QStringLiteral("想请人陪同去医院复查")));
    QVERIFY(posted);
    QVERIFY(m_wishes->verify(posted->id));
    QVERIFY(m_wishes->claim(posted->id, m_neighbour, QStringLiteral("陈志强")));
    const Wish seen = *m_wishes->repository().wish(posted->id);

    auto otherDesk = Database::open(m_f->db.path(), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    (*otherDesk)->setOperatorName(QStringLiteral("乙台"));
    RegistryService otherRegistry(**otherDesk);
    ComplaintService otherComplaints(**otherDesk, otherRegistry);
    WishService other(**otherDesk, otherComplaints);
    QVERIFY(other.release(seen, QStringLiteral("临时有事")));
    QVERIFY(other.claim(posted->id, {}, QStringLiteral("志愿者小王")));

    const Status stale = m_wishes->release(seen, QStringLiteral("联系不上"));
    QVERIFY(!stale);
    QVERIFY2(stale.error().startsWith(QStringLiteral("乙台 changed this record at")),
             qPrintable(stale.error()));
    const Wish now = *m_wishes->repository().wish(posted->id);
    QCOMPARE(now.helperName, QStringLiteral("志愿者小王"));
    QVERIFY(m_wishes->release(now, QStringLiteral("联系不上")));
}

QTEST_MAIN(TestWishes)
#include "tst_wishes.moc"
