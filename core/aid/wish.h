#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace linli {

using WishId = StrongId<struct WishTag>;

/// What a resident wishes for: a thing, or help with a problem.
enum class WishKind { Item, Help };
/// How the wish reached the office.
enum class WishChannel { Wall, Visit, Phone, GroupChat };
/// posted → open (checked, shown on the wall) → claimed by a neighbour | dispatched to a
/// neighbour head or grid worker → fulfilled; or withdrawn; or turned into a complaint.
enum class WishState { Posted, Open, Claimed, Dispatched, Fulfilled, Withdrawn, Escalated };
enum class WishAction { Verify, Claim, Dispatch, Release, Fulfil, Withdraw, Escalate };
/// Who a dispatched wish (派单) goes to.
enum class DispatchRole { NeighbourHead, GridWorker };

/// A wish on the wish wall (心愿墙).
struct Wish {
    WishId id;
    int year = 0;
    int sequence = 0;
    QDateTime postedAt;
    ResidentId residentId; ///< who wishes, when registered
    QString wisherName;    ///< as written
    QString postedBy;      ///< the resident, or the staff member who posted on their behalf
    WishChannel channel = WishChannel::Wall;
    WishKind kind = WishKind::Help;
    QString text;
    BuildingId buildingId;
    QString buildingName; ///< read-only, for display: 明珠花园3栋
    WishState state = WishState::Posted;
    QString verifiedBy;
    ResidentId helperId; ///< the neighbour who claimed it
    QString helperName;  ///< the claimant, or the neighbour head / grid worker it went to
    std::optional<DispatchRole> dispatchedRole;
    QDate dueOn; ///< for a dispatched wish
    QDate doneOn;
    QString outcome;        ///< what was done
    double hours = 0;       ///< the helper's time, counted as volunteer hours
    qint64 complaintId = 0; ///< the complaint it became
    int version = 0;

    /// 心愿2025-007
    QString number() const {
        return QStringLiteral("%1-%2").arg(year).arg(sequence, 3, 10, QChar(u'0'));
    }
    bool isActive() const {
        return state == WishState::Posted || state == WishState::Open ||
               state == WishState::Claimed || state == WishState::Dispatched;
    }
    bool isOverdue(QDate today) const {
        return state == WishState::Dispatched && dueOn.isValid() && dueOn < today;
    }
};

/// One step in a wish's life, for its history.
struct WishEvent {
    QDateTime at;
    QString operatorName;
    WishAction action = WishAction::Verify;
    WishState from = WishState::Posted;
    WishState to = WishState::Posted;
    QString note;
};

} // namespace linli
