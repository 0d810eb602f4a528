#pragma once

#include "common/result.h"
#include "registry/people.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

class Database;

/// The people with a role in the registry: staff, grids and their workers, neighbour heads and
/// building self-governance groups.
class PeopleRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::PeopleRepository)
public:
    explicit PeopleRepository(const Database &database)
        : m_database(database) {}

    Result<QList<StaffMember>> staff(CommunityId community) const;
    Result<QList<Grid>> grids(CommunityId community) const;
    Result<Grid> grid(GridId id) const;
    /// Neighbour heads serving the building on `on`: the term has started and its end date, the
    /// first day without the role, is still to come.
    Result<QList<NeighbourHead>> neighbourHeads(BuildingId building, QDate on) const;
    Result<QList<GroupMember>> groupMembers(BuildingId building) const;

    static Result<StaffId> add(const WriteContext &context, const StaffMember &member);
    static Result<GridId> add(const WriteContext &context, const Grid &grid);
    static Result<NeighbourHeadId> add(const WriteContext &context, const NeighbourHead &head);
    static Result<GroupMemberId> add(const WriteContext &context, const GroupMember &member);
    static Status endTerm(const WriteContext &context, const NeighbourHead &head, QDate on);
    static Status remove(const WriteContext &context, const GroupMember &member);

private:
    const Database &m_database;
};

} // namespace linli
