#include "aid/eventrepository.h"

#include "access/communityscope.h"
#include "common/codetable.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QHash>

#include <algorithm>

namespace linli {

namespace {

constexpr CodeTable<ActivityKind, 5> kKinds = {{{ActivityKind::Sports, u"sports"},
                                                {ActivityKind::Talent, u"talent"},
                                                {ActivityKind::Performance, u"performance"},
                                                {ActivityKind::Handicraft, u"handicraft"},
                                                {ActivityKind::Other, u"other"}}};

// Binds: the session's community.
const QString kEvents = QStringLiteral("SELECT id, name, held_on, place FROM events WHERE ") +
                        CommunityScope::ofColumn(QStringLiteral("community_id")) +
                        QStringLiteral(" ORDER BY held_on DESC, id DESC");
const QString kActivityColumns = QStringLiteral(
    "SELECT a.id, a.event_id, a.kind, a.name, a.place, a.starts_at,"
    " coalesce(a.capacity, 0) AS capacity,"
    " (SELECT count(*) FROM event_signups s WHERE s.activity_id = a.id) AS signed_up,"
    " (SELECT count(*) FROM event_signups s WHERE s.activity_id = a.id AND s.attended = 1)"
    " AS attended"
    " FROM event_activities a");
const QString kActivities =
    kActivityColumns + QStringLiteral(" WHERE a.event_id = :event ORDER BY a.starts_at, a.id");
const QString kActivity = kActivityColumns + QStringLiteral(" WHERE a.id = :activity");
const QString kSignUps = QStringLiteral(
    "SELECT s.activity_id, s.resident_id, r.name, h.address, s.signed_up_at, s.attended"
    " FROM event_signups s JOIN residents r ON r.id = s.resident_id"
    " JOIN households h ON h.id = r.household_id WHERE s.activity_id = :activity"
    " ORDER BY s.signed_up_at, r.sort_key, s.resident_id");
const QString kHelpers =
    QStringLiteral("SELECT e.event_id, e.resident_id, r.name, e.task, e.hours FROM event_helpers e"
                   " JOIN residents r ON r.id = e.resident_id WHERE e.event_id = :event"
                   " ORDER BY r.sort_key, e.resident_id");
// One row per source — resident, hours, 0 wish / 1 visit / 2 event — with the volunteer's name
// and address, of the session's community. Binds: the year (used three times), the community.
const QString kHours =
    QStringLiteral(
        "SELECT x.resident_id, x.hours, x.source, r.name, h.address FROM ("
        " SELECT helper_resident_id AS resident_id, hours, 0 AS source FROM wishes"
        "  WHERE state = 'fulfilled' AND helper_resident_id IS NOT NULL"
        "  AND substr(done_on, 1, 4) = :year"
        " UNION ALL SELECT c.resident_id, v.hours, 1 FROM care_visits v"
        "  JOIN carers c ON c.id = v.carer_id WHERE substr(v.visited_on, 1, 4) = :year"
        " UNION ALL SELECT e.resident_id, e.hours, 2 FROM event_helpers e"
        "  JOIN events ev ON ev.id = e.event_id WHERE substr(ev.held_on, 1, 4) = :year) x"
        " JOIN residents r ON r.id = x.resident_id JOIN households h ON h.id = r.household_id"
        " WHERE ") +
    CommunityScope::ofHousehold(QStringLiteral("r.household_id")) +
    QStringLiteral(" ORDER BY x.resident_id, x.source, x.hours");
const QString kInsertEvent =
    QStringLiteral("INSERT INTO events (name, held_on, place, community_id)"
                   " VALUES (:name, :held_on, :place, :community) RETURNING id");
const QString kInsertActivity =
    QStringLiteral("INSERT INTO event_activities (event_id, kind, name, place, starts_at, capacity)"
                   " VALUES (:event, :kind, :name, :place, :starts_at, :capacity) RETURNING id");
const QString kAlready =
    QStringLiteral("SELECT count(*) AS n FROM event_signups"
                   " WHERE activity_id = :activity AND resident_id = :resident");
const QString kInsertSignUp =
    QStringLiteral("INSERT INTO event_signups (activity_id, resident_id, signed_up_at)"
                   " VALUES (:activity, :resident, :signed_up_at)");
const QString kAttended =
    QStringLiteral("UPDATE event_signups SET attended = :attended"
                   " WHERE activity_id = :activity AND resident_id = :resident");
const QString kInsertHelper =
    QStringLiteral("INSERT INTO event_helpers (event_id, resident_id, task, hours)"
                   " VALUES (:event, :resident, :task, :hours)"
                   " ON CONFLICT (event_id, resident_id) DO UPDATE SET task = excluded.task,"
                   " hours = excluded.hours");

Activity activityFrom(const sql::Statement &q) {
    Activity a;
    a.id = ActivityId{q.integer("id")};
    a.eventId = EventId{q.integer("event_id")};
    a.kind = fromCode(kKinds, q.text("kind"));
    a.name = q.text("name");
    a.place = q.text("place");
    a.startsAt = q.moment("starts_at");
    a.capacity = int(q.integer("capacity"));
    a.signedUp = int(q.integer("signed_up"));
    a.attended = int(q.integer("attended"));
    return a;
}

} // namespace

Result<QList<Event>> EventRepository::events() const {
    auto query = sql::Statement::run(m_database.connection(), kEvents,
                                     CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<Event> list;
    while (query->next())
        list.append({EventId{query->integer("id")}, query->text("name"), query->date("held_on"),
                     query->text("place")});
    return list;
}

Result<QList<Activity>> EventRepository::activities(EventId event) const {
    auto query =
        sql::Statement::run(m_database.connection(), kActivities, {{"event", event.value}});
    if (!query)
        return query.status();
    QList<Activity> list;
    while (query->next())
        list.append(activityFrom(*query));
    return list;
}

Result<Activity> EventRepository::activity(ActivityId id) const {
    auto query = sql::Statement::run(m_database.connection(), kActivity, {{"activity", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Activity>::failure(tr("The activity no longer exists."));
    return activityFrom(*query);
}

Result<QList<SignUp>> EventRepository::signUps(ActivityId activity) const {
    auto query =
        sql::Statement::run(m_database.connection(), kSignUps, {{"activity", activity.value}});
    if (!query)
        return query.status();
    QList<SignUp> list;
    while (query->next()) {
        SignUp s;
        s.activityId = ActivityId{query->integer("activity_id")};
        s.residentId = ResidentId{query->integer("resident_id")};
        s.name = query->text("name");
        s.address = query->text("address");
        s.signedUpAt = query->moment("signed_up_at");
        if (!query->isNull("attended"))
            s.attended = query->flag("attended");
        list.append(s);
    }
    return list;
}

Result<QList<EventHelper>> EventRepository::helpers(EventId event) const {
    auto query = sql::Statement::run(m_database.connection(), kHelpers, {{"event", event.value}});
    if (!query)
        return query.status();
    QList<EventHelper> list;
    while (query->next())
        list.append({EventId{query->integer("event_id")}, ResidentId{query->integer("resident_id")},
                     query->text("name"), query->text("task"), query->real("hours")});
    return list;
}

Result<QList<VolunteerTally>> EventRepository::volunteerHours(int year) const {
    sql::Params params{{"year", QString::number(year)}};
    params << CommunityScope::params(m_database.session());
    auto query = sql::Statement::run(m_database.connection(), kHours, params);
    if (!query)
        return query.status();
    QHash<qint64, VolunteerTally> tallies;
    while (query->next()) {
        VolunteerTally &t = tallies[query->integer("resident_id")];
        t.residentId = ResidentId{query->integer("resident_id")};
        t.name = query->text("name");
        t.address = query->text("address");
        const double hours = query->real("hours");
        switch (query->integer("source")) {
        case 0:
            t.wishHours += hours;
            ++t.wishes;
            break;
        case 1:
            t.visitHours += hours;
            ++t.visits;
            break;
        default:
            t.eventHours += hours;
            ++t.events;
            break;
        }
    }
    if (Status read = query->status(); !read)
        return read;
    QList<VolunteerTally> list = tallies.values();
    std::sort(list.begin(), list.end(), [](const VolunteerTally &a, const VolunteerTally &b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        return a.name < b.name;
    });
    return list;
}

Result<EventId> EventRepository::insert(const WriteContext &context, const Event &event) {
    const auto community = context.communityOfNewRecord();
    if (!community)
        return community.status();
    auto id = context.insert(kInsertEvent, {{"name", event.name},
                                            {"held_on", event.heldOn},
                                            {"place", sql::notNull(event.place)},
                                            {"community", sql::idOrNull(*community)}});
    if (!id)
        return id.status();
    if (Status audited = context.audit(QStringLiteral("event"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("name"), event.name}});
        !audited)
        return audited;
    return EventId{*id};
}

Result<ActivityId> EventRepository::insert(const WriteContext &context, const Activity &a) {
    auto id = context.insert(kInsertActivity,
                             {{"event", a.eventId.value},
                              {"kind", toCode(kKinds, a.kind)},
                              {"name", a.name},
                              {"place", sql::notNull(a.place)},
                              {"starts_at", a.startsAt},
                              {"capacity", a.capacity > 0 ? QVariant(a.capacity) : QVariant()}});
    if (!id)
        return id.status();
    if (Status audited = context.audit(
            QStringLiteral("activity"), *id, WriteContext::Action::Create,
            {{QStringLiteral("name"), a.name}, {QStringLiteral("capacity"), a.capacity}});
        !audited)
        return audited;
    return ActivityId{*id};
}

Status EventRepository::signUp(const WriteContext &context, ActivityId activity,
                               ResidentId resident) {
    // Both checks inside the write: two desks cannot fill the last place twice.
    auto already =
        context.run(kAlready, {{"activity", activity.value}, {"resident", resident.value}});
    if (!already)
        return already.status();
    if (already->next() && already->integer("n") > 0)
        return Status::failure(tr("This resident has signed up for the activity already."));
    auto found = context.run(kActivity, {{"activity", activity.value}});
    if (!found)
        return found.status();
    if (!found->next())
        return Status::failure(tr("The activity no longer exists."));
    const Activity a = activityFrom(*found);
    if (a.isFull())
        return Status::failure(
            tr("%1 is full: all %2 places are taken.").arg(a.name).arg(a.capacity));
    if (auto done = context.run(kInsertSignUp, {{"activity", activity.value},
                                                {"resident", resident.value},
                                                {"signed_up_at", context.at()}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("activity"), activity.value, WriteContext::Action::Update,
                         {{QStringLiteral("signed_up"), resident.value}});
}

Status EventRepository::setAttended(const WriteContext &context, ActivityId activity,
                                    ResidentId resident, bool attended) {
    if (Status done = context.change(
            kAttended,
            {{"attended", attended}, {"activity", activity.value}, {"resident", resident.value}},
            tr("The resident has not signed up for this activity."));
        !done)
        return done;
    return context.audit(
        QStringLiteral("activity"), activity.value, WriteContext::Action::Update,
        {{QStringLiteral("attended"), resident.value}, {QStringLiteral("present"), attended}});
}

Status EventRepository::addHelper(const WriteContext &context, const EventHelper &helper) {
    if (auto done = context.run(kInsertHelper, {{"event", helper.eventId.value},
                                                {"resident", helper.residentId.value},
                                                {"task", sql::notNull(helper.task)},
                                                {"hours", helper.hours}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("event"), helper.eventId.value,
                         WriteContext::Action::Update,
                         {{QStringLiteral("helper"), helper.residentId.value},
                          {QStringLiteral("hours"), helper.hours}});
}

} // namespace linli
