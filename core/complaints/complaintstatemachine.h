#pragma once

#include "common/result.h"
#include "complaints/complaint.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// The complaint's life as an explicit table: state × action → state. Anything not in the
/// table is refused with a message that says why.
class ComplaintStateMachine final {
    Q_DECLARE_TR_FUNCTIONS(linli::ComplaintStateMachine)
public:
    /// The state after `action`; for a follow-up, `unsatisfied` reopens the complaint.
    static Result<ComplaintState> next(ComplaintState from, ComplaintAction action,
                                       bool unsatisfied = false);
    /// The actions allowed in `state`, in the order buttons show them.
    static QList<ComplaintAction> actionsFrom(ComplaintState state);
};

} // namespace linli
