#pragma once

#include "complaints/workingcalendar.h"
#include "mediation/mediation.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace linli {

/// What a session occupies: a time span, people and a place.
struct Booking {
    SessionId id;
    QDateTime start;
    QDateTime end;
    QSet<qint64> mediators; ///< MediatorId values
    QSet<qint64> parties;   ///< PartyId values
    Venue venue;
    QString label; ///< how to name it in a refusal: "（2025）红调字第012号, 3月27日 14:00"

    /// Spans overlap when each starts before the other ends; touching end-to-start is fine.
    bool overlaps(const Booking &other) const { return start < other.end && other.start < end; }
};

/// Why a booking cannot be made: who or what is taken, and by which session.
struct Conflict {
    enum class Kind { Mediator, Party, Venue };
    Kind kind = Kind::Mediator;
    qint64 who = 0; ///< the mediator's or party's id; 0 for the venue
    Booking with;
};

/// Nobody booked twice: checks a session against the others, and finds free slots in working
/// hours for the same people and place.
class SessionScheduler final {
    Q_DECLARE_TR_FUNCTIONS(linli::SessionScheduler)
public:
    /// The first conflict with `existing` (sessions with the candidate's own id are ignored).
    static std::optional<Conflict> findConflict(const Booking &candidate,
                                                const QList<Booking> &existing);
    /// Up to `count` start times from `from` on, on working days in office hours (08:30–12:00,
    /// 14:00–17:30), in half-hour steps, where the candidate's people and venue are all free for
    /// its whole length.
    static QList<QDateTime> freeSlots(const Booking &candidate, const QList<Booking> &existing,
                                      const QDateTime &from, const WorkingCalendar &calendar,
                                      int count = 5);
    /// Two venues are the same place when both are the mediation room, or the same council hall
    /// or on-site address; online sessions share no place.
    static bool samePlace(const Venue &a, const Venue &b);
};

} // namespace linli
