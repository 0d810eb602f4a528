#pragma once

#include "common/strongid.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace linli {

using OpinionId = StrongId<struct OpinionTag>;
using CouncilVenueId = StrongId<struct CouncilVenueTag>;
using MeetingId = StrongId<struct MeetingTag>;
using AgendaItemId = StrongId<struct AgendaItemTag>;
using DecisionId = StrongId<struct DecisionTag>;
using MeetingActionId = StrongId<struct MeetingActionTag>;

enum class OpinionCategory { CorridorHygiene, Lighting, SharedSpace, Safety, Other };
enum class OpinionState { Open, OnAgenda, Decided, Done };

/// An opinion or suggestion (意见建议) a resident raised about the building's shared affairs.
struct Opinion {
    OpinionId id;
    BuildingId buildingId;
    QDate raisedOn;
    ResidentId residentId; ///< unset when the name was only written down
    QString raisedBy;
    OpinionCategory category = OpinionCategory::Other;
    QString text;
    OpinionState state = OpinionState::Open;
};

enum class CouncilVenueKind { Hall, Online, PartyHome };

/// Where a compound's buildings meet: a council hall (楼栋议事厅) with its room and capacity, an
/// online council group (网上楼栋议事群) run by a grid worker or neighbour head, or the party
/// members' home (党员之家).
struct CouncilVenue {
    CouncilVenueId id;
    CompoundId compoundId;
    CouncilVenueKind kind = CouncilVenueKind::Hall;
    QString name;
    QString room;
    int capacity = 0;
    QString owner; ///< who runs the online group
};

enum class AttendeeRole { Resident, Representative, GridWorker, NeighbourHead, GroupMember, Other };

struct Attendee {
    ResidentId residentId;
    HouseholdId householdId; ///< the household the attendee speaks and votes for, if any
    QString name;
    AttendeeRole role = AttendeeRole::Resident;
};

struct AgendaItem {
    AgendaItemId id;
    QString title;
    OpinionId opinionId; ///< the opinion it takes up, if any
    qint64 complaintId = 0;
};

/// How a decision is taken: agreed by all present, or voted one per household.
enum class VoteRule { Consensus, Majority, TwoThirds };
enum class Vote { For, Against, Abstain };

struct MeetingAction {
    MeetingActionId id;
    DecisionId decisionId;
    QString text;
    QString owner;
    QDate dueOn;
    QString progress;
    QDate doneOn; ///< unset while open
};

struct Decision {
    DecisionId id;
    AgendaItemId agendaItemId;
    QString text;
    VoteRule rule = VoteRule::Consensus;
    QList<std::pair<HouseholdId, Vote>> votes;
    QList<MeetingAction> actions;
};

/// A building meeting (楼栋议事会).
struct Meeting {
    MeetingId id;
    BuildingId buildingId;
    QDateTime startsAt;
    CouncilVenueId venueId;
    QString venueName; ///< read-only, for display
    QString convener;
    QString topic;
    QList<Attendee> attendees;
    QList<AgendaItem> agenda;
    QList<Decision> decisions;
    QDate noticePostedOn; ///< the public notice (公示) of the decisions, once posted
    int objectionDays = 7;

    /// The households present, each counted once, for the quorum.
    QList<HouseholdId> householdsPresent() const;
    /// The last day objections to the notice are taken.
    QDate objectionsUntil() const;
};

/// A decision's count against its rule: the quorum is more than half of the building's
/// households present; a majority needs more votes for than half the votes cast, two thirds at
/// least two thirds of them. A decision by consensus passes when the quorum is met.
struct Tally {
    int forVotes = 0;
    int against = 0;
    int abstain = 0;
    int present = 0;
    int households = 0;
    bool quorum = false;
    bool passed = false;

    static Tally of(const Decision &decision, int present, int households);
};

/// What a meeting's printed papers show: the place, the meeting in full, each decision's tally,
/// and the building's households for the sign-in sheet.
struct MeetingSheet {
    QString community;
    QString compound;
    QString building;
    Meeting meeting;
    QList<Tally> tallies;                          ///< one a decision, in order
    QList<std::pair<QString, QString>> households; ///< unit + room, head of household
};

} // namespace linli
