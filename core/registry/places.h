#pragma once

#include "common/strongid.h"

#include <QString>

namespace linli {

struct Community {
    CommunityId id;
    QString name;
    QString subdistrict;
    QString district;
    int version = 0; ///< the row version it was read at (see RowVersion)
};

/// The five kinds of compound the office manages each its own way (一小区一办法).
enum class CompoundKind { NewBuilt, Old, Resettlement, WorkUnit, Scattered };

struct Compound {
    CompoundId id;
    CommunityId communityId;
    QString name;
    CompoundKind kind = CompoundKind::Old;
    int version = 0; ///< the row version it was read at (see RowVersion)
};

struct Building {
    BuildingId id;
    CompoundId compoundId;
    QString name;
    GridId gridId; ///< may be unset
    int version = 0;
};

/// A stairwell unit (单元): its households share pipes, septic tanks and repair costs.
struct Unit {
    UnitId id;
    BuildingId buildingId;
    QString name;
    int version = 0;
};

struct Household {
    HouseholdId id;
    UnitId unitId;
    QString room;
    QString address;     ///< the full written address, derived from the places above
    int memberCount = 0; ///< residents living there now (not moved out)
    int version = 0;
};

/// Where a household sits, from compound down to unit: enough to write its address.
struct HouseholdPlace {
    CommunityId communityId;
    CompoundId compoundId;
    BuildingId buildingId;
    UnitId unitId;
    QString compoundName;
    QString buildingName;
    QString unitName;
};

/// A building with the names of what it belongs to, for documents that print them.
struct BuildingPlace {
    CommunityId communityId;
    CompoundId compoundId;
    BuildingId buildingId;
    QString communityName;
    QString compoundName;
    QString buildingName;
};

/// How an address is written: 明珠花园3栋2单元302.
inline QString writtenAddress(const QString &compound, const QString &building, const QString &unit,
                              const QString &room) {
    return compound + building + unit + room;
}

} // namespace linli
