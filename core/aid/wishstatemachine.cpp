#include "aid/wishstatemachine.h"

#include "aid/aidlabels.h"

namespace linli {

namespace {

using S = WishState;
using A = WishAction;

struct Transition {
    S from;
    A action;
    S to;
};

// A wish is checked (核实) before the wall shows it. An open wish goes to the neighbours (one
// claims it) or is dispatched (派单); a claim given up puts it back on the wall. Either way it
// ends fulfilled, withdrawn, or — a matter for the office after all — as a complaint.
constexpr Transition kTransitions[] = {
    {S::Posted, A::Verify, S::Open},
    {S::Posted, A::Withdraw, S::Withdrawn},
    {S::Open, A::Claim, S::Claimed},
    {S::Open, A::Dispatch, S::Dispatched},
    {S::Open, A::Withdraw, S::Withdrawn},
    {S::Open, A::Escalate, S::Escalated},
    {S::Claimed, A::Fulfil, S::Fulfilled},
    {S::Claimed, A::Release, S::Open},
    {S::Claimed, A::Withdraw, S::Withdrawn},
    {S::Claimed, A::Escalate, S::Escalated},
    {S::Dispatched, A::Fulfil, S::Fulfilled},
    {S::Dispatched, A::Release, S::Open},
    {S::Dispatched, A::Withdraw, S::Withdrawn},
    {S::Dispatched, A::Escalate, S::Escalated},
};

} // namespace

Result<WishState> WishStateMachine::next(WishState from, WishAction action) {
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    if (from == S::Posted && (action == A::Claim || action == A::Dispatch))
        return Result<WishState>::failure(
            tr("The wish has not been checked yet: check it with the resident first, then it "
               "goes on the wall."));
    return Result<WishState>::failure(
        tr("A wish that is %1 cannot be %2.")
            .arg(AidLabels::wishState(from), AidLabels::wishActionPastTense(action)));
}

QList<WishAction> WishStateMachine::actionsFrom(WishState state) {
    QList<WishAction> actions;
    for (const Transition &t : kTransitions) {
        if (t.from == state)
            actions << t.action;
    }
    return actions;
}

} // namespace linli
