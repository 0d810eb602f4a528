#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace linli {

using EventId = StrongId<struct EventTag>;
using ActivityId = StrongId<struct ActivityTag>;

/// What residents do at the neighbourhood festival (邻里节) and other events.
enum class ActivityKind { Sports, Talent, Performance, Handicraft, Other };

/// An event: the neighbourhood festival, a summer evening, a handicraft afternoon.
struct Event {
    EventId id;
    QString name;
    QDate heldOn;
    QString place;
};

/// One activity of an event; residents sign up for it, up to its capacity (0: no limit).
struct Activity {
    ActivityId id;
    EventId eventId;
    ActivityKind kind = ActivityKind::Other;
    QString name;
    QString place;
    QDateTime startsAt;
    int capacity = 0;
    int signedUp = 0; ///< read-only
    int attended = 0; ///< read-only
    bool isFull() const { return capacity > 0 && signedUp >= capacity; }
};

/// A resident signed up for an activity; attendance is taken on the day.
struct SignUp {
    ActivityId activityId;
    ResidentId residentId;
    QString name;    ///< read-only
    QString address; ///< read-only
    QDateTime signedUpAt;
    std::optional<bool> attended;
};

/// A resident who helped run an event, and for how long.
struct EventHelper {
    EventId eventId;
    ResidentId residentId;
    QString name; ///< read-only
    QString task;
    double hours = 0;
};

/// A volunteer's hours for a year, from claimed wishes, care visits and event help.
struct VolunteerTally {
    ResidentId residentId;
    QString name;
    QString address;
    double wishHours = 0;
    double visitHours = 0;
    double eventHours = 0;
    int wishes = 0;
    int visits = 0;
    int events = 0;
    double total() const { return wishHours + visitHours + eventHours; }
};

} // namespace linli
