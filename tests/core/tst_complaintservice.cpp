#include "complaints/complaintfigures.h"
#include "complaints/complaintservice.h"
#include "complaints/complainttimelinesource.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "support/registryfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace linli;

class TestComplaintService final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void logsWithNumberAndDueDate();
    void numbersRestartEachYear();
    void refusesIncompleteDrafts_data();
    void refusesIncompleteDrafts();
    void followsTheWholeLifeOnItsTimeline();
    void unsatisfiedFollowUpReopens();
    void overdueFollowsTheClock();
    void extendAndRemind();
    void routingSuggestsTheRegistryPeople();
    void filters();
    void findsANumberAsTyped();
    void aStepOnAComplaintChangedSinceIsRefused();
    void possibleDuplicatesAndRepeatReporters();
    void figuresOnAKnownDataSet();
    void householdFileListsComplaints();
    void listsAreEditable();
    void listsChangedAtAnotherDeskAreNotOverwritten();

private:
    Complaint draft(const QString &summary, Urgency urgency = Urgency::Normal) const;
    CategoryId category(const QString &name) const;

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<ComplaintService> m_service;
    HouseholdId m_household;
};

void TestComplaintService::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_service = std::make_unique<ComplaintService>(*m_f->db, m_f->registry);
    m_household = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("302"));
}

void TestComplaintService::cleanup() {
    m_service.reset();
    m_f.reset();
}

CategoryId TestComplaintService::category(const QString &name) const {
    const auto categories = m_service->complaints().categories();
    for (const Category &c : *categories) {
        if (c.name == name)
            return c.id;
    }
    return {};
}

// Another desk retires a category and changes a time limit while this desk shows the old lists:
// a complaint of the retired category is refused naming who retired it (and the lists are
// announced as changed), and the old time limit is not saved over the new one.
void TestComplaintService::listsChangedAtAnotherDeskAreNotOverwritten() {
    const auto otherDesk = m_f->anotherDesk();
    QVERIFY(otherDesk);
    RegistryService otherRegistry(*otherDesk);
    ComplaintService other(*otherDesk, otherRegistry);
    const Complaint retiredDraft = draft(QStringLiteral("化粪池又堵了"));
    QVERIFY(other.setCategoryActive(retiredDraft.categoryId, false));
    QSignalSpy listsChanged(m_service.get(), &ComplaintService::listsChanged);
    const auto refused = m_service->log(retiredDraft);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("乙台 retired the category 管道化粪池 at ")),
             qPrintable(refused.error()));
    QCOMPARE(listsChanged.count(), 1);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM complaints")), 0);

    const int shown = *m_service->complaints().dueDays(Urgency::Normal);
    QVERIFY(other.setDueDays(Urgency::Normal, 4, shown));
    const Status stale = m_service->setDueDays(Urgency::Normal, 5, shown);
    QVERIFY2(!stale && stale.error().startsWith(QStringLiteral("乙台 changed this setting at ")),
             qPrintable(stale.error()));
    QCOMPARE(*m_service->complaints().dueDays(Urgency::Normal), 4);
    QVERIFY(m_service->setDueDays(Urgency::Normal, 5, 4));
    QCOMPARE(*m_service->complaints().dueDays(Urgency::Normal), 5);
}

Complaint TestComplaintService::draft(const QString &summary, Urgency urgency) const {
    Complaint c;
    c.receivedAt = m_f->db.clock().now();
    c.channel = Channel::Visit;
    c.reporter = {{}, QStringLiteral("张阿姨"), QStringLiteral("13812345678")};
    c.place = {m_f->compound, m_f->building, m_f->unit, m_household,
               QStringLiteral("明珠花园3栋2单元302")};
    c.categoryId = category(QStringLiteral("管道化粪池"));
    c.urgency = urgency;
    c.summary = summary;
    return c;
}

void TestComplaintService::logsWithNumberAndDueDate() {
    // The fixture's clock: Thursday 2025-03-27 10:00.
    QSignalSpy spy(m_service.get(), &ComplaintService::complaintsChanged);
    const auto first = m_service->log(draft(QStringLiteral("化粪池堵塞")));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->number(), QStringLiteral("2025-0001"));
    QCOMPARE(first->state, ComplaintState::Registered);
    QCOMPARE(first->loggedBy, QStringLiteral("测试员"));
    QCOMPARE(first->dueAt, QDateTime(QDate(2025, 4, 1), QTime(10, 0))); // 3 working days
    QCOMPARE(spy.count(), 1);
    const auto urgent = m_service->log(draft(QStringLiteral("楼道漏电"), Urgency::Urgent));
    QCOMPARE(urgent->number(), QStringLiteral("2025-0002"));
    QCOMPARE(urgent->dueAt, QDateTime(QDate(2025, 3, 28), QTime(10, 0)));
    const auto stored = m_service->complaints().complaint(urgent->id);
    QCOMPARE(stored->summary, QStringLiteral("楼道漏电"));
    QCOMPARE(stored->categoryName, QStringLiteral("管道化粪池"));
    QCOMPARE(
        m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'complaint'")), 2);
}

void TestComplaintService::numbersRestartEachYear() {
    QVERIFY(m_service->log(draft(QStringLiteral("一"))));
    m_f->db.clock().set(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
    const auto next = m_service->log(draft(QStringLiteral("二")));
    QCOMPARE(next->number(), QStringLiteral("2026-0001"));
}

void TestComplaintService::refusesIncompleteDrafts_data() {
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("message");
    QTest::newRow("no summary") << 0 << "Enter a summary";
    QTest::newRow("no reporter") << 1 << "Enter who came";
    QTest::newRow("bad phone") << 2 << "neither an 11-digit mobile";
    QTest::newRow("no category") << 3 << "Choose a category";
    QTest::newRow("in the future") << 4 << "lies in the future";
}

void TestComplaintService::refusesIncompleteDrafts() {
    QFETCH(int, breakage);
    QFETCH(QString, message);
    Complaint c = draft(QStringLiteral("漏水"));
    switch (breakage) {
    case 0:
        c.summary = QStringLiteral("  ");
        break;
    case 1:
        c.reporter.name.clear();
        break;
    case 2:
        c.reporter.phone = QStringLiteral("12345");
        break;
    case 3:
        c.categoryId = {};
        break;
    case 4:
        c.receivedAt = c.receivedAt.addDays(1);
        break;
    }
    const auto logged = m_service->log(c);
    QVERIFY(!logged);
    QVERIFY2(logged.error().contains(message), qPrintable(logged.error()));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM complaints")), 0);
    // A landline is a valid phone too.
    Complaint landline = draft(QStringLiteral("漏水"));
    landline.reporter.phone = QStringLiteral("0731-55550101");
    QVERIFY(m_service->log(landline));
}

void TestComplaintService::followsTheWholeLifeOnItsTimeline() {
    const ComplaintId id = m_service->log(draft(QStringLiteral("化粪池堵塞")))->id;
    auto &clock = m_f->db.clock();
    clock.set(clock.now().addSecs(1800));
    QVERIFY(!m_service->assign(id, Level::Building, QString(), {}, {})); // no handler named
    QVERIFY(m_service->assign(id, Level::Building, QStringLiteral("邻长王海"), {},
                              QStringLiteral("请邻长协调")));
    QVERIFY(!m_service->answer(id, QStringLiteral("电话"), {})); // not resolved yet
    QVERIFY(m_service->start(id, {}));
    QVERIFY(m_service->assign(id, Level::Community, QStringLiteral("网格员周敏"), {},
                              QStringLiteral("需要社区出面")));
    QVERIFY(!m_service->resolve(id, Level::Community, QStringLiteral(" ")));
    clock.set(clock.now().addSecs(3600 * 20));
    QVERIFY(
        m_service->resolve(id, Level::Building, QStringLiteral("疏通化粪池，单元住户分摊费用")));
    QVERIFY(!m_service->close(id, {}));
    QVERIFY(m_service->answer(id, QStringLiteral("电话告知"), {}));
    QVERIFY(m_service->followUp(id, Satisfaction::Satisfied, QStringLiteral("居民满意")));
    QVERIFY(m_service->close(id, {}));

    const Complaint done = *m_service->complaints().complaint(id);
    QCOMPARE(done.state, ComplaintState::Closed);
    QCOMPARE(done.level, std::optional<Level>(Level::Building));
    QCOMPARE(done.assignee, QStringLiteral("网格员周敏"));
    QCOMPARE(done.firstResponseAt, QDateTime(QDate(2025, 3, 27), QTime(10, 30)));
    QCOMPARE(done.satisfaction, std::optional<Satisfaction>(Satisfaction::Satisfied));
    QVERIFY(done.closedAt.isValid());

    const auto events = *m_service->complaints().events(id);
    QCOMPARE(events.size(), 8);
    QVERIFY(events.first().isRegistration);
    QCOMPARE(events.at(1).note, QStringLiteral("请邻长协调"));
    QCOMPARE(events.at(3).from, ComplaintState::InProgress);
    QCOMPARE(events.at(3).to, ComplaintState::Assigned);
    QCOMPARE(events.at(3).assignee, QStringLiteral("网格员周敏"));
    QCOMPARE(events.last().action, ComplaintAction::Close);
    QCOMPARE(events.last().operatorName, QStringLiteral("测试员"));
}

void TestComplaintService::unsatisfiedFollowUpReopens() {
    const ComplaintId id = m_service->log(draft(QStringLiteral("噪音")))->id;
    QVERIFY(m_service->assign(id, Level::Community, QStringLiteral("周敏"), {}, {}));
    QVERIFY(m_service->resolve(id, Level::Community, QStringLiteral("已劝导")));
    QVERIFY(m_service->answer(id, QStringLiteral("上门"), {}));
    QVERIFY(!m_service->followUp(id, Satisfaction::Unsatisfied, QString())); // needs a note
    m_f->db.clock().set(QDateTime(QDate(2025, 4, 7), QTime(9, 0)));
    QVERIFY(m_service->followUp(id, Satisfaction::Unsatisfied, QStringLiteral("仍有噪音")));
    const Complaint reopened = *m_service->complaints().complaint(id);
    QCOMPARE(reopened.state, ComplaintState::InProgress);
    QVERIFY(!reopened.resolvedAt.isValid());
    QCOMPARE(reopened.dueAt, QDateTime(QDate(2025, 4, 10), QTime(9, 0)));
}

void TestComplaintService::overdueFollowsTheClock() {
    const ComplaintId id = m_service->log(draft(QStringLiteral("漏水"), Urgency::Urgent))->id;
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = QDateTime(QDate(2025, 3, 28), QTime(9, 59));
    QCOMPARE(*m_service->complaints().count(overdue), 0);
    overdue.now = QDateTime(QDate(2025, 3, 28), QTime(10, 1));
    QCOMPARE(*m_service->complaints().count(overdue), 1);
    QVERIFY(m_service->complaints().complaint(id)->isOverdue(overdue.now));
    QVERIFY(m_service->assign(id, Level::Community, QStringLiteral("周敏"), {}, {}));
    QVERIFY(m_service->resolve(id, Level::Community, QStringLiteral("已修复")));
    QCOMPARE(*m_service->complaints().count(overdue), 0); // resolved is never overdue
}

void TestComplaintService::extendAndRemind() {
    const ComplaintId id = m_service->log(draft(QStringLiteral("漏水"), Urgency::Urgent))->id;
    QVERIFY(!m_service->remind(id, {})); // not overdue yet
    const QDateTime due = m_service->complaints().complaint(id)->dueAt;
    QVERIFY(!m_service->extend(id, due.addDays(2), QString()));
    QVERIFY(!m_service->extend(id, due.addDays(-1), QStringLiteral("等待配件")));
    QVERIFY(m_service->extend(id, due.addDays(2), QStringLiteral("等待配件")));
    QCOMPARE(m_service->complaints().complaint(id)->dueAt, due.addDays(2));
    m_f->db.clock().set(due.addDays(3));
    QVERIFY(m_service->remind(id, QStringLiteral("请尽快处理")));
    const auto events = *m_service->complaints().events(id);
    QCOMPARE(events.last().action, ComplaintAction::Remind);
    QCOMPARE(events.at(events.size() - 2).note, QStringLiteral("等待配件"));
    QCOMPARE(m_service->complaints().complaint(id)->state, ComplaintState::Registered);
    QVERIFY(m_service->revisit(id, QStringLiteral("居民再次来访询问进度")));
    QCOMPARE(m_service->complaints().events(id)->last().action, ComplaintAction::Revisit);
    QCOMPARE(m_service->complaints().complaint(id)->state, ComplaintState::Registered);
}

void TestComplaintService::routingSuggestsTheRegistryPeople() {
    QCOMPARE(m_service->suggestRouting(m_f->building).neighbourHead, QString());
    const ResidentId wang = *m_f->registry.addResident(
        m_f->resident(m_household, QStringLiteral("王海"), Gender::Male, Relation::Head));
    NeighbourHead head;
    head.residentId = wang;
    head.termStart = QDate(2024, 1, 1);
    head.buildings = {m_f->building};
    QVERIFY(m_f->registry.addNeighbourHead(head));
    const StaffId worker = *m_f->registry.addStaff(
        {{}, m_f->community, QStringLiteral("周敏"), StaffRole::GridWorker, QString(), true});
    const GridId grid =
        *m_f->registry.addGrid({{}, m_f->community, QStringLiteral("第一网格"), worker, {}});
    Building building = *m_f->registry.places().building(m_f->building);
    building.gridId = grid;
    QVERIFY(m_f->registry.updateBuilding(building));
    const RoutingSuggestion suggestion = m_service->suggestRouting(m_f->building);
    QCOMPARE(suggestion.neighbourHead, QStringLiteral("王海"));
    QCOMPARE(suggestion.gridWorker, QStringLiteral("周敏"));
}

void TestComplaintService::filters() {
    Complaint noise = draft(QStringLiteral("楼上装修噪音"));
    noise.categoryId = category(QStringLiteral("噪音扰民"));
    noise.channel = Channel::Phone;
    const ComplaintId a = m_service->log(noise)->id;
    m_f->db.clock().set(QDateTime(QDate(2025, 3, 28), QTime(9, 0)));
    const ComplaintId b = m_service->log(draft(QStringLiteral("化粪池冒水")))->id;
    QVERIFY(m_service->assign(b, Level::Building, QStringLiteral("王海"), {}, {}));

    auto numbers = [this](const ComplaintFilter &filter) {
        QStringList list;
        const auto page = m_service->complaints().page(filter, std::nullopt, 50);
        for (const Complaint &c : *page)
            list << c.summary;
        if (*m_service->complaints().count(filter) != list.size())
            list << QStringLiteral("count disagrees");
        // The lists' rows are the same complaints, with what the lists show of them.
        const auto rows = m_service->complaints().listPage(filter, std::nullopt, 50);
        if (rows->size() != page->size())
            list << QStringLiteral("the list's rows disagree");
        for (qsizetype i = 0; i < std::min(rows->size(), page->size()); ++i) {
            const ComplaintListEntry &row = rows->at(i);
            const Complaint &c = page->at(i);
            if (row.id != c.id || row.number() != c.number() || row.receivedAt != c.receivedAt ||
                row.channel != c.channel || row.reporterName != c.reporter.name ||
                row.place != c.place.description || row.categoryName != c.categoryName ||
                row.summary != c.summary || row.details != c.details || row.state != c.state ||
                row.assignee != c.assignee || row.dueAt != c.dueAt ||
                row.isOverdue(c.dueAt.addSecs(1)) != c.isOverdue(c.dueAt.addSecs(1)))
                list << QStringLiteral("the list's row %1 disagrees").arg(i);
        }
        return list;
    };
    ComplaintFilter all;
    QCOMPARE(numbers(all), (QStringList{"化粪池冒水", "楼上装修噪音"})); // newest first
    ComplaintFilter byState;
    byState.state = ComplaintState::Assigned;
    QCOMPARE(numbers(byState), QStringList{"化粪池冒水"});
    ComplaintFilter byCategory;
    byCategory.categoryId = category(QStringLiteral("噪音扰民"));
    QCOMPARE(numbers(byCategory), QStringList{"楼上装修噪音"});
    ComplaintFilter byChannel;
    byChannel.channel = Channel::Phone;
    QCOMPARE(numbers(byChannel), QStringList{"楼上装修噪音"});
    ComplaintFilter byAssignee;
    byAssignee.assignee = QStringLiteral("王");
    QCOMPARE(numbers(byAssignee), QStringList{"化粪池冒水"});
    ComplaintFilter byDate;
    byDate.from = QDate(2025, 3, 28);
    byDate.to = QDate(2025, 3, 28);
    QCOMPARE(numbers(byDate), QStringList{"化粪池冒水"});
    ComplaintFilter byText;
    byText.text = QStringLiteral("装修");
    QCOMPARE(numbers(byText), QStringList{"楼上装修噪音"});
    byText.text = QStringLiteral("2025-0002");
    QCOMPARE(numbers(byText), QStringList{"化粪池冒水"});
    ComplaintFilter dueOn;
    dueOn.dueOn = QDate(2025, 4, 1); // the first one's due date; the second is assigned, due 4-2
    QCOMPARE(numbers(dueOn), QStringList{"楼上装修噪音"});
    ComplaintFilter byBuilding;
    byBuilding.buildingId = m_f->building;
    QCOMPARE(numbers(byBuilding).size(), 2);
    Q_UNUSED(a);
    // Keyset paging, one at a time, sees both once.
    const auto first = m_service->complaints().page(all, std::nullopt, 1);
    const auto second = m_service->complaints().page(
        all, ComplaintPageKey{first->first().receivedAt, first->first().id.value}, 1);
    QCOMPARE(second->first().summary, QStringLiteral("楼上装修噪音"));
}

// Numbers past 9,999 in a year get five digits (2025-10466); the search reads what is typed as
// a year and a number, so that 2025-0466 is not also 2025-10466 and 2026-12345 is found, on
// either engine.
void TestComplaintService::findsANumberAsTyped() {
    QList<ComplaintId> ids;
    for (const QString &summary :
         {QStringLiteral("第四百六十六"), QStringLiteral("第一万零四百六十六"),
          QStringLiteral("第一万二千三百四十五"), QStringLiteral("第十")})
        ids << m_service->log(draft(summary))->id;
    const QList<int> numbers = {466, 10466, 12345, 10};
    for (qsizetype i = 0; i < ids.size(); ++i)
        QVERIFY(
            sql::Statement::run(m_f->db->connection(),
                                QStringLiteral("UPDATE complaints SET seq = :seq WHERE id = :id"),
                                {{"seq", numbers.at(i)}, {"id", ids.at(i).value}}));
    const auto found = [this](const QString &typed) {
        ComplaintFilter filter;
        filter.text = typed;
        QStringList summaries;
        const auto page = m_service->complaints().page(filter, std::nullopt, 50);
        for (const Complaint &c : *page)
            summaries << c.number() + u' ' + c.summary;
        return summaries;
    };
    QCOMPARE(found(QStringLiteral("2025-0466")), QStringList{"2025-0466 第四百六十六"});
    QCOMPARE(found(QStringLiteral("2025-466")), QStringList{"2025-0466 第四百六十六"});
    QCOMPARE(found(QStringLiteral("2025-10466")), QStringList{"2025-10466 第一万零四百六十六"});
    QCOMPARE(found(QStringLiteral("2025－12345")), QStringList{"2025-12345 第一万二千三百四十五"});
    QCOMPARE(found(QStringLiteral(" 2025-0010 ")), QStringList{"2025-0010 第十"});
    QVERIFY(found(QStringLiteral("2024-0466")).isEmpty());
    QCOMPARE(found(QStringLiteral("2025/0466")), QStringList{"2025-0466 第四百六十六"});
    QCOMPARE(found(QStringLiteral("20250466")), QStringList{"2025-0466 第四百六十六"});
    QCOMPARE(found(QStringLiteral("２０２５－０４６６")), QStringList{"2025-0466 第四百六十六"});
    // Only the number: that number in any year.
    QCOMPARE(found(QStringLiteral("0010")), QStringList{"2025-0010 第十"});
    QCOMPARE(found(QStringLiteral("10466")), QStringList{"2025-10466 第一万零四百六十六"});
    QVERIFY2(found(QStringLiteral("466")).contains(QStringLiteral("2025-0466 第四百六十六")),
             qPrintable(found(QStringLiteral("466")).join(u',')));
    // A phone written with its area code is still a phone.
    QCOMPARE(found(QStringLiteral("1381234")).size(), 4);
}

// Two desks have the same complaint open; one assigns it to 王海. The other, still showing it
// unassigned, assigns it to 李军: refused, naming the first desk, instead of silently handing
// the complaint to someone else. Read again, its step goes through.
void TestComplaintService::aStepOnAComplaintChangedSinceIsRefused() {
    const Complaint seen = *m_service->log(draft(QStringLiteral("电梯异响")));
    QCOMPARE(seen.version, 1);
    auto otherDesk = Database::open(m_f->db.path(), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    (*otherDesk)->setOperatorName(QStringLiteral("乙台"));
    RegistryService otherRegistry(**otherDesk);
    ComplaintService other(**otherDesk, otherRegistry);
    QVERIFY(other.assign(seen, Level::Building, QStringLiteral("王海"), {}, {}));

    const Status stale = m_service->assign(seen, Level::Community, QStringLiteral("李军"), {}, {});
    QVERIFY(!stale);
    QVERIFY2(stale.error().startsWith(QStringLiteral("乙台 changed this record at")),
             qPrintable(stale.error()));
    const Complaint now = *m_service->complaints().complaint(seen.id);
    QCOMPARE(now.assignee, QStringLiteral("王海"));
    QCOMPARE(now.version, 2);
    QVERIFY(m_service->assign(now, Level::Community, QStringLiteral("李军"), {}, {}));
    QCOMPARE(m_service->complaints().complaint(seen.id)->assignee, QStringLiteral("李军"));
    // Without a version (the command line, a revisit from the duplicates list) nothing is checked.
    QVERIFY(m_service->revisit(seen.id, QStringLiteral("又来问进度")));
}

void TestComplaintService::possibleDuplicatesAndRepeatReporters() {
    QVERIFY(m_service->log(draft(QStringLiteral("化粪池堵塞"))));
    m_f->db.clock().set(QDateTime(QDate(2025, 3, 29), QTime(9, 0)));
    const auto duplicates = m_service->complaints().possibleDuplicates(
        m_f->building, m_f->unit, category(QStringLiteral("管道化粪池")),
        m_f->db.clock().now().addDays(-7));
    QCOMPARE(duplicates->size(), 1);
    QCOMPARE(duplicates->first().summary, QStringLiteral("化粪池堵塞"));
    QCOMPARE(m_service->complaints()
                 .possibleDuplicates(m_f->building, m_f->unit, category(QStringLiteral("噪音扰民")),
                                     m_f->db.clock().now().addDays(-7))
                 ->size(),
             0);
    QVERIFY(m_service->log(draft(QStringLiteral("化粪池又堵了"))));
    const auto repeat =
        m_service->complaints().repeatReporters(QDateTime(QDate(2025, 1, 1), QTime()));
    QCOMPARE(repeat->size(), 1);
    QCOMPARE(repeat->first().name, QStringLiteral("张阿姨"));
    QCOMPARE(repeat->first().visits, 2);
}

void TestComplaintService::figuresOnAKnownDataSet() {
    auto &clock = m_f->db.clock();
    // Four complaints on Thursday 2025-03-27 at 10:00:
    // A: building, first response after 1 h, resolved after 4 h;
    // B: community, first response after 2 h, resolved after 24 h;
    // C: building, first response after 3 h, resolved after 10 h;
    // D: urgent, never handled: overdue on Monday.
    struct Plan {
        Level level;
        int respondHours;
        int resolveHours;
    };
    const Plan plans[] = {
        {Level::Building, 1, 4}, {Level::Community, 2, 24}, {Level::Building, 3, 10}};
    const QDateTime start(QDate(2025, 3, 27), QTime(10, 0));
    for (const Plan &plan : plans) {
        clock.set(start);
        const ComplaintId id = m_service->log(draft(QStringLiteral("事项")))->id;
        clock.set(start.addSecs(plan.respondHours * 3600));
        QVERIFY(m_service->assign(id, plan.level, QStringLiteral("经办人"), {}, {}));
        clock.set(start.addSecs(plan.resolveHours * 3600));
        QVERIFY(m_service->resolve(id, plan.level, QStringLiteral("已办结")));
    }
    clock.set(start);
    QVERIFY(m_service->log(draft(QStringLiteral("紧急"), Urgency::Urgent)));

    const auto figures =
        ComplaintFigures::compute(m_service->complaints(), QDate(2025, 3, 1), QDate(2025, 3, 31),
                                  QDateTime(QDate(2025, 3, 31), QTime(9, 0)));
    QVERIFY(figures);
    QCOMPARE(figures->received, 4);
    QCOMPARE(figures->resolved, 3);
    QCOMPARE(figures->overdue, 1);
    QCOMPARE(figures->settledAt.value(Level::Building), 2);
    QCOMPARE(figures->settledAt.value(Level::Community), 1);
    QCOMPARE(figures->buildingShare, 2.0 / 3.0);
    QCOMPARE(figures->medianHoursToFirstResponse, 2.0);
    QCOMPARE(figures->medianHoursToResolution, 10.0);
}

void TestComplaintService::householdFileListsComplaints() {
    QVERIFY(m_service->log(draft(QStringLiteral("化粪池堵塞"))));
    ComplaintTimelineSource source(m_service->complaints());
    const auto entries = source.entries(m_household);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().title, QStringLiteral("Complaint 2025-0001: 化粪池堵塞"));
}

void TestComplaintService::listsAreEditable() {
    QSignalSpy spy(m_service.get(), &ComplaintService::listsChanged);
    const auto added = m_service->addCategory(QStringLiteral(" 违章搭建 "));
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_service->addCategory(QStringLiteral("违章搭建")));
    // A name that would not fit a ledger column is refused with the limit it broke.
    const QString overlong = QString(21, QChar(u'违'));
    const auto tooLong = m_service->addCategory(overlong);
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().contains(QStringLiteral("20")), qPrintable(tooLong.error()));
    QVERIFY(m_service->addCategory(QString(20, QChar(u'违'))));
    QVERIFY(!m_service->addReferralBody(QString(41, QChar(u'城'))));
    const Category seen{*added, QStringLiteral("违章搭建")};
    QVERIFY(!m_service->renameCategory(seen, QStringLiteral("噪音扰民")));
    QVERIFY(m_service->renameCategory(seen, QStringLiteral("违法建设")));
    // A second rename from the name the list showed before: refused, the first rename stays.
    const Status stale = m_service->renameCategory(seen, QStringLiteral("违章建筑"));
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("changed this record")),
             qPrintable(stale.error()));
    QVERIFY(m_service->setCategoryActive(*added, false));
    const auto categories = m_service->complaints().categories();
    const auto found = std::find_if(categories->begin(), categories->end(),
                                    [&](const Category &c) { return c.id == *added; });
    QVERIFY(found != categories->end());
    QCOMPARE(found->name, QStringLiteral("违法建设"));
    QVERIFY(!found->active);

    const auto body = m_service->addReferralBody(QStringLiteral("城管执法中队"));
    QVERIFY(body);
    QVERIFY(m_service->setReferralBodyActive(*body, false));
    const auto active = m_service->complaints().referralBodies();
    QVERIFY(std::none_of(active->begin(), active->end(),
                         [&](const ReferralBody &b) { return b.id == *body; }));
    QCOMPARE(m_service->lists().referralBodies()->size(), active->size() + 1);

    // A weekday cannot be a make-up working day; a holiday moves due dates.
    QVERIFY(!m_service->setCalendarDay({QDate(2025, 3, 31), true, QStringLiteral("调休")}));
    QVERIFY(m_service->setCalendarDay({QDate(2025, 3, 28), false, QStringLiteral("本地假日")}));
    QCOMPARE(*m_service->dueDate(QDateTime(QDate(2025, 3, 27), QTime(10, 0)), Urgency::Urgent),
             QDateTime(QDate(2025, 3, 31), QTime(10, 0)));
    QVERIFY(m_service->lists().calendarDays(2025)->size() > 30);
    QVERIFY(m_service->removeCalendarDay(QDate(2025, 3, 28)));
    QVERIFY(!m_service->removeCalendarDay(QDate(2025, 3, 28)));

    QVERIFY(!m_service->setDueDays(Urgency::Normal, 0));
    QVERIFY(m_service->setDueDays(Urgency::Normal, 5));
    QCOMPARE(*m_service->dueDate(QDateTime(QDate(2025, 3, 27), QTime(10, 0)), Urgency::Normal),
             QDateTime(QDate(2025, 4, 3), QTime(10, 0)));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN"
                                       " ('complaint_category', 'referral_body', 'calendar_day')")),
             8);
}

QTEST_GUILESS_MAIN(TestComplaintService)
#include "tst_complaintservice.moc"
