#pragma once

#include "cogovernance/meetingrepository.h"
#include "complaints/complaint.h"

#include <QObject>

namespace linli {

class Database;

/// Building meetings: the compound's council venues, residents' opinions, meetings called with
/// their agenda and attendees, decisions (by consensus, or voted one per household against a
/// majority or two-thirds rule), follow-up actions, and the public notice of the decisions. An
/// opinion moves along as its matter does: on an agenda, decided, done.
class MeetingService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingService)
public:
    explicit MeetingService(Database &database, QObject *parent = nullptr);

    const MeetingRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }

    Result<CouncilVenueId> saveVenue(const CouncilVenue &venue);
    Result<OpinionId> raiseOpinion(Opinion opinion);
    /// Moves the opinion as the desk `seen` it to `state`; refused, naming who, when another
    /// desk moved it first.
    Status setOpinionState(const Opinion &seen, OpinionState state);
    /// Calls a meeting; the opinions on its agenda are marked as being on an agenda.
    Result<MeetingId> callMeeting(Meeting meeting);
    /// Records who came. Households must be of the building.
    Status setAttendees(MeetingId id, const QList<Attendee> &attendees);
    /// Records a decision and its votes: one a household present. A decision that passes
    /// marks the opinion on its agenda item as decided.
    Result<DecisionId> decide(MeetingId id, Decision decision);
    Result<MeetingActionId> addAction(MeetingAction action);
    /// Records progress; when every action of a decision is done, its opinion is done too. An
    /// action another desk recorded done first is refused, naming who.
    Status updateAction(MeetingActionId id, const QString &progress, QDate doneOn);
    /// The public notice (公示) of the decisions: posted on a day, objections taken for a number
    /// of days.
    Status postNotice(MeetingId id, QDate postedOn, int objectionDays);
    /// The building's open complaints, newest first, that a meeting may take up.
    Result<QList<Complaint>> openComplaints(BuildingId building) const;
    /// What the sign-in sheet, the minutes and the notice of meeting `id` show.
    Result<MeetingSheet> sheet(MeetingId id) const;
    /// The decision's tally against the building's households.
    Result<Tally> tally(const Meeting &meeting, const Decision &decision) const;

Q_SIGNALS:
    void opinionsChanged(linli::BuildingId building);
    void meetingsChanged(linli::BuildingId building);
    void venuesChanged();

private:
    Status checkVotes(const Meeting &meeting, const Decision &decision) const;
    Result<std::pair<Meeting, Decision>> findDecision(DecisionId id) const;

    Database &m_database;
    MeetingRepository m_repository;
};

} // namespace linli
