#pragma once

#include "cogovernance/pact.h"

namespace linli {

/// The cleaning duty rota (值日表) printed with a pact: a week a row, from the Monday of the
/// start, one full round. By floor, one floor of the building a week; by household, one
/// household of each stairwell unit a week, the units side by side.
struct CleaningRota {
    struct Week {
        QDate monday;
        QStringList onDuty; ///< one cell a column
    };
    QStringList columns;
    QList<Week> weeks;

    static CleaningRota make(const QList<PactHousehold> &households, RotaMode mode, QDate start);
    /// The floor of a room numbered the usual way (302 → 3, 1201 → 12); 0 when it is not.
    static int floorOf(const QString &room);
};

} // namespace linli
