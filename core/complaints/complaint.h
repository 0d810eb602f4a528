#pragma once

#include "common/isotime.h"
#include "common/strongid.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace linli {

using ComplaintId = StrongId<struct ComplaintTag>;
using CategoryId = StrongId<struct CategoryTag>;
using ReferralBodyId = StrongId<struct ReferralBodyTag>;

/// How a matter reached the office.
enum class Channel { Visit, Phone, GridPlatform, GroupChat, WishWall, Other };
enum class Urgency { Urgent, Normal };

/// The life of a complaint (诉求), in order.
enum class ComplaintState {
    Registered,
    Assigned,
    InProgress,
    Resolved,
    Answered,
    FollowedUp,
    Closed
};

/// Where a matter is settled: the motto wants as many as possible inside the building.
enum class Level { Building, Community, Mediation, Referred };

enum class Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied };

/// What staff can do to a complaint; the state machine says which are allowed when.
enum class ComplaintAction {
    Assign,   ///< route it to a level and a handler; also a hand-off to another handler
    Start,    ///< the handler has begun
    Resolve,  ///< what was done, and at which level it was settled
    Answer,   ///< the reporter was told
    FollowUp, ///< the return visit (回访); unsatisfied reopens it
    Close,
    Extend,  ///< a new due date, with a reason
    Remind,  ///< a reminder (催办) on an overdue item
    Revisit, ///< the reporter came back about the same matter, instead of a new complaint
};

/// Who came: a registered resident, or a walk-in with a name and phone.
struct Reporter {
    ResidentId residentId; ///< unset for a walk-in
    QString name;
    QString phone;
};

/// Where the matter is, at any level from compound down to household.
struct ComplaintPlace {
    CompoundId compoundId;
    BuildingId buildingId;
    UnitId unitId;
    HouseholdId householdId;
    QString description; ///< the written place, e.g. 明珠花园3栋2单元
};

/// 2025-0042: the year and the year's sequence.
inline QString complaintNumber(int year, int sequence) {
    return QStringLiteral("%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}
/// What a search for a complaint number asks for: its sequence, in `year` (0: in any year).
struct ComplaintNumberQuery {
    int year = 0;
    int sequence = 0;
};
/// A complaint number as staff type it: "2025-0466", "2025-466", "2025-10466", "2025/0466",
/// "20250466" (with spaces, full-width digits and dashes allowed), or only its number ("0466",
/// "466") for that number in any year; nothing when the text is not one. Each is still also
/// looked for as text: "0731-845612" may be a phone.
inline std::optional<ComplaintNumberQuery> complaintNumberFrom(const QString &text) {
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.remove(u' ');
    for (const QChar dash : {QChar(0x2014), QChar(0x2013), QChar(u'/'), QChar(u'.')})
        plain.replace(dash, u'-');
    const QStringList parts = plain.split(u'-');
    const auto digits = [](const QString &part, int from, int to) {
        if (part.size() < from || part.size() > to)
            return false;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (parts.size() == 2 && digits(parts.at(0), 4, 4) && digits(parts.at(1), 1, 6))
        return ComplaintNumberQuery{parts.at(0).toInt(), parts.at(1).toInt()};
    if (parts.size() != 1)
        return std::nullopt;
    if (digits(plain, 1, 6))
        return ComplaintNumberQuery{0, plain.toInt()};
    if (digits(plain, 8, 10) && plain.startsWith(QStringLiteral("20")))
        return ComplaintNumberQuery{plain.left(4).toInt(), plain.mid(4).toInt()};
    return std::nullopt;
}
/// Registered, assigned or in progress: not yet resolved.
inline bool isOpenState(ComplaintState state) {
    return state == ComplaintState::Registered || state == ComplaintState::Assigned ||
           state == ComplaintState::InProgress;
}

struct Complaint {
    ComplaintId id;
    int year = 0;
    int sequence = 0;
    QDateTime receivedAt;
    Channel channel = Channel::Visit;
    Reporter reporter;
    ComplaintPlace place;
    CategoryId categoryId;
    QString categoryName; ///< read-only, for display
    Urgency urgency = Urgency::Normal;
    QString summary;
    QString details;
    QString loggedBy;
    ComplaintState state = ComplaintState::Registered;
    std::optional<Level> level;
    QString assignee;
    ReferralBodyId referralBodyId;
    QDateTime dueAt;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QString resolution;
    QDateTime answeredAt;
    QString answerMethod;
    std::optional<Satisfaction> satisfaction;
    QDateTime closedAt;
    CommunityId community; ///< the community it belongs to (several in a sub-district's database)
    int version = 0;       ///< raised by every change; 0 for a complaint not read from the database

    /// 2025-0042
    QString number() const { return complaintNumber(year, sequence); }
    bool isOpen() const { return isOpenState(state); }
    /// Past due and not yet resolved.
    bool isOverdue(const QDateTime &now) const {
        return isOpen() && dueAt.isValid() && now > dueAt;
    }
};

/// A complaint as the lists show it: the columns of a row, without what no list shows.
struct ComplaintListEntry {
    ComplaintId id;
    int year = 0;
    int sequence = 0;
    QDateTime receivedAt;
    Channel channel = Channel::Visit;
    QString reporterName;
    QString place;
    QString categoryName;
    QString summary;
    QString details;
    ComplaintState state = ComplaintState::Registered;
    QString assignee;
    QDateTime dueAt;
    CommunityId community;

    QString number() const { return complaintNumber(year, sequence); }
    bool isOpen() const { return isOpenState(state); }
    /// Past due and not yet resolved.
    bool isOverdue(const QDateTime &now) const {
        return isOpen() && dueAt.isValid() && now > dueAt;
    }
};

/// One step on a complaint's timeline: who did what, when, with a note.
struct ComplaintEvent {
    QDateTime at;
    QString operatorName;
    ComplaintAction action = ComplaintAction::Assign;
    bool isRegistration = false; ///< the first event, when the complaint was logged
    ComplaintState from = ComplaintState::Registered;
    ComplaintState to = ComplaintState::Registered;
    QString note;
    QString assignee;
};

struct Category {
    CategoryId id;
    QString name;
    bool active = true;
};

struct ReferralBody {
    ReferralBodyId id;
    QString name;
};

} // namespace linli
