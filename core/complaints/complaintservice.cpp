#include "complaints/complaintservice.h"

#include "access/access.h"
#include "complaints/complaintlabels.h"
#include "complaints/complaintstatemachine.h"
#include "registry/idnumber.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "storage/rowversion.h"

#include <QRegularExpression>

namespace linli {

namespace {
constexpr int kMaxSummary = 200;
} // namespace

ComplaintService::ComplaintService(Database &database, const RegistryService &registry,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_registry(registry)
    , m_repository(database)
    , m_lists(database) {}

QStringList ComplaintService::check(Complaint &draft) const {
    QStringList problems;
    draft.summary = draft.summary.simplified();
    draft.details = draft.details.trimmed();
    draft.reporter.name = draft.reporter.name.simplified();
    draft.reporter.phone = PhoneNumber::normalise(draft.reporter.phone);
    if (draft.reporter.name.isEmpty())
        problems << tr("Enter who came: choose a resident, or type a walk-in's name.");
    if (!draft.reporter.phone.isEmpty() && !PhoneNumber::validate(draft.reporter.phone))
        problems << tr("The phone number is neither an 11-digit mobile nor a landline with its "
                       "area code.");
    if (draft.summary.isEmpty())
        problems << tr("Enter a summary of the matter.");
    else if (draft.summary.size() > kMaxSummary)
        problems << tr("The summary is longer than %1 characters; put the rest in the details.")
                        .arg(kMaxSummary);
    if (!draft.categoryId.isValid())
        problems << tr("Choose a category.");
    const QDateTime now = m_database.clock().now();
    if (!draft.receivedAt.isValid())
        problems << tr("Enter when the matter was received.");
    else if (draft.receivedAt > now.addSecs(5 * 60))
        problems << tr("The time received lies in the future.");
    return problems;
}

Result<QDateTime> ComplaintService::dueDate(const QDateTime &at, Urgency urgency) const {
    const auto calendar = m_repository.calendar();
    if (!calendar)
        return calendar.status();
    const auto days = m_repository.dueDays(urgency);
    if (!days)
        return days.status();
    return calendar->addWorkingDays(at, *days);
}

Result<Complaint> ComplaintService::log(Complaint draft) {
    return logWith(std::move(draft), {});
}

Result<Complaint> ComplaintService::logWith(Complaint draft, const Alongside &alongside) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    if (const QStringList problems = check(draft); !problems.isEmpty())
        return Result<Complaint>::failure(problems.join(u'\n'));
    Complaint logged;
    bool categoryRetired = false;
    const Status done = m_database.write([&](const WriteContext &context) {
        // A category another desk retired since this desk listed it is not used.
        if (Status inUse = ComplaintLists::checkCategoryInUse(context, draft.categoryId); !inUse) {
            categoryRetired = true;
            return inUse;
        }
        // The working-day calendar and the days allowed are read inside the write: a holiday
        // or a time limit another desk changed a moment ago counts for this complaint.
        const auto due = dueDate(draft.receivedAt, draft.urgency);
        if (!due)
            return due.status();
        draft.dueAt = *due;
        auto inserted = ComplaintRepository::insert(context, draft);
        if (!inserted)
            return inserted.status();
        logged = *inserted;
        return alongside ? alongside(context, logged) : Status::success();
    });
    // The lists this desk showed are out of date: every page shows them as now saved.
    if (categoryRetired)
        Q_EMIT listsChanged();
    if (!done)
        return done;
    Q_EMIT complaintsChanged(logged.id);
    return logged;
}

Status ComplaintService::transition(ComplaintRef seen, ComplaintAction action, const QString &note,
                                    const Change &change, bool unsatisfied) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    // Read, checked and changed inside the write: of two desks acting on one complaint at once
    // the second works on what the first saved, and its own step is refused if the first one's
    // left it no longer allowed — never written over a state read before.
    const ComplaintId id = seen.id;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before = RowVersion::readAsSeen(
            context, QStringLiteral("complaints"), QStringLiteral("complaint"), seen,
            [this](ComplaintId complaint) { return m_repository.complaint(complaint); });
        if (!before)
            return before.status();
        const auto next = ComplaintStateMachine::next(before->state, action, unsatisfied);
        if (!next)
            return next.status();
        Complaint after = *before;
        after.state = *next;
        if (Status changed = change(after); !changed)
            return changed;
        const QDateTime now = m_database.clock().now();
        if (!after.firstResponseAt.isValid() && action != ComplaintAction::Extend &&
            action != ComplaintAction::Remind && action != ComplaintAction::Revisit)
            after.firstResponseAt = now;
        ComplaintEvent event;
        event.at = now;
        event.operatorName = m_database.operatorName();
        event.action = action;
        event.from = before->state;
        event.to = after.state;
        event.note = note.trimmed();
        event.assignee = after.assignee;
        return ComplaintRepository::update(context, *before, after, event);
    });
    if (done)
        Q_EMIT complaintsChanged(id);
    return done;
}

Status ComplaintService::assign(ComplaintRef id, Level level, const QString &assignee,
                                ReferralBodyId body, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    const QString named = assignee.simplified();
    if (level == Level::Referred && !body.isValid())
        return Status::failure(tr("Choose the body the complaint is referred to."));
    if (level != Level::Referred && level != Level::Mediation && named.isEmpty())
        return Status::failure(tr("Enter who will handle it."));
    // Runs inside the write: a referral body's name is read as saved now.
    return transition(id, ComplaintAction::Assign, note, [&](Complaint &c) {
        QString handler = named;
        if (level == Level::Referred && handler.isEmpty()) {
            const auto bodies = m_repository.referralBodies();
            if (!bodies)
                return bodies.status();
            for (const ReferralBody &b : *bodies) {
                if (b.id == body)
                    handler = b.name;
            }
        } else if (level == Level::Mediation && handler.isEmpty()) {
            handler = tr("Mediation room");
        }
        if (c.assignee == handler && c.level == level && c.state == ComplaintState::Assigned &&
            c.referralBodyId == body)
            return Status::failure(tr("It is assigned to %1 already.").arg(handler));
        c.level = level;
        c.assignee = handler;
        c.referralBodyId = level == Level::Referred ? body : ReferralBodyId{};
        return Status::success();
    });
}

Status ComplaintService::start(ComplaintRef id, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    return transition(id, ComplaintAction::Start, note,
                      [](Complaint &) { return Status::success(); });
}

Status ComplaintService::resolve(ComplaintRef id, Level settledAt, const QString &resolution) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    if (resolution.trimmed().isEmpty())
        return Status::failure(tr("Say what was done to resolve it."));
    return transition(id, ComplaintAction::Resolve, resolution, [&](Complaint &c) {
        c.level = settledAt;
        c.resolution = resolution.trimmed();
        c.resolvedAt = m_database.clock().now();
        return Status::success();
    });
}

Status ComplaintService::answer(ComplaintRef id, const QString &method, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    if (method.trimmed().isEmpty())
        return Status::failure(tr("Say how the reporter was told."));
    return transition(id, ComplaintAction::Answer, note, [&](Complaint &c) {
        c.answerMethod = method.trimmed();
        c.answeredAt = m_database.clock().now();
        return Status::success();
    });
}

Status ComplaintService::followUp(ComplaintRef id, Satisfaction satisfaction, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    const bool unsatisfied = satisfaction == Satisfaction::Unsatisfied;
    if (unsatisfied && note.trimmed().isEmpty())
        return Status::failure(
            tr("Note why the reporter is not satisfied: the complaint is reopened."));
    return transition(
        id, ComplaintAction::FollowUp, note,
        [&](Complaint &c) {
            c.satisfaction = satisfaction;
            if (unsatisfied) {
                // Reopened: it must be resolved and answered again, with a fresh time limit.
                c.resolvedAt = {};
                c.answeredAt = {};
                const auto due = dueDate(m_database.clock().now(), c.urgency);
                if (!due)
                    return due.status();
                c.dueAt = *due;
            }
            return Status::success();
        },
        unsatisfied);
}

Status ComplaintService::close(ComplaintRef id, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    return transition(id, ComplaintAction::Close, note, [&](Complaint &c) {
        c.closedAt = m_database.clock().now();
        return Status::success();
    });
}

Status ComplaintService::extend(ComplaintRef id, const QDateTime &newDue, const QString &reason) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("An extension needs a reason."));
    return transition(id, ComplaintAction::Extend, reason, [&](Complaint &c) {
        if (!newDue.isValid() || newDue <= c.dueAt)
            return Status::failure(tr("The new due date must be later than the current one."));
        c.dueAt = newDue;
        return Status::success();
    });
}

Status ComplaintService::remind(ComplaintRef id, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    const QDateTime now = m_database.clock().now();
    return transition(id, ComplaintAction::Remind, note, [&](Complaint &c) {
        if (!c.isOverdue(now))
            return Status::failure(tr("Only an overdue complaint can be reminded."));
        return Status::success();
    });
}

Status ComplaintService::revisit(ComplaintRef id, const QString &note) {
    if (Status allowed = m_database.require(Permission::HandleComplaints); !allowed)
        return allowed;
    return transition(id, ComplaintAction::Revisit, note,
                      [](Complaint &) { return Status::success(); });
}

// The lists are small and each change stands alone: one audited write, then the announcement.
template<typename T, typename Write>
static Result<T> writeList(Database &database, ComplaintService &service, Write write) {
    T value{};
    const Status done = database.write([&](const WriteContext &context) {
        auto written = write(context);
        if (!written)
            return written.status();
        value = *written;
        return Status::success();
    });
    if (!done)
        return done;
    Q_EMIT service.listsChanged();
    return value;
}

static Status writeList(Database &database, ComplaintService &service,
                        const std::function<Status(const WriteContext &)> &write) {
    const Status done = database.write(write);
    if (done)
        Q_EMIT service.listsChanged();
    return done;
}

Result<QString> ComplaintService::revealReporterPhone(ComplaintId id) {
    if (Status allowed = m_database.require(Permission::RevealPersonalData); !allowed)
        return allowed;
    const auto complaint = m_repository.complaint(id);
    if (!complaint)
        return complaint.status();
    const Status audited = m_database.write([&](const WriteContext &context) {
        return context.audit(QStringLiteral("complaint"), id.value, WriteContext::Action::Reveal,
                             {{QStringLiteral("shown"), QStringLiteral("reporter_phone")}});
    });
    if (!audited)
        return audited;
    return complaint->reporter.phone;
}

Result<CategoryId> ComplaintService::addCategory(const QString &name) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList<CategoryId>(m_database, *this, [&](const WriteContext &c) {
        return ComplaintLists::addCategory(c, name);
    });
}

Status ComplaintService::renameCategory(const Category &seen, const QString &name) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList(m_database, *this, [&](const WriteContext &c) {
        return ComplaintLists::renameCategory(c, seen, name);
    });
}

Status ComplaintService::setCategoryActive(CategoryId id, bool active) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList(m_database, *this, [&](const WriteContext &c) {
        return ComplaintLists::setCategoryActive(c, id, active);
    });
}

Result<ReferralBodyId> ComplaintService::addReferralBody(const QString &name) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList<ReferralBodyId>(m_database, *this, [&](const WriteContext &c) {
        return ComplaintLists::addReferralBody(c, name);
    });
}

Status ComplaintService::setReferralBodyActive(ReferralBodyId id, bool active) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList(m_database, *this, [&](const WriteContext &c) {
        return ComplaintLists::setReferralBodyActive(c, id, active);
    });
}

Status ComplaintService::setCalendarDay(const CalendarDay &day) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList(m_database, *this,
                     [&](const WriteContext &c) { return ComplaintLists::setCalendarDay(c, day); });
}

Status ComplaintService::removeCalendarDay(QDate day) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList(m_database, *this, [&](const WriteContext &c) {
        return ComplaintLists::removeCalendarDay(c, day);
    });
}

Status ComplaintService::setDueDays(Urgency urgency, int days, std::optional<int> seen) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    return writeList(m_database, *this, [&](const WriteContext &c) -> Status {
        if (seen) {
            const auto now = m_repository.dueDays(urgency);
            if (!now)
                return now.status();
            if (*now != *seen)
                return RowVersion::changedFirst(c, QStringLiteral("settings"), 0,
                                                ComplaintLists::dueDaysKey(urgency));
        }
        return ComplaintLists::setDueDays(c, urgency, days);
    });
}

RoutingSuggestion ComplaintService::suggestRouting(BuildingId building) const {
    RoutingSuggestion suggestion;
    if (!building.isValid())
        return suggestion;
    const auto heads = m_registry.people().neighbourHeads(building, m_database.clock().today());
    if (heads && !heads->isEmpty())
        suggestion.neighbourHead = heads->first().residentName;
    const auto place = m_registry.places().building(building);
    if (place && place->gridId.isValid()) {
        const auto grid = m_registry.people().grid(place->gridId);
        if (grid)
            suggestion.gridWorker = grid->workerName;
    }
    return suggestion;
}

} // namespace linli
