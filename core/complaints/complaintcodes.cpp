#include "complaints/complaintcodes.h"

#include "common/codetable.h"

namespace linli::codes {

namespace {

constexpr CodeTable<Channel, 6> kChannels = {{
    {Channel::Visit, u"visit"},
    {Channel::Phone, u"phone"},
    {Channel::GridPlatform, u"grid_platform"},
    {Channel::GroupChat, u"group_chat"},
    {Channel::WishWall, u"wish_wall"},
    {Channel::Other, u"other"},
}};

constexpr CodeTable<Urgency, 2> kUrgencies = {{
    {Urgency::Normal, u"normal"},
    {Urgency::Urgent, u"urgent"},
}};

constexpr CodeTable<ComplaintState, 7> kStates = {{
    {ComplaintState::Registered, u"registered"},
    {ComplaintState::Assigned, u"assigned"},
    {ComplaintState::InProgress, u"in_progress"},
    {ComplaintState::Resolved, u"resolved"},
    {ComplaintState::Answered, u"answered"},
    {ComplaintState::FollowedUp, u"followed_up"},
    {ComplaintState::Closed, u"closed"},
}};

constexpr CodeTable<Level, 4> kLevels = {{
    {Level::Building, u"building"},
    {Level::Community, u"community"},
    {Level::Mediation, u"mediation"},
    {Level::Referred, u"referred"},
}};

constexpr CodeTable<Satisfaction, 3> kSatisfactions = {{
    {Satisfaction::Satisfied, u"satisfied"},
    {Satisfaction::BasicallySatisfied, u"basically_satisfied"},
    {Satisfaction::Unsatisfied, u"unsatisfied"},
}};

constexpr CodeTable<ComplaintAction, 9> kActions = {{
    {ComplaintAction::Assign, u"assign"},
    {ComplaintAction::Start, u"start"},
    {ComplaintAction::Resolve, u"resolve"},
    {ComplaintAction::Answer, u"answer"},
    {ComplaintAction::FollowUp, u"follow_up"},
    {ComplaintAction::Close, u"close"},
    {ComplaintAction::Extend, u"extend"},
    {ComplaintAction::Remind, u"remind"},
    {ComplaintAction::Revisit, u"revisit"},
}};

} // namespace

QString channel(Channel value) {
    return toCode(kChannels, value);
}
Channel channelFrom(QAnyStringView code) {
    return fromCode(kChannels, code);
}
QString urgency(Urgency value) {
    return toCode(kUrgencies, value);
}
Urgency urgencyFrom(QAnyStringView code) {
    return fromCode(kUrgencies, code);
}
QString state(ComplaintState value) {
    return toCode(kStates, value);
}
ComplaintState stateFrom(QAnyStringView code) {
    return fromCode(kStates, code);
}
QString level(Level value) {
    return toCode(kLevels, value);
}
std::optional<Level> levelFrom(QAnyStringView code) {
    if (code.isEmpty())
        return std::nullopt;
    return fromCode(kLevels, code);
}
QString satisfaction(Satisfaction value) {
    return toCode(kSatisfactions, value);
}
std::optional<Satisfaction> satisfactionFrom(QAnyStringView code) {
    if (code.isEmpty())
        return std::nullopt;
    return fromCode(kSatisfactions, code);
}
QString action(ComplaintAction value) {
    return toCode(kActions, value);
}
ComplaintAction actionFrom(QAnyStringView code) {
    return fromCode(kActions, code);
}

} // namespace linli::codes
