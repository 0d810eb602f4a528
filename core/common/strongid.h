#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace linli {

/// A database id that cannot be mixed up with an id of another entity.
template<typename Tag> struct StrongId {
    qint64 value = 0;

    bool isValid() const { return value > 0; }
    friend auto operator<=>(const StrongId &, const StrongId &) = default;
    friend size_t qHash(const StrongId &id, size_t seed = 0) { return ::qHash(id.value, seed); }
};

using CommunityId = StrongId<struct CommunityTag>;
using CompoundId = StrongId<struct CompoundTag>;
using BuildingId = StrongId<struct BuildingTag>;
using UnitId = StrongId<struct UnitTag>;
using HouseholdId = StrongId<struct HouseholdTag>;
using ResidentId = StrongId<struct ResidentTag>;
using GridId = StrongId<struct GridTag>;
using StaffId = StrongId<struct StaffTag>;
using NeighbourHeadId = StrongId<struct NeighbourHeadTag>;
using GroupMemberId = StrongId<struct GroupMemberTag>;

} // namespace linli
