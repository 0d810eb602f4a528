#pragma once

#include "common/result.h"
#include "mediation/mediation.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// A mediation case's life as an explicit table: state × action → state; everything else is
/// refused with a message.
class CaseStateMachine final {
    Q_DECLARE_TR_FUNCTIONS(linli::CaseStateMachine)
public:
    static Result<CaseState> next(CaseState from, CaseAction action);
    static QList<CaseAction> actionsFrom(CaseState state);
    /// Still being worked on (the one-month limit applies).
    static bool isOpen(CaseState state);
    /// Whether a repair's cost may be shared among households: while the parties mediate or
    /// once they agreed, not before the facts are in nor after the case ended.
    static bool maySharecost(CaseState state);
    static QString stateName(CaseState state);
    static QString actionName(CaseAction action);
};

/// The case number as the mediation registers write it: （2025）红调字第012号.
QString caseNumber(int year, int sequence, const QString &prefix);

} // namespace linli
