#pragma once

#include "aid/eldercare.h"
#include "aid/event.h"
#include "aid/station.h"
#include "aid/wish.h"

#include <QCoreApplication>

namespace linli {

/// The translated names of the mutual-aid enumerations, as the screens show them.
class AidLabels final {
    Q_DECLARE_TR_FUNCTIONS(linli::AidLabels)
public:
    static QString wishKind(WishKind kind);
    static QString wishChannel(WishChannel channel);
    static QString wishState(WishState state);
    /// A button: "Claim", "Dispatch…".
    static QString wishAction(WishAction action);
    /// In a sentence: "A wish that is open cannot be fulfilled."
    static QString wishActionPastTense(WishAction action);
    /// What the step does, for its button's tooltip.
    static QString wishActionHint(WishAction action);
    static QString dispatchRole(DispatchRole role);
    static QString carerKind(CarerKind kind);
    static QString visitKind(VisitKind kind);
    static QString checkItem(CheckItem item);
    static QString careTaskKind(CareTaskKind kind);
    static QString stationCategory(StationCategory category);
    static QString activityKind(ActivityKind kind);
};

} // namespace linli
