#pragma once

#include "common/result.h"
#include "complaints/complaintlists.h"
#include "complaints/complaintrepository.h"
#include "storage/rowversion.h"

#include <QObject>

#include <functional>

namespace linli {

class Database;
class RegistryService;

/// Who the registry suggests for a matter in a building.
struct RoutingSuggestion {
    QString neighbourHead; ///< for the building level
    QString gridWorker;    ///< for the community level
};

/// A complaint as a desk acts on it: its id and, when the desk read it, the version it saw. A
/// step on a version another desk has changed since is refused, naming who changed it; without
/// a version (the command line, a revisit noted from the duplicates list) it is not checked.
using ComplaintRef = Seen<ComplaintId>;

/// The complaints workflow: logging at the duty desk, routing, every later step through the
/// state machine, each recorded on the complaint's timeline and audited, and announced.
class ComplaintService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintService)
public:
    ComplaintService(Database &database, const RegistryService &registry,
                     QObject *parent = nullptr);

    const ComplaintRepository &complaints() const { return m_repository; }
    const ComplaintLists &lists() const { return m_lists; }
    const Database &database() const { return m_database; }

    /// Normalises a draft and lists what is wrong with it, empty when it can be logged.
    QStringList check(Complaint &draft) const;
    /// Logs a complaint: numbers it, sets its due date from its urgency on the working-day
    /// calendar, records the operator.
    Result<Complaint> log(Complaint draft);
    /// Logs a complaint and, in the same transaction, runs `alongside` with it — so that the
    /// record it came from (a wish) is linked to it, or neither is written.
    using Alongside = std::function<Status(const WriteContext &, const Complaint &)>;
    Result<Complaint> logWith(Complaint draft, const Alongside &alongside);

    Status assign(ComplaintRef id, Level level, const QString &assignee, ReferralBodyId body,
                  const QString &note);
    Status start(ComplaintRef id, const QString &note);
    Status resolve(ComplaintRef id, Level settledAt, const QString &resolution);
    Status answer(ComplaintRef id, const QString &method, const QString &note);
    Status followUp(ComplaintRef id, Satisfaction satisfaction, const QString &note);
    Status close(ComplaintRef id, const QString &note);
    Status extend(ComplaintRef id, const QDateTime &newDue, const QString &reason);
    Status remind(ComplaintRef id, const QString &note);
    /// The reporter came back about this matter: noted on it rather than logged again.
    Status revisit(ComplaintRef id, const QString &note);
    /// The reporter's full phone, for the call-back (答复, 回访): only for a role that may see
    /// personal data, and every look is written to the audit trail.
    Result<QString> revealReporterPhone(ComplaintId id);

    Result<CategoryId> addCategory(const QString &name);
    Status renameCategory(const Category &seen, const QString &name);
    Status setCategoryActive(CategoryId id, bool active);
    Result<ReferralBodyId> addReferralBody(const QString &name);
    Status setReferralBodyActive(ReferralBodyId id, bool active);
    Status setCalendarDay(const CalendarDay &day);
    Status removeCalendarDay(QDate day);
    /// `seen`: the limit the page showed; refused, naming who, when another desk changed it.
    Status setDueDays(Urgency urgency, int days, std::optional<int> seen = std::nullopt);

    /// The building's neighbour head and its grid's worker, as the registry has them today.
    RoutingSuggestion suggestRouting(BuildingId building) const;
    /// The due date a complaint received at `at` would get.
    Result<QDateTime> dueDate(const QDateTime &at, Urgency urgency) const;

Q_SIGNALS:
    void complaintsChanged(linli::ComplaintId complaint);
    /// Categories, referral bodies, the calendar or the time limits changed.
    void listsChanged();

private:
    using Change = std::function<Status(Complaint &)>;
    Status transition(ComplaintRef seen, ComplaintAction action, const QString &note,
                      const Change &change, bool unsatisfied = false);

    Database &m_database;
    const RegistryService &m_registry;
    ComplaintRepository m_repository;
    ComplaintLists m_lists;
};

} // namespace linli
