#include "demo/democomplaints.h"

#include "complaints/complaintrepository.h"
#include "storage/statement.h"

#include <QHash>

namespace linli {

struct DemoComplaints::Person {
    qint64 residentId = 0;
    QString name;
    QString phone;
    qint64 householdId = 0;
    QString address;
    qint64 unitId = 0;
    qint64 buildingId = 0;
    qint64 compoundId = 0;
};

namespace {

// What residents come about, by category (names as seeded by schema step 2).
struct Topic {
    const char16_t *category;
    const char16_t *summary;
    const char16_t *resolution;
};
constexpr Topic kTopics[] = {
    {u"管道化粪池", u"单元化粪池堵塞，污水外溢到楼道口", u"联系疏通队清掏化粪池，单元住户分摊费用"},
    {u"管道化粪池", u"下水主管道堵塞，一楼返水", u"疏通主管道，更换破损管段"},
    {u"环境卫生", u"楼道堆放杂物，影响通行", u"邻长组织清理楼道杂物，纳入楼栋卫生公约"},
    {u"环境卫生", u"垃圾清运不及时，有异味", u"协调环卫增加清运次数"},
    {u"楼道照明", u"楼道声控灯不亮", u"更换楼道灯具"},
    {u"噪音扰民", u"楼上装修噪音，午休时间施工", u"上门劝导，约定施工时段"},
    {u"噪音扰民", u"广场舞音响声音过大", u"与舞蹈队协商降低音量、调整时间"},
    {u"停车", u"私家车占用消防通道", u"联系车主挪车，设置禁停标识"},
    {u"漏水", u"楼上卫生间漏水到我家", u"协调楼上住户维修防水层"},
    {u"邻里纠纷", u"邻居在公共走廊堆放鞋柜", u"双方协商，鞋柜移入户内"},
    {u"物业管理", u"对物业费收取标准有异议", u"转物业公司解释收费依据"},
    {u"安全隐患", u"电动车在楼道内充电", u"劝导住户到集中充电点充电"},
    {u"养老关爱", u"独居老人家中水管坏了，无人帮忙", u"志愿者上门维修"},
    {u"其他", u"咨询低保申请政策", u"讲解政策并告知所需材料"},
};

const QString kPeople = QStringLiteral(
    "SELECT r.id AS resident_id, r.name, r.mobile, h.id AS household_id, h.address,"
    " u.id AS unit_id, b.id AS building_id, c.id AS compound_id FROM residents r"
    " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
    " JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id"
    " WHERE c.community_id = :community AND r.moved_out_on IS NULL"
    " AND r.relation IN ('head', 'spouse') ORDER BY r.id");
const QString kCommunities = QStringLiteral("SELECT id FROM communities ORDER BY id");
const QString kCategories = QStringLiteral("SELECT id, name FROM complaint_categories");
const QString kBodies = QStringLiteral("SELECT id, name FROM referral_bodies ORDER BY id");
const QString kHeads =
    QStringLiteral("SELECT nb.building_id, r.name FROM neighbour_head_buildings nb"
                   " JOIN neighbour_heads n ON n.id = nb.neighbour_head_id JOIN residents r ON "
                   "r.id = n.resident_id");
const QString kWorkers = QStringLiteral(
    "SELECT b.id AS building_id, s.name FROM buildings b JOIN grids g ON g.id = b.grid_id"
    " JOIN staff s ON s.id = g.worker_id");
const QString kDutyStaff = QStringLiteral("SELECT name FROM staff WHERE role = 'duty' ORDER BY id");

} // namespace

DemoComplaints::DemoComplaints(const WriteContext &context, QDateTime now, quint64 seed, int days)
    : m_context(context)
    , m_now(std::move(now))
    , m_random(seed)
    , m_days(days) {}

Result<int> DemoComplaints::run() {
    const QSqlDatabase db = m_context.connection();
    auto categories = sql::Statement::run(db, kCategories);
    if (!categories)
        return categories.status();
    QHash<QString, qint64> categoryByName;
    while (categories->next())
        categoryByName.insert(categories->text("name"), categories->integer("id"));
    if (Status read = categories->status(); !read)
        return read;
    for (const Topic &topic : kTopics)
        m_categoryIds << categoryByName.value(QString::fromUtf16(topic.category));
    auto bodies = sql::Statement::run(db, kBodies);
    if (!bodies)
        return bodies.status();
    while (bodies->next())
        m_bodies.append({bodies->integer("id"), bodies->text("name")});
    if (Status read = bodies->status(); !read)
        return read;
    for (auto [statement, target] :
         {std::pair{kHeads, &m_headOfBuilding}, std::pair{kWorkers, &m_workerOfBuilding}}) {
        auto rows = sql::Statement::run(db, statement);
        if (!rows)
            return rows.status();
        while (rows->next())
            target->insert(rows->integer("building_id"), rows->text("name"));
    }
    auto staff = sql::Statement::run(db, kDutyStaff);
    if (!staff)
        return staff.status();
    while (staff->next())
        m_operators << staff->text("name");
    if (Status read = staff->status(); !read)
        return read;
    if (m_operators.isEmpty())
        m_operators << m_context.operatorName();
    // The calendar as seeded, so due dates follow the holidays.
    auto days = sql::Statement::run(db, QStringLiteral("SELECT day, kind FROM calendar_days"));
    if (!days)
        return days.status();
    while (days->next())
        m_calendar.setException(days->date("day"), days->text("kind") == QStringLiteral("workday")
                                                       ? WorkingCalendar::DayKind::Workday
                                                       : WorkingCalendar::DayKind::Holiday);
    if (Status read = days->status(); !read)
        return read;

    auto communities = sql::Statement::run(db, kCommunities);
    if (!communities)
        return communities.status();
    QList<qint64> communityIds;
    while (communities->next())
        communityIds << communities->integer("id");
    if (Status read = communities->status(); !read)
        return read;
    for (qint64 community : std::as_const(communityIds)) {
        auto rows = sql::Statement::run(db, kPeople, {{"community", community}});
        if (!rows)
            return rows.status();
        QList<Person> people;
        while (rows->next())
            people.append({rows->integer("resident_id"), rows->text("name"), rows->text("mobile"),
                           rows->integer("household_id"), rows->text("address"),
                           rows->integer("unit_id"), rows->integer("building_id"),
                           rows->integer("compound_id")});
        if (Status read = rows->status(); !read)
            return read;
        if (people.isEmpty())
            continue;
        for (QDate day = m_now.date().addDays(-m_days); day <= m_now.date(); day = day.addDays(1)) {
            const bool working = m_calendar.isWorkingDay(day);
            const int count = working ? 2 + below(4) : below(2);
            for (int i = 0; i < count; ++i) {
                const QDateTime at(day, QTime(8, 30).addSecs(60 * below(9 * 60)));
                if (at > m_now)
                    continue;
                if (Status done =
                        writeOne(people.at(below(int(people.size()))), at, CommunityId{community});
                    !done)
                    return done;
            }
        }
    }
    return m_written;
}

Status DemoComplaints::writeOne(const Person &person, const QDateTime &receivedAt,
                                CommunityId community) {
    const int topicIndex = below(int(std::size(kTopics)));
    const Topic &topic = kTopics[topicIndex];
    Complaint c;
    c.receivedAt = receivedAt;
    const int channelRoll = below(100);
    c.channel = channelRoll < 40   ? Channel::Visit
                : channelRoll < 70 ? Channel::Phone
                : channelRoll < 90 ? Channel::GridPlatform
                : channelRoll < 98 ? Channel::GroupChat
                                   : Channel::WishWall;
    if (below(100) < 80) {
        c.reporter = {ResidentId{person.residentId}, person.name, person.phone};
    } else {
        // A walk-in, not (yet) in the registry.
        c.reporter = {{},
                      QStringLiteral("来访群众"),
                      QStringLiteral("1390731%1").arg(below(10000), 4, 10, QLatin1Char('0'))};
    }
    c.place = {CompoundId{person.compoundId}, BuildingId{person.buildingId}, UnitId{person.unitId},
               HouseholdId{person.householdId}, person.address};
    c.categoryId = CategoryId{m_categoryIds.at(topicIndex)};
    c.community = community;
    c.urgency = below(100) < 15 ? Urgency::Urgent : Urgency::Normal;
    c.summary = QString::fromUtf16(topic.summary);
    c.dueAt = m_calendar.addWorkingDays(receivedAt, c.urgency == Urgency::Urgent ? 1 : 3);

    const QString operatorName = m_operators.at(below(int(m_operators.size())));
    const WriteContext logging(m_context.connection(), operatorName, receivedAt);
    auto inserted = ComplaintRepository::insert(logging, c);
    if (!inserted)
        return inserted.status();
    ++m_written;
    Complaint current = *inserted;

    // Walk it through its life while the steps lie in the past.
    const int levelRoll = below(100);
    const Level level = levelRoll < 45   ? Level::Building
                        : levelRoll < 80 ? Level::Community
                        : levelRoll < 88 ? Level::Mediation
                                         : Level::Referred;
    QString assignee;
    ReferralBodyId body;
    switch (level) {
    case Level::Building:
        assignee = m_headOfBuilding.value(person.buildingId, QStringLiteral("楼栋自治小组"));
        break;
    case Level::Community:
        assignee = m_workerOfBuilding.value(person.buildingId, QStringLiteral("社区值班室"));
        break;
    case Level::Mediation:
        assignee = QStringLiteral("矛盾调解室");
        break;
    case Level::Referred: {
        const auto &chosen = m_bodies.at(below(int(m_bodies.size())));
        body = ReferralBodyId{chosen.first};
        assignee = chosen.second;
        break;
    }
    }
    // Recent matters may still be waiting; a few stall past their due date.
    const bool stalls = receivedAt.daysTo(m_now) < 30 && below(100) < 12;
    QDateTime at = receivedAt;
    auto step = [&](int minMinutes, int spanMinutes, ComplaintAction action,
                    const std::function<void(Complaint &)> &apply,
                    const QString &note) -> std::optional<Status> {
        at = at.addSecs(60 * (minMinutes + below(spanMinutes)));
        if (at > m_now)
            return std::nullopt;
        Complaint after = current;
        apply(after);
        if (!after.firstResponseAt.isValid())
            after.firstResponseAt = at;
        ComplaintEvent event;
        event.at = at;
        event.operatorName = m_operators.at(below(int(m_operators.size())));
        event.action = action;
        event.from = current.state;
        event.to = after.state;
        event.note = note;
        event.assignee = after.assignee;
        const WriteContext context(m_context.connection(), event.operatorName, at,
                                   m_context.community());
        if (Status done = ComplaintRepository::update(context, current, after, event); !done)
            return done;
        current = after;
        return Status::success();
    };
    // 1: done, 0: the step lies in the future (stop here), -1: failed (see `failure`).
    Status failure = Status::success();
    auto run = [&](int minMinutes, int spanMinutes, ComplaintAction action,
                   const std::function<void(Complaint &)> &apply, const QString &note) -> int {
        const auto outcome = step(minMinutes, spanMinutes, action, apply, note);
        if (!outcome)
            return 0;
        if (!outcome->ok()) {
            failure = *outcome;
            return -1;
        }
        return 1;
    };
    int r = run(
        20, 200, ComplaintAction::Assign,
        [&](Complaint &x) {
            x.state = ComplaintState::Assigned;
            x.level = level;
            x.assignee = assignee;
            x.referralBodyId = body;
        },
        QString());
    if (r <= 0 || stalls)
        return failure;
    r = run(
        30, 600, ComplaintAction::Start, [](Complaint &x) { x.state = ComplaintState::InProgress; },
        QString());
    if (r <= 0)
        return failure;
    const QString resolution = QString::fromUtf16(topic.resolution);
    r = run(
        120, 60 * 24 * 4, ComplaintAction::Resolve,
        [&](Complaint &x) {
            x.state = ComplaintState::Resolved;
            x.resolution = resolution;
            x.resolvedAt = at;
        },
        resolution);
    if (r <= 0)
        return failure;
    r = run(
        30, 60 * 24, ComplaintAction::Answer,
        [&](Complaint &x) {
            x.state = ComplaintState::Answered;
            x.answerMethod = below(2) ? QStringLiteral("电话告知") : QStringLiteral("上门告知");
            x.answeredAt = at;
        },
        QString());
    if (r <= 0)
        return failure;
    const int mood = below(100);
    const Satisfaction satisfaction = mood < 80   ? Satisfaction::Satisfied
                                      : mood < 96 ? Satisfaction::BasicallySatisfied
                                                  : Satisfaction::Unsatisfied;
    r = run(
        60 * 24, 60 * 48, ComplaintAction::FollowUp,
        [&](Complaint &x) {
            x.state = satisfaction == Satisfaction::Unsatisfied ? ComplaintState::InProgress
                                                                : ComplaintState::FollowedUp;
            x.satisfaction = satisfaction;
            if (satisfaction == Satisfaction::Unsatisfied) {
                x.resolvedAt = {};
                x.answeredAt = {};
                x.dueAt = m_calendar.addWorkingDays(at, 3);
            }
        },
        satisfaction == Satisfaction::Unsatisfied ? QStringLiteral("居民表示问题仍未解决")
                                                  : QStringLiteral("居民对处理结果满意"));
    if (r <= 0 || satisfaction == Satisfaction::Unsatisfied)
        return failure;
    r = run(
        60, 60 * 24 * 3, ComplaintAction::Close,
        [&](Complaint &x) {
            x.state = ComplaintState::Closed;
            x.closedAt = at;
        },
        QString());
    return failure;
}

} // namespace linli
