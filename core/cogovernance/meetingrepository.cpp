#include "cogovernance/meetingrepository.h"

#include "access/communityscope.h"
#include "common/codetable.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

namespace linli {

namespace {

// For the audit trail, which stores the days as text.
using sql::dateText;

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

constexpr CodeTable<OpinionCategory, 5> kCategories = {{
    {OpinionCategory::Other, u"other"},
    {OpinionCategory::CorridorHygiene, u"corridor_hygiene"},
    {OpinionCategory::Lighting, u"lighting"},
    {OpinionCategory::SharedSpace, u"shared_space"},
    {OpinionCategory::Safety, u"safety"},
}};
constexpr CodeTable<OpinionState, 4> kStates = {{
    {OpinionState::Open, u"open"},
    {OpinionState::OnAgenda, u"on_agenda"},
    {OpinionState::Decided, u"decided"},
    {OpinionState::Done, u"done"},
}};
constexpr CodeTable<CouncilVenueKind, 3> kVenueKinds = {{
    {CouncilVenueKind::Hall, u"hall"},
    {CouncilVenueKind::Online, u"online"},
    {CouncilVenueKind::PartyHome, u"party_home"},
}};
constexpr CodeTable<AttendeeRole, 6> kRoles = {{
    {AttendeeRole::Other, u"other"},
    {AttendeeRole::Resident, u"resident"},
    {AttendeeRole::Representative, u"representative"},
    {AttendeeRole::GridWorker, u"grid_worker"},
    {AttendeeRole::NeighbourHead, u"neighbour_head"},
    {AttendeeRole::GroupMember, u"group_member"},
}};
constexpr CodeTable<VoteRule, 3> kRules = {{
    {VoteRule::Consensus, u"consensus"},
    {VoteRule::Majority, u"majority"},
    {VoteRule::TwoThirds, u"two_thirds"},
}};
constexpr CodeTable<Vote, 3> kVotes = {{
    {Vote::Abstain, u"abstain"},
    {Vote::For, u"for"},
    {Vote::Against, u"against"},
}};

const QString kOpinionColumns =
    QStringLiteral("id, building_id, raised_on, resident_id, raised_by, category, text, state");

Opinion opinionFrom(const sql::Statement &q) {
    Opinion o;
    o.id = OpinionId{q.integer("id")};
    o.buildingId = BuildingId{q.integer("building_id")};
    o.raisedOn = q.date("raised_on");
    o.residentId = ResidentId{q.integer("resident_id")};
    o.raisedBy = q.text("raised_by");
    o.category = fromCode(kCategories, q.text("category"));
    o.text = q.text("text");
    o.state = fromCode(kStates, q.text("state"));
    return o;
}

const QString kMeetingColumns = QStringLiteral(
    "m.id, m.building_id, m.starts_at, m.venue_id, coalesce(v.name, '') AS venue_name,"
    " m.convener, m.topic, m.notice_posted_on, m.objection_days");

Meeting meetingFrom(const sql::Statement &q) {
    Meeting m;
    m.id = MeetingId{q.integer("id")};
    m.buildingId = BuildingId{q.integer("building_id")};
    m.startsAt = q.moment("starts_at");
    m.venueId = CouncilVenueId{q.integer("venue_id")};
    m.venueName = q.text("venue_name");
    m.convener = q.text("convener");
    m.topic = q.text("topic");
    m.noticePostedOn = q.date("notice_posted_on");
    m.objectionDays = int(q.integer("objection_days"));
    return m;
}

} // namespace

Result<QList<CouncilVenue>> MeetingRepository::venues(CompoundId compound) const {
    auto q = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT id, compound_id, kind, name, room, capacity, owner"
                       " FROM council_venues WHERE compound_id = :compound"
                       " ORDER BY kind, name"),
        {{"compound", compound.value}});
    if (!q)
        return q.status();
    QList<CouncilVenue> list;
    while (q->next())
        list.append({CouncilVenueId{q->integer("id")}, CompoundId{q->integer("compound_id")},
                     fromCode(kVenueKinds, q->text("kind")), q->text("name"), q->text("room"),
                     int(q->integer("capacity")), q->text("owner")});
    return list;
}

Result<QList<Opinion>> MeetingRepository::opinions(BuildingId building) const {
    auto q =
        sql::Statement::run(m_database.connection(),
                            QStringLiteral("SELECT ") + kOpinionColumns +
                                QStringLiteral(" FROM opinions WHERE building_id = :building"
                                               " ORDER BY state = 'done', raised_on DESC, id DESC"),
                            {{"building", building.value}});
    if (!q)
        return q.status();
    QList<Opinion> list;
    while (q->next())
        list.append(opinionFrom(*q));
    return list;
}

Result<Opinion> MeetingRepository::opinion(OpinionId id) const {
    auto q = sql::Statement::run(m_database.connection(),
                                 QStringLiteral("SELECT ") + kOpinionColumns +
                                     QStringLiteral(" FROM opinions WHERE id = :opinion"),
                                 {{"opinion", id.value}});
    if (!q)
        return q.status();
    if (!q->next())
        return Result<Opinion>::failure(tr("The opinion no longer exists."));
    return opinionFrom(*q);
}

Result<QList<Meeting>> MeetingRepository::meetings(BuildingId building) const {
    auto q = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT ") + kMeetingColumns +
            QStringLiteral(" FROM meetings m LEFT JOIN council_venues v"
                           " ON v.id = m.venue_id WHERE m.building_id = :building"
                           " ORDER BY m.starts_at DESC, m.id DESC"),
        {{"building", building.value}});
    if (!q)
        return q.status();
    QList<Meeting> list;
    while (q->next())
        list.append(meetingFrom(*q));
    return list;
}

Result<Meeting> MeetingRepository::meeting(MeetingId id) const {
    const QSqlDatabase db = m_database.connection();
    auto q = sql::Statement::run(db,
                                 QStringLiteral("SELECT ") + kMeetingColumns +
                                     QStringLiteral(" FROM meetings m LEFT JOIN council_venues v"
                                                    " ON v.id = m.venue_id WHERE m.id = :meeting"),
                                 {{"meeting", id.value}});
    if (!q)
        return q.status();
    if (!q->next())
        return Result<Meeting>::failure(tr("The meeting no longer exists."));
    Meeting m = meetingFrom(*q);
    auto attendees =
        sql::Statement::run(db,
                            QStringLiteral("SELECT resident_id, household_id, name, role"
                                           " FROM meeting_attendees"
                                           " WHERE meeting_id = :meeting ORDER BY id"),
                            {{"meeting", id.value}});
    if (!attendees)
        return attendees.status();
    while (attendees->next())
        m.attendees.append({ResidentId{attendees->integer("resident_id")},
                            HouseholdId{attendees->integer("household_id")},
                            attendees->text("name"), fromCode(kRoles, attendees->text("role"))});
    if (Status read = attendees->status(); !read)
        return read;
    auto agenda =
        sql::Statement::run(db,
                            QStringLiteral("SELECT id, title, opinion_id, complaint_id"
                                           " FROM agenda_items WHERE meeting_id = :meeting"
                                           " ORDER BY position, id"),
                            {{"meeting", id.value}});
    if (!agenda)
        return agenda.status();
    while (agenda->next())
        m.agenda.append({AgendaItemId{agenda->integer("id")}, agenda->text("title"),
                         OpinionId{agenda->integer("opinion_id")},
                         agenda->integer("complaint_id")});
    if (Status read = agenda->status(); !read)
        return read;
    auto decisions = sql::Statement::run(db,
                                         QStringLiteral("SELECT id, agenda_item_id, text, rule"
                                                        " FROM meeting_decisions"
                                                        " WHERE meeting_id = :meeting ORDER BY id"),
                                         {{"meeting", id.value}});
    if (!decisions)
        return decisions.status();
    while (decisions->next()) {
        Decision d;
        d.id = DecisionId{decisions->integer("id")};
        d.agendaItemId = AgendaItemId{decisions->integer("agenda_item_id")};
        d.text = decisions->text("text");
        d.rule = fromCode(kRules, decisions->text("rule"));
        m.decisions.append(d);
    }
    if (Status read = decisions->status(); !read)
        return read;
    for (Decision &d : m.decisions) {
        auto votes =
            sql::Statement::run(db,
                                QStringLiteral("SELECT household_id, vote FROM decision_votes"
                                               " WHERE decision_id = :decision"
                                               " ORDER BY household_id"),
                                {{"decision", d.id.value}});
        if (!votes)
            return votes.status();
        while (votes->next())
            d.votes.append({HouseholdId{votes->integer("household_id")},
                            fromCode(kVotes, votes->text("vote"))});
        if (Status read = votes->status(); !read)
            return read;
        auto actions =
            sql::Statement::run(db,
                                QStringLiteral("SELECT id, decision_id, text, owner, due_on,"
                                               " progress, done_on FROM meeting_actions"
                                               " WHERE decision_id = :decision"
                                               " ORDER BY due_on, id"),
                                {{"decision", d.id.value}});
        if (!actions)
            return actions.status();
        while (actions->next())
            d.actions.append({MeetingActionId{actions->integer("id")},
                              DecisionId{actions->integer("decision_id")}, actions->text("text"),
                              actions->text("owner"), actions->date("due_on"),
                              actions->text("progress"), actions->date("done_on")});
        if (Status read = actions->status(); !read)
            return read;
    }
    return m;
}

Result<QSet<qint64>> MeetingRepository::householdsOf(BuildingId building) const {
    auto q = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT h.id FROM households h JOIN units u ON u.id = h.unit_id"
                       " WHERE u.building_id = :building"),
        {{"building", building.value}});
    if (!q)
        return q.status();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->integer("id"));
    return ids;
}

Result<MeetingId> MeetingRepository::meetingOf(DecisionId decision) const {
    auto q = sql::Statement::single(
        m_database.connection(),
        QStringLiteral("SELECT meeting_id FROM meeting_decisions WHERE id = :decision"),
        {{"decision", decision.value}});
    if (!q)
        return q.status();
    if (q->isNull())
        return Result<MeetingId>::failure(tr("The decision no longer exists."));
    return MeetingId{q->toLongLong()};
}

Result<DecisionId> MeetingRepository::decisionOf(MeetingActionId action) const {
    auto q = sql::Statement::single(
        m_database.connection(),
        QStringLiteral("SELECT decision_id FROM meeting_actions WHERE id = :action"),
        {{"action", action.value}});
    if (!q)
        return q.status();
    if (q->isNull())
        return Result<DecisionId>::failure(tr("The action no longer exists."));
    return DecisionId{q->toLongLong()};
}

Result<CoGovernanceFigures> MeetingRepository::figures(QDate from, QDate to) const {
    const QSqlDatabase db = m_database.connection();
    CoGovernanceFigures f;
    const sql::Params params =
        sql::Params{{"from", from}, {"to", to}} + CommunityScope::params(m_database.session());
    auto opinions = sql::Statement::run(
        db,
        QStringLiteral("SELECT count(*) AS opinion_count,"
                       " sum(CASE WHEN state IN ('decided', 'done') THEN 1 ELSE 0 END)"
                       " AS settled_count"
                       " FROM opinions WHERE raised_on BETWEEN :from AND :to AND ") +
            CommunityScope::ofBuilding(QStringLiteral("building_id")),
        params);
    if (!opinions)
        return opinions.status();
    if (opinions->next()) {
        f.opinions = int(opinions->integer("opinion_count"));
        f.settledInBuilding = int(opinions->integer("settled_count"));
    }
    auto meetings = sql::Statement::run(
        db,
        QStringLiteral("SELECT count(DISTINCT m.id) AS meeting_count, count(d.id) AS decision_count"
                       " FROM meetings m LEFT JOIN meeting_decisions d ON d.meeting_id = m.id"
                       " WHERE substr(m.starts_at, 1, 10) BETWEEN :from AND :to AND ") +
            CommunityScope::ofBuilding(QStringLiteral("m.building_id")),
        params);
    if (!meetings)
        return meetings.status();
    if (meetings->next()) {
        f.meetings = int(meetings->integer("meeting_count"));
        f.decisions = int(meetings->integer("decision_count"));
    }
    if (f.opinions > 0)
        f.settledShare = double(f.settledInBuilding) / f.opinions;
    return f;
}

Result<CouncilVenueId> MeetingRepository::saveVenue(const WriteContext &context,
                                                    const CouncilVenue &v) {
    CouncilVenueId id = v.id;
    const sql::Params values = {{"compound_id", v.compoundId.value},
                                {"kind", toCode(kVenueKinds, v.kind)},
                                {"name", v.name},
                                {"room", sql::notNull(v.room)},
                                {"capacity", v.capacity > 0 ? QVariant(v.capacity) : QVariant()},
                                {"owner", sql::notNull(v.owner)}};
    if (id.isValid()) {
        sql::Params update = values;
        update << sql::Param("venue", id.value);
        if (Status done = context.change(
                QStringLiteral("UPDATE council_venues SET compound_id = :compound_id, kind = :kind,"
                               " name = :name, room = :room, capacity = :capacity, owner = :owner"
                               " WHERE id = :venue"),
                update, tr("The venue no longer exists."));
            !done)
            return done;
    } else {
        auto inserted = context.insert(
            QStringLiteral("INSERT INTO council_venues (compound_id, kind, name, room, capacity,"
                           " owner) VALUES (:compound_id, :kind, :name, :room, :capacity, :owner)"
                           " RETURNING id"),
            values);
        if (!inserted)
            return inserted.status();
        id = CouncilVenueId{*inserted};
    }
    if (Status audited = context.audit(QStringLiteral("council_venue"), id.value,
                                       v.id.isValid() ? WriteContext::Action::Update
                                                      : WriteContext::Action::Create,
                                       {{QStringLiteral("name"), v.name},
                                        {QStringLiteral("kind"), toCode(kVenueKinds, v.kind)}});
        !audited)
        return audited;
    return id;
}

Result<OpinionId> MeetingRepository::insertOpinion(const WriteContext &context, const Opinion &o) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO opinions (building_id, raised_on, resident_id, raised_by,"
                       " category, text, state) VALUES (:building_id, :raised_on, :resident_id,"
                       " :raised_by, :category, :text, :state) RETURNING id"),
        {{"building_id", o.buildingId.value},
         {"raised_on", o.raisedOn},
         {"resident_id", idOrNull(o.residentId.value)},
         {"raised_by", o.raisedBy},
         {"category", toCode(kCategories, o.category)},
         {"text", o.text},
         {"state", toCode(kStates, o.state)}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("opinion"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("building_id"), o.buildingId.value},
                           {QStringLiteral("category"), toCode(kCategories, o.category)}});
        !audited)
        return audited;
    return OpinionId{*id};
}

Status MeetingRepository::setOpinionState(const WriteContext &context, OpinionId id,
                                          OpinionState state) {
    if (Status done =
            context.change(QStringLiteral("UPDATE opinions SET state = :state WHERE id = :opinion"),
                           {{"state", toCode(kStates, state)}, {"opinion", id.value}},
                           tr("The opinion no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("opinion"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("state"), toCode(kStates, state)}});
}

Result<MeetingId> MeetingRepository::insertMeeting(const WriteContext &context, const Meeting &m) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO meetings (building_id, starts_at, venue_id, convener, topic,"
                       " objection_days) VALUES (:building_id, :starts_at, :venue_id, :convener,"
                       " :topic, :objection_days) RETURNING id"),
        {{"building_id", m.buildingId.value},
         {"starts_at", m.startsAt},
         {"venue_id", idOrNull(m.venueId.value)},
         {"convener", m.convener},
         {"topic", sql::notNull(m.topic)},
         {"objection_days", m.objectionDays}});
    if (!id)
        return id.status();
    const MeetingId meeting{*id};
    int position = 0;
    for (const AgendaItem &item : m.agenda) {
        if (auto done = context.run(
                QStringLiteral("INSERT INTO agenda_items (meeting_id, position, title, opinion_id,"
                               " complaint_id) VALUES (:meeting, :position, :title, :opinion_id,"
                               " :complaint_id)"),
                {{"meeting", meeting.value},
                 {"position", ++position},
                 {"title", item.title},
                 {"opinion_id", idOrNull(item.opinionId.value)},
                 {"complaint_id", idOrNull(item.complaintId)}});
            !done)
            return done.status();
    }
    if (Status attendees = replaceAttendees(context, meeting, m.attendees); !attendees)
        return attendees;
    if (Status audited =
            context.audit(QStringLiteral("meeting"), meeting.value, WriteContext::Action::Create,
                          {{QStringLiteral("building_id"), m.buildingId.value},
                           {QStringLiteral("starts_at"), m.startsAt.toString(Qt::ISODate)}});
        !audited)
        return audited;
    return meeting;
}

Status MeetingRepository::replaceAttendees(const WriteContext &context, MeetingId id,
                                           const QList<Attendee> &attendees) {
    if (auto done =
            context.run(QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = :meeting"),
                        {{"meeting", id.value}});
        !done)
        return done.status();
    for (const Attendee &a : attendees) {
        if (auto done =
                context.run(QStringLiteral("INSERT INTO meeting_attendees (meeting_id, resident_id,"
                                           " household_id, name, role) VALUES (:meeting,"
                                           " :resident_id, :household_id, :name, :role)"),
                            {{"meeting", id.value},
                             {"resident_id", idOrNull(a.residentId.value)},
                             {"household_id", idOrNull(a.householdId.value)},
                             {"name", a.name},
                             {"role", toCode(kRoles, a.role)}});
            !done)
            return done.status();
    }
    return context.audit(QStringLiteral("meeting"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("attendees"), int(attendees.size())}});
}

Result<DecisionId> MeetingRepository::insertDecision(const WriteContext &context, MeetingId meeting,
                                                     const Decision &d) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO meeting_decisions (meeting_id, agenda_item_id, text, rule)"
                       " VALUES (:meeting, :agenda_item_id, :text, :rule) RETURNING id"),
        {{"meeting", meeting.value},
         {"agenda_item_id", idOrNull(d.agendaItemId.value)},
         {"text", d.text},
         {"rule", toCode(kRules, d.rule)}});
    if (!id)
        return id.status();
    if (Status votes = replaceVotes(context, DecisionId{*id}, d.votes); !votes)
        return votes;
    if (Status audited =
            context.audit(QStringLiteral("meeting_decision"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("meeting_id"), meeting.value},
                           {QStringLiteral("rule"), toCode(kRules, d.rule)}});
        !audited)
        return audited;
    return DecisionId{*id};
}

Status MeetingRepository::replaceVotes(const WriteContext &context, DecisionId id,
                                       const QList<std::pair<HouseholdId, Vote>> &votes) {
    if (auto done =
            context.run(QStringLiteral("DELETE FROM decision_votes WHERE decision_id = :decision"),
                        {{"decision", id.value}});
        !done)
        return done.status();
    for (const auto &[household, vote] : votes) {
        if (auto done = context.run(QStringLiteral("INSERT INTO decision_votes (decision_id,"
                                                   " household_id, vote) VALUES (:decision,"
                                                   " :household, :vote)"),
                                    {{"decision", id.value},
                                     {"household", household.value},
                                     {"vote", toCode(kVotes, vote)}});
            !done)
            return done.status();
    }
    return context.audit(QStringLiteral("meeting_decision"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("votes"), int(votes.size())}});
}

Result<MeetingActionId> MeetingRepository::insertAction(const WriteContext &context,
                                                        const MeetingAction &a) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO meeting_actions (decision_id, text, owner, due_on, progress,"
                       " done_on) VALUES (:decision, :text, :owner, :due_on, :progress, :done_on)"
                       " RETURNING id"),
        {{"decision", a.decisionId.value},
         {"text", a.text},
         {"owner", a.owner},
         {"due_on", a.dueOn},
         {"progress", sql::notNull(a.progress)},
         {"done_on", a.doneOn}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("meeting_action"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("decision_id"), a.decisionId.value},
                           {QStringLiteral("due_on"), dateText(a.dueOn)}});
        !audited)
        return audited;
    return MeetingActionId{*id};
}

Status MeetingRepository::updateAction(const WriteContext &context, const MeetingAction &a) {
    if (Status done = context.change(
            QStringLiteral("UPDATE meeting_actions SET progress = :progress, done_on = :done_on"
                           " WHERE id = :action"),
            {{"progress", sql::notNull(a.progress)}, {"done_on", a.doneOn}, {"action", a.id.value}},
            tr("The action no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("meeting_action"), a.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("done_on"), dateText(a.doneOn)}});
}

Status MeetingRepository::setNotice(const WriteContext &context, MeetingId id, QDate postedOn,
                                    int objectionDays) {
    if (Status done = context.change(
            QStringLiteral("UPDATE meetings SET notice_posted_on = :posted_on,"
                           " objection_days = :objection_days WHERE id = :meeting"),
            {{"posted_on", postedOn}, {"objection_days", objectionDays}, {"meeting", id.value}},
            tr("The meeting no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("meeting"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("notice_posted_on"), dateText(postedOn)}});
}

} // namespace linli
