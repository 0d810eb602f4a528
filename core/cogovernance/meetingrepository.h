#pragma once

#include "cogovernance/meeting.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QSet>

namespace linli {

class Database;

/// What the building's opinions and meetings come to over a period: the office's figure of
/// matters settled inside the building.
struct CoGovernanceFigures {
    int opinions = 0;
    int settledInBuilding = 0; ///< decided by a building meeting, or done
    int meetings = 0;
    int decisions = 0;
    double settledShare = 0; ///< settledInBuilding / opinions, 0..1
};

/// Council venues, opinions and building meetings with their attendees, agenda, decisions,
/// votes and actions. Reads on the database; writes take the context of a write transaction
/// and audit.
class MeetingRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::MeetingRepository)
public:
    explicit MeetingRepository(const Database &database)
        : m_database(database) {}

    Result<QList<CouncilVenue>> venues(CompoundId compound) const;
    Result<QList<Opinion>> opinions(BuildingId building) const;
    Result<Opinion> opinion(OpinionId id) const;
    /// The building's meetings, newest first, without their details.
    Result<QList<Meeting>> meetings(BuildingId building) const;
    Result<Meeting> meeting(MeetingId id) const;
    Result<QSet<qint64>> householdsOf(BuildingId building) const;
    Result<MeetingId> meetingOf(DecisionId decision) const;
    Result<DecisionId> decisionOf(MeetingActionId action) const;
    Result<CoGovernanceFigures> figures(QDate from, QDate to) const;

    static Result<CouncilVenueId> saveVenue(const WriteContext &context, const CouncilVenue &venue);
    static Result<OpinionId> insertOpinion(const WriteContext &context, const Opinion &opinion);
    static Status setOpinionState(const WriteContext &context, OpinionId id, OpinionState state);
    static Result<MeetingId> insertMeeting(const WriteContext &context, const Meeting &meeting);
    static Status replaceAttendees(const WriteContext &context, MeetingId id,
                                   const QList<Attendee> &attendees);
    static Result<DecisionId> insertDecision(const WriteContext &context, MeetingId meeting,
                                             const Decision &decision);
    static Status replaceVotes(const WriteContext &context, DecisionId id,
                               const QList<std::pair<HouseholdId, Vote>> &votes);
    static Result<MeetingActionId> insertAction(const WriteContext &context,
                                                const MeetingAction &action);
    static Status updateAction(const WriteContext &context, const MeetingAction &action);
    static Status setNotice(const WriteContext &context, MeetingId id, QDate postedOn,
                            int objectionDays);

private:
    const Database &m_database;
};

} // namespace linli
