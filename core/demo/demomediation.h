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
    /// At street scale, two more years of history in every community (10,000 cases).
    DemoMediation(const WriteContext &context, QDateTime now, const WorkingCalendar &calendar,
                  bool street = false);
    /// Writes them and returns how many cases.
    Result<int> run();

private:
    quint32 next() { return m_random.next(); }
    int below(int bound) { return m_random.below(bound); }
    Result<QList<qint64>> writeTeam();
    /// A year of monthly screening rounds, one per grid (矛盾纠纷排查).
    Status writeScreenings();
    struct Person;
    Result<QList<Person>> people(qint64 community);
    /// One case from acceptance on `day` as far as its steps lie in the past. A recent case's
    /// sessions take the first free slot; a case of the older history has a session before each
    /// of its three steps, at a fixed hour (the calendar of years ago is not looked at).
    Status writeCase(const QList<Person> &people, const Person &applicant, QDate day,
                     const QString &prefix, const QList<qint64> &team, int staffCount,
                     bool history);

    const WriteContext &m_context;
    QDateTime m_now;
    const WorkingCalendar &m_calendar;
    DemoRandom m_random{0xD1B54A32D192ED03ULL};
    QList<Booking> m_bookings;
    bool m_street = false;
    int m_written = 0;
};

} // namespace linli
