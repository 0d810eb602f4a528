#include "cogovernance/meetingservice.h"

#include "access/access.h"
#include "cogovernance/cogovernancerepository.h"
#include "complaints/complaintrepository.h"
#include "registry/placerepository.h"
#include "storage/database.h"
#include "storage/rowversion.h"

namespace linli {

MeetingService::MeetingService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Result<CouncilVenueId> MeetingService::saveVenue(const CouncilVenue &venue) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    CouncilVenue clean = venue;
    clean.name = clean.name.simplified();
    clean.owner = clean.owner.simplified();
    if (!clean.compoundId.isValid())
        return Result<CouncilVenueId>::failure(tr("Choose the compound the venue serves."));
    if (clean.name.isEmpty())
        return Result<CouncilVenueId>::failure(tr("Name the venue."));
    if (clean.kind == CouncilVenueKind::Online && clean.owner.isEmpty())
        return Result<CouncilVenueId>::failure(
            tr("An online council group is run by someone: name the grid worker or neighbour "
               "head."));
    if (clean.capacity < 0)
        return Result<CouncilVenueId>::failure(tr("A capacity cannot be negative."));
    const auto id = m_database.writeReturning<CouncilVenueId>(
        [&](const WriteContext &context) { return MeetingRepository::saveVenue(context, clean); });
    if (!id)
        return id.status();
    Q_EMIT venuesChanged();
    return id;
}

Result<OpinionId> MeetingService::raiseOpinion(Opinion opinion) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    opinion.text = opinion.text.trimmed();
    opinion.raisedBy = opinion.raisedBy.simplified();
    if (!opinion.raisedOn.isValid())
        opinion.raisedOn = m_database.clock().today();
    if (opinion.text.isEmpty())
        return Result<OpinionId>::failure(tr("Write down what the resident said."));
    if (opinion.raisedBy.isEmpty())
        return Result<OpinionId>::failure(tr("Say who raised it."));
    if (opinion.raisedOn > m_database.clock().today())
        return Result<OpinionId>::failure(tr("An opinion cannot be raised in the future."));
    opinion.state = OpinionState::Open;
    const auto id = m_database.writeReturning<OpinionId>([&](const WriteContext &context) {
        return MeetingRepository::insertOpinion(context, opinion);
    });
    if (!id)
        return id.status();
    Q_EMIT opinionsChanged(opinion.buildingId);
    return id;
}

Status MeetingService::setOpinionState(const Opinion &seen, OpinionState state) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    BuildingId building;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        // The state as it is now: of two desks moving one opinion, the second is told who
        // moved it first instead of moving it again.
        const auto opinion = m_repository.opinion(seen.id);
        if (!opinion)
            return opinion.status();
        building = opinion->buildingId;
        if (opinion->state != seen.state)
            return RowVersion::changedFirst(context, QStringLiteral("opinion"), seen.id.value);
        return MeetingRepository::setOpinionState(context, seen.id, state);
    });
    if (done)
        Q_EMIT opinionsChanged(building);
    return done;
}

Result<MeetingId> MeetingService::callMeeting(Meeting meeting) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    meeting.convener = meeting.convener.simplified();
    meeting.topic = meeting.topic.simplified();
    if (!meeting.startsAt.isValid())
        return Result<MeetingId>::failure(tr("Set the day and time of the meeting."));
    if (meeting.convener.isEmpty())
        return Result<MeetingId>::failure(tr("Say who calls the meeting."));
    QList<AgendaItem> agenda;
    for (AgendaItem item : std::as_const(meeting.agenda)) {
        item.title = item.title.simplified();
        if (!item.title.isEmpty())
            agenda << item;
    }
    meeting.agenda = agenda;
    if (meeting.agenda.isEmpty())
        return Result<MeetingId>::failure(tr("A meeting needs at least one item on its agenda."));
    // Who lives in the building and which opinions are still open are read inside the write:
    // an opinion another desk put on a meeting a moment ago is not taken twice.
    QList<OpinionId> taken;
    MeetingId id;
    const Status done = m_database.write([&](const WriteContext &context) {
        taken.clear();
        const auto households = m_repository.householdsOf(meeting.buildingId);
        if (!households)
            return households.status();
        for (const Attendee &attendee : std::as_const(meeting.attendees)) {
            if (attendee.householdId.isValid() && !households->contains(attendee.householdId.value))
                return Status::failure(
                    tr("%1 does not live in the building: their household cannot be counted.")
                        .arg(attendee.name));
        }
        for (const AgendaItem &item : std::as_const(meeting.agenda)) {
            if (!item.opinionId.isValid())
                continue;
            const auto opinion = m_repository.opinion(item.opinionId);
            if (!opinion)
                return opinion.status();
            if (opinion->buildingId != meeting.buildingId)
                return Status::failure(
                    tr("The opinion \"%1\" is about another building.").arg(opinion->text));
            if (opinion->state == OpinionState::Open)
                taken << item.opinionId;
        }
        auto inserted = MeetingRepository::insertMeeting(context, meeting);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        for (const OpinionId opinion : std::as_const(taken)) {
            if (Status moved =
                    MeetingRepository::setOpinionState(context, opinion, OpinionState::OnAgenda);
                !moved)
                return moved;
        }
        return Status::success();
    });
    if (!done)
        return done;
    Q_EMIT meetingsChanged(meeting.buildingId);
    if (!taken.isEmpty())
        Q_EMIT opinionsChanged(meeting.buildingId);
    return id;
}

Status MeetingService::setAttendees(MeetingId id, const QList<Attendee> &attendees) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    const auto meeting = m_repository.meeting(id);
    if (!meeting)
        return meeting.status();
    const auto households = m_repository.householdsOf(meeting->buildingId);
    if (!households)
        return households.status();
    for (const Attendee &attendee : attendees) {
        if (attendee.name.trimmed().isEmpty())
            return Status::failure(tr("Every attendee needs a name."));
        if (attendee.householdId.isValid() && !households->contains(attendee.householdId.value))
            return Status::failure(
                tr("%1 does not live in the building: their household cannot be counted.")
                    .arg(attendee.name));
    }
    const Status done = m_database.write([&](const WriteContext &context) {
        return MeetingRepository::replaceAttendees(context, id, attendees);
    });
    if (done)
        Q_EMIT meetingsChanged(meeting->buildingId);
    return done;
}

Status MeetingService::checkVotes(const Meeting &meeting, const Decision &decision) const {
    const QList<HouseholdId> present = meeting.householdsPresent();
    QList<HouseholdId> voted;
    for (const auto &[household, vote] : decision.votes) {
        Q_UNUSED(vote)
        if (!present.contains(household))
            return Status::failure(tr("Only households present at the meeting vote."));
        if (voted.contains(household))
            return Status::failure(tr("A household has one vote."));
        voted << household;
    }
    if (decision.rule != VoteRule::Consensus && decision.votes.isEmpty())
        return Status::failure(tr("Record the votes, or record the decision as agreed by all."));
    return Status::success();
}

Result<QList<Complaint>> MeetingService::openComplaints(BuildingId building) const {
    ComplaintFilter filter;
    filter.buildingId = building;
    filter.openOnly = true;
    filter.now = m_database.clock().now();
    return ComplaintRepository(m_database).page(filter, std::nullopt, 30);
}

Result<MeetingSheet> MeetingService::sheet(MeetingId id) const {
    const auto meeting = m_repository.meeting(id);
    if (!meeting)
        return meeting.status();
    const auto place = PlaceRepository(m_database).placeOfBuilding(meeting->buildingId);
    if (!place)
        return place.status();
    const auto households = CoGovernanceRepository(m_database).households(meeting->buildingId, {});
    if (!households)
        return households.status();
    MeetingSheet sheet{
        place->communityName, place->compoundName, place->buildingName, *meeting, {}, {}};
    for (const Decision &decision : meeting->decisions) {
        const auto counted = tally(*meeting, decision);
        if (!counted)
            return counted.status();
        sheet.tallies << *counted;
    }
    for (const PactHousehold &h : *households)
        sheet.households.append({h.unit + h.room, h.head});
    return sheet;
}

Result<Tally> MeetingService::tally(const Meeting &meeting, const Decision &decision) const {
    const auto households = m_repository.householdsOf(meeting.buildingId);
    if (!households)
        return households.status();
    return Tally::of(decision, int(meeting.householdsPresent().size()), int(households->size()));
}

Result<DecisionId> MeetingService::decide(MeetingId id, Decision decision) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    decision.text = decision.text.trimmed();
    if (decision.text.isEmpty())
        return Result<DecisionId>::failure(tr("Write down what was decided."));
    // The meeting, its attendees and its agenda are read inside the write: the tally counts
    // who attended as saved at this moment, not as this desk last showed them.
    OpinionId opinion;
    BuildingId building;
    DecisionId decided;
    const Status done = m_database.write([&](const WriteContext &context) {
        const auto meeting = m_repository.meeting(id);
        if (!meeting)
            return meeting.status();
        building = meeting->buildingId;
        if (meeting->startsAt > m_database.clock().now())
            return Status::failure(tr("Decisions are recorded once the meeting is held."));
        opinion = {};
        if (decision.agendaItemId.isValid()) {
            const auto item =
                std::find_if(meeting->agenda.cbegin(), meeting->agenda.cend(),
                             [&](const AgendaItem &a) { return a.id == decision.agendaItemId; });
            if (item == meeting->agenda.cend())
                return Status::failure(tr("The item is not on this meeting's agenda."));
            opinion = item->opinionId;
        }
        if (Status votes = checkVotes(*meeting, decision); !votes)
            return votes;
        const auto counted = tally(*meeting, decision);
        if (!counted)
            return counted.status();
        auto inserted = MeetingRepository::insertDecision(context, id, decision);
        if (!inserted)
            return inserted.status();
        decided = *inserted;
        if (!opinion.isValid() || !counted->passed)
            return Status::success();
        // An opinion another desk marked done meanwhile stays done.
        const auto now = m_repository.opinion(opinion);
        if (!now)
            return now.status();
        if (now->state == OpinionState::Decided || now->state == OpinionState::Done)
            return Status::success();
        return MeetingRepository::setOpinionState(context, opinion, OpinionState::Decided);
    });
    if (!done)
        return done;
    Q_EMIT meetingsChanged(building);
    if (opinion.isValid())
        Q_EMIT opinionsChanged(building);
    return decided;
}

Result<std::pair<Meeting, Decision>> MeetingService::findDecision(DecisionId id) const {
    const auto meetingId = m_repository.meetingOf(id);
    if (!meetingId)
        return meetingId.status();
    const auto meeting = m_repository.meeting(*meetingId);
    if (!meeting)
        return meeting.status();
    for (const Decision &d : meeting->decisions) {
        if (d.id == id)
            return std::pair<Meeting, Decision>{*meeting, d};
    }
    return Result<std::pair<Meeting, Decision>>::failure(tr("The decision no longer exists."));
}

Result<MeetingActionId> MeetingService::addAction(MeetingAction action) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    action.text = action.text.trimmed();
    action.owner = action.owner.simplified();
    if (action.text.isEmpty() || action.owner.isEmpty() || !action.dueOn.isValid())
        return Result<MeetingActionId>::failure(
            tr("An action needs what is to be done, who does it and by when."));
    const auto found = findDecision(action.decisionId);
    if (!found)
        return found.status();
    const auto id = m_database.writeReturning<MeetingActionId>([&](const WriteContext &context) {
        return MeetingRepository::insertAction(context, action);
    });
    if (!id)
        return id.status();
    Q_EMIT meetingsChanged(found->first.buildingId);
    return id;
}

Status MeetingService::updateAction(MeetingActionId id, const QString &progress, QDate doneOn) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    if (doneOn.isValid() && doneOn > m_database.clock().today())
        return Status::failure(tr("An action is done today or on a day gone by."));
    // The decision read inside the write: two desks finishing its last two actions at once each
    // see the other's done, and the opinion is done.
    BuildingId building;
    bool opinionDone = false;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto decisionOf = m_repository.decisionOf(id);
        if (!decisionOf)
            return decisionOf.status();
        const auto found = findDecision(*decisionOf);
        if (!found)
            return found.status();
        const auto &[meeting, decision] = *found;
        building = meeting.buildingId;
        MeetingAction changed;
        bool allDone = true;
        for (const MeetingAction &a : decision.actions) {
            if (a.id == id) {
                if (a.doneOn.isValid())
                    return RowVersion::changedFirst(context, QStringLiteral("meeting_action"),
                                                    id.value);
                changed = a;
                changed.progress = progress.trimmed();
                changed.doneOn = doneOn;
            }
            const bool isDone = a.id == id ? doneOn.isValid() : a.doneOn.isValid();
            allDone = allDone && isDone;
        }
        OpinionId opinion;
        for (const AgendaItem &item : meeting.agenda) {
            if (item.id == decision.agendaItemId)
                opinion = item.opinionId;
        }
        if (Status updated = MeetingRepository::updateAction(context, changed); !updated)
            return updated;
        opinionDone = allDone && opinion.isValid();
        if (opinionDone)
            return MeetingRepository::setOpinionState(context, opinion, OpinionState::Done);
        return Status::success();
    });
    if (done) {
        Q_EMIT meetingsChanged(building);
        if (opinionDone)
            Q_EMIT opinionsChanged(building);
    }
    return done;
}

Status MeetingService::postNotice(MeetingId id, QDate postedOn, int objectionDays) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    const auto meeting = m_repository.meeting(id);
    if (!meeting)
        return meeting.status();
    if (meeting->decisions.isEmpty())
        return Status::failure(tr("The meeting has no decisions to post."));
    if (!postedOn.isValid() || postedOn < meeting->startsAt.date())
        return Status::failure(tr("The notice is posted on or after the day of the meeting."));
    if (objectionDays < 1 || objectionDays > 60)
        return Status::failure(tr("Objections are taken for 1 to 60 days."));
    const Status done = m_database.write([&](const WriteContext &context) {
        return MeetingRepository::setNotice(context, id, postedOn, objectionDays);
    });
    if (done)
        Q_EMIT meetingsChanged(meeting->buildingId);
    return done;
}

} // namespace linli
