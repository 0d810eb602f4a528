#pragma once

#include "aid/eventrepository.h"
#include "common/result.h"

#include <QObject>

namespace linli {

class Database;

/// The neighbourhood festival (邻里节) and other events: activities with a capacity, residents
/// signed up once each, attendance taken on the day, helpers' hours; and the year's volunteer
/// hours, which also count claimed wishes and care visits.
class EventService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventService)
public:
    explicit EventService(Database &database, QObject *parent = nullptr);

    const EventRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }

    Result<EventId> createEvent(const Event &event);
    Result<ActivityId> addActivity(const Activity &activity);
    /// Refused twice for the same resident, and once the activity is full.
    Status signUp(ActivityId activity, ResidentId resident);
    /// Taken on the day of the event, not before.
    Status markAttendance(ActivityId activity, ResidentId resident, bool attended);
    Status addHelper(const EventHelper &helper);

Q_SIGNALS:
    void eventsChanged();

private:
    Database &m_database;
    EventRepository m_repository;
};

} // namespace linli
