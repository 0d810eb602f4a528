#include "registry/peoplerepository.h"

#include "common/isotime.h"

#include "registry/registrycodes.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace linli {

namespace {

const QString kStaff = QStringLiteral(
    "SELECT id, community_id, name, role, mobile, active FROM staff WHERE community_id = ?"
    " ORDER BY name");
const QString kGrids = QStringLiteral(
    "SELECT g.id, g.community_id, g.name, g.worker_id, coalesce(s.name, '') FROM grids g"
    " LEFT JOIN staff s ON s.id = g.worker_id WHERE g.community_id = ? ORDER BY g.id");
const QString kGrid = QStringLiteral(
    "SELECT g.id, g.community_id, g.name, g.worker_id, coalesce(s.name, '') FROM grids g"
    " LEFT JOIN staff s ON s.id = g.worker_id WHERE g.id = ?");
const QString kHeads = QStringLiteral(
    "SELECT n.id, n.resident_id, r.name, r.mobile, n.term_start, n.term_end FROM neighbour_heads n"
    " JOIN neighbour_head_buildings nb ON nb.neighbour_head_id = n.id"
    " JOIN residents r ON r.id = n.resident_id"
    " WHERE nb.building_id = ? AND n.term_start <= ? AND (n.term_end IS NULL OR n.term_end > ?)"
    " ORDER BY n.term_start");
const QString kHeadBuildings = QStringLiteral("SELECT building_id FROM neighbour_head_buildings "
                                              "WHERE neighbour_head_id = ? ORDER BY building_id");
const QString kGroup = QStringLiteral(
    "SELECT g.id, g.building_id, g.resident_id, r.name, g.role FROM group_members g"
    " JOIN residents r ON r.id = g.resident_id WHERE g.building_id = ?"
    " ORDER BY CASE g.role WHEN 'leader' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, r.sort_key");
const QString kInsertStaff = QStringLiteral(
    "INSERT INTO staff (community_id, name, role, mobile, active) VALUES (?, ?, ?, ?, ?)");
const QString kInsertGrid =
    QStringLiteral("INSERT INTO grids (community_id, name, worker_id) VALUES (?, ?, ?)");
const QString kInsertHead = QStringLiteral(
    "INSERT INTO neighbour_heads (resident_id, term_start, term_end) VALUES (?, ?, ?)");
const QString kInsertHeadBuilding = QStringLiteral(
    "INSERT INTO neighbour_head_buildings (neighbour_head_id, building_id) VALUES (?, ?)");
const QString kInsertGroup =
    QStringLiteral("INSERT INTO group_members (building_id, resident_id, role) VALUES (?, ?, ?)");
const QString kGroupTaken =
    QStringLiteral("SELECT count(*) FROM group_members WHERE building_id = ? AND resident_id = ?");
const QString kEndTerm = QStringLiteral("UPDATE neighbour_heads SET term_end = ? WHERE id = ?");
const QString kDeleteGroup = QStringLiteral("DELETE FROM group_members WHERE id = ?");

Grid gridFrom(const QSqlQuery &q) {
    return {GridId{q.value(0).toLongLong()}, CommunityId{q.value(1).toLongLong()},
            q.value(2).toString(), StaffId{q.value(3).toLongLong()}, q.value(4).toString()};
}

} // namespace

Result<QList<StaffMember>> PeopleRepository::staff(CommunityId community) const {
    auto query = sql::run(m_database.connection(), kStaff, {community.value});
    if (!query)
        return query.status();
    QList<StaffMember> list;
    while (query->next())
        list.append({StaffId{query->value(0).toLongLong()},
                     CommunityId{query->value(1).toLongLong()}, query->value(2).toString(),
                     codes::staffRoleFrom(query->value(3).toString()), query->value(4).toString(),
                     query->value(5).toBool()});
    return list;
}

Result<QList<Grid>> PeopleRepository::grids(CommunityId community) const {
    auto query = sql::run(m_database.connection(), kGrids, {community.value});
    if (!query)
        return query.status();
    QList<Grid> list;
    while (query->next())
        list.append(gridFrom(*query));
    return list;
}

Result<Grid> PeopleRepository::grid(GridId id) const {
    auto query = sql::run(m_database.connection(), kGrid, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Grid>::failure(tr("The grid no longer exists."));
    return gridFrom(*query);
}

Result<QList<NeighbourHead>> PeopleRepository::neighbourHeads(BuildingId building, QDate on) const {
    const QString day = on.toString(Qt::ISODate);
    auto query = sql::run(m_database.connection(), kHeads, {building.value, day, day});
    if (!query)
        return query.status();
    QList<NeighbourHead> list;
    while (query->next()) {
        NeighbourHead head;
        head.id = NeighbourHeadId{query->value(0).toLongLong()};
        head.residentId = ResidentId{query->value(1).toLongLong()};
        head.residentName = query->value(2).toString();
        head.mobile = query->value(3).toString();
        head.termStart = iso::date(query->value(4).toString());
        head.termEnd = iso::date(query->value(5).toString());
        list.append(head);
    }
    for (NeighbourHead &head : list) {
        auto buildings = sql::run(m_database.connection(), kHeadBuildings, {head.id.value});
        if (!buildings)
            return buildings.status();
        while (buildings->next())
            head.buildings.append(BuildingId{buildings->value(0).toLongLong()});
    }
    return list;
}

Result<QList<GroupMember>> PeopleRepository::groupMembers(BuildingId building) const {
    auto query = sql::run(m_database.connection(), kGroup, {building.value});
    if (!query)
        return query.status();
    QList<GroupMember> list;
    while (query->next())
        list.append({GroupMemberId{query->value(0).toLongLong()},
                     BuildingId{query->value(1).toLongLong()},
                     ResidentId{query->value(2).toLongLong()}, query->value(3).toString(),
                     codes::groupRoleFrom(query->value(4).toString())});
    return list;
}

Result<StaffId> PeopleRepository::add(const WriteContext &context, const StaffMember &member) {
    if (member.name.trimmed().isEmpty())
        return Result<StaffId>::failure(tr("Enter the staff member's name."));
    auto id = context.insert(kInsertStaff, {member.communityId.value, member.name.trimmed(),
                                            codes::staffRole(member.role),
                                            sql::notNull(member.mobile), member.active});
    if (!id)
        return id.status();
    if (Status audited = context.audit(QStringLiteral("staff"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("name"), member.name.trimmed()},
                                        {QStringLiteral("role"), codes::staffRole(member.role)}});
        !audited)
        return audited;
    return StaffId{*id};
}

Result<GridId> PeopleRepository::add(const WriteContext &context, const Grid &grid) {
    if (grid.name.trimmed().isEmpty())
        return Result<GridId>::failure(tr("Enter the grid's name."));
    auto id = context.insert(
        kInsertGrid, {grid.communityId.value, grid.name.trimmed(), sql::idOrNull(grid.workerId)});
    if (!id)
        return id.status();
    if (Status audited = context.audit(QStringLiteral("grid"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("name"), grid.name.trimmed()},
                                        {QStringLiteral("worker_id"), grid.workerId.value}});
        !audited)
        return audited;
    return GridId{*id};
}

Result<NeighbourHeadId> PeopleRepository::add(const WriteContext &context,
                                              const NeighbourHead &head) {
    if (!head.termStart.isValid())
        return Result<NeighbourHeadId>::failure(
            tr("Enter the date the neighbour head's term starts."));
    if (head.termEnd.isValid() && head.termEnd < head.termStart)
        return Result<NeighbourHeadId>::failure(tr("A term cannot end before it starts."));
    if (head.buildings.isEmpty())
        return Result<NeighbourHeadId>::failure(
            tr("Choose at least one building the neighbour head serves."));
    auto id = context.insert(
        kInsertHead,
        {head.residentId.value, head.termStart.toString(Qt::ISODate),
         head.termEnd.isValid() ? QVariant(head.termEnd.toString(Qt::ISODate)) : QVariant()});
    if (!id)
        return id.status();
    QJsonArray buildings;
    for (const BuildingId building : head.buildings) {
        if (auto done = context.run(kInsertHeadBuilding, {*id, building.value}); !done)
            return done.status();
        buildings.append(building.value);
    }
    if (Status audited =
            context.audit(QStringLiteral("neighbour_head"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("resident_id"), head.residentId.value},
                           {QStringLiteral("term_start"), head.termStart.toString(Qt::ISODate)},
                           {QStringLiteral("buildings"), buildings}});
        !audited)
        return audited;
    return NeighbourHeadId{*id};
}

Result<GroupMemberId> PeopleRepository::add(const WriteContext &context,
                                            const GroupMember &member) {
    const auto taken = sql::scalar(context.connection(), kGroupTaken,
                                   {member.buildingId.value, member.residentId.value});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Result<GroupMemberId>::failure(
            tr("The resident is in this building's group already."));
    auto id = context.insert(kInsertGroup, {member.buildingId.value, member.residentId.value,
                                            codes::groupRole(member.role)});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("group_member"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("building_id"), member.buildingId.value},
                           {QStringLiteral("resident_id"), member.residentId.value},
                           {QStringLiteral("role"), codes::groupRole(member.role)}});
        !audited)
        return audited;
    return GroupMemberId{*id};
}

Status PeopleRepository::endTerm(const WriteContext &context, const NeighbourHead &head, QDate on) {
    if (on < head.termStart)
        return Status::failure(tr("A term cannot end before it starts."));
    if (Status done = context.change(kEndTerm, {on.toString(Qt::ISODate), head.id.value},
                                     tr("The neighbour head no longer exists."));
        !done)
        return done;
    return context.audit(
        QStringLiteral("neighbour_head"), head.id.value, WriteContext::Action::Update,
        {{QStringLiteral("term_end"),
          QJsonArray{head.termEnd.toString(Qt::ISODate), on.toString(Qt::ISODate)}}});
}

Status PeopleRepository::remove(const WriteContext &context, const GroupMember &member) {
    if (Status done = context.change(kDeleteGroup, {member.id.value},
                                     tr("The group member no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("group_member"), member.id.value,
                         WriteContext::Action::Delete,
                         {{QStringLiteral("building_id"), member.buildingId.value},
                          {QStringLiteral("resident_id"), member.residentId.value}});
}

} // namespace linli
