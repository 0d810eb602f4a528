#include "registry/placerepository.h"

#include "access/communityscope.h"
#include "registry/registrycodes.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QJsonArray>

namespace linli {

namespace {

// Places sort naturally: "2栋" before "10栋".
const QString kCommunities =
    QStringLiteral("SELECT id, name, subdistrict, district, version FROM communities ORDER BY id");
const QString kCommunitiesInScope =
    QStringLiteral("SELECT id, name, subdistrict, district, version FROM communities WHERE ") +
    CommunityScope::ofColumn(QStringLiteral("id")) + QStringLiteral(" ORDER BY id");
const QString kCommunity = QStringLiteral(
    "SELECT id, name, subdistrict, district, version FROM communities WHERE id = :id");
// A grid worker is shown the compounds and buildings of their grids only.
const QString kCompounds = QStringLiteral(
    "SELECT id, community_id, name, kind, version FROM compounds WHERE community_id = :community"
    " AND (:own_grids = 0 OR id IN (SELECT b.compound_id FROM grids g JOIN buildings b"
    "  ON b.grid_id = g.id WHERE g.worker_id = :worker))"
    " ORDER BY id");
const QString kCompound =
    QStringLiteral("SELECT id, community_id, name, kind, version FROM compounds WHERE id = :id");
const QString kBuildings = QStringLiteral(
    "SELECT id, compound_id, name, grid_id, version FROM buildings WHERE compound_id = :compound"
    " AND (:own_grids = 0 OR grid_id IN (SELECT id FROM grids WHERE worker_id = :worker))"
    " ORDER BY length(name), name");
const QString kBuildingNames =
    QStringLiteral("SELECT b.id, p.name || b.name AS name FROM buildings b"
                   " JOIN compounds p ON p.id = b.compound_id WHERE ") +
    CommunityScope::ofColumn(QStringLiteral("p.community_id")) +
    QStringLiteral(
        " AND (:own_grids = 0 OR b.grid_id IN (SELECT id FROM grids WHERE worker_id = :worker))"
        " ORDER BY p.community_id, p.id, length(b.name), b.name");
const QString kBuilding =
    QStringLiteral("SELECT id, compound_id, name, grid_id, version FROM buildings WHERE id = :id");
const QString kUnits =
    QStringLiteral("SELECT id, building_id, name, version FROM units WHERE building_id = :building"
                   " ORDER BY length(name), name");
const QString kUnit =
    QStringLiteral("SELECT id, building_id, name, version FROM units WHERE id = :id");
const QString kPlaceOfUnit = QStringLiteral(
    "SELECT c.community_id, c.id AS compound_id, b.id AS building_id, u.id AS unit_id,"
    " c.name AS compound_name, b.name AS building_name, u.name AS unit_name"
    " FROM units u JOIN buildings b ON b.id = u.building_id"
    " JOIN compounds c ON c.id = b.compound_id WHERE u.id = :unit");

const QString kPlaceOfBuilding =
    QStringLiteral("SELECT m.id AS community_id, c.id AS compound_id, b.id AS building_id,"
                   " m.name AS community_name, c.name AS compound_name, b.name AS building_name"
                   " FROM buildings b JOIN compounds c ON c.id = b.compound_id"
                   " JOIN communities m ON m.id = c.community_id WHERE b.id = :building");

const QString kInsertCommunity =
    QStringLiteral("INSERT INTO communities (name, subdistrict, district)"
                   " VALUES (:name, :subdistrict, :district) RETURNING id");
const QString kInsertCompound = QStringLiteral("INSERT INTO compounds (community_id, name, kind)"
                                               " VALUES (:community, :name, :kind) RETURNING id");
const QString kInsertBuilding = QStringLiteral("INSERT INTO buildings (compound_id, name, grid_id)"
                                               " VALUES (:compound, :name, :grid) RETURNING id");
const QString kInsertUnit =
    QStringLiteral("INSERT INTO units (building_id, name) VALUES (:building, :name) RETURNING id");

const QString kUpdateCommunity = QStringLiteral(
    "UPDATE communities SET name = :name, subdistrict = :subdistrict, district = :district,"
    " version = version + 1 WHERE id = :id");
const QString kUpdateCompound = QStringLiteral(
    "UPDATE compounds SET name = :name, kind = :kind, version = version + 1 WHERE id = :id");
const QString kUpdateBuilding = QStringLiteral(
    "UPDATE buildings SET name = :name, grid_id = :grid, version = version + 1 WHERE id = :id");
const QString kUpdateUnit =
    QStringLiteral("UPDATE units SET name = :name, version = version + 1 WHERE id = :id");

// Binds :id, the place whose contents are counted.
const QString kCountBuildings =
    QStringLiteral("SELECT count(*) FROM buildings WHERE compound_id = :id");
const QString kCountUnits = QStringLiteral("SELECT count(*) FROM units WHERE building_id = :id");
const QString kCountHouseholds =
    QStringLiteral("SELECT count(*) FROM households WHERE unit_id = :id");
const QString kDeleteCompound = QStringLiteral("DELETE FROM compounds WHERE id = :id");
const QString kDeleteBuilding = QStringLiteral("DELETE FROM buildings WHERE id = :id");
const QString kDeleteUnit = QStringLiteral("DELETE FROM units WHERE id = :id");

// Binds :parent, :name and :self (the place renamed; 0 for a new one).
const QString kNameTakenCompound = QStringLiteral(
    "SELECT count(*) FROM compounds WHERE community_id = :parent AND name = :name AND id <> :self");
const QString kNameTakenBuilding = QStringLiteral(
    "SELECT count(*) FROM buildings WHERE compound_id = :parent AND name = :name AND id <> :self");
const QString kNameTakenUnit = QStringLiteral(
    "SELECT count(*) FROM units WHERE building_id = :parent AND name = :name AND id <> :self");

// Binds :id, the place renamed.
const QString kUnitsOfCompound =
    QStringLiteral("SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id"
                   " WHERE b.compound_id = :id");
const QString kUnitsOfBuilding = QStringLiteral("SELECT id FROM units WHERE building_id = :id");
const QString kUnitsOfUnit = QStringLiteral("SELECT id FROM units WHERE id = :id");
const QString kRewriteAddresses =
    QStringLiteral("UPDATE households SET address = :prefix || room WHERE unit_id = :unit");

Community communityFrom(const sql::Statement &q) {
    return {CommunityId{q.integer("id")}, q.text("name"), q.text("subdistrict"), q.text("district"),
            int(q.integer("version"))};
}
Compound compoundFrom(const sql::Statement &q) {
    return {CompoundId{q.integer("id")}, CommunityId{q.integer("community_id")}, q.text("name"),
            codes::compoundKindFrom(q.text("kind")), int(q.integer("version"))};
}
Building buildingFrom(const sql::Statement &q) {
    return {BuildingId{q.integer("id")}, CompoundId{q.integer("compound_id")}, q.text("name"),
            GridId{q.integer("grid_id")}, int(q.integer("version"))};
}
Unit unitFrom(const sql::Statement &q) {
    return {UnitId{q.integer("id")}, BuildingId{q.integer("building_id")}, q.text("name"),
            int(q.integer("version"))};
}

template<typename T, typename Make>
Result<QList<T>> listOf(const QSqlDatabase &db, const QString &statement, const sql::Params &params,
                        Make make) {
    auto query = sql::Statement::run(db, statement, params);
    if (!query)
        return query.status();
    QList<T> list;
    while (query->next())
        list.append(make(*query));
    return list;
}

template<typename T, typename Make>
Result<T> oneOf(const QSqlDatabase &db, const QString &statement, qint64 id, Make make,
                const QString &missing) {
    auto query = sql::Statement::run(db, statement, {{"id", id}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<T>::failure(missing);
    return make(*query);
}

Status refuseIfTaken(const WriteContext &context, const QString &statement, qint64 parent,
                     const QString &name, qint64 self, const QString &message) {
    const auto taken = sql::Statement::single(context.connection(), statement,
                                              {{"parent", parent}, {"name", name}, {"self", self}});
    if (!taken)
        return taken.status();
    return taken->toInt() > 0 ? Status::failure(message) : Status::success();
}

Status refuseIfHolds(const WriteContext &context, const QString &statement, qint64 id,
                     const QString &message) {
    const auto count = sql::Statement::single(context.connection(), statement, {{"id", id}});
    if (!count)
        return count.status();
    return count->toInt() > 0 ? Status::failure(message) : Status::success();
}

QJsonObject diff(std::initializer_list<std::tuple<const char *, QString, QString>> fields) {
    QJsonObject changes;
    for (const auto &[field, before, after] : fields) {
        if (before != after)
            changes.insert(QLatin1String(field), QJsonArray{before, after});
    }
    return changes;
}

} // namespace

Result<QList<Community>> PlaceRepository::communities() const {
    return listOf<Community>(m_database.connection(), kCommunitiesInScope,
                             CommunityScope::params(m_database.session()), communityFrom);
}

Result<QList<Community>> PlaceRepository::allCommunities() const {
    return listOf<Community>(m_database.connection(), kCommunities, {}, communityFrom);
}

Result<QList<Compound>> PlaceRepository::compounds(CommunityId community) const {
    const UserSession &who = m_database.session();
    return listOf<Compound>(m_database.connection(), kCompounds,
                            {{"community", community.value},
                             {"own_grids", who.seesOnlyOwnGrids() ? 1 : 0},
                             {"worker", who.gridWorker.value}},
                            compoundFrom);
}

Result<QList<Building>> PlaceRepository::buildings(CompoundId compound) const {
    const UserSession &who = m_database.session();
    return listOf<Building>(m_database.connection(), kBuildings,
                            {{"compound", compound.value},
                             {"own_grids", who.seesOnlyOwnGrids() ? 1 : 0},
                             {"worker", who.gridWorker.value}},
                            buildingFrom);
}

Result<QList<Unit>> PlaceRepository::units(BuildingId building) const {
    return listOf<Unit>(m_database.connection(), kUnits, {{"building", building.value}}, unitFrom);
}

Result<Community> PlaceRepository::community(CommunityId id) const {
    return oneOf<Community>(m_database.connection(), kCommunity, id.value, communityFrom,
                            tr("The community no longer exists."));
}

Result<Compound> PlaceRepository::compound(CompoundId id) const {
    return oneOf<Compound>(m_database.connection(), kCompound, id.value, compoundFrom,
                           tr("The compound no longer exists."));
}

Result<Building> PlaceRepository::building(BuildingId id) const {
    return oneOf<Building>(m_database.connection(), kBuilding, id.value, buildingFrom,
                           tr("The building no longer exists."));
}

Result<Unit> PlaceRepository::unit(UnitId id) const {
    return oneOf<Unit>(m_database.connection(), kUnit, id.value, unitFrom,
                       tr("The stairwell unit no longer exists."));
}

Result<HouseholdPlace> PlaceRepository::placeOfUnit(UnitId id) const {
    auto query = sql::Statement::run(m_database.connection(), kPlaceOfUnit, {{"unit", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<HouseholdPlace>::failure(tr("The stairwell unit no longer exists."));
    return HouseholdPlace{CommunityId{query->integer("community_id")},
                          CompoundId{query->integer("compound_id")},
                          BuildingId{query->integer("building_id")},
                          UnitId{query->integer("unit_id")},
                          query->text("compound_name"),
                          query->text("building_name"),
                          query->text("unit_name")};
}

Result<QList<std::pair<BuildingId, QString>>> PlaceRepository::buildingNames() const {
    const UserSession &who = m_database.session();
    sql::Params params = CommunityScope::params(who);
    params << sql::Param("own_grids", who.seesOnlyOwnGrids() ? 1 : 0)
           << sql::Param("worker", who.gridWorker.value);
    auto query = sql::Statement::run(m_database.connection(), kBuildingNames, params);
    if (!query)
        return query.status();
    QList<std::pair<BuildingId, QString>> list;
    while (query->next())
        list.append({BuildingId{query->integer("id")}, query->text("name")});
    return list;
}

Result<BuildingPlace> PlaceRepository::placeOfBuilding(BuildingId id) const {
    auto query =
        sql::Statement::run(m_database.connection(), kPlaceOfBuilding, {{"building", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<BuildingPlace>::failure(tr("The building no longer exists."));
    return BuildingPlace{CommunityId{query->integer("community_id")},
                         CompoundId{query->integer("compound_id")},
                         BuildingId{query->integer("building_id")},
                         query->text("community_name"),
                         query->text("compound_name"),
                         query->text("building_name")};
}

Result<CommunityId> PlaceRepository::add(const WriteContext &context, const Community &community) {
    auto id =
        context.insert(kInsertCommunity, {{"name", community.name},
                                          {"subdistrict", sql::notNull(community.subdistrict)},
                                          {"district", sql::notNull(community.district)}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("community"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), community.name},
                           {QStringLiteral("subdistrict"), community.subdistrict},
                           {QStringLiteral("district"), community.district}});
        !audited)
        return audited;
    return CommunityId{*id};
}

Result<CompoundId> PlaceRepository::add(const WriteContext &context, const Compound &compound) {
    if (Status free =
            refuseIfTaken(context, kNameTakenCompound, compound.communityId.value, compound.name, 0,
                          tr("The community has a compound named %1 already.").arg(compound.name));
        !free)
        return free;
    auto id = context.insert(kInsertCompound, {{"community", compound.communityId.value},
                                               {"name", compound.name},
                                               {"kind", codes::compoundKind(compound.kind)}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("compound"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), compound.name},
                           {QStringLiteral("kind"), codes::compoundKind(compound.kind)}});
        !audited)
        return audited;
    return CompoundId{*id};
}

Result<BuildingId> PlaceRepository::add(const WriteContext &context, const Building &building) {
    if (Status free =
            refuseIfTaken(context, kNameTakenBuilding, building.compoundId.value, building.name, 0,
                          tr("The compound has a building named %1 already.").arg(building.name));
        !free)
        return free;
    auto id = context.insert(kInsertBuilding, {{"compound", building.compoundId.value},
                                               {"name", building.name},
                                               {"grid", sql::idOrNull(building.gridId)}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("building"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), building.name},
                           {QStringLiteral("compound_id"), building.compoundId.value}});
        !audited)
        return audited;
    return BuildingId{*id};
}

Result<UnitId> PlaceRepository::add(const WriteContext &context, const Unit &unit) {
    if (Status free =
            refuseIfTaken(context, kNameTakenUnit, unit.buildingId.value, unit.name, 0,
                          tr("The building has a stairwell unit named %1 already.").arg(unit.name));
        !free)
        return free;
    auto id =
        context.insert(kInsertUnit, {{"building", unit.buildingId.value}, {"name", unit.name}});
    if (!id)
        return id.status();
    if (Status audited = context.audit(QStringLiteral("unit"), *id, WriteContext::Action::Create,
                                       {{QStringLiteral("name"), unit.name},
                                        {QStringLiteral("building_id"), unit.buildingId.value}});
        !audited)
        return audited;
    return UnitId{*id};
}

Status PlaceRepository::update(const WriteContext &context, const Community &before,
                               const Community &after) {
    if (Status fresh =
            RowVersion::check(context, QStringLiteral("communities"), QStringLiteral("community"),
                              after.id.value, after.version);
        !fresh)
        return fresh;
    const QString missing = tr("The community no longer exists.");
    if (Status done = context.change(kUpdateCommunity,
                                     {{"name", after.name},
                                      {"subdistrict", sql::notNull(after.subdistrict)},
                                      {"district", sql::notNull(after.district)},
                                      {"id", after.id.value}},
                                     missing);
        !done)
        return done;
    return context.audit(QStringLiteral("community"), after.id.value, WriteContext::Action::Update,
                         diff({{"name", before.name, after.name},
                               {"subdistrict", before.subdistrict, after.subdistrict},
                               {"district", before.district, after.district}}));
}

Status PlaceRepository::update(const WriteContext &context, const Compound &before,
                               const Compound &after) {
    if (Status fresh = RowVersion::check(context, QStringLiteral("compounds"),
                                         QStringLiteral("compound"), after.id.value, after.version);
        !fresh)
        return fresh;
    if (Status free = refuseIfTaken(
            context, kNameTakenCompound, after.communityId.value, after.name, after.id.value,
            tr("The community has a compound named %1 already.").arg(after.name));
        !free)
        return free;
    if (Status done = context.change(kUpdateCompound,
                                     {{"name", after.name},
                                      {"kind", codes::compoundKind(after.kind)},
                                      {"id", after.id.value}},
                                     tr("The compound no longer exists."));
        !done)
        return done;
    if (before.name != after.name) {
        if (Status rewritten = refreshAddresses(context, kUnitsOfCompound, after.id.value);
            !rewritten)
            return rewritten;
    }
    return context.audit(
        QStringLiteral("compound"), after.id.value, WriteContext::Action::Update,
        diff({{"name", before.name, after.name},
              {"kind", codes::compoundKind(before.kind), codes::compoundKind(after.kind)}}));
}

Status PlaceRepository::update(const WriteContext &context, const Building &before,
                               const Building &after) {
    if (Status fresh = RowVersion::check(context, QStringLiteral("buildings"),
                                         QStringLiteral("building"), after.id.value, after.version);
        !fresh)
        return fresh;
    if (Status free = refuseIfTaken(
            context, kNameTakenBuilding, after.compoundId.value, after.name, after.id.value,
            tr("The compound has a building named %1 already.").arg(after.name));
        !free)
        return free;
    if (Status done = context.change(
            kUpdateBuilding,
            {{"name", after.name}, {"grid", sql::idOrNull(after.gridId)}, {"id", after.id.value}},
            tr("The building no longer exists."));
        !done)
        return done;
    if (before.name != after.name) {
        if (Status rewritten = refreshAddresses(context, kUnitsOfBuilding, after.id.value);
            !rewritten)
            return rewritten;
    }
    return context.audit(QStringLiteral("building"), after.id.value, WriteContext::Action::Update,
                         diff({{"name", before.name, after.name},
                               {"grid_id", QString::number(before.gridId.value),
                                QString::number(after.gridId.value)}}));
}

Status PlaceRepository::update(const WriteContext &context, const Unit &before, const Unit &after) {
    if (Status fresh = RowVersion::check(context, QStringLiteral("units"), QStringLiteral("unit"),
                                         after.id.value, after.version);
        !fresh)
        return fresh;
    if (Status free = refuseIfTaken(
            context, kNameTakenUnit, after.buildingId.value, after.name, after.id.value,
            tr("The building has a stairwell unit named %1 already.").arg(after.name));
        !free)
        return free;
    if (Status done = context.change(kUpdateUnit, {{"name", after.name}, {"id", after.id.value}},
                                     tr("The stairwell unit no longer exists."));
        !done)
        return done;
    if (before.name != after.name) {
        if (Status rewritten = refreshAddresses(context, kUnitsOfUnit, after.id.value); !rewritten)
            return rewritten;
    }
    return context.audit(QStringLiteral("unit"), after.id.value, WriteContext::Action::Update,
                         diff({{"name", before.name, after.name}}));
}

Status PlaceRepository::remove(const WriteContext &context, const Compound &compound) {
    if (Status empty =
            refuseIfHolds(context, kCountBuildings, compound.id.value,
                          tr("%1 still has buildings; remove them first.").arg(compound.name));
        !empty)
        return empty;
    if (Status done = context.change(kDeleteCompound, {{"id", compound.id.value}},
                                     tr("The compound no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("compound"), compound.id.value,
                         WriteContext::Action::Delete, {{QStringLiteral("name"), compound.name}});
}

Status PlaceRepository::remove(const WriteContext &context, const Building &building) {
    if (Status empty = refuseIfHolds(
            context, kCountUnits, building.id.value,
            tr("%1 still has stairwell units; remove them first.").arg(building.name));
        !empty)
        return empty;
    if (Status done = context.change(kDeleteBuilding, {{"id", building.id.value}},
                                     tr("The building no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("building"), building.id.value,
                         WriteContext::Action::Delete, {{QStringLiteral("name"), building.name}});
}

Status PlaceRepository::remove(const WriteContext &context, const Unit &unit) {
    if (Status empty =
            refuseIfHolds(context, kCountHouseholds, unit.id.value,
                          tr("%1 still has households; remove them first.").arg(unit.name));
        !empty)
        return empty;
    if (Status done = context.change(kDeleteUnit, {{"id", unit.id.value}},
                                     tr("The stairwell unit no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("unit"), unit.id.value, WriteContext::Action::Delete,
                         {{QStringLiteral("name"), unit.name}});
}

Status PlaceRepository::refreshAddresses(const WriteContext &context, const QString &unitsQuery,
                                         qint64 id) {
    auto units = context.run(unitsQuery, {{"id", id}});
    if (!units)
        return units.status();
    QList<qint64> unitIds;
    while (units->next())
        unitIds << units->integer("id");
    if (Status read = units->status(); !read)
        return read;
    for (qint64 unitId : std::as_const(unitIds)) {
        auto place = sql::Statement::run(context.connection(), kPlaceOfUnit, {{"unit", unitId}});
        if (!place)
            return place.status();
        if (!place->next())
            continue;
        const QString prefix =
            writtenAddress(place->text("compound_name"), place->text("building_name"),
                           place->text("unit_name"), QString());
        if (auto done = context.run(kRewriteAddresses, {{"prefix", prefix}, {"unit", unitId}});
            !done)
            return done.status();
    }
    return Status::success();
}

} // namespace linli
