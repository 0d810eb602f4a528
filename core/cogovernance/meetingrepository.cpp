#include "cogovernance/meetingrepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "common/codetable.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

using sql::dateFrom;
using sql::dateOrNull;
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

Opinion opinionFrom(const QSqlQuery &q) {
    Opinion o;
    o.id = OpinionId{q.value(0).toLongLong()};
    o.buildingId = BuildingId{q.value(1).toLongLong()};
    o.raisedOn = dateFrom(q.value(2));
    o.residentId = ResidentId{q.value(3).toLongLong()};
    o.raisedBy = q.value(4).toString();
    o.category = fromCode(kCategories, q.value(5).toString());
    o.text = q.value(6).toString();
    o.state = fromCode(kStates, q.value(7).toString());
    return o;
}

const QString kMeetingColumns = QStringLiteral(
    "m.id, m.building_id, m.starts_at, m.venue_id, coalesce(v.name, ''), m.convener, m.topic,"
    " m.notice_posted_on, m.objection_days");

Meeting meetingFrom(const QSqlQuery &q) {
    Meeting m;
    m.id = MeetingId{q.value(0).toLongLong()};
    m.buildingId = BuildingId{q.value(1).toLongLong()};
    m.startsAt = iso::moment(q.value(2).toString());
    m.venueId = CouncilVenueId{q.value(3).toLongLong()};
    m.venueName = q.value(4).toString();
    m.convener = q.value(5).toString();
    m.topic = q.value(6).toString();
    m.noticePostedOn = dateFrom(q.value(7));
    m.objectionDays = q.value(8).toInt();
    return m;
}

} // namespace

Result<QList<CouncilVenue>> MeetingRepository::venues(CompoundId compound) const {
    auto q =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT id, compound_id, kind, name, room, capacity, owner"
                                " FROM council_venues WHERE compound_id = ? ORDER BY kind, name"),
                 {compound.value});
    if (!q)
        return q.status();
    QList<CouncilVenue> list;
    while (q->next())
        list.append({CouncilVenueId{q->value(0).toLongLong()}, CompoundId{q->value(1).toLongLong()},
                     fromCode(kVenueKinds, q->value(2).toString()), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toInt(), q->value(6).toString()});
    return list;
}

Result<QList<Opinion>> MeetingRepository::opinions(BuildingId building) const {
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT ") + kOpinionColumns +
                          QStringLiteral(" FROM opinions WHERE building_id = ?"
                                         " ORDER BY state = 'done', raised_on DESC, id DESC"),
                      {building.value});
    if (!q)
        return q.status();
    QList<Opinion> list;
    while (q->next())
        list.append(opinionFrom(*q));
    return list;
}

Result<Opinion> MeetingRepository::opinion(OpinionId id) const {
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT ") + kOpinionColumns +
                          QStringLiteral(" FROM opinions WHERE id = ?"),
                      {id.value});
    if (!q)
        return q.status();
    if (!q->next())
        return Result<Opinion>::failure(tr("The opinion no longer exists."));
    return opinionFrom(*q);
}

Result<QList<Meeting>> MeetingRepository::meetings(BuildingId building) const {
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT ") + kMeetingColumns +
                          QStringLiteral(" FROM meetings m LEFT JOIN council_venues v"
                                         " ON v.id = m.venue_id WHERE m.building_id = ?"
                                         " ORDER BY m.starts_at DESC, m.id DESC"),
                      {building.value});
    if (!q)
        return q.status();
    QList<Meeting> list;
    while (q->next())
        list.append(meetingFrom(*q));
    return list;
}

Result<Meeting> MeetingRepository::meeting(MeetingId id) const {
    const QSqlDatabase db = m_database.connection();
    auto q = sql::run(db,
                      QStringLiteral("SELECT ") + kMeetingColumns +
                          QStringLiteral(" FROM meetings m LEFT JOIN council_venues v"
                                         " ON v.id = m.venue_id WHERE m.id = ?"),
                      {id.value});
    if (!q)
        return q.status();
    if (!q->next())
        return Result<Meeting>::failure(tr("The meeting no longer exists."));
    Meeting m = meetingFrom(*q);
    auto attendees = sql::run(db,
                              QStringLiteral("SELECT resident_id, household_id, name, role"
                                             " FROM meeting_attendees WHERE meeting_id = ?"
                                             " ORDER BY id"),
                              {id.value});
    if (!attendees)
        return attendees.status();
    while (attendees->next())
        m.attendees.append({ResidentId{attendees->value(0).toLongLong()},
                            HouseholdId{attendees->value(1).toLongLong()},
                            attendees->value(2).toString(),
                            fromCode(kRoles, attendees->value(3).toString())});
    auto agenda =
        sql::run(db,
                 QStringLiteral("SELECT id, title, opinion_id, complaint_id"
                                " FROM agenda_items WHERE meeting_id = ? ORDER BY position"),
                 {id.value});
    if (!agenda)
        return agenda.status();
    while (agenda->next())
        m.agenda.append({AgendaItemId{agenda->value(0).toLongLong()}, agenda->value(1).toString(),
                         OpinionId{agenda->value(2).toLongLong()}, agenda->value(3).toLongLong()});
    auto decisions = sql::run(db,
                              QStringLiteral("SELECT id, agenda_item_id, text, rule"
                                             " FROM meeting_decisions WHERE meeting_id = ?"
                                             " ORDER BY id"),
                              {id.value});
    if (!decisions)
        return decisions.status();
    while (decisions->next()) {
        Decision d;
        d.id = DecisionId{decisions->value(0).toLongLong()};
        d.agendaItemId = AgendaItemId{decisions->value(1).toLongLong()};
        d.text = decisions->value(2).toString();
        d.rule = fromCode(kRules, decisions->value(3).toString());
        m.decisions.append(d);
    }
    for (Decision &d : m.decisions) {
        auto votes = sql::run(db,
                              QStringLiteral("SELECT household_id, vote FROM decision_votes"
                                             " WHERE decision_id = ? ORDER BY household_id"),
                              {d.id.value});
        if (!votes)
            return votes.status();
        while (votes->next())
            d.votes.append({HouseholdId{votes->value(0).toLongLong()},
                            fromCode(kVotes, votes->value(1).toString())});
        auto actions = sql::run(db,
                                QStringLiteral("SELECT id, decision_id, text, owner, due_on,"
                                               " progress, done_on FROM meeting_actions"
                                               " WHERE decision_id = ? ORDER BY due_on, id"),
                                {d.id.value});
        if (!actions)
            return actions.status();
        while (actions->next())
            d.actions.append({MeetingActionId{actions->value(0).toLongLong()},
                              DecisionId{actions->value(1).toLongLong()},
                              actions->value(2).toString(), actions->value(3).toString(),
                              dateFrom(actions->value(4)), actions->value(5).toString(),
                              dateFrom(actions->value(6))});
    }
    return m;
}

Result<QSet<qint64>> MeetingRepository::householdsOf(BuildingId building) const {
    auto q =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT h.id FROM households h JOIN units u ON u.id = h.unit_id"
                                " WHERE u.building_id = ?"),
                 {building.value});
    if (!q)
        return q.status();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

Result<MeetingId> MeetingRepository::meetingOf(DecisionId decision) const {
    auto q = sql::scalar(m_database.connection(),
                         QStringLiteral("SELECT meeting_id FROM meeting_decisions WHERE id = ?"),
                         {decision.value});
    if (!q)
        return q.status();
    if (q->isNull())
        return Result<MeetingId>::failure(tr("The decision no longer exists."));
    return MeetingId{q->toLongLong()};
}

Result<DecisionId> MeetingRepository::decisionOf(MeetingActionId action) const {
    auto q = sql::scalar(m_database.connection(),
                         QStringLiteral("SELECT decision_id FROM meeting_actions WHERE id = ?"),
                         {action.value});
    if (!q)
        return q.status();
    if (q->isNull())
        return Result<DecisionId>::failure(tr("The action no longer exists."));
    return DecisionId{q->toLongLong()};
}

Result<CoGovernanceFigures> MeetingRepository::figures(QDate from, QDate to) const {
    const QSqlDatabase db = m_database.connection();
    CoGovernanceFigures f;
    auto opinions = sql::run(db,
                             QStringLiteral("SELECT count(*),"
                                            " sum(CASE WHEN state IN ('decided', 'done') THEN 1"
                                            " ELSE 0 END)"
                                            " FROM opinions WHERE raised_on BETWEEN ? AND ?"
                                            " AND ") +
                                 CommunityScope::ofBuilding(QStringLiteral("building_id")),
                             QVariantList{dateText(from), dateText(to)} +
                                 CommunityScope::values(m_database.session()));
    if (!opinions)
        return opinions.status();
    if (opinions->next()) {
        f.opinions = opinions->value(0).toInt();
        f.settledInBuilding = opinions->value(1).toInt();
    }
    auto meetings = sql::run(
        db,
        QStringLiteral("SELECT count(DISTINCT m.id), count(d.id) FROM meetings m"
                       " LEFT JOIN meeting_decisions d ON d.meeting_id = m.id"
                       " WHERE substr(m.starts_at, 1, 10) BETWEEN ? AND ? AND ") +
            CommunityScope::ofBuilding(QStringLiteral("m.building_id")),
        QVariantList{dateText(from), dateText(to)} + CommunityScope::values(m_database.session()));
    if (!meetings)
        return meetings.status();
    if (meetings->next()) {
        f.meetings = meetings->value(0).toInt();
        f.decisions = meetings->value(1).toInt();
    }
    if (f.opinions > 0)
        f.settledShare = double(f.settledInBuilding) / f.opinions;
    return f;
}

Result<CouncilVenueId> MeetingRepository::saveVenue(const WriteContext &context,
                                                    const CouncilVenue &v) {
    CouncilVenueId id = v.id;
    const QVariantList values = {v.compoundId.value,
                                 toCode(kVenueKinds, v.kind),
                                 v.name,
                                 sql::notNull(v.room),
                                 v.capacity > 0 ? QVariant(v.capacity) : QVariant(),
                                 sql::notNull(v.owner)};
    if (id.isValid()) {
        QVariantList update = values;
        update << id.value;
        if (Status done = context.change(
                QStringLiteral("UPDATE council_venues SET compound_id = ?, kind = ?, name = ?,"
                               " room = ?, capacity = ?, owner = ? WHERE id = ?"),
                update, tr("The venue no longer exists."));
            !done)
            return done;
    } else {
        auto inserted = context.insert(
            QStringLiteral("INSERT INTO council_venues (compound_id, kind, name, room, capacity,"
                           " owner) VALUES (?, ?, ?, ?, ?, ?)"),
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
                       " category, text, state) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {o.buildingId.value, dateText(o.raisedOn), idOrNull(o.residentId.value), o.raisedBy,
         toCode(kCategories, o.category), o.text, toCode(kStates, o.state)});
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
            context.change(QStringLiteral("UPDATE opinions SET state = ? WHERE id = ?"),
                           {toCode(kStates, state), id.value}, tr("The opinion no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("opinion"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("state"), toCode(kStates, state)}});
}

Result<MeetingId> MeetingRepository::insertMeeting(const WriteContext &context, const Meeting &m) {
    auto id = context.insert(
        QStringLiteral("INSERT INTO meetings (building_id, starts_at, venue_id, convener, topic,"
                       " objection_days) VALUES (?, ?, ?, ?, ?, ?)"),
        {m.buildingId.value, m.startsAt.toString(Qt::ISODate), idOrNull(m.venueId.value),
         m.convener, sql::notNull(m.topic), m.objectionDays});
    if (!id)
        return id.status();
    const MeetingId meeting{*id};
    int position = 0;
    for (const AgendaItem &item : m.agenda) {
        if (auto done = context.run(
                QStringLiteral("INSERT INTO agenda_items (meeting_id, position, title, opinion_id,"
                               " complaint_id) VALUES (?, ?, ?, ?, ?)"),
                {meeting.value, ++position, item.title, idOrNull(item.opinionId.value),
                 idOrNull(item.complaintId)});
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
    if (auto done = context.run(
            QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = ?"), {id.value});
        !done)
        return done.status();
    for (const Attendee &a : attendees) {
        if (auto done =
                context.run(QStringLiteral("INSERT INTO meeting_attendees (meeting_id, resident_id,"
                                           " household_id, name, role) VALUES (?, ?, ?, ?, ?)"),
                            {id.value, idOrNull(a.residentId.value), idOrNull(a.householdId.value),
                             a.name, toCode(kRoles, a.role)});
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
                       " VALUES (?, ?, ?, ?)"),
        {meeting.value, idOrNull(d.agendaItemId.value), d.text, toCode(kRules, d.rule)});
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
    if (auto done = context.run(QStringLiteral("DELETE FROM decision_votes WHERE decision_id = ?"),
                                {id.value});
        !done)
        return done.status();
    for (const auto &[household, vote] : votes) {
        if (auto done = context.run(QStringLiteral("INSERT INTO decision_votes (decision_id,"
                                                   " household_id, vote) VALUES (?, ?, ?)"),
                                    {id.value, household.value, toCode(kVotes, vote)});
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
                       " done_on) VALUES (?, ?, ?, ?, ?, ?)"),
        {a.decisionId.value, a.text, a.owner, dateText(a.dueOn), sql::notNull(a.progress),
         dateOrNull(a.doneOn)});
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
            QStringLiteral("UPDATE meeting_actions SET progress = ?, done_on = ? WHERE id = ?"),
            {sql::notNull(a.progress), dateOrNull(a.doneOn), a.id.value},
            tr("The action no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("meeting_action"), a.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("done_on"), dateText(a.doneOn)}});
}

Status MeetingRepository::setNotice(const WriteContext &context, MeetingId id, QDate postedOn,
                                    int objectionDays) {
    if (Status done = context.change(
            QStringLiteral("UPDATE meetings SET notice_posted_on = ?, objection_days = ?"
                           " WHERE id = ?"),
            {dateText(postedOn), objectionDays, id.value}, tr("The meeting no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("meeting"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("notice_posted_on"), dateText(postedOn)}});
}

} // namespace linli
