#include "aid/wishrepository.h"

#include "access/communityscope.h"
#include "aid/aidcodes.h"
#include "storage/database.h"
#include "storage/numbering.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/statement.h"

namespace linli {

namespace {

const QString kColumns = QStringLiteral(
    "w.id, w.year, w.seq, w.posted_at, w.resident_id, w.wisher_name, w.posted_by, w.channel,"
    " w.kind, w.text, w.building_id, coalesce(c.name || b.name, '') AS building_name, w.state,"
    " w.verified_by, w.helper_resident_id, w.helper_name, w.dispatched_role, w.due_on, w.done_on,"
    " w.outcome, w.hours, w.complaint_id, w.version");
const QString kFrom = QStringLiteral(" FROM wishes w LEFT JOIN buildings b ON b.id = w.building_id"
                                     " LEFT JOIN compounds c ON c.id = b.compound_id");
const QString kListFilters = QStringLiteral(" AND (:building = 0 OR w.building_id = :building)"
                                            " AND (:kind = '' OR w.kind = :kind) AND ") +
                             CommunityScope::ofColumn(QStringLiteral("w.community_id")) +
                             QStringLiteral(" ORDER BY w.posted_at DESC, w.id DESC");
// Binds: any state, the states as a comma-separated list of codes, building (0: any), kind (''),
// the session's community. The server has strpos for SQLite's instr.
const sql::Text kList = sql::Text::perEngine(
    QStringLiteral("SELECT ") + kColumns + kFrom +
        QStringLiteral(" WHERE (:any_state = 1 OR instr(:states, ',' || w.state || ',') > 0)") +
        kListFilters,
    QStringLiteral("SELECT ") + kColumns + kFrom +
        QStringLiteral(" WHERE (:any_state = 1 OR strpos(:states, ',' || w.state || ',') > 0)") +
        kListFilters);
const QString kOne =
    QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE w.id = :wish");
const QString kEvents =
    QStringLiteral("SELECT at, operator, action, from_state, to_state, note FROM wish_events"
                   " WHERE wish_id = :wish ORDER BY id");
const QString kInsert = QStringLiteral(
    "INSERT INTO wishes (year, seq, posted_at, resident_id, wisher_name, posted_by, channel, kind,"
    " text, building_id, state, community_id) VALUES (:year, :seq, :posted_at, :resident,"
    " :wisher_name, :posted_by, :channel, :kind, :text, :building, :state, :community)"
    " RETURNING id");
const QString kUpdate = QStringLiteral(
    "UPDATE wishes SET state = :state, verified_by = :verified_by, helper_resident_id = :helper,"
    " helper_name = :helper_name, dispatched_role = :dispatched_role, due_on = :due_on,"
    " done_on = :done_on, outcome = :outcome, hours = :hours, complaint_id = :complaint,"
    " version = version + 1 WHERE id = :wish");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO wish_events (wish_id, at, operator, action, from_state, to_state, note)"
    " VALUES (:wish, :at, :operator, :action, :from_state, :to_state, :note)");

Wish wishFrom(const sql::Statement &q) {
    Wish w;
    w.id = WishId{q.integer("id")};
    w.year = int(q.integer("year"));
    w.sequence = int(q.integer("seq"));
    w.postedAt = q.moment("posted_at");
    w.residentId = ResidentId{q.integer("resident_id")};
    w.wisherName = q.text("wisher_name");
    w.postedBy = q.text("posted_by");
    w.channel = aidcodes::wishChannelFrom(q.text("channel"));
    w.kind = aidcodes::wishKindFrom(q.text("kind"));
    w.text = q.text("text");
    w.buildingId = BuildingId{q.integer("building_id")};
    w.buildingName = q.text("building_name");
    w.state = aidcodes::wishStateFrom(q.text("state"));
    w.verifiedBy = q.text("verified_by");
    w.helperId = ResidentId{q.integer("helper_resident_id")};
    w.helperName = q.text("helper_name");
    if (!q.isNull("dispatched_role"))
        w.dispatchedRole = aidcodes::dispatchRoleFrom(q.text("dispatched_role"));
    w.dueOn = q.date("due_on");
    w.doneOn = q.date("done_on");
    w.outcome = q.text("outcome");
    w.hours = q.real("hours");
    w.complaintId = q.integer("complaint_id");
    w.version = int(q.integer("version"));
    return w;
}

} // namespace

Result<QList<Wish>> WishRepository::wishes(const WishFilter &filter) const {
    QString states = QStringLiteral(",");
    for (const WishState state : filter.states)
        states += aidcodes::wishState(state) + u',';
    const QString kind = filter.kind ? aidcodes::wishKind(*filter.kind) : QString();
    sql::Params params{{"any_state", filter.states.isEmpty() ? 1 : 0},
                       {"states", states},
                       {"building", filter.buildingId.value},
                       {"kind", sql::notNull(kind)}};
    params << CommunityScope::params(m_database.session());
    auto query = sql::Statement::run(m_database.connection(), kList, params);
    if (!query)
        return query.status();
    QList<Wish> list;
    while (query->next())
        list.append(wishFrom(*query));
    return list;
}

Result<Wish> WishRepository::wish(WishId id) const {
    auto query = sql::Statement::run(m_database.connection(), kOne, {{"wish", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Wish>::failure(tr("The wish no longer exists."));
    return wishFrom(*query);
}

Result<QList<WishEvent>> WishRepository::events(WishId id) const {
    auto query = sql::Statement::run(m_database.connection(), kEvents, {{"wish", id.value}});
    if (!query)
        return query.status();
    QList<WishEvent> list;
    while (query->next())
        list.append({query->moment("at"), query->text("operator"),
                     aidcodes::wishActionFrom(query->text("action")),
                     aidcodes::wishStateFrom(query->text("from_state")),
                     aidcodes::wishStateFrom(query->text("to_state")), query->text("note")});
    if (Status read = query->status(); !read)
        return read;
    return list;
}

Result<Wish> WishRepository::insert(const WriteContext &context, Wish wish) {
    wish.year = wish.postedAt.date().year();
    const auto seq = Numbering::take(context, Numbering::Kind::Wish, wish.year);
    if (!seq)
        return seq.status();
    wish.sequence = *seq;
    const auto community = context.communityOfNewRecord({{}, wish.buildingId, {}, wish.residentId});
    if (!community)
        return community.status();
    auto id = context.insert(kInsert, {{"year", wish.year},
                                       {"seq", wish.sequence},
                                       {"posted_at", wish.postedAt},
                                       {"resident", sql::idOrNull(wish.residentId)},
                                       {"wisher_name", wish.wisherName},
                                       {"posted_by", wish.postedBy},
                                       {"channel", aidcodes::wishChannel(wish.channel)},
                                       {"kind", aidcodes::wishKind(wish.kind)},
                                       {"text", wish.text},
                                       {"building", sql::idOrNull(wish.buildingId)},
                                       {"state", aidcodes::wishState(wish.state)},
                                       {"community", sql::idOrNull(*community)}});
    if (!id)
        return id.status();
    wish.id = WishId{*id};
    wish.version = 1;
    if (Status audited = context.audit(QStringLiteral("wish"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("number"), wish.number()},
                                        {QStringLiteral("kind"), aidcodes::wishKind(wish.kind)},
                                        {QStringLiteral("text"), wish.text}});
        !audited)
        return audited;
    return wish;
}

Status WishRepository::update(const WriteContext &context, const Wish &before, const Wish &after,
                              WishAction action, const QString &note) {
    if (Status fresh = RowVersion::check(context, QStringLiteral("wishes"), QStringLiteral("wish"),
                                         after.id.value, after.version);
        !fresh)
        return fresh;
    const QVariant role =
        after.dispatchedRole ? QVariant(aidcodes::dispatchRole(*after.dispatchedRole)) : QVariant();
    if (Status done = context.change(
            kUpdate,
            {{"state", aidcodes::wishState(after.state)},
             {"verified_by", sql::notNull(after.verifiedBy)},
             {"helper", sql::idOrNull(after.helperId)},
             {"helper_name", sql::notNull(after.helperName)},
             {"dispatched_role", role},
             {"due_on", after.dueOn},
             {"done_on", after.doneOn},
             {"outcome", sql::notNull(after.outcome)},
             {"hours", after.hours},
             {"complaint", after.complaintId > 0 ? QVariant(after.complaintId) : QVariant()},
             {"wish", after.id.value}},
            tr("The wish no longer exists."));
        !done)
        return done;
    if (auto event = context.run(kInsertEvent, {{"wish", after.id.value},
                                                {"at", context.at()},
                                                {"operator", context.operatorName()},
                                                {"action", aidcodes::wishAction(action)},
                                                {"from_state", aidcodes::wishState(before.state)},
                                                {"to_state", aidcodes::wishState(after.state)},
                                                {"note", sql::notNull(note)}});
        !event)
        return event.status();
    return context.audit(QStringLiteral("wish"), after.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("action"), aidcodes::wishAction(action)},
                          {QStringLiteral("state"), aidcodes::wishState(after.state)},
                          {QStringLiteral("helper"), after.helperName}});
}

} // namespace linli
