#include "demo/democogovernance.h"

#include "cogovernance/cogovernancerepository.h"
#include "cogovernance/meetingrepository.h"
#include "storage/statement.h"

namespace linli {

namespace {

const QString kBuildings = QStringLiteral(
    "SELECT b.id, (SELECT r.name FROM neighbour_head_buildings nb"
    "  JOIN neighbour_heads n ON n.id = nb.neighbour_head_id"
    "  JOIN residents r ON r.id = n.resident_id"
    "  WHERE nb.building_id = b.id AND n.term_end IS NULL LIMIT 1) AS head, b.compound_id"
    " FROM buildings b JOIN compounds c ON c.id = b.compound_id"
    " WHERE c.community_id = 1 AND c.kind = 'old' ORDER BY c.id, b.id");
const QString kHouseholds = QStringLiteral(
    "SELECT h.id, (SELECT r.id FROM residents r WHERE r.household_id = h.id"
    "  AND r.moved_out_on IS NULL ORDER BY r.relation = 'head' DESC, r.id LIMIT 1) AS signer"
    " FROM households h JOIN units u ON u.id = h.unit_id WHERE u.building_id = :building"
    " ORDER BY h.id");
const QString kCompounds = QStringLiteral(
    "SELECT c.id, c.name, c.kind, (SELECT s.name FROM buildings b JOIN grids g ON g.id = b.grid_id"
    "  JOIN staff s ON s.id = g.worker_id WHERE b.compound_id = c.id ORDER BY b.id LIMIT 1)"
    " AS worker"
    " FROM compounds c WHERE c.community_id = 1 ORDER BY c.id");
const QString kHeads = QStringLiteral(
    "SELECT h.id AS household_id, r.id AS resident_id, r.name FROM households h"
    " JOIN units u ON u.id = h.unit_id"
    " JOIN residents r ON r.household_id = h.id AND r.moved_out_on IS NULL AND r.relation = 'head'"
    " WHERE u.building_id = :building ORDER BY h.id, r.id");
const QString kAllBuildings =
    QStringLiteral("SELECT b.id FROM buildings b JOIN compounds c ON c.id = b.compound_id"
                   " WHERE c.community_id = 1 ORDER BY b.id");
const QString kClauses = QStringLiteral(
    "SELECT text FROM pact_template_clauses WHERE template_id = 1 ORDER BY position");

} // namespace

DemoCoGovernance::DemoCoGovernance(const Database &database, const WriteContext &context,
                                   QDate today)
    : m_database(database)
    , m_context(context)
    , m_today(today) {}

Status DemoCoGovernance::inspect(qint64 building, QDate from) {
    // About monthly since the pact; one building in six has been let slide of late.
    const bool overlooked = below(6) == 0;
    const QDate last = overlooked ? m_today.addDays(-75) : m_today.addDays(-3);
    for (QDate day = from.addDays(20 + below(10)); day <= last; day = day.addDays(26 + below(10))) {
        Inspection inspection;
        inspection.buildingId = BuildingId{building};
        inspection.inspectedOn = day;
        inspection.inspectors = QStringLiteral("邻长、楼栋自治小组成员");
        const int roll = below(100);
        inspection.noClutter = roll >= 12;
        inspection.corridorClear = roll >= 6;
        inspection.lighting = below(100) >= 8;
        inspection.bins = below(100) >= 5;
        if (!inspection.passed()) {
            inspection.rectifyBy = day.addDays(7);
            inspection.notes = !inspection.noClutter ? QStringLiteral("楼道堆放纸箱和旧家具")
                               : !inspection.lighting ? QStringLiteral("三楼声控灯不亮")
                                                      : QStringLiteral("垃圾未及时清运");
        }
        const WriteContext at(m_context.connection(), m_context.operatorName(),
                              QDateTime(day, QTime(16, 0)));
        if (auto done = CoGovernanceRepository::insertInspection(at, inspection); !done)
            return done.status();
    }
    return Status::success();
}

Status DemoCoGovernance::writeVenues() {
    // Four old and the new-built compounds have a council hall; the others meet in an online
    // group run by their grid worker, and in the party members' home.
    auto compounds = sql::Statement::run(m_context.connection(), kCompounds);
    if (!compounds)
        return compounds.status();
    int oldWithHall = 0;
    while (compounds->next()) {
        const CompoundId compound{compounds->integer("id")};
        const QString name = compounds->text("name");
        const QString kind = compounds->text("kind");
        const bool hall = kind == QStringLiteral("new_built") ||
                          (kind == QStringLiteral("old") && oldWithHall++ < 4);
        QList<CouncilVenue> venues;
        if (hall) {
            venues.append({{},
                           compound,
                           CouncilVenueKind::Hall,
                           name + QStringLiteral("楼栋议事厅"),
                           QStringLiteral("1栋一楼架空层"),
                           20 + 10 * below(3),
                           {}});
        } else {
            venues.append({{},
                           compound,
                           CouncilVenueKind::Online,
                           name + QStringLiteral("网上楼栋议事群"),
                           {},
                           0,
                           compounds->text("worker") + QStringLiteral("（网格员）")});
            venues.append({{},
                           compound,
                           CouncilVenueKind::PartyHome,
                           QStringLiteral("党员之家议事厅"),
                           QStringLiteral("社区党群服务中心二楼"),
                           40,
                           {}});
        }
        for (const CouncilVenue &venue : std::as_const(venues)) {
            auto saved = MeetingRepository::saveVenue(m_context, venue);
            if (!saved)
                return saved.status();
            m_venues.insert(compound.value, saved->value);
        }
    }
    if (Status read = compounds->status(); !read)
        return read;
    return Status::success();
}

Result<qint64> DemoCoGovernance::meetToAdopt(qint64 building, qint64 compound, const QString &head,
                                             QDate on) {
    const QSqlDatabase db = m_context.connection();
    // Clutter on the stairs was raised two weeks before.
    Opinion opinion;
    opinion.buildingId = BuildingId{building};
    opinion.raisedOn = on.addDays(-14);
    opinion.raisedBy = QStringLiteral("楼栋居民");
    opinion.category = OpinionCategory::CorridorHygiene;
    opinion.text = QStringLiteral("楼道堆放杂物、电动车，影响通行，存在消防隐患");
    opinion.state = OpinionState::Done;
    const WriteContext raising(db, m_context.operatorName(),
                               QDateTime(opinion.raisedOn, QTime(10, 0)));
    auto opinionId = MeetingRepository::insertOpinion(raising, opinion);
    if (!opinionId)
        return opinionId.status();
    Meeting meeting;
    meeting.buildingId = BuildingId{building};
    meeting.startsAt = QDateTime(on, QTime(19, 30));
    meeting.venueId = CouncilVenueId{m_venues.value(compound)};
    meeting.convener = head;
    meeting.topic = QStringLiteral("楼道杂物清理与楼栋卫生公约");
    meeting.agenda = {{{}, opinion.text, *opinionId, 0},
                      {{}, QStringLiteral("讨论通过楼栋卫生公约"), {}, 0}};
    auto heads = sql::Statement::run(db, kHeads, {{"building", building}});
    if (!heads)
        return heads.status();
    while (heads->next()) {
        if (below(100) < 72)
            meeting.attendees.append({ResidentId{heads->integer("resident_id")},
                                      HouseholdId{heads->integer("household_id")},
                                      heads->text("name"), AttendeeRole::Resident});
    }
    if (Status read = heads->status(); !read)
        return read;
    const WriteContext meetingAt(db, m_context.operatorName(), meeting.startsAt);
    auto meetingId = MeetingRepository::insertMeeting(meetingAt, meeting);
    if (!meetingId)
        return meetingId.status();
    const auto agenda = MeetingRepository(m_database).meeting(*meetingId);
    if (!agenda)
        return agenda.status();
    Decision decision;
    decision.agendaItemId = agenda->agenda.at(1).id;
    decision.text = QStringLiteral("通过《楼栋卫生公约》，各户签字后张贴于楼道公示栏");
    decision.rule = VoteRule::Majority;
    for (const Attendee &a : std::as_const(meeting.attendees))
        decision.votes.append({a.householdId, below(100) < 88   ? Vote::For
                                              : below(100) < 50 ? Vote::Abstain
                                                                : Vote::Against});
    auto decisionId = MeetingRepository::insertDecision(meetingAt, *meetingId, decision);
    if (!decisionId)
        return decisionId.status();
    MeetingAction action;
    action.decisionId = *decisionId;
    action.text = QStringLiteral("打印公约，组织各户签字并清理楼道");
    action.owner = head;
    action.dueOn = on.addDays(7);
    action.progress = QStringLiteral("已完成");
    action.doneOn = on.addDays(3 + below(5));
    if (auto added = MeetingRepository::insertAction(meetingAt, action); !added)
        return added.status();
    if (Status posted = MeetingRepository::setNotice(meetingAt, *meetingId, on.addDays(1), 7);
        !posted)
        return posted;
    return decisionId->value;
}

Status DemoCoGovernance::recentOpinions() {
    // Matters still open: raised in the last three weeks across the community.
    struct Raised {
        OpinionCategory category;
        const char16_t *text;
    };
    static const Raised raised[] = {
        {OpinionCategory::Lighting, u"三楼声控灯坏了，晚上上下楼看不清"},
        {OpinionCategory::SharedSpace, u"楼下空地想改成晾晒区，希望大家商量"},
        {OpinionCategory::Safety, u"单元门禁坏了，陌生人随意进出"},
        {OpinionCategory::CorridorHygiene, u"有住户在楼道里堆放旧家具"},
        {OpinionCategory::Other, u"楼顶水箱多年未清洗，希望安排清洗"},
    };
    auto buildings = sql::Statement::run(m_context.connection(), kAllBuildings);
    if (!buildings)
        return buildings.status();
    while (buildings->next()) {
        if (below(100) >= 30)
            continue;
        const Raised &pick = raised[below(int(std::size(raised)))];
        Opinion opinion;
        opinion.buildingId = BuildingId{buildings->integer("id")};
        opinion.raisedOn = m_today.addDays(-below(21));
        opinion.raisedBy = QStringLiteral("楼栋居民");
        opinion.category = pick.category;
        opinion.text = QString::fromUtf16(pick.text);
        const WriteContext raising(m_context.connection(), m_context.operatorName(),
                                   QDateTime(opinion.raisedOn, QTime(9, 30)));
        if (auto done = MeetingRepository::insertOpinion(raising, opinion); !done)
            return done.status();
    }
    return Status::success();
}

Result<int> DemoCoGovernance::run() {
    const QSqlDatabase db = m_context.connection();
    if (Status venues = writeVenues(); !venues)
        return venues;
    auto clauses = sql::Statement::run(db, kClauses);
    if (!clauses)
        return clauses.status();
    QStringList text;
    while (clauses->next())
        text << clauses->text("text");
    if (Status read = clauses->status(); !read)
        return read;
    auto buildings = sql::Statement::run(db, kBuildings);
    if (!buildings)
        return buildings.status();
    struct Candidate {
        qint64 building;
        qint64 compound;
        QString head;
    };
    QList<Candidate> withHead;
    while (buildings->next()) {
        if (!buildings->text("head").isEmpty())
            withHead.append({buildings->integer("id"), buildings->integer("compound_id"),
                             buildings->text("head")});
    }
    if (Status read = buildings->status(); !read)
        return read;
    int pacts = 0;
    for (const auto &[building, compound, head] : std::as_const(withHead)) {
        if (below(10) < 2) // most, not all, have adopted one
            continue;
        Pact pact;
        pact.buildingId = BuildingId{building};
        pact.title = QStringLiteral("楼栋卫生公约");
        pact.clauses = text;
        pact.templateId = PactTemplateId{1};
        pact.adoptedOn = m_today.addDays(-90 - below(240));
        // The building met, decided and adopted it.
        const auto decision = meetToAdopt(building, compound, head, pact.adoptedOn);
        if (!decision)
            return decision.status();
        pact.decisionId = *decision;
        const int rota = below(3);
        pact.rota = rota == 0   ? RotaMode::None
                    : rota == 1 ? RotaMode::ByFloor
                                : RotaMode::ByHousehold;
        if (pact.rota != RotaMode::None)
            pact.rotaStart = pact.adoptedOn.addDays(7);
        const WriteContext adopting(db, m_context.operatorName(),
                                    QDateTime(pact.adoptedOn, QTime(19, 30)));
        // Filled as the desk fills a pact it adopts: the words kept are the day's.
        const auto ready = CoGovernanceRepository(m_database).filled(pact);
        if (!ready)
            return ready.status();
        auto adopted = CoGovernanceRepository::insertPact(adopting, *ready);
        if (!adopted)
            return adopted.status();
        ++pacts;
        auto households = sql::Statement::run(db, kHouseholds, {{"building", building}});
        if (!households)
            return households.status();
        // Most households sign within two weeks of the meeting.
        while (households->next()) {
            const qint64 signer = households->integer("signer");
            if (signer == 0 || below(100) >= 88)
                continue;
            const QDate on = pact.adoptedOn.addDays(below(14));
            const WriteContext signing(db, m_context.operatorName(), QDateTime(on, QTime(18, 0)));
            if (Status done = CoGovernanceRepository::sign(signing, adopted->id,
                                                           HouseholdId{households->integer("id")},
                                                           ResidentId{signer}, on);
                !done)
                return done;
        }
        if (Status read = households->status(); !read)
            return read;
        if (Status done = inspect(building, pact.adoptedOn); !done)
            return done;
    }
    if (Status opinions = recentOpinions(); !opinions)
        return opinions;
    return pacts;
}

} // namespace linli
