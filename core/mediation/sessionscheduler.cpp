#include "mediation/sessionscheduler.h"

namespace linli {

namespace {

struct OfficeHours {
    QTime from;
    QTime to;
};
const OfficeHours kHours[] = {{QTime(8, 30), QTime(12, 0)}, {QTime(14, 0), QTime(17, 30)}};
constexpr int kStepMinutes = 30;
constexpr int kSearchDays = 60;

} // namespace

bool SessionScheduler::samePlace(const Venue &a, const Venue &b) {
    if (a.kind != b.kind || a.kind == VenueKind::Online)
        return false;
    if (a.kind == VenueKind::MediationRoom)
        return true;
    // As people write a place: "3栋 会议室" and "３栋会议室" are the same room.
    const auto written = [](const QString &place) {
        QString key = place.normalized(QString::NormalizationForm_KC).toCaseFolded();
        key.removeIf([](QChar c) { return c.isSpace(); });
        return key;
    };
    return written(a.place) == written(b.place);
}

std::optional<Conflict> SessionScheduler::findConflict(const Booking &candidate,
                                                       const QList<Booking> &existing) {
    for (const Booking &other : existing) {
        if ((candidate.id.isValid() && other.id == candidate.id) || !candidate.overlaps(other))
            continue;
        for (qint64 mediator : candidate.mediators) {
            if (other.mediators.contains(mediator))
                return Conflict{Conflict::Kind::Mediator, mediator, other};
        }
        for (qint64 party : candidate.parties) {
            if (other.parties.contains(party))
                return Conflict{Conflict::Kind::Party, party, other};
        }
        if (samePlace(candidate.venue, other.venue))
            return Conflict{Conflict::Kind::Venue, 0, other};
    }
    return std::nullopt;
}

QList<QDateTime> SessionScheduler::freeSlots(const Booking &candidate,
                                             const QList<Booking> &existing, const QDateTime &from,
                                             const WorkingCalendar &calendar, int count) {
    QList<QDateTime> slots;
    const qint64 length = candidate.start.secsTo(candidate.end);
    if (length <= 0 || count <= 0)
        return slots;
    for (QDate day = from.date(); day <= from.date().addDays(kSearchDays); day = day.addDays(1)) {
        if (!calendar.isWorkingDay(day))
            continue;
        for (const OfficeHours &hours : kHours) {
            for (QDateTime start(day, hours.from);
                 start.addSecs(length) <= QDateTime(day, hours.to);
                 start = start.addSecs(kStepMinutes * 60)) {
                if (start < from)
                    continue;
                Booking trial = candidate;
                trial.start = start;
                trial.end = start.addSecs(length);
                if (!findConflict(trial, existing)) {
                    slots << start;
                    if (slots.size() >= count)
                        return slots;
                }
            }
        }
    }
    return slots;
}

} // namespace linli
