#pragma once

#include "aid/wish.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// A wish's life as an explicit table: state × action → state; anything else is refused with
/// a message that says why.
class WishStateMachine final {
    Q_DECLARE_TR_FUNCTIONS(linli::WishStateMachine)
public:
    static Result<WishState> next(WishState from, WishAction action);
    /// The actions allowed in `state`, in the order buttons show them.
    static QList<WishAction> actionsFrom(WishState state);
};

} // namespace linli
