#pragma once

#include "common/result.h"
#include "mediation/agreementrepository.h"
#include "mediation/casefile.h"
#include "mediation/mediationrepository.h"
#include "storage/rowversion.h"

#include <QObject>

namespace linli {

class Database;

/// A case or a session as a desk acts on it: see Seen and RowVersion.
using CaseRef = Seen<CaseId>;
using SessionRef = Seen<SessionId>;

/// The mediation workflow: the joint team, cases from acceptance to closing through the state
/// machine, recusal, the one-month limit, and sessions booked so that nobody — mediator, party
/// or venue — is booked twice.
class MediationService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediationService)
public:
    explicit MediationService(Database &database, QObject *parent = nullptr);

    const MediationRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }
    const AgreementRepository &agreements() const { return m_agreements; }

    Result<MediatorId> addMediator(const Mediator &mediator);
    /// A mediator who leaves the team is kept on old cases but offered no more.
    Status setMediatorActive(MediatorId id, bool active);
    /// The prefix of new case numbers: （2025）红调字第012号. Numbers already given stay.
    /// `seen`: the prefix the page showed; refused, naming who, when another desk changed it.
    Status setNumberPrefix(const QString &prefix,
                           const std::optional<QString> &seen = std::nullopt);
    /// Maps the case types to the statistics form's official categories. `seen`: the mapping
    /// the page showed; a type another desk mapped since is refused, naming who, and nothing
    /// is saved.
    Status setOfficialCategories(const OfficialCategoryMap &mapping,
                                 const OfficialCategoryMap &seen);

    /// Accepts a case: checks it, numbers it, sets its one-month limit.
    Result<MediationCase> openCase(MediationCase draft);
    /// What keeps a mediator off a case: being a party, or living in a party's household.
    Status checkRecusal(MediatorId mediator, const QList<Party> &parties) const;
    Status act(CaseRef seen, CaseAction action, const QString &note);
    /// Moves the one-month limit; the note records both parties' consent.
    Status extendLimit(CaseRef seen, QDate newLimit, const QString &consent);
    /// Records the day the parties were given the notice of their rights and duties.
    Status recordRightsNotice(CaseRef seen, QDate notifiedOn);
    /// Marks whether mediation kept the dispute from turning into `what` (民转刑, 自杀…).
    Status setAverted(CaseRef seen, Averted what, bool averted);
    /// Records in the audit trail that a paper of the case, with the parties' names and
    /// phones, was printed or saved: personal data leaving the program is accounted for.
    Status recordPrinted(CaseId id, const QString &paper);
    /// Everything the case file (卷宗) is made from.
    Result<CaseFile::Contents> caseFile(CaseId id) const;
    /// Records a party's request to replace the lead mediator, and the new lead.
    Status replaceLead(CaseRef seen, MediatorId newLead, const QString &request);

    /// Books a session; refuses a clash, naming the session it clashes with. A session is booked
    /// while the case is open; one already held (on the spot, say) may be put on file until the
    /// case closes.
    Result<SessionId> schedule(const Session &session);
    Status reschedule(SessionRef seen, const QDateTime &start, const QDateTime &end,
                      const Venue &venue);
    Status cancel(SessionRef seen, const QString &reason);
    /// The record (调解笔录) and result, written after the session.
    Status record(SessionRef seen, const QString &record, const QString &result);
    /// Records the agreement reached (the terms replace any saved before).
    Status saveAgreement(const Agreement &agreement);
    /// Splits a repair across households, exactly to the fen, equally or by weight (in
    /// hundredths: a weight of 1 is 100, a floor area of 89.5 m² is 8950).
    Result<qint64> shareCost(CaseId id, const QString &description, qint64 totalFen,
                             const QList<HouseholdId> &households, const QList<qint64> &weights);
    /// Refused for a share voided meanwhile.
    Status setPaid(qint64 costShare, HouseholdId household, bool paid);
    /// Voids a share agreed in error, with the reason: kept on record and audited, never
    /// deleted; it takes no more payments and no longer prints.
    Status voidCostShare(qint64 costShare, const QString &reason);
    /// The follow-up visit: recorded, and the case moves to followed up.
    Status followUp(CaseRef seen, const CaseFollowUp &visit);

    /// The next free start times for the session's people and venue.
    Result<QList<QDateTime>> freeSlots(const Session &session, const QDateTime &from,
                                       int count = 5) const;

Q_SIGNALS:
    void casesChanged(linli::CaseId id);
    void teamChanged();
    void sessionsChanged();

private:
    Result<Booking> bookingOf(const Session &session) const;
    Status refuseClash(const Session &session) const;
    /// The case or session read inside a write, refused when another desk changed it since the
    /// version this desk saw.
    Result<MediationCase> caseAsSeen(const WriteContext &context, CaseRef seen) const;
    Result<Session> sessionAsSeen(const WriteContext &context, SessionRef seen) const;
    /// Inside a write: the mediators the staff members `joining` are, made so where another desk
    /// has not already.
    static Result<QList<MediatorId>> join(const WriteContext &context,
                                          const QList<Mediator> &joining);
    /// The clash in words, naming who: `session` is the one being booked, whose parties the
    /// conflict's person is among.
    QString describe(const Conflict &conflict, const Session &session) const;

    Database &m_database;
    MediationRepository m_repository;
    AgreementRepository m_agreements;
};

} // namespace linli
