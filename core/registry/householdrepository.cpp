#include "registry/householdrepository.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>

namespace linli {

namespace {

// Rooms sort naturally: 302 before 1001.
const QString kHouseholds = QStringLiteral(
    "SELECT h.id, h.unit_id, h.room, h.address, h.version,"
    " (SELECT count(*) FROM residents r WHERE r.household_id = h.id AND r.moved_out_on IS NULL)"
    "  AS members"
    " FROM households h WHERE h.unit_id = :unit ORDER BY length(h.room), h.room");
const QString kHousehold = QStringLiteral(
    "SELECT h.id, h.unit_id, h.room, h.address, h.version,"
    " (SELECT count(*) FROM residents r WHERE r.household_id = h.id AND r.moved_out_on IS NULL)"
    "  AS members"
    " FROM households h WHERE h.id = :id");
const QString kRoomTaken = QStringLiteral(
    "SELECT count(*) FROM households WHERE unit_id = :unit AND room = :room AND id <> :self");
const QString kInsert = QStringLiteral("INSERT INTO households (unit_id, room, address)"
                                       " VALUES (:unit, :room, :address) RETURNING id");
const QString kUpdate = QStringLiteral("UPDATE households SET room = :room, address = :address,"
                                       " version = version + 1 WHERE id = :id");
const QString kCountResidents =
    QStringLiteral("SELECT count(*) FROM residents WHERE household_id = :household");
const QString kDelete = QStringLiteral("DELETE FROM households WHERE id = :id");

Household householdFrom(const sql::Statement &q) {
    return {HouseholdId{q.integer("id")},
            UnitId{q.integer("unit_id")},
            q.text("room"),
            q.text("address"),
            int(q.integer("members")),
            int(q.integer("version"))};
}

Status refuseTakenRoom(const WriteContext &context, UnitId unit, const QString &room, qint64 self,
                       const HouseholdPlace &place) {
    if (room.isEmpty())
        return Status::failure(HouseholdRepository::tr("Enter the room number of the household."));
    const auto taken = sql::Statement::single(
        context.connection(), kRoomTaken, {{"unit", unit.value}, {"room", room}, {"self", self}});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Status::failure(
            HouseholdRepository::tr("There is a household at %1 already.")
                .arg(writtenAddress(place.compoundName, place.buildingName, place.unitName, room)));
    return Status::success();
}

} // namespace

Result<QList<Household>> HouseholdRepository::households(UnitId unit) const {
    auto query = sql::Statement::run(m_database.connection(), kHouseholds, {{"unit", unit.value}});
    if (!query)
        return query.status();
    QList<Household> list;
    while (query->next())
        list.append(householdFrom(*query));
    return list;
}

Result<Household> HouseholdRepository::household(HouseholdId id) const {
    auto query = sql::Statement::run(m_database.connection(), kHousehold, {{"id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Household>::failure(tr("The household no longer exists."));
    return householdFrom(*query);
}

Result<HouseholdId> HouseholdRepository::add(const WriteContext &context,
                                             const Household &household,
                                             const HouseholdPlace &place) {
    const QString room = household.room.trimmed();
    if (Status free = refuseTakenRoom(context, household.unitId, room, 0, place); !free)
        return free;
    const QString address =
        writtenAddress(place.compoundName, place.buildingName, place.unitName, room);
    auto id = context.insert(
        kInsert, {{"unit", household.unitId.value}, {"room", room}, {"address", address}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("household"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("address"), address},
                           {QStringLiteral("unit_id"), household.unitId.value}});
        !audited)
        return audited;
    return HouseholdId{*id};
}

Status HouseholdRepository::updateRoom(const WriteContext &context, const Household &before,
                                       const QString &room, const HouseholdPlace &place) {
    const QString trimmed = room.trimmed();
    if (Status free = refuseTakenRoom(context, before.unitId, trimmed, before.id.value, place);
        !free)
        return free;
    const QString address =
        writtenAddress(place.compoundName, place.buildingName, place.unitName, trimmed);
    if (Status done = context.change(
            kUpdate, {{"room", trimmed}, {"address", address}, {"id", before.id.value}},
            tr("The household no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("household"), before.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("address"), QJsonArray{before.address, address}}});
}

Status HouseholdRepository::remove(const WriteContext &context, const Household &household) {
    const auto residents = sql::Statement::single(context.connection(), kCountResidents,
                                                  {{"household", household.id.value}});
    if (!residents)
        return residents.status();
    if (residents->toInt() > 0)
        return Status::failure(
            tr("%1 still has residents on record; remove them first.").arg(household.address));
    if (Status done = context.change(kDelete, {{"id", household.id.value}},
                                     tr("The household no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("household"), household.id.value,
                         WriteContext::Action::Delete,
                         {{QStringLiteral("address"), household.address}});
}

} // namespace linli
