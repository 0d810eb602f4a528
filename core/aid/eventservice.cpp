#include "aid/eventservice.h"

#include "access/access.h"
#include "storage/database.h"

#include <QLocale>

namespace linli {

EventService::EventService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Result<EventId> EventService::createEvent(const Event &event) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    Event clean = event;
    clean.name = clean.name.simplified();
    clean.place = clean.place.simplified();
    if (clean.name.isEmpty())
        return Result<EventId>::failure(tr("Name the event, e.g. 第三届邻里节."));
    if (!clean.heldOn.isValid())
        return Result<EventId>::failure(tr("Give the day the event is held."));
    const auto id = m_database.writeReturning<EventId>(
        [&](const WriteContext &context) { return EventRepository::insert(context, clean); });
    if (id)
        Q_EMIT eventsChanged();
    return id;
}

Result<ActivityId> EventService::addActivity(const Activity &activity) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    Activity clean = activity;
    clean.name = clean.name.simplified();
    if (!clean.eventId.isValid())
        return Result<ActivityId>::failure(tr("Choose the event the activity belongs to."));
    if (clean.name.isEmpty())
        return Result<ActivityId>::failure(tr("Name the activity, e.g. 趣味拔河."));
    if (clean.capacity < 0)
        return Result<ActivityId>::failure(tr("The capacity is a number of places, or 0 for no "
                                              "limit."));
    const auto id = m_database.writeReturning<ActivityId>(
        [&](const WriteContext &context) { return EventRepository::insert(context, clean); });
    if (id)
        Q_EMIT eventsChanged();
    return id;
}

Status EventService::signUp(ActivityId activity, ResidentId resident) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (!resident.isValid())
        return Status::failure(tr("Choose the resident from the registry."));
    const Status done = m_database.write([&](const WriteContext &context) {
        return EventRepository::signUp(context, activity, resident);
    });
    if (done)
        Q_EMIT eventsChanged();
    return done;
}

Status EventService::markAttendance(ActivityId activity, ResidentId resident, bool attended) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    const auto a = m_repository.activity(activity);
    if (!a)
        return a.status();
    const auto events = m_repository.events();
    if (!events)
        return events.status();
    for (const Event &e : *events) {
        if (e.id == a->eventId && e.heldOn > m_database.clock().today())
            return Status::failure(tr("Attendance is taken on the day of the event, %1.")
                                       .arg(QLocale().toString(e.heldOn, QLocale::ShortFormat)));
    }
    const Status done = m_database.write([&](const WriteContext &context) {
        return EventRepository::setAttended(context, activity, resident, attended);
    });
    if (done)
        Q_EMIT eventsChanged();
    return done;
}

Status EventService::addHelper(const EventHelper &helper) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    if (!helper.residentId.isValid())
        return Status::failure(tr("Choose the helper from the registry."));
    if (helper.hours <= 0 || helper.hours > 24)
        return Status::failure(tr("Give the helper's hours as a number above 0, at most 24."));
    const Status done = m_database.write(
        [&](const WriteContext &context) { return EventRepository::addHelper(context, helper); });
    if (done)
        Q_EMIT eventsChanged();
    return done;
}

} // namespace linli
