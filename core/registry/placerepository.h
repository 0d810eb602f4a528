#pragma once

#include "common/result.h"
#include "registry/places.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace linli {

class Database;

/// Communities, compounds, buildings and stairwell units: the tree of places households sit in.
/// Reads run on the database; writes take the context of a write transaction and audit it.
class PlaceRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::PlaceRepository)
public:
    explicit PlaceRepository(const Database &database)
        : m_database(database) {}

    /// The communities the session works in: its own, or every one for the whole sub-district.
    Result<QList<Community>> communities() const;
    /// Every community of the database, whoever asks (to choose one, or to compare them).
    Result<QList<Community>> allCommunities() const;
    Result<QList<Compound>> compounds(CommunityId community) const;
    Result<QList<Building>> buildings(CompoundId compound) const;
    Result<QList<Unit>> units(BuildingId building) const;
    Result<Community> community(CommunityId id) const;
    Result<Compound> compound(CompoundId id) const;
    Result<Building> building(BuildingId id) const;
    Result<Unit> unit(UnitId id) const;
    /// The compound, building and unit names of a unit, for addresses.
    Result<HouseholdPlace> placeOfUnit(UnitId id) const;
    Result<BuildingPlace> placeOfBuilding(BuildingId id) const;
    /// Every building the session may see, named with its compound (明珠花园3栋), in the tree's
    /// order: one query, for the lists that offer every building.
    Result<QList<std::pair<BuildingId, QString>>> buildingNames() const;

    static Result<CommunityId> add(const WriteContext &context, const Community &community);
    static Result<CompoundId> add(const WriteContext &context, const Compound &compound);
    static Result<BuildingId> add(const WriteContext &context, const Building &building);
    static Result<UnitId> add(const WriteContext &context, const Unit &unit);

    static Status update(const WriteContext &context, const Community &before,
                         const Community &after);
    static Status update(const WriteContext &context, const Compound &before,
                         const Compound &after);
    static Status update(const WriteContext &context, const Building &before,
                         const Building &after);
    static Status update(const WriteContext &context, const Unit &before, const Unit &after);

    /// Removes an empty place; refuses one that still holds anything.
    static Status remove(const WriteContext &context, const Compound &compound);
    static Status remove(const WriteContext &context, const Building &building);
    static Status remove(const WriteContext &context, const Unit &unit);

private:
    /// Rewrites the stored addresses of every household in the units `unitsQuery` selects (its
    /// `id` column, for the place bound as :id).
    static Status refreshAddresses(const WriteContext &context, const QString &unitsQuery,
                                   qint64 id);

    const Database &m_database;
};

} // namespace linli
