#include "aid/wishservice.h"

#include "access/access.h"
#include "aid/wishstatemachine.h"
#include "complaints/complaintservice.h"
#include "storage/database.h"

namespace linli {

WishService::WishService(Database &database, ComplaintService &complaints, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_complaints(complaints)
    , m_repository(database) {}

Result<Wish> WishService::post(Wish draft) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    draft.text = draft.text.trimmed();
    draft.wisherName = draft.wisherName.simplified();
    if (draft.wisherName.isEmpty())
        return Result<Wish>::failure(tr("Say whose wish it is."));
    if (draft.text.isEmpty())
        return Result<Wish>::failure(tr("Write down what is wished for."));
    if (draft.postedBy.trimmed().isEmpty())
        draft.postedBy = m_database.operatorName();
    if (!draft.postedAt.isValid())
        draft.postedAt = m_database.clock().now();
    draft.state = WishState::Posted;
    const auto posted = m_database.writeReturning<Wish>(
        [&](const WriteContext &context) { return WishRepository::insert(context, draft); });
    if (posted)
        Q_EMIT wishesChanged();
    return posted;
}

Status WishService::transition(WishRef id, WishAction action, const QString &note,
                               const Change &change) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    // Read, checked and changed inside the write, refused when another desk changed the wish
    // since this desk read it (a claim released at the other desk is not released again here).
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto before =
            RowVersion::readAsSeen(context, QStringLiteral("wishes"), QStringLiteral("wish"), id,
                                   [this](WishId wish) { return m_repository.wish(wish); });
        if (!before)
            return before.status();
        const auto next = WishStateMachine::next(before->state, action);
        if (!next)
            return next.status();
        Wish after = *before;
        after.state = *next;
        if (change) {
            if (Status changed = change(after); !changed)
                return changed;
        }
        return WishRepository::update(context, *before, after, action, note);
    });
    if (done)
        Q_EMIT wishesChanged();
    return done;
}

Status WishService::verify(WishRef id) {
    return transition(id, WishAction::Verify, {}, [this](Wish &w) {
        w.verifiedBy = m_database.operatorName();
        return Status::success();
    });
}

Status WishService::claim(WishRef id, ResidentId helper, const QString &helperName) {
    const QString name = helperName.simplified();
    return transition(id, WishAction::Claim, name, [&](Wish &w) {
        if (name.isEmpty())
            return Status::failure(tr("Say who takes the wish on."));
        if (helper.isValid() && helper == w.residentId)
            return Status::failure(tr("A wish is claimed by a neighbour, not by the one who "
                                      "made it."));
        w.helperId = helper;
        w.helperName = name;
        w.dispatchedRole.reset();
        w.dueOn = {};
        return Status::success();
    });
}

Status WishService::dispatch(WishRef id, DispatchRole role, const QString &name, QDate dueOn) {
    const QString who = name.simplified();
    return transition(id, WishAction::Dispatch, who, [&](Wish &w) {
        if (who.isEmpty())
            return Status::failure(tr("Say who the wish is dispatched to."));
        if (!dueOn.isValid() || dueOn < m_database.clock().today())
            return Status::failure(tr("Give a due date from today on."));
        w.helperId = {};
        w.helperName = who;
        w.dispatchedRole = role;
        w.dueOn = dueOn;
        return Status::success();
    });
}

Status WishService::release(WishRef id, const QString &reason) {
    return transition(id, WishAction::Release, reason.trimmed(), [](Wish &w) {
        w.helperId = {};
        w.helperName.clear();
        w.dispatchedRole.reset();
        w.dueOn = {};
        return Status::success();
    });
}

Status WishService::fulfil(WishRef id, const QString &outcome, QDate doneOn, double hours) {
    const QString what = outcome.trimmed();
    return transition(id, WishAction::Fulfil, what, [&](Wish &w) {
        if (what.isEmpty())
            return Status::failure(tr("Say what was done."));
        if (!doneOn.isValid() || doneOn > m_database.clock().today() || doneOn < w.postedAt.date())
            return Status::failure(tr("The day it was done lies between the day the wish was "
                                      "posted and today."));
        if (hours < 0 || hours > 24)
            return Status::failure(tr("Give the helper's hours as a number from 0 to 24."));
        w.outcome = what;
        w.doneOn = doneOn;
        w.hours = hours;
        return Status::success();
    });
}

Status WishService::withdraw(WishRef id, const QString &reason) {
    const QString why = reason.trimmed();
    return transition(id, WishAction::Withdraw, why, [&](Wish &w) {
        if (why.isEmpty())
            return Status::failure(tr("Say why the wish is withdrawn."));
        w.outcome = why;
        w.doneOn = m_database.clock().today();
        return Status::success();
    });
}

Result<qint64> WishService::escalate(WishRef id, qint64 categoryId) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    const auto before = m_repository.wish(id.id);
    if (!before)
        return before.status();
    Complaint draft;
    draft.receivedAt = m_database.clock().now();
    draft.channel = Channel::WishWall;
    draft.reporter = {before->residentId, before->wisherName, {}};
    draft.place.buildingId = before->buildingId;
    draft.place.description = before->buildingName;
    draft.categoryId = CategoryId{categoryId};
    draft.summary = before->text.left(60);
    draft.details = tr("From wish %1: %2").arg(before->number(), before->text);
    // The complaint and the wish's link to it are one transaction: both or neither.
    const auto logged =
        m_complaints.logWith(draft, [&](const WriteContext &context, const Complaint &c) {
            // The wish as it is in this write, and as this desk saw it.
            const auto now =
                RowVersion::readAsSeen(context, QStringLiteral("wishes"), QStringLiteral("wish"),
                                       id, [this](WishId wish) { return m_repository.wish(wish); });
            if (!now)
                return now.status();
            const auto next = WishStateMachine::next(now->state, WishAction::Escalate);
            if (!next)
                return next.status();
            Wish after = *now;
            after.state = *next;
            after.complaintId = c.id.value;
            return WishRepository::update(context, *now, after, WishAction::Escalate,
                                          tr("Complaint %1").arg(c.number()));
        });
    if (!logged)
        return logged.status();
    Q_EMIT wishesChanged();
    return logged->id.value;
}

} // namespace linli
