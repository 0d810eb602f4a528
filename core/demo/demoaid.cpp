#include "demo/demoaid.h"

#include "aid/eldercarerepository.h"
#include "aid/eventrepository.h"
#include "aid/stationrepository.h"
#include "aid/wishrepository.h"

#include <QHash>

namespace linli {

namespace {

struct DemoWish {
    WishKind kind;
    const char16_t *text;
};

// What residents of an old compound wish for, in their words.
constexpr DemoWish kWishes[] = {
    {WishKind::Help, u"厨房水龙头一直滴水，想请懂行的邻居帮忙换个阀芯"},
    {WishKind::Help, u"老伴住院，想请邻居帮忙接孩子放学三天"},
    {WishKind::Help, u"腿脚不便，想找人每周陪我去一次菜市场"},
    {WishKind::Item, u"想借一辆轮椅，用两周就还"},
    {WishKind::Help, u"家里电视机顶盒不会设置，请年轻人帮忙弄一下"},
    {WishKind::Help, u"楼道灯坏了，晚上下楼看不见，希望尽快修好"},
    {WishKind::Item, u"冬天快到了，想要一床厚一点的棉被"},
    {WishKind::Help, u"想学用智能手机挂号，请人教一教"},
    {WishKind::Item, u"家里孩子多，想要些旧玩具"},
    {WishKind::Help, u"阳台防盗网松了，担心掉下去，请帮忙加固"},
    {WishKind::Item, u"孙女上三年级了，想找些课外书给她看"},
    {WishKind::Item, u"想要一个旧书架放孩子的课本"},
    {WishKind::Help, u"下水道堵了，自己弄不通"},
    {WishKind::Help, u"想找人一起练八段锦"},
};

const QString kWishers = QStringLiteral(
    "SELECT r.id, r.name, u.building_id FROM residents r"
    " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
    " JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id"
    " WHERE r.moved_out_on IS NULL AND c.community_id = (SELECT min(id) FROM communities)"
    " AND c.kind = 'old' ORDER BY r.id LIMIT 400");
// A building may have more than one head: the first of them.
const QString kHead =
    QStringLiteral("SELECT r.name FROM neighbour_head_buildings nb"
                   " JOIN neighbour_heads n ON n.id = nb.neighbour_head_id"
                   " JOIN residents r ON r.id = n.resident_id WHERE nb.building_id = :building"
                   " ORDER BY nb.neighbour_head_id LIMIT 1");

} // namespace

DemoAid::DemoAid(const WriteContext &context, const QDateTime &now)
    : m_context(context)
    , m_now(now) {}

Result<int> DemoAid::run() {
    struct Person {
        qint64 id;
        QString name;
        qint64 building;
    };
    QList<Person> people;
    auto rows = m_context.run(kWishers);
    if (!rows)
        return rows.status();
    while (rows->next())
        people.append({rows->integer("id"), rows->text("name"), rows->integer("building_id")});
    if (Status read = rows->status(); !read)
        return read;
    if (people.size() < 40)
        return 0;

    int written = 0;
    const int count = int(std::size(kWishes));
    for (int i = 0; i < count; ++i) {
        const Person &wisher = people.at(m_random.below(int(people.size())));
        Wish wish;
        wish.kind = kWishes[i].kind;
        wish.text = QString::fromUtf16(kWishes[i].text);
        wish.residentId = ResidentId{wisher.id};
        wish.wisherName = wisher.name;
        wish.buildingId = BuildingId{wisher.building};
        wish.channel = i % 3 == 0 ? WishChannel::GroupChat : WishChannel::Wall;
        wish.postedBy = QStringLiteral("叶丽芳");
        // Oldest first, from about two months ago to today.
        wish.postedAt = m_now.addDays(-(count - i) * 4).addSecs(-3600 * (i % 5));
        wish.state = WishState::Posted;
        auto posted = WishRepository::insert(m_context, wish);
        if (!posted)
            return posted.status();
        ++written;
        Wish before = *posted;
        const auto step = [&](WishAction action, const auto &change, const QString &note) {
            Wish after = before;
            change(after);
            const Status done = WishRepository::update(m_context, before, after, action, note);
            after.version = before.version + 1;
            before = after;
            return done;
        };
        // The newest two still wait to be checked; the rest were checked a day after posting.
        if (i >= count - 2)
            continue;
        if (Status s = step(WishAction::Verify,
                            [](Wish &w) {
                                w.state = WishState::Open;
                                w.verifiedBy = QStringLiteral("叶丽芳");
                            },
                            {});
            !s)
            return s;
        const int fate = i % 5;
        if (i >= count - 5 && fate != 1)
            continue; // recent ones still on the wall
        if (fate == 1 || fate == 3) {
            QString head = QStringLiteral("王建国");
            if (auto found = m_context.run(kHead, {{"building", wisher.building}});
                found && found->next())
                head = found->text("name");
            const QDate due = wish.postedAt.date().addDays(5);
            if (Status s = step(
                    WishAction::Dispatch,
                    [&](Wish &w) {
                        w.state = WishState::Dispatched;
                        w.helperName = head;
                        w.dispatchedRole = DispatchRole::NeighbourHead;
                        w.dueOn = due;
                    },
                    head);
                !s)
                return s;
            if (fate == 1 && i >= count - 5)
                continue; // dispatched, and overdue by now
        } else if (fate == 4) {
            if (Status s = step(
                    WishAction::Withdraw,
                    [&](Wish &w) {
                        w.state = WishState::Withdrawn;
                        w.outcome = QStringLiteral("家人已经解决了");
                        w.doneOn = wish.postedAt.date().addDays(3);
                    },
                    QStringLiteral("家人已经解决了"));
                !s)
                return s;
            continue;
        } else {
            const Person &helper =
                people.at((m_random.below(int(people.size())) + 7) % int(people.size()));
            if (helper.id == wisher.id)
                continue;
            if (Status s = step(
                    WishAction::Claim,
                    [&](Wish &w) {
                        w.state = WishState::Claimed;
                        w.helperId = ResidentId{helper.id};
                        w.helperName = helper.name;
                    },
                    helper.name);
                !s)
                return s;
        }
        if (Status s = step(
                WishAction::Fulfil,
                [&](Wish &w) {
                    w.state = WishState::Fulfilled;
                    w.outcome = QStringLiteral("已帮忙解决，居民表示感谢");
                    w.doneOn = wish.postedAt.date().addDays(2 + i % 3);
                    w.hours = 1 + (i % 3) * 0.5;
                },
                QStringLiteral("已帮忙解决"));
            !s)
            return s;
    }
    if (Status cared = care(); !cared)
        return cared;
    if (Status shelved = station(); !shelved)
        return shelved;
    if (Status held = events(); !held)
        return held;
    return written;
}

Status DemoAid::events() {
    auto residents = m_context.run(QStringLiteral(
        "SELECT r.id FROM residents r JOIN households h ON h.id = r.household_id"
        " JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id"
        " JOIN compounds c ON c.id = b.compound_id WHERE r.moved_out_on IS NULL"
        " AND c.community_id = (SELECT min(id) FROM communities) ORDER BY r.id LIMIT 300"));
    if (!residents)
        return residents.status();
    QList<qint64> people;
    while (residents->next())
        people.append(residents->integer("id"));
    if (Status read = residents->status(); !read)
        return read;
    if (people.size() < 100)
        return Status::success();
    const QDate today = m_now.date();
    struct Plan {
        ActivityKind kind;
        const char16_t *name;
        int capacity;
        int signUps;
        int hour;
    };
    const auto hold = [&](const QString &name, QDate on, const QString &place,
                          std::initializer_list<Plan> plans, bool held) -> Status {
        const auto event = EventRepository::insert(m_context, {{}, name, on, place});
        if (!event)
            return event.status();
        int k = int(m_random.below(50));
        for (const Plan &p : plans) {
            Activity a;
            a.eventId = *event;
            a.kind = p.kind;
            a.name = QString::fromUtf16(p.name);
            a.place = place;
            a.startsAt = QDateTime(on, QTime(p.hour, 0));
            a.capacity = p.capacity;
            const auto activity = EventRepository::insert(m_context, a);
            if (!activity)
                return activity.status();
            for (int i = 0; i < p.signUps; ++i) {
                const ResidentId who{people.at((k += 3) % people.size())};
                if (Status s = EventRepository::signUp(m_context, *activity, who); !s)
                    continue; // the same resident twice: skipped, as the office would
                if (held) {
                    if (Status s =
                            EventRepository::setAttended(m_context, *activity, who, i % 6 != 5);
                        !s)
                        return s;
                }
            }
        }
        if (held) {
            for (int i = 0; i < 4; ++i) {
                if (Status s =
                        EventRepository::addHelper(m_context, {*event,
                                                               ResidentId{people.at(i * 17 + 5)},
                                                               {},
                                                               QStringLiteral("布置场地、签到"),
                                                               3.0 + i % 2});
                    !s)
                    return s;
            }
        }
        return Status::success();
    };
    if (Status s =
            hold(QStringLiteral("第三届邻里节"), today.addDays(-14), QStringLiteral("社区文化广场"),
                 {{ActivityKind::Sports, u"趣味拔河", 24, 22, 9},
                  {ActivityKind::Talent, u"邻里才艺比拼", 12, 12, 14},
                  {ActivityKind::Handicraft, u"手工编织", 15, 9, 10},
                  {ActivityKind::Performance, u"文艺汇演", 0, 30, 19}},
                 true);
        !s)
        return s;
    return hold(QStringLiteral("迎新春邻里联欢会"), today.addDays(21),
                QStringLiteral("党员之家议事厅"),
                {{ActivityKind::Performance, u"新春文艺节目", 20, 6, 14},
                 {ActivityKind::Handicraft, u"写春联、剪窗花", 30, 11, 9}},
                false);
}

Status DemoAid::station() {
    struct Donation {
        StationCategory category;
        const char16_t *what;
        int quantity;
        int daysAgo;
        const char16_t *donor; // empty: anonymous
        int taken;
    };
    static constexpr Donation kDonations[] = {
        {StationCategory::Books, u"小学三年级课外书", 12, 130, u"赵丽华", 5},
        {StationCategory::Toys, u"乐高积木（一箱）", 1, 110, u"", 0},
        {StationCategory::Clothes, u"儿童冬装", 8, 75, u"孙建华", 6},
        {StationCategory::DailyGoods, u"轮椅（九成新）", 1, 60, u"周桂芳", 0},
        {StationCategory::Books, u"老年健康知识读本", 20, 45, u"", 7},
        {StationCategory::DailyGoods, u"保温饭盒", 6, 30, u"红旗社区党支部", 4},
        {StationCategory::Clothes, u"冬季棉被", 3, 12, u"钱秀英", 1},
        {StationCategory::Toys, u"毛绒玩具", 10, 5, u"", 2},
    };
    const QDate today = m_now.date();
    auto takers = m_context.run(QStringLiteral(
        "SELECT id, name FROM residents WHERE moved_out_on IS NULL ORDER BY id LIMIT 60"));
    if (!takers)
        return takers.status();
    QList<std::pair<qint64, QString>> people;
    while (takers->next())
        people.append({takers->integer("id"), takers->text("name")});
    if (Status read = takers->status(); !read)
        return read;
    if (people.isEmpty())
        return Status::success();
    int k = 0;
    for (const Donation &d : kDonations) {
        StationItem item;
        item.category = d.category;
        item.description = QString::fromUtf16(d.what);
        item.quantity = d.quantity;
        item.donorName = QString::fromUtf16(d.donor);
        item.donatedOn = today.addDays(-d.daysAgo);
        const auto id = StationRepository::insert(m_context, item);
        if (!id)
            return id.status();
        for (int t = 0; t < d.taken; ++t) {
            const auto &[who, name] = people.at((k++ * 7) % people.size());
            StationTake take;
            take.itemId = *id;
            take.quantity = 1;
            take.takerId = ResidentId{who};
            take.takerName = name;
            take.takenOn = item.donatedOn.addDays(1 + t * 2 > d.daysAgo ? d.daysAgo : 1 + t * 2);
            if (const auto taken = StationRepository::insert(m_context, take); !taken)
                return taken.status();
        }
    }
    return Status::success();
}

Status DemoAid::care() {
    // Elders and, in the same building, the party members and volunteers who may look after them.
    auto elders = m_context.run(QStringLiteral(
        "SELECT r.id, u.building_id FROM residents r JOIN households h ON h.id = r.household_id"
        " JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id"
        " JOIN compounds c ON c.id = b.compound_id"
        " WHERE r.elderly_alone = 1 AND r.moved_out_on IS NULL"
        " AND c.community_id = (SELECT min(id) FROM communities) ORDER BY r.id"));
    if (!elders)
        return elders.status();
    QList<std::pair<qint64, qint64>> list;
    while (elders->next())
        list.append({elders->integer("id"), elders->integer("building_id")});
    if (Status read = elders->status(); !read)
        return read;
    const QDate today = m_now.date();
    QHash<qint64, CarerId> carerOfBuilding;
    int n = 0;
    for (const auto &[elder, building] : list) {
        ++n;
        if (n % 9 == 0)
            continue; // a few have no carer yet
        CarerId carer = carerOfBuilding.value(building);
        if (!carer.isValid()) {
            auto helper = m_context.run(
                QStringLiteral(
                    "SELECT r.id, r.party_member FROM residents r"
                    " JOIN households h ON h.id = r.household_id"
                    " JOIN units u ON u.id = h.unit_id WHERE u.building_id = :building"
                    " AND (r.party_member = 1 OR r.volunteer = 1) AND r.elderly_alone = 0"
                    " AND r.moved_out_on IS NULL AND r.id NOT IN (SELECT resident_id"
                    "  FROM carers) ORDER BY r.id LIMIT 1"),
                {{"building", building}});
            if (!helper)
                return helper.status();
            if (!helper->next())
                continue;
            Carer c;
            c.residentId = ResidentId{helper->integer("id")};
            c.kind = helper->flag("party_member") ? CarerKind::PartyMember : CarerKind::Volunteer;
            auto added = ElderCareRepository::insert(m_context, c);
            if (!added)
                return added.status();
            carer = *added;
            carerOfBuilding.insert(building, carer);
        }
        if (Status paired = ElderCareRepository::pair(m_context, ResidentId{elder}, carer); !paired)
            return paired;
        // Visits every three to five weeks; the later ones stopped for some elders.
        const int gap = 10 + (n % 3) * 7;
        for (int daysAgo = 60 - (n % 11); daysAgo >= (n % 4 == 0 ? 40 : 3); daysAgo -= gap) {
            CareVisit visit;
            visit.elderId = ResidentId{elder};
            visit.carerId = carer;
            visit.visitedOn = today.addDays(-daysAgo);
            visit.kind = n % 5 == 0 ? VisitKind::Meals : VisitKind::Company;
            visit.health = true;
            visit.mood = n % 7 != 0;
            visit.gasWaterPower = !(n % 13 == 1 && daysAgo < 30);
            visit.hygiene = true;
            visit.living = true;
            visit.hours = 1;
            if (!*visit.gasWaterPower)
                visit.notes = QStringLiteral("卫生间水龙头漏水");
            auto recorded = ElderCareRepository::insert(m_context, visit);
            if (!recorded)
                return recorded.status();
            if (!*visit.gasWaterPower) {
                CareTask task;
                task.elderId = visit.elderId;
                task.visitId = *recorded;
                task.kind = CareTaskKind::Repair;
                task.text = QStringLiteral("走访发现：卫生间水龙头漏水");
                task.openedOn = visit.visitedOn;
                task.dueOn = visit.visitedOn.addDays(3);
                if (auto opened = ElderCareRepository::insert(m_context, task); !opened)
                    return opened.status();
            }
        }
        if (n % 6 == 0) {
            CareVisit call;
            call.elderId = ResidentId{elder};
            call.carerId = carer;
            call.visitedOn = today.addDays(-1);
            call.kind = VisitKind::PhoneCall;
            call.reached = false;
            call.notes = QStringLiteral("电话无人接听");
            if (auto recorded = ElderCareRepository::insert(m_context, call); !recorded)
                return recorded.status();
        }
    }
    CarePeriod cold;
    cold.name = QStringLiteral("寒潮降温");
    cold.startsOn = today.addDays(-2);
    cold.endsOn = today.addDays(5);
    cold.intervalDays = 14;
    if (auto marked = ElderCareRepository::insert(m_context, cold); !marked)
        return marked.status();
    return Status::success();
}

} // namespace linli
