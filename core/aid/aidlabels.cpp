#include "aid/aidlabels.h"

namespace linli {

QString AidLabels::wishKind(WishKind kind) {
    switch (kind) {
    case WishKind::Item:
        return tr("an item");
    case WishKind::Help:
        return tr("help");
    }
    return {};
}

QString AidLabels::wishChannel(WishChannel channel) {
    switch (channel) {
    case WishChannel::Wall:
        return tr("wish wall");
    case WishChannel::Visit:
        return tr("visit");
    case WishChannel::Phone:
        return tr("phone");
    case WishChannel::GroupChat:
        return tr("grid group chat");
    }
    return {};
}

QString AidLabels::wishState(WishState state) {
    switch (state) {
    case WishState::Posted:
        return tr("waiting to be checked");
    case WishState::Open:
        return tr("open");
    case WishState::Claimed:
        return tr("claimed");
    case WishState::Dispatched:
        return tr("dispatched");
    case WishState::Fulfilled:
        return tr("fulfilled");
    case WishState::Withdrawn:
        return tr("withdrawn");
    case WishState::Escalated:
        return tr("turned into a complaint");
    }
    return {};
}

QString AidLabels::wishAction(WishAction action) {
    switch (action) {
    case WishAction::Verify:
        return tr("Checked, put it up");
    case WishAction::Claim:
        return tr("Claim…");
    case WishAction::Dispatch:
        return tr("Dispatch…");
    case WishAction::Release:
        return tr("Back to the wall");
    case WishAction::Fulfil:
        return tr("Fulfilled…");
    case WishAction::Withdraw:
        return tr("Withdraw…");
    case WishAction::Escalate:
        return tr("Make it a complaint");
    }
    return {};
}

QString AidLabels::wishActionPastTense(WishAction action) {
    switch (action) {
    case WishAction::Verify:
        return tr("checked");
    case WishAction::Claim:
        return tr("claimed");
    case WishAction::Dispatch:
        return tr("dispatched");
    case WishAction::Release:
        return tr("put back on the wall");
    case WishAction::Fulfil:
        return tr("fulfilled");
    case WishAction::Withdraw:
        return tr("withdrawn");
    case WishAction::Escalate:
        return tr("turned into a complaint");
    }
    return {};
}

QString AidLabels::wishActionHint(WishAction action) {
    switch (action) {
    case WishAction::Verify:
        return tr("The wish was checked with the resident: put it on the wall");
    case WishAction::Claim:
        return tr("A neighbour takes the wish on");
    case WishAction::Dispatch:
        return tr("Send the wish to a neighbour head or grid worker, with a deadline");
    case WishAction::Release:
        return tr("The helper gives the wish back: it returns to the wall");
    case WishAction::Fulfil:
        return tr("The wish came true: what was done and the helper's time");
    case WishAction::Withdraw:
        return tr("The resident no longer needs it");
    case WishAction::Escalate:
        return tr("The office must act: the wish becomes a complaint");
    }
    return {};
}

QString AidLabels::dispatchRole(DispatchRole role) {
    switch (role) {
    case DispatchRole::NeighbourHead:
        return tr("neighbour head");
    case DispatchRole::GridWorker:
        return tr("grid worker");
    }
    return {};
}

QString AidLabels::carerKind(CarerKind kind) {
    switch (kind) {
    case CarerKind::PartyMember:
        return tr("party member");
    case CarerKind::NeighbourHead:
        return tr("neighbour head");
    case CarerKind::Volunteer:
        return tr("volunteer");
    }
    return {};
}

QString AidLabels::visitKind(VisitKind kind) {
    switch (kind) {
    case VisitKind::Company:
        return tr("keeping company");
    case VisitKind::Repair:
        return tr("water or electricity repair");
    case VisitKind::Meals:
        return tr("meals");
    case VisitKind::HealthCheck:
        return tr("health check");
    case VisitKind::PhoneCall:
        return tr("phone call");
    case VisitKind::Other:
        return tr("other");
    }
    return {};
}

QString AidLabels::checkItem(CheckItem item) {
    switch (item) {
    case CheckItem::Health:
        return tr("health");
    case CheckItem::Mood:
        return tr("mood");
    case CheckItem::GasWaterPower:
        return tr("gas, water and electricity safe");
    case CheckItem::Hygiene:
        return tr("hygiene");
    case CheckItem::Living:
        return tr("living conditions");
    }
    return {};
}

QString AidLabels::careTaskKind(CareTaskKind kind) {
    switch (kind) {
    case CareTaskKind::Repair:
        return tr("repair");
    case CareTaskKind::Meals:
        return tr("meals");
    case CareTaskKind::Health:
        return tr("health");
    case CareTaskKind::Hygiene:
        return tr("hygiene");
    case CareTaskKind::Other:
        return tr("other");
    }
    return {};
}

QString AidLabels::stationCategory(StationCategory category) {
    switch (category) {
    case StationCategory::Books:
        return tr("books");
    case StationCategory::Toys:
        return tr("toys");
    case StationCategory::DailyGoods:
        return tr("daily goods");
    case StationCategory::Clothes:
        return tr("clothes");
    case StationCategory::Other:
        return tr("other");
    }
    return {};
}

QString AidLabels::activityKind(ActivityKind kind) {
    switch (kind) {
    case ActivityKind::Sports:
        return tr("fun sports");
    case ActivityKind::Talent:
        return tr("talent contest");
    case ActivityKind::Performance:
        return tr("performance");
    case ActivityKind::Handicraft:
        return tr("handicraft");
    case ActivityKind::Other:
        return tr("other");
    }
    return {};
}

} // namespace linli
