#pragma once

#include "aid/event.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>

namespace linli {

class Database;

/// Events, their activities, sign-ups (one per resident and activity, within the capacity —
/// both checked inside the write), attendance, helpers; and the volunteer hours of a year.
class EventRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::EventRepository)
public:
    explicit EventRepository(const Database &database)
        : m_database(database) {}

    Result<QList<Event>> events() const;
    Result<QList<Activity>> activities(EventId event) const;
    Result<Activity> activity(ActivityId id) const;
    Result<QList<SignUp>> signUps(ActivityId activity) const;
    Result<QList<EventHelper>> helpers(EventId event) const;
    /// Hours per volunteer in `year`, most first.
    Result<QList<VolunteerTally>> volunteerHours(int year) const;

    static Result<EventId> insert(const WriteContext &context, const Event &event);
    static Result<ActivityId> insert(const WriteContext &context, const Activity &activity);
    static Status signUp(const WriteContext &context, ActivityId activity, ResidentId resident);
    static Status setAttended(const WriteContext &context, ActivityId activity, ResidentId resident,
                              bool attended);
    static Status addHelper(const WriteContext &context, const EventHelper &helper);

private:
    const Database &m_database;
};

} // namespace linli
