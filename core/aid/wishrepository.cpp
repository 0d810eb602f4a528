#include "aid/wishrepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "aid/aidcodes.h"
#include "storage/database.h"
#include "storage/numbering.h"
#include "storage/rowversion.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kColumns = QStringLiteral(
    "w.id, w.year, w.seq, w.posted_at, w.resident_id, w.wisher_name, w.posted_by, w.channel,"
    " w.kind, w.text, w.building_id, coalesce(c.name || b.name, ''), w.state, w.verified_by,"
    " w.helper_resident_id, w.helper_name, w.dispatched_role, w.due_on, w.done_on, w.outcome,"
    " w.hours, w.complaint_id, w.version");
const QString kFrom = QStringLiteral(" FROM wishes w LEFT JOIN buildings b ON b.id = w.building_id"
                                     " LEFT JOIN compounds c ON c.id = b.compound_id");
// Binds: any state, the states as a comma-separated list of codes, building (0: any), kind (''),
// the session's community.
const QString kList = QStringLiteral("SELECT ") + kColumns + kFrom +
                      QStringLiteral(" WHERE (? = 1 OR instr(?, ',' || w.state || ',') > 0)"
                                     " AND (? = 0 OR w.building_id = ?) AND (? = '' OR w.kind = ?)"
                                     " AND ") +
                      CommunityScope::ofColumn(QStringLiteral("w.community_id")) +
                      QStringLiteral(" ORDER BY w.posted_at DESC, w.id DESC");
const QString kOne =
    QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE w.id = ?");
const QString kEvents =
    QStringLiteral("SELECT at, operator, action, from_state, to_state, note FROM wish_events"
                   " WHERE wish_id = ? ORDER BY id");
const QString kInsert = QStringLiteral(
    "INSERT INTO wishes (year, seq, posted_at, resident_id, wisher_name, posted_by, channel, kind,"
    " text, building_id, state, community_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE wishes SET state = ?, verified_by = ?, helper_resident_id = ?, helper_name = ?,"
    " dispatched_role = ?, due_on = ?, done_on = ?, outcome = ?, hours = ?, complaint_id = ?,"
    " version = version + 1 WHERE id = ?");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO wish_events (wish_id, at, operator, action, from_state, to_state, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)");

Wish wishFrom(const QSqlQuery &q) {
    Wish w;
    w.id = WishId{q.value(0).toLongLong()};
    w.year = q.value(1).toInt();
    w.sequence = q.value(2).toInt();
    w.postedAt = iso::moment(q.value(3).toString());
    w.residentId = ResidentId{q.value(4).toLongLong()};
    w.wisherName = q.value(5).toString();
    w.postedBy = q.value(6).toString();
    w.channel = aidcodes::wishChannelFrom(q.value(7).toString());
    w.kind = aidcodes::wishKindFrom(q.value(8).toString());
    w.text = q.value(9).toString();
    w.buildingId = BuildingId{q.value(10).toLongLong()};
    w.buildingName = q.value(11).toString();
    w.state = aidcodes::wishStateFrom(q.value(12).toString());
    w.verifiedBy = q.value(13).toString();
    w.helperId = ResidentId{q.value(14).toLongLong()};
    w.helperName = q.value(15).toString();
    if (!q.value(16).isNull())
        w.dispatchedRole = aidcodes::dispatchRoleFrom(q.value(16).toString());
    w.dueOn = sql::dateFrom(q.value(17));
    w.doneOn = sql::dateFrom(q.value(18));
    w.outcome = q.value(19).toString();
    w.hours = q.value(20).toDouble();
    w.complaintId = q.value(21).toLongLong();
    w.version = q.value(22).toInt();
    return w;
}

} // namespace

Result<QList<Wish>> WishRepository::wishes(const WishFilter &filter) const {
    QString states = QStringLiteral(",");
    for (const WishState state : filter.states)
        states += aidcodes::wishState(state) + u',';
    const QString kind = filter.kind ? aidcodes::wishKind(*filter.kind) : QString();
    auto query = sql::run(m_database.connection(), kList,
                          {filter.states.isEmpty() ? 1 : 0, states, filter.buildingId.value,
                           filter.buildingId.value, sql::notNull(kind), sql::notNull(kind),
                           CommunityScope::values(m_database.session()).at(0),
                           CommunityScope::values(m_database.session()).at(1)});
    if (!query)
        return query.status();
    QList<Wish> list;
    while (query->next())
        list.append(wishFrom(*query));
    return list;
}

Result<Wish> WishRepository::wish(WishId id) const {
    auto query = sql::run(m_database.connection(), kOne, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Wish>::failure(tr("The wish no longer exists."));
    return wishFrom(*query);
}

Result<QList<WishEvent>> WishRepository::events(WishId id) const {
    auto query = sql::run(m_database.connection(), kEvents, {id.value});
    if (!query)
        return query.status();
    QList<WishEvent> list;
    while (query->next())
        list.append({iso::moment(query->value(0).toString()), query->value(1).toString(),
                     aidcodes::wishActionFrom(query->value(2).toString()),
                     aidcodes::wishStateFrom(query->value(3).toString()),
                     aidcodes::wishStateFrom(query->value(4).toString()),
                     query->value(5).toString()});
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
    auto id =
        context.insert(kInsert, {wish.year, wish.sequence, wish.postedAt.toString(Qt::ISODate),
                                 sql::idOrNull(wish.residentId), wish.wisherName, wish.postedBy,
                                 aidcodes::wishChannel(wish.channel), aidcodes::wishKind(wish.kind),
                                 wish.text, sql::idOrNull(wish.buildingId),
                                 aidcodes::wishState(wish.state), sql::idOrNull(*community)});
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
            {aidcodes::wishState(after.state), sql::notNull(after.verifiedBy),
             sql::idOrNull(after.helperId), sql::notNull(after.helperName), role,
             sql::dateOrNull(after.dueOn), sql::dateOrNull(after.doneOn),
             sql::notNull(after.outcome), after.hours,
             after.complaintId > 0 ? QVariant(after.complaintId) : QVariant(), after.id.value},
            tr("The wish no longer exists."));
        !done)
        return done;
    if (auto event =
            context.run(kInsertEvent,
                        {after.id.value, context.at().toString(Qt::ISODate), context.operatorName(),
                         aidcodes::wishAction(action), aidcodes::wishState(before.state),
                         aidcodes::wishState(after.state), sql::notNull(note)});
        !event)
        return event.status();
    return context.audit(QStringLiteral("wish"), after.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("action"), aidcodes::wishAction(action)},
                          {QStringLiteral("state"), aidcodes::wishState(after.state)},
                          {QStringLiteral("helper"), after.helperName}});
}

} // namespace linli
