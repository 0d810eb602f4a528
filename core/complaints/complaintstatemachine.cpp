#include "complaints/complaintstatemachine.h"

#include "complaints/complaintlabels.h"

namespace linli {

namespace {

using S = ComplaintState;
using A = ComplaintAction;

struct Transition {
    S from;
    A action;
    S to;
};

// The whole life of a complaint. A hand-off is an Assign from Assigned or InProgress; Extend and
// Remind keep the state. A follow-up that finds the reporter unsatisfied reopens the complaint
// (handled in next()).
constexpr Transition kTransitions[] = {
    {S::Registered, A::Assign, S::Assigned},    {S::Registered, A::Extend, S::Registered},
    {S::Registered, A::Remind, S::Registered},  {S::Assigned, A::Assign, S::Assigned},
    {S::Assigned, A::Start, S::InProgress},     {S::Assigned, A::Resolve, S::Resolved},
    {S::Assigned, A::Extend, S::Assigned},      {S::Assigned, A::Remind, S::Assigned},
    {S::InProgress, A::Assign, S::Assigned},    {S::InProgress, A::Resolve, S::Resolved},
    {S::InProgress, A::Extend, S::InProgress},  {S::InProgress, A::Remind, S::InProgress},
    {S::Resolved, A::Answer, S::Answered},      {S::Answered, A::FollowUp, S::FollowedUp},
    {S::FollowedUp, A::Close, S::Closed},       {S::Registered, A::Revisit, S::Registered},
    {S::Assigned, A::Revisit, S::Assigned},     {S::InProgress, A::Revisit, S::InProgress},
    {S::Resolved, A::Revisit, S::Resolved},     {S::Answered, A::Revisit, S::Answered},
    {S::FollowedUp, A::Revisit, S::FollowedUp},
};

} // namespace

Result<ComplaintState> ComplaintStateMachine::next(ComplaintState from, ComplaintAction action,
                                                   bool unsatisfied) {
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.action == action) {
            if (action == A::FollowUp && unsatisfied)
                return S::InProgress;
            return t.to;
        }
    }
    if (action == A::Remind && (from == S::Resolved || from == S::Answered))
        return Result<ComplaintState>::failure(
            tr("The complaint is resolved already; a reminder is only for open ones."));
    return Result<ComplaintState>::failure(
        tr("A complaint that is %1 cannot be %2.")
            .arg(ComplaintLabels::state(from), ComplaintLabels::actionPastTense(action)));
}

QList<ComplaintAction> ComplaintStateMachine::actionsFrom(ComplaintState state) {
    QList<ComplaintAction> actions;
    for (const Transition &t : kTransitions) {
        if (t.from == state && !actions.contains(t.action))
            actions << t.action;
    }
    return actions;
}

} // namespace linli
