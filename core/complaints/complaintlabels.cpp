#include "complaints/complaintlabels.h"

namespace linli {

QString ComplaintLabels::channel(Channel channel) {
    switch (channel) {
    case Channel::Visit:
        return tr("Visit");
    case Channel::Phone:
        return tr("Phone");
    case Channel::GridPlatform:
        return tr("Grid platform");
    case Channel::GroupChat:
        return tr("Group chat");
    case Channel::WishWall:
        return tr("Wish wall");
    case Channel::Other:
        return tr("Other");
    }
    return {};
}

QString ComplaintLabels::urgency(Urgency urgency) {
    return urgency == Urgency::Urgent ? tr("Urgent") : tr("Normal");
}

QString ComplaintLabels::state(ComplaintState state) {
    switch (state) {
    case ComplaintState::Registered:
        return tr("registered");
    case ComplaintState::Assigned:
        return tr("assigned");
    case ComplaintState::InProgress:
        return tr("in progress");
    case ComplaintState::Resolved:
        return tr("resolved");
    case ComplaintState::Answered:
        return tr("answered");
    case ComplaintState::FollowedUp:
        return tr("followed up");
    case ComplaintState::Closed:
        return tr("closed");
    }
    return {};
}

QString ComplaintLabels::level(Level level) {
    switch (level) {
    case Level::Building:
        return tr("Building");
    case Level::Community:
        return tr("Community");
    case Level::Mediation:
        return tr("Mediation");
    case Level::Referred:
        return tr("Referred");
    }
    return {};
}

QString ComplaintLabels::satisfaction(Satisfaction satisfaction) {
    switch (satisfaction) {
    case Satisfaction::Satisfied:
        return tr("Satisfied");
    case Satisfaction::BasicallySatisfied:
        return tr("Basically satisfied");
    case Satisfaction::Unsatisfied:
        return tr("Unsatisfied");
    }
    return {};
}

QString ComplaintLabels::action(ComplaintAction action) {
    switch (action) {
    case ComplaintAction::Assign:
        return tr("Assign…");
    case ComplaintAction::Start:
        return tr("Start work");
    case ComplaintAction::Resolve:
        return tr("Resolve…");
    case ComplaintAction::Answer:
        return tr("Answer the reporter…");
    case ComplaintAction::FollowUp:
        return tr("Follow-up visit…");
    case ComplaintAction::Close:
        return tr("Close");
    case ComplaintAction::Extend:
        return tr("Extend…");
    case ComplaintAction::Remind:
        return tr("Remind…");
    case ComplaintAction::Revisit:
        return tr("Record a return visit…");
    }
    return {};
}

QString ComplaintLabels::actionPastTense(ComplaintAction action) {
    switch (action) {
    case ComplaintAction::Assign:
        return tr("assigned", "as an action");
    case ComplaintAction::Start:
        return tr("started", "as an action");
    case ComplaintAction::Resolve:
        return tr("resolved", "as an action");
    case ComplaintAction::Answer:
        return tr("answered", "as an action");
    case ComplaintAction::FollowUp:
        return tr("followed up", "as an action");
    case ComplaintAction::Close:
        return tr("closed", "as an action");
    case ComplaintAction::Extend:
        return tr("extended", "as an action");
    case ComplaintAction::Remind:
        return tr("reminded", "as an action");
    case ComplaintAction::Revisit:
        return tr("visited again", "as an action");
    }
    return {};
}

const QList<Channel> &ComplaintLabels::channels() {
    static const QList<Channel> all = {Channel::Visit,     Channel::Phone,    Channel::GridPlatform,
                                       Channel::GroupChat, Channel::WishWall, Channel::Other};
    return all;
}

const QList<Level> &ComplaintLabels::levels() {
    static const QList<Level> all = {Level::Building, Level::Community, Level::Mediation,
                                     Level::Referred};
    return all;
}

const QList<ComplaintState> &ComplaintLabels::states() {
    static const QList<ComplaintState> all = {
        ComplaintState::Registered, ComplaintState::Assigned, ComplaintState::InProgress,
        ComplaintState::Resolved,   ComplaintState::Answered, ComplaintState::FollowedUp,
        ComplaintState::Closed};
    return all;
}

} // namespace linli
