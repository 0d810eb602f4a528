#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QString>

namespace linli {

using StationItemId = StrongId<struct StationItemTag>;
using StationTakeId = StrongId<struct StationTakeTag>;

/// What the mutual-aid station (邻里互助站) keeps on its shelf.
enum class StationCategory { Books, Toys, DailyGoods, Clothes, Other };

/// A donation: what, how many, from whom (a donor may stay anonymous), when.
struct StationItem {
    StationItemId id;
    StationCategory category = StationCategory::Other;
    QString description;
    int quantity = 1;
    ResidentId donorId;
    QString donorName; ///< empty for an anonymous donor
    QDate donatedOn;
    int onHand = 0; ///< read-only: what has not been taken
};

/// Something taken from the shelf.
struct StationTake {
    StationTakeId id;
    StationItemId itemId;
    QDate takenOn;
    ResidentId takerId;
    QString takerName;
    int quantity = 1;
    qint64 wishId = 0; ///< the wish it answered, if any
};

} // namespace linli
