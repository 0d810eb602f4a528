#include "aid/aidcodes.h"

#include "common/codetable.h"

namespace linli::aidcodes {

namespace {

constexpr CodeTable<WishKind, 2> kKinds = {{{WishKind::Item, u"item"}, {WishKind::Help, u"help"}}};
constexpr CodeTable<WishChannel, 4> kChannels = {{{WishChannel::Wall, u"wall"},
                                                  {WishChannel::Visit, u"visit"},
                                                  {WishChannel::Phone, u"phone"},
                                                  {WishChannel::GroupChat, u"group_chat"}}};
constexpr CodeTable<WishState, 7> kStates = {{{WishState::Posted, u"posted"},
                                              {WishState::Open, u"open"},
                                              {WishState::Claimed, u"claimed"},
                                              {WishState::Dispatched, u"dispatched"},
                                              {WishState::Fulfilled, u"fulfilled"},
                                              {WishState::Withdrawn, u"withdrawn"},
                                              {WishState::Escalated, u"escalated"}}};
constexpr CodeTable<WishAction, 7> kActions = {{{WishAction::Verify, u"verify"},
                                                {WishAction::Claim, u"claim"},
                                                {WishAction::Dispatch, u"dispatch"},
                                                {WishAction::Release, u"release"},
                                                {WishAction::Fulfil, u"fulfil"},
                                                {WishAction::Withdraw, u"withdraw"},
                                                {WishAction::Escalate, u"escalate"}}};
constexpr CodeTable<DispatchRole, 2> kRoles = {
    {{DispatchRole::NeighbourHead, u"neighbour_head"}, {DispatchRole::GridWorker, u"grid_worker"}}};
constexpr CodeTable<CarerKind, 3> kCarers = {{{CarerKind::PartyMember, u"party_member"},
                                              {CarerKind::NeighbourHead, u"neighbour_head"},
                                              {CarerKind::Volunteer, u"volunteer"}}};
constexpr CodeTable<VisitKind, 6> kVisits = {{{VisitKind::Company, u"company"},
                                              {VisitKind::Repair, u"repair"},
                                              {VisitKind::Meals, u"meals"},
                                              {VisitKind::HealthCheck, u"health_check"},
                                              {VisitKind::PhoneCall, u"phone_call"},
                                              {VisitKind::Other, u"other"}}};
constexpr CodeTable<CareTaskKind, 5> kTasks = {{{CareTaskKind::Repair, u"repair"},
                                                {CareTaskKind::Meals, u"meals"},
                                                {CareTaskKind::Health, u"health"},
                                                {CareTaskKind::Hygiene, u"hygiene"},
                                                {CareTaskKind::Other, u"other"}}};
constexpr CodeTable<StationCategory, 5> kCategories = {
    {{StationCategory::Books, u"books"},
     {StationCategory::Toys, u"toys"},
     {StationCategory::DailyGoods, u"daily_goods"},
     {StationCategory::Clothes, u"clothes"},
     {StationCategory::Other, u"other"}}};

} // namespace

QString wishKind(WishKind value) {
    return toCode(kKinds, value);
}
WishKind wishKindFrom(const QString &code) {
    return fromCode(kKinds, code);
}
QString wishChannel(WishChannel value) {
    return toCode(kChannels, value);
}
WishChannel wishChannelFrom(const QString &code) {
    return fromCode(kChannels, code);
}
QString wishState(WishState value) {
    return toCode(kStates, value);
}
WishState wishStateFrom(const QString &code) {
    return fromCode(kStates, code);
}
QString wishAction(WishAction value) {
    return toCode(kActions, value);
}
WishAction wishActionFrom(const QString &code) {
    return fromCode(kActions, code);
}
QString dispatchRole(DispatchRole value) {
    return toCode(kRoles, value);
}
DispatchRole dispatchRoleFrom(const QString &code) {
    return fromCode(kRoles, code);
}
QString carerKind(CarerKind value) {
    return toCode(kCarers, value);
}
CarerKind carerKindFrom(const QString &code) {
    return fromCode(kCarers, code);
}
QString visitKind(VisitKind value) {
    return toCode(kVisits, value);
}
VisitKind visitKindFrom(const QString &code) {
    return fromCode(kVisits, code);
}
QString careTaskKind(CareTaskKind value) {
    return toCode(kTasks, value);
}
CareTaskKind careTaskKindFrom(const QString &code) {
    return fromCode(kTasks, code);
}
QString stationCategory(StationCategory value) {
    return toCode(kCategories, value);
}
StationCategory stationCategoryFrom(const QString &code) {
    return fromCode(kCategories, code);
}

} // namespace linli::aidcodes
