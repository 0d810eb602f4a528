#include "mediation/mediationservice.h"

#include "storage/rowversion.h"

#include "access/access.h"
#include "complaints/complaintrepository.h"
#include "mediation/casestatemachine.h"
#include "mediation/costsplit.h"
#include "mediation/mediationcodes.h"
#include "storage/database.h"

#include <QLocale>

#include <algorithm>

namespace linli {

MediationService::MediationService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database)
    , m_agreements(database) {}

Result<MediatorId> MediationService::addMediator(const Mediator &mediator) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const auto id = m_database.writeReturning<MediatorId>([&](const WriteContext &context) {
        return MediationRepository::addMediator(context, mediator);
    });
    if (!id)
        return id.status();
    Q_EMIT teamChanged();
    return id;
}

Status MediationService::setMediatorActive(MediatorId id, bool active) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) {
        return MediationRepository::setMediatorActive(context, id, active);
    });
    if (done)
        Q_EMIT teamChanged();
    return done;
}

Status MediationService::setNumberPrefix(const QString &prefix,
                                         const std::optional<QString> &seen) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return m_database.write([&](const WriteContext &context) -> Status {
        if (seen) {
            const auto now = m_repository.numberPrefix();
            if (!now)
                return now.status();
            if (*now != *seen)
                return RowVersion::changedFirst(context, QStringLiteral("settings"), 0,
                                                QStringLiteral("mediation.number_prefix"));
        }
        return MediationRepository::setNumberPrefix(context, prefix);
    });
}

Status MediationService::setOfficialCategories(const OfficialCategoryMap &mapping,
                                               const OfficialCategoryMap &seen) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return m_database.write([&](const WriteContext &context) -> Status {
        const auto now = m_repository.officialCategories();
        if (!now)
            return now.status();
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (now->value(it.key()) == it.value())
                continue;
            const QString key = OfficialCategories::settingsKey(it.key());
            if (seen.contains(it.key()) && now->value(it.key()) != seen.value(it.key()))
                return RowVersion::changedFirst(context, QStringLiteral("settings"), 0, key);
            if (Status set =
                    MediationRepository::setOfficialCategory(context, it.key(), it.value());
                !set)
                return set;
        }
        return Status::success();
    });
}

Result<QList<MediatorId>> MediationService::join(const WriteContext &context,
                                                 const QList<Mediator> &joining) {
    QList<MediatorId> joined;
    for (const Mediator &staff : joining) {
        const auto id = MediationRepository::mediatorForStaff(context, staff);
        if (!id)
            return id.status();
        joined << *id;
    }
    return joined;
}

Status MediationService::checkRecusal(MediatorId mediatorId, const QList<Party> &parties) const {
    const auto mediator = m_repository.mediator(mediatorId);
    if (!mediator)
        return mediator.status();
    if (!mediator->residentId.isValid())
        return Status::success();
    const auto household = m_repository.householdOf(mediator->residentId);
    if (!household)
        return household.status();
    for (const Party &party : parties) {
        if (party.residentId == mediator->residentId)
            return Status::failure(
                tr("%1 is a party to this dispute and cannot mediate it.").arg(mediator->name));
        HouseholdId partyHousehold = party.householdId;
        if (!partyHousehold.isValid() && party.residentId.isValid()) {
            const auto found = m_repository.householdOf(party.residentId);
            if (!found)
                return found.status();
            partyHousehold = *found;
        }
        if (household->isValid() && partyHousehold == *household)
            return Status::failure(
                tr("%1 lives in the household of %2, a party, and must stand aside.")
                    .arg(mediator->name, party.name));
    }
    return Status::success();
}

Result<MediationCase> MediationService::openCase(MediationCase draft) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    using R = Result<MediationCase>;
    bool applicant = false;
    bool respondent = false;
    for (Party &party : draft.parties) {
        party.name = party.name.simplified();
        if (party.name.isEmpty())
            return R::failure(tr("Every party needs a name."));
        applicant = applicant || party.side == PartySide::Applicant;
        respondent = respondent || party.side == PartySide::Respondent;
    }
    if (!applicant || !respondent)
        return R::failure(tr("A dispute needs at least one applicant and one respondent."));
    if (!draft.leadMediator.isValid() && !draft.leadStaff.isValid())
        return R::failure(tr("Choose the lead mediator."));
    if (!draft.acceptedOn.isValid())
        draft.acceptedOn = m_database.clock().today();
    if (draft.acceptedOn > m_database.clock().today())
        return R::failure(tr("A case cannot be accepted in the future."));
    if (draft.rightsNotifiedOn.isValid() && (draft.rightsNotifiedOn < draft.acceptedOn ||
                                             draft.rightsNotifiedOn > m_database.clock().today()))
        return R::failure(tr("The parties are told their rights between the day the case is "
                             "accepted and today."));
    draft.limitOn = draft.acceptedOn.addMonths(1);
    // The recusal (who lives where, who is whose relative) and the number's prefix as they are
    // when the case goes in, not as they were when the form was filled in.
    const auto opened =
        m_database.writeReturning<MediationCase>([&](const WriteContext &context) -> R {
            // Staff joining the team become mediators in this same save: a case refused leaves
            // no mediator behind, and one written by another desk meanwhile is taken.
            MediationCase accepted = draft;
            const auto joined = join(context, draft.joining);
            if (!joined)
                return joined.status();
            for (qsizetype i = 0; i < joined->size(); ++i) {
                if (draft.joining.at(i).staffId == draft.leadStaff)
                    accepted.leadMediator = joined->at(i);
                if (!accepted.team.contains(joined->at(i)))
                    accepted.team << joined->at(i);
            }
            accepted.joining.clear();
            if (!accepted.leadMediator.isValid())
                return R::failure(tr("Choose the lead mediator."));
            if (!accepted.team.contains(accepted.leadMediator))
                accepted.team.prepend(accepted.leadMediator);
            for (const MediatorId mediator : std::as_const(accepted.team)) {
                if (Status recusal = checkRecusal(mediator, accepted.parties); !recusal)
                    return recusal;
            }
            const auto prefix = m_repository.numberPrefix();
            if (!prefix)
                return prefix.status();
            return MediationRepository::insertCase(context, accepted, *prefix);
        });
    if (!opened)
        return opened.status();
    Q_EMIT casesChanged(opened->id);
    return opened;
}

Status MediationService::act(CaseRef seen, CaseAction action, const QString &note) {
    const CaseId id = seen.id;
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    // Read and checked inside the write, on what another desk may have saved a moment ago.
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = caseAsSeen(context, seen);
        if (!before)
            return before.status();
        const auto next = CaseStateMachine::next(before->state, action);
        if (!next)
            return next.status();
        if ((action == CaseAction::Fail || action == CaseAction::Refer ||
             action == CaseAction::Withdraw) &&
            note.trimmed().isEmpty())
            return Status::failure(tr("Note why: it goes into the case file."));
        MediationCase after = *before;
        after.state = *next;
        if (action != CaseAction::FollowUp)
            after.outcome = note.trimmed().isEmpty() ? after.outcome : note.trimmed();
        if (action == CaseAction::Close) {
            const auto contents = caseFile(id);
            if (!contents)
                return contents.status();
            const QStringList lacking = CaseFile::missing(*contents, m_database.clock().now());
            if (!lacking.isEmpty())
                return Status::failure(
                    tr("The case file is not complete:\n%1")
                        .arg(QStringLiteral("• ") + lacking.join(QStringLiteral("\n• "))));
            after.closedOn = m_database.clock().today();
        }
        return MediationRepository::updateCase(context, *before, after, codes::caseAction(action),
                                               note);
    });
    if (done)
        Q_EMIT casesChanged(id);
    return done;
}

Status MediationService::extendLimit(CaseRef seen, QDate newLimit, const QString &consent) {
    const CaseId id = seen.id;
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = caseAsSeen(context, seen);
        if (!before)
            return before.status();
        if (!CaseStateMachine::isOpen(before->state))
            return Status::failure(tr("Only an open case has a time limit to extend."));
        if (consent.trimmed().isEmpty())
            return Status::failure(
                tr("Continuing past the limit needs both parties' consent: record it."));
        if (!newLimit.isValid() || newLimit <= before->limitOn)
            return Status::failure(tr("The new limit must be later than the current one."));
        MediationCase after = *before;
        after.limitOn = newLimit;
        return MediationRepository::updateCase(context, *before, after, QStringLiteral("extend"),
                                               consent);
    });
    if (done)
        Q_EMIT casesChanged(id);
    return done;
}

Status MediationService::recordRightsNotice(CaseRef seen, QDate notifiedOn) {
    const CaseId id = seen.id;
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = caseAsSeen(context, seen);
        if (!before)
            return before.status();
        if (before->state == CaseState::Closed)
            return Status::failure(tr("The case is closed; its file can no longer change."));
        if (!notifiedOn.isValid() || notifiedOn > m_database.clock().today())
            return Status::failure(tr("The parties cannot be told their rights in the future."));
        if (notifiedOn < before->acceptedOn)
            return Status::failure(
                tr("The notice is given on or after the day the case was accepted (%1).")
                    .arg(QLocale().toString(before->acceptedOn, QLocale::ShortFormat)));
        MediationCase after = *before;
        after.rightsNotifiedOn = notifiedOn;
        return MediationRepository::updateCase(context, *before, after,
                                               QStringLiteral("notify_rights"), QString());
    });
    if (done)
        Q_EMIT casesChanged(id);
    return done;
}

Status MediationService::recordPrinted(CaseId id, const QString &paper) {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    return m_database.write([&](const WriteContext &context) {
        return context.audit(QStringLiteral("mediation_case"), id.value,
                             WriteContext::Action::Reveal, {{QStringLiteral("printed"), paper}});
    });
}

Status MediationService::setAverted(CaseRef seen, Averted what, bool averted) {
    const CaseId id = seen.id;
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = caseAsSeen(context, seen);
        if (!before)
            return before.status();
        if (before->averted(what) == averted)
            return Status::success();
        if (before->state == CaseState::Closed)
            return Status::failure(tr("The case is closed; its file can no longer change."));
        MediationCase after = *before;
        after.setAverted(what, averted);
        return MediationRepository::updateCase(context, *before, after, codes::averted(what),
                                               averted ? QStringLiteral("yes")
                                                       : QStringLiteral("no"));
    });
    if (done)
        Q_EMIT casesChanged(id);
    return done;
}

Result<CaseFile::Contents> MediationService::caseFile(CaseId id) const {
    CaseFile::Contents contents;
    const auto mediationCase = m_repository.mediationCase(id);
    if (!mediationCase)
        return mediationCase.status();
    contents.mediationCase = *mediationCase;
    const auto sessions = m_repository.sessions(id);
    if (!sessions)
        return sessions.status();
    contents.sessions = *sessions;
    const auto agreement = m_agreements.agreement(id);
    if (!agreement)
        return agreement.status();
    contents.agreement = *agreement;
    const auto followUps = m_agreements.followUps(id);
    if (!followUps)
        return followUps.status();
    contents.followUps = *followUps;
    const auto events = m_repository.events(id);
    if (!events)
        return events.status();
    contents.events = *events;
    return contents;
}

Status MediationService::replaceLead(CaseRef seen, MediatorId newLead, const QString &request) {
    const CaseId id = seen.id;
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = caseAsSeen(context, seen);
        if (!before)
            return before.status();
        if (request.trimmed().isEmpty())
            return Status::failure(tr("Record the party's request to replace the mediator."));
        if (newLead == before->leadMediator)
            return Status::failure(tr("Choose another mediator to lead the case."));
        if (Status recusal = checkRecusal(newLead, before->parties); !recusal)
            return recusal;
        MediationCase after = *before;
        after.leadMediator = newLead;
        after.team.removeAll(before->leadMediator);
        if (!after.team.contains(newLead))
            after.team.prepend(newLead);
        return MediationRepository::updateCase(context, *before, after,
                                               QStringLiteral("replace_lead"), request);
    });
    if (done)
        Q_EMIT casesChanged(id);
    return done;
}

Result<MediationCase> MediationService::caseAsSeen(const WriteContext &context,
                                                   CaseRef seen) const {
    return RowVersion::readAsSeen(context, QStringLiteral("mediation_cases"),
                                  QStringLiteral("mediation_case"), seen,
                                  [this](CaseId id) { return m_repository.mediationCase(id); });
}

Result<Session> MediationService::sessionAsSeen(const WriteContext &context,
                                                SessionRef seen) const {
    return RowVersion::readAsSeen(context, QStringLiteral("mediation_sessions"),
                                  QStringLiteral("mediation_session"), seen,
                                  [this](SessionId id) { return m_repository.session(id); });
}

Result<Booking> MediationService::bookingOf(const Session &session) const {
    Booking booking;
    booking.id = session.id;
    booking.start = session.start;
    booking.end = session.end;
    booking.venue = session.venue;
    for (const MediatorId m : session.mediators)
        booking.mediators.insert(m.value);
    // A person is expected at one place at a time, whichever case they are a party to.
    auto people = m_repository.peopleOf(session.parties);
    if (!people)
        return people.status();
    booking.parties = *people;
    return booking;
}

QString MediationService::describe(const Conflict &conflict, const Session &session) const {
    switch (conflict.kind) {
    case Conflict::Kind::Mediator: {
        const auto mediator = m_repository.mediator(MediatorId{conflict.who});
        return tr("%1 is booked already for %2.")
            .arg(mediator ? mediator->name : tr("A mediator"), conflict.with.label);
    }
    case Conflict::Kind::Party: {
        // Which of this session's parties is the person expected elsewhere.
        const auto mediationCase = m_repository.mediationCase(session.caseId);
        if (mediationCase) {
            for (const Party &party : mediationCase->parties) {
                if (!session.parties.contains(party.id))
                    continue;
                const auto person = m_repository.peopleOf({party.id});
                if (person && person->contains(conflict.who))
                    return tr("%1 is expected already at %2.").arg(party.name, conflict.with.label);
            }
        }
        return tr("A party is expected already at %1.").arg(conflict.with.label);
    }
    case Conflict::Kind::Venue:
        return tr("The venue is taken by %1.").arg(conflict.with.label);
    }
    return {};
}

// Called inside the booking's write: of two desks booking at once, the second sees the first's
// session (SQLite lets one writer in at a time; on the server the writers take turns).
Status MediationService::refuseClash(const Session &session) const {
    if (!session.start.isValid() || !session.end.isValid() || session.end <= session.start)
        return Status::failure(tr("A session must end after it starts."));
    if (session.mediators.isEmpty())
        return Status::failure(tr("Choose at least one mediator for the session."));
    const auto booking = bookingOf(session);
    if (!booking)
        return booking.status();
    const auto existing = m_repository.bookings(session.start, session.end);
    if (!existing)
        return existing.status();
    if (const auto conflict = SessionScheduler::findConflict(*booking, *existing))
        return Status::failure(describe(*conflict, session));
    return Status::success();
}

Result<SessionId> MediationService::schedule(const Session &session) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const auto id =
        m_database.writeReturning<SessionId>([&](const WriteContext &context) -> Result<SessionId> {
            const auto mediationCase = m_repository.mediationCase(session.caseId);
            if (!mediationCase)
                return mediationCase.status();
            const bool heldAlready =
                session.end.isValid() && session.end <= m_database.clock().now();
            if (!CaseStateMachine::isOpen(mediationCase->state) &&
                (mediationCase->state == CaseState::Closed || !heldAlready))
                return Result<SessionId>::failure(tr(
                    "Sessions are booked only while the case is open; until it closes, a session "
                    "already held can still be put on file."));
            // Staff booked for the first time become mediators in this same save.
            Session booked = session;
            const auto joined = join(context, session.joining);
            if (!joined)
                return joined.status();
            for (const MediatorId mediator : *joined) {
                if (!booked.mediators.contains(mediator))
                    booked.mediators << mediator;
            }
            booked.joining.clear();
            if (Status free = refuseClash(booked); !free)
                return free;
            return MediationRepository::insertSession(context, booked);
        });
    if (!id)
        return id.status();
    Q_EMIT sessionsChanged();
    return id;
}

Status MediationService::reschedule(SessionRef seen, const QDateTime &start, const QDateTime &end,
                                    const Venue &venue) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = sessionAsSeen(context, seen);
        if (!before)
            return before.status();
        Session after = *before;
        after.start = start;
        after.end = end;
        after.venue = venue;
        if (Status free = refuseClash(after); !free)
            return free;
        return MediationRepository::updateSession(context, *before, after);
    });
    if (done)
        Q_EMIT sessionsChanged();
    return done;
}

Status MediationService::cancel(SessionRef seen, const QString &reason) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = sessionAsSeen(context, seen);
        if (!before)
            return before.status();
        if (before->cancelled)
            return Status::failure(tr("The session is cancelled already."));
        Session after = *before;
        after.cancelled = true;
        after.result = reason.trimmed();
        return MediationRepository::updateSession(context, *before, after);
    });
    if (done)
        Q_EMIT sessionsChanged();
    return done;
}

Status MediationService::record(SessionRef seen, const QString &record, const QString &result) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = sessionAsSeen(context, seen);
        if (!before)
            return before.status();
        if (record.trimmed().isEmpty())
            return Status::failure(tr("Write the record of the session."));
        Session after = *before;
        after.record = record.trimmed();
        after.result = result.trimmed();
        return MediationRepository::updateSession(context, *before, after);
    });
    if (done)
        Q_EMIT sessionsChanged();
    return done;
}

Status MediationService::saveAgreement(const Agreement &agreement) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto mediationCase = m_repository.mediationCase(agreement.caseId);
        if (!mediationCase)
            return mediationCase.status();
        // Until the case closes, an agreement reached can still be put on file.
        bool reached = mediationCase->state == CaseState::Mediating ||
                       mediationCase->state == CaseState::AgreementReached;
        if (mediationCase->state == CaseState::FollowedUp) {
            const auto contents = caseFile(agreement.caseId);
            if (!contents)
                return contents.status();
            reached = CaseFile::agreementReached(*contents);
        }
        if (!reached)
            return Status::failure(
                tr("An agreement is written while mediating or once it is reached."));
        Agreement clean = agreement;
        clean.terms.erase(
            std::remove_if(clean.terms.begin(), clean.terms.end(),
                           [](const AgreementTerm &t) { return t.text.trimmed().isEmpty(); }),
            clean.terms.end());
        if (clean.terms.isEmpty())
            return Status::failure(tr("An agreement needs at least one term."));
        if (!clean.signedOn.isValid())
            clean.signedOn = m_database.clock().today();
        if (clean.signedOn < mediationCase->acceptedOn)
            return Status::failure(
                tr("The agreement cannot be signed before the case was accepted on %1.")
                    .arg(mediationCase->acceptedOn.toString(Qt::ISODate)));
        if (clean.signedOn > m_database.clock().today())
            return Status::failure(tr("An agreement is put on file once it is signed: %1 is "
                                      "still to come.")
                                       .arg(clean.signedOn.toString(Qt::ISODate)));
        if (clean.amountFen < 0)
            return Status::failure(tr("The amount the agreement settles cannot be below 0.00."));
        if (clean.confirmedOn.isValid()) {
            if (clean.confirmedOn < clean.signedOn)
                return Status::failure(
                    tr("A court confirms an agreement after it is signed: %1 is before %2.")
                        .arg(clean.confirmedOn.toString(Qt::ISODate),
                             clean.signedOn.toString(Qt::ISODate)));
            if (clean.confirmedOn > m_database.clock().today())
                return Status::failure(tr("The court's confirmation is recorded once it is "
                                          "given: %1 is still to come.")
                                           .arg(clean.confirmedOn.toString(Qt::ISODate)));
            if (clean.confirmedBy.trimmed().isEmpty())
                return Status::failure(tr("Say which court confirmed the agreement."));
        } else {
            clean.confirmedBy.clear();
        }
        return AgreementRepository::saveAgreement(context, clean);
    });
    if (done)
        Q_EMIT casesChanged(agreement.caseId);
    return done;
}

Result<qint64> MediationService::shareCost(CaseId id, const QString &description, qint64 totalFen,
                                           const QList<HouseholdId> &households,
                                           const QList<qint64> &weights) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    if (description.trimmed().isEmpty())
        return Result<qint64>::failure(tr("Say what the cost is for."));
    if (totalFen <= 0)
        return Result<qint64>::failure(tr("Enter the cost: more than 0.00 yuan."));
    if (!weights.isEmpty() && weights.size() != households.size())
        return Result<qint64>::failure(tr("Give every household a weight, or none."));
    const auto parts = weights.isEmpty() ? CostSplit::equally(totalFen, int(households.size()))
                                         : CostSplit::byWeight(totalFen, weights);
    if (!parts)
        return parts.status();
    CostShare share;
    share.caseId = id;
    share.description = description.trimmed();
    share.totalFen = totalFen;
    for (qsizetype i = 0; i < households.size(); ++i)
        share.parts.append(
            {households.at(i), {}, weights.isEmpty() ? 100 : weights.at(i), parts->at(i), false});
    qint64 shareId = 0;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        // The case's state as it is now, not as the page showed it.
        const auto mediationCase = m_repository.mediationCase(id);
        if (!mediationCase)
            return mediationCase.status();
        if (!CaseStateMachine::maySharecost(mediationCase->state))
            return Status::failure(tr("A cost is shared while the parties mediate or once they "
                                      "have agreed: this case is %1.")
                                       .arg(CaseStateMachine::stateName(mediationCase->state)));
        auto inserted = AgreementRepository::insertCostShare(context, share);
        if (!inserted)
            return inserted.status();
        shareId = *inserted;
        return Status::success();
    });
    if (!done)
        return done;
    Q_EMIT casesChanged(id);
    return shareId;
}

Status MediationService::setPaid(qint64 costShare, HouseholdId household, bool paid) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const auto share = m_agreements.costShare(costShare);
    if (!share)
        return share.status();
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        // Voided at another desk a moment ago: no payment is recorded on it.
        const auto now = m_agreements.costShare(costShare);
        if (!now)
            return now.status();
        if (now->isVoid())
            return Status::failure(tr("%1 voided this share on %2: %3")
                                       .arg(now->voidedBy,
                                            QLocale().toString(now->voidedOn, QLocale::ShortFormat),
                                            now->voidReason));
        return AgreementRepository::setPaid(context, costShare, household, paid);
    });
    if (done)
        Q_EMIT casesChanged(share->caseId);
    return done;
}

Status MediationService::voidCostShare(qint64 costShare, const QString &reason) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the share is voided: it stays on the case's record."));
    CaseId caseId;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto share = m_agreements.costShare(costShare);
        if (!share)
            return share.status();
        caseId = share->caseId;
        if (share->isVoid())
            return Status::failure(
                tr("%1 voided this share on %2 already.")
                    .arg(share->voidedBy,
                         QLocale().toString(share->voidedOn, QLocale::ShortFormat)));
        return AgreementRepository::voidCostShare(context, costShare, m_database.clock().today(),
                                                  m_database.operatorName(), reason.trimmed());
    });
    if (done)
        Q_EMIT casesChanged(caseId);
    return done;
}

Status MediationService::followUp(CaseRef seen, const CaseFollowUp &visit) {
    const CaseId id = seen.id;
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = caseAsSeen(context, seen);
        if (!before)
            return before.status();
        const auto next = CaseStateMachine::next(before->state, CaseAction::FollowUp);
        if (!next)
            return next.status();
        CaseFollowUp clean = visit;
        if (!clean.visitedOn.isValid())
            clean.visitedOn = m_database.clock().today();
        if (clean.visitedOn > m_database.clock().today())
            return Status::failure(tr("A follow-up visit cannot lie in the future."));
        MediationCase after = *before;
        after.state = *next;
        const QString note = clean.carriedOut
                                 ? tr("Agreement carried out. %1").arg(clean.notes.trimmed())
                                 : tr("Agreement not carried out. %1").arg(clean.notes.trimmed());
        if (Status stored = AgreementRepository::insertFollowUp(context, id, clean); !stored)
            return stored;
        return MediationRepository::updateCase(
            context, *before, after, codes::caseAction(CaseAction::FollowUp), note.trimmed());
    });
    if (done)
        Q_EMIT casesChanged(id);
    return done;
}

Result<QList<QDateTime>> MediationService::freeSlots(const Session &session, const QDateTime &from,
                                                     int count) const {
    const auto booking = bookingOf(session);
    if (!booking)
        return booking.status();
    // Sessions in the next two months are what the search can meet.
    const auto existing = m_repository.bookings(from, from.addDays(62));
    if (!existing)
        return existing.status();
    const auto calendar = ComplaintRepository(m_database).calendar();
    if (!calendar)
        return calendar.status();
    return SessionScheduler::freeSlots(*booking, *existing, from, *calendar, count);
}

} // namespace linli
