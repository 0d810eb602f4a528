#pragma once

#include "common/result.h"
#include "complaints/workingcalendar.h"
#include "demo/demorandom.h"
#include "mediation/sessionscheduler.h"
#include "storage/writecontext.h"

namespace linli {

/// A year of the first community's mediation: the joint team (its staff and outside members),
/// cases in every state with their parties, sessions that never clash, agreements, cost shares
/// over whole stairwell units for the septic-tank disputes of old and resettlement compounds,
/// and follow-up visits.
class DemoMediation final {
public:
    DemoMediation(const WriteContext &context, QDateTime now, const WorkingCalendar &calendar);
    /// Writes them and returns how many cases.
    Result<int> run();

private:
    quint32 next() { return m_random.next(); }
    int below(int bound) { return m_random.below(bound); }
    Result<QList<qint64>> writeTeam();

    const WriteContext &m_context;
    QDateTime m_now;
    const WorkingCalendar &m_calendar;
    DemoRandom m_random{0xD1B54A32D192ED03ULL};
    QList<Booking> m_bookings;
};

} // namespace linli
