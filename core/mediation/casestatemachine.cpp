#include "mediation/casestatemachine.h"

namespace linli {

namespace {

using S = CaseState;
using A = CaseAction;

struct Transition {
    S from;
    A action;
    S to;
};

constexpr Transition kTransitions[] = {
    {S::Accepted, A::Investigate, S::Investigating},
    {S::Accepted, A::Withdraw, S::Withdrawn},
    {S::Accepted, A::Refer, S::Referred},
    {S::Investigating, A::Mediate, S::Mediating},
    {S::Investigating, A::Withdraw, S::Withdrawn},
    {S::Investigating, A::Refer, S::Referred},
    {S::Mediating, A::ReachAgreement, S::AgreementReached},
    {S::Mediating, A::Fail, S::NoAgreement},
    {S::Mediating, A::Withdraw, S::Withdrawn},
    {S::Mediating, A::Refer, S::Referred},
    {S::NoAgreement, A::Refer, S::Referred},
    {S::AgreementReached, A::FollowUp, S::FollowedUp},
    {S::NoAgreement, A::FollowUp, S::FollowedUp},
    {S::Withdrawn, A::FollowUp, S::FollowedUp},
    {S::Referred, A::FollowUp, S::FollowedUp},
    {S::FollowedUp, A::Close, S::Closed},
};

} // namespace

Result<CaseState> CaseStateMachine::next(CaseState from, CaseAction action) {
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    return Result<CaseState>::failure(
        tr("A case that is %1 cannot be %2.").arg(stateName(from), actionName(action)));
}

QList<CaseAction> CaseStateMachine::actionsFrom(CaseState state) {
    QList<CaseAction> actions;
    for (const Transition &t : kTransitions) {
        if (t.from == state)
            actions << t.action;
    }
    return actions;
}

bool CaseStateMachine::isOpen(CaseState state) {
    return state == S::Accepted || state == S::Investigating || state == S::Mediating;
}

bool CaseStateMachine::maySharecost(CaseState state) {
    return state == S::Mediating || state == S::AgreementReached;
}

QString CaseStateMachine::stateName(CaseState state) {
    switch (state) {
    case S::Accepted:
        return tr("accepted");
    case S::Investigating:
        return tr("being investigated");
    case S::Mediating:
        return tr("in mediation");
    case S::AgreementReached:
        return tr("settled by agreement");
    case S::NoAgreement:
        return tr("without agreement");
    case S::Withdrawn:
        return tr("withdrawn");
    case S::Referred:
        return tr("referred");
    case S::FollowedUp:
        return tr("followed up");
    case S::Closed:
        return tr("closed");
    }
    return {};
}

QString CaseStateMachine::actionName(CaseAction action) {
    switch (action) {
    case A::Investigate:
        return tr("investigated", "as an action");
    case A::Mediate:
        return tr("mediated", "as an action");
    case A::ReachAgreement:
        return tr("settled by agreement", "as an action");
    case A::Fail:
        return tr("ended without agreement", "as an action");
    case A::Withdraw:
        return tr("withdrawn", "as an action");
    case A::Refer:
        return tr("referred", "as an action");
    case A::FollowUp:
        return tr("followed up", "as an action");
    case A::Close:
        return tr("closed", "as an action");
    }
    return {};
}

QString caseNumber(int year, int sequence, const QString &prefix) {
    return QStringLiteral("（%1）%2第%3号")
        .arg(year)
        .arg(prefix)
        .arg(sequence, 3, 10, QLatin1Char('0'));
}

} // namespace linli

namespace linli {

bool MediationCase::isOverLimit(QDate today) const {
    return CaseStateMachine::isOpen(state) && limitOn.isValid() && today > limitOn;
}

} // namespace linli
