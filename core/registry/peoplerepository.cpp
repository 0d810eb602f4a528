#include "registry/peoplerepository.h"

#include "registry/registrycodes.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QJsonArray>

namespace linli {

namespace {

const QString kStaff = QStringLiteral(
    "SELECT id, community_id, name, role, mobile, active FROM staff WHERE community_id = :community"
    " ORDER BY name, id");
const QString kGrids = QStringLiteral(
    "SELECT g.id, g.community_id, g.name, g.worker_id, coalesce(s.name, '') AS worker_name"
    " FROM grids g LEFT JOIN staff s ON s.id = g.worker_id WHERE g.community_id = :community"
    " ORDER BY g.id");
const QString kGrid = QStringLiteral(
    "SELECT g.id, g.community_id, g.name, g.worker_id, coalesce(s.name, '') AS worker_name"
    " FROM grids g LEFT JOIN staff s ON s.id = g.worker_id WHERE g.id = :id");
const QString kHeads = QStringLiteral(
    "SELECT n.id, n.resident_id, r.name, r.mobile, n.term_start, n.term_end FROM neighbour_heads n"
    " JOIN neighbour_head_buildings nb ON nb.neighbour_head_id = n.id"
    " JOIN residents r ON r.id = n.resident_id"
    " WHERE nb.building_id = :building AND n.term_start <= :day"
    " AND (n.term_end IS NULL OR n.term_end > :day)"
    " ORDER BY n.term_start, n.id");
const QString kHeadBuildings =
    QStringLiteral("SELECT building_id FROM neighbour_head_buildings "
                   "WHERE neighbour_head_id = :head ORDER BY building_id");
const QString kGroup = QStringLiteral(
    "SELECT g.id, g.building_id, g.resident_id, r.name, g.role FROM group_members g"
    " JOIN residents r ON r.id = g.resident_id WHERE g.building_id = :building"
    " ORDER BY CASE g.role WHEN 'leader' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, r.sort_key,"
    " g.id");
const QString kInsertStaff =
    QStringLiteral("INSERT INTO staff (community_id, name, role, mobile, active)"
                   " VALUES (:community, :name, :role, :mobile, :active) RETURNING id");
const QString kInsertGrid = QStringLiteral("INSERT INTO grids (community_id, name, worker_id)"
                                           " VALUES (:community, :name, :worker) RETURNING id");
const QString kInsertHead =
    QStringLiteral("INSERT INTO neighbour_heads (resident_id, term_start, term_end)"
                   " VALUES (:resident, :term_start, :term_end) RETURNING id");
// The table has no id of its own (its key is the pair), so nothing is returned.
const QString kInsertHeadBuilding =
    QStringLiteral("INSERT INTO neighbour_head_buildings (neighbour_head_id, building_id)"
                   " VALUES (:head, :building)");
const QString kInsertGroup =
    QStringLiteral("INSERT INTO group_members (building_id, resident_id, role)"
                   " VALUES (:building, :resident, :role) RETURNING id");
const QString kGroupTaken = QStringLiteral(
    "SELECT count(*) FROM group_members WHERE building_id = :building AND resident_id = :resident");
const QString kEndTerm =
    QStringLiteral("UPDATE neighbour_heads SET term_end = :term_end WHERE id = :id");
const QString kDeleteGroup = QStringLiteral("DELETE FROM group_members WHERE id = :id");

Grid gridFrom(const sql::Statement &q) {
    return {GridId{q.integer("id")}, CommunityId{q.integer("community_id")}, q.text("name"),
            StaffId{q.integer("worker_id")}, q.text("worker_name")};
}

} // namespace

Result<QList<StaffMember>> PeopleRepository::staff(CommunityId community) const {
    auto query =
        sql::Statement::run(m_database.connection(), kStaff, {{"community", community.value}});
    if (!query)
        return query.status();
    QList<StaffMember> list;
    while (query->next())
        list.append({StaffId{query->integer("id")}, CommunityId{query->integer("community_id")},
                     query->text("name"), codes::staffRoleFrom(query->text("role")),
                     query->text("mobile"), query->flag("active")});
    return list;
}

Result<QList<Grid>> PeopleRepository::grids(CommunityId community) const {
    auto query =
        sql::Statement::run(m_database.connection(), kGrids, {{"community", community.value}});
    if (!query)
        return query.status();
    QList<Grid> list;
    while (query->next())
        list.append(gridFrom(*query));
    return list;
}

Result<Grid> PeopleRepository::grid(GridId id) const {
    auto query = sql::Statement::run(m_database.connection(), kGrid, {{"id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Grid>::failure(tr("The grid no longer exists."));
    return gridFrom(*query);
}

Result<QList<NeighbourHead>> PeopleRepository::neighbourHeads(BuildingId building, QDate on) const {
    auto query = sql::Statement::run(m_database.connection(), kHeads,
                                     {{"building", building.value}, {"day", on}});
    if (!query)
        return query.status();
    QList<NeighbourHead> list;
    while (query->next()) {
        NeighbourHead head;
        head.id = NeighbourHeadId{query->integer("id")};
        head.residentId = ResidentId{query->integer("resident_id")};
        head.residentName = query->text("name");
        head.mobile = query->text("mobile");
        head.termStart = query->date("term_start");
        head.termEnd = query->date("term_end");
        list.append(head);
    }
    for (NeighbourHead &head : list) {
        auto buildings =
            sql::Statement::run(m_database.connection(), kHeadBuildings, {{"head", head.id.value}});
        if (!buildings)
            return buildings.status();
        while (buildings->next())
            head.buildings.append(BuildingId{buildings->integer("building_id")});
        if (Status read = buildings->status(); !read)
            return read;
    }
    return list;
}

Result<QList<GroupMember>> PeopleRepository::groupMembers(BuildingId building) const {
    auto query =
        sql::Statement::run(m_database.connection(), kGroup, {{"building", building.value}});
    if (!query)
        return query.status();
    QList<GroupMember> list;
    while (query->next())
        list.append({GroupMemberId{query->integer("id")}, BuildingId{query->integer("building_id")},
                     ResidentId{query->integer("resident_id")}, query->text("name"),
                     codes::groupRoleFrom(query->text("role"))});
    if (Status read = query->status(); !read)
        return read;
    return list;
}

Result<StaffId> PeopleRepository::add(const WriteContext &context, const StaffMember &member) {
    if (member.name.trimmed().isEmpty())
        return Result<StaffId>::failure(tr("Enter the staff member's name."));
    auto id = context.insert(kInsertStaff, {{"community", member.communityId.value},
                                            {"name", member.name.trimmed()},
                                            {"role", codes::staffRole(member.role)},
                                            {"mobile", sql::notNull(member.mobile)},
                                            {"active", member.active}});
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
    auto id = context.insert(kInsertGrid, {{"community", grid.communityId.value},
                                           {"name", grid.name.trimmed()},
                                           {"worker", sql::idOrNull(grid.workerId)}});
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
    auto id = context.insert(kInsertHead, {{"resident", head.residentId.value},
                                           {"term_start", head.termStart},
                                           {"term_end", head.termEnd}});
    if (!id)
        return id.status();
    QJsonArray buildings;
    for (const BuildingId building : head.buildings) {
        if (auto done =
                context.run(kInsertHeadBuilding, {{"head", *id}, {"building", building.value}});
            !done)
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
    const auto taken = sql::Statement::single(
        context.connection(), kGroupTaken,
        {{"building", member.buildingId.value}, {"resident", member.residentId.value}});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Result<GroupMemberId>::failure(
            tr("The resident is in this building's group already."));
    auto id = context.insert(kInsertGroup, {{"building", member.buildingId.value},
                                            {"resident", member.residentId.value},
                                            {"role", codes::groupRole(member.role)}});
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
    if (Status done = context.change(kEndTerm, {{"term_end", on}, {"id", head.id.value}},
                                     tr("The neighbour head no longer exists."));
        !done)
        return done;
    return context.audit(
        QStringLiteral("neighbour_head"), head.id.value, WriteContext::Action::Update,
        {{QStringLiteral("term_end"),
          QJsonArray{head.termEnd.toString(Qt::ISODate), on.toString(Qt::ISODate)}}});
}

Status PeopleRepository::remove(const WriteContext &context, const GroupMember &member) {
    if (Status done = context.change(kDeleteGroup, {{"id", member.id.value}},
                                     tr("The group member no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("group_member"), member.id.value,
                         WriteContext::Action::Delete,
                         {{QStringLiteral("building_id"), member.buildingId.value},
                          {QStringLiteral("resident_id"), member.residentId.value}});
}

} // namespace linli
