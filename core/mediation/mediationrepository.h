#pragma once

#include "common/result.h"
#include "mediation/mediation.h"
#include "mediation/officialcategory.h"
#include "mediation/sessionscheduler.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

class Database;

/// Mediators, cases with their parties and team, and sessions. Reads on the database; writes
/// take the context of a write transaction, record the case's events and audit.
class MediationRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::MediationRepository)
public:
    explicit MediationRepository(const Database &database)
        : m_database(database) {}

    /// The joint team: mediators on record, then office staff not yet on it (id unset,
    /// staffId set), so that staff and grid workers need not be typed twice.
    Result<QList<Mediator>> mediators() const;
    Result<Mediator> mediator(MediatorId id) const;
    Result<MediationCase> mediationCase(CaseId id) const;
    /// Open cases first, then the rest, newest first.
    Result<QList<MediationCase>> cases(bool openOnly) const;
    /// Every session, not cancelled, overlapping [from, to), as bookings for the scheduler.
    /// Their parties are people, not a case's party rows: a resident is the same person in
    /// every case (their resident id), and so is a party typed in with the name and phone of a
    /// resident or of another party typed in; a party typed with a name alone is only itself
    /// (minus its party id).
    Result<QList<Booking>> bookings(const QDateTime &from, const QDateTime &to) const;
    /// The people behind a session's parties, as `bookings` names them.
    Result<QSet<qint64>> peopleOf(const QList<PartyId> &parties) const;
    Result<QList<Session>> sessions(CaseId id) const;
    /// The case's history, oldest first.
    Result<QList<CaseEvent>> events(CaseId id) const;
    Result<Session> session(SessionId id) const;
    /// Sessions (not cancelled) overlapping [from, to), in time order: the week calendar.
    Result<QList<Session>> sessionsBetween(const QDateTime &from, const QDateTime &to) const;
    Result<QString> numberPrefix() const;
    /// Which official category each case type is counted under in the statistics: the
    /// office's mapping, the default for types it left alone.
    Result<OfficialCategoryMap> officialCategories() const;
    /// The household a resident lives in now; unset when none.
    Result<HouseholdId> householdOf(ResidentId resident) const;

    static Result<MediatorId> addMediator(const WriteContext &context, const Mediator &mediator);
    /// The mediator an office staff member is, made one on first use (`staff` carries the
    /// staff id, name, kind and phone). Inside the write, so two desks bringing the same person
    /// onto a team at once make one mediator.
    static Result<MediatorId> mediatorForStaff(const WriteContext &context, const Mediator &staff);
    static Status setMediatorActive(const WriteContext &context, MediatorId id, bool active);
    static Status setNumberPrefix(const WriteContext &context, const QString &prefix);
    static Status setOfficialCategory(const WriteContext &context, CaseType type,
                                      OfficialCategory category);
    /// Numbers the case (the next of its year), stores it with parties and team and its first
    /// event.
    static Result<MediationCase> insertCase(const WriteContext &context, MediationCase draft,
                                            const QString &prefix);
    static Status updateCase(const WriteContext &context, const MediationCase &before,
                             const MediationCase &after, const QString &action,
                             const QString &note);
    static Result<SessionId> insertSession(const WriteContext &context, const Session &session);
    static Status updateSession(const WriteContext &context, const Session &before,
                                const Session &after);

private:
    const Database &m_database;
};

} // namespace linli
