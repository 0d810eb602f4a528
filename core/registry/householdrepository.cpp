#include "registry/householdrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace linli {

namespace {

// Rooms sort naturally: 302 before 1001.
const QString kHouseholds = QStringLiteral(
    "SELECT h.id, h.unit_id, h.room, h.address,"
    " (SELECT count(*) FROM residents r WHERE r.household_id = h.id AND r.moved_out_on IS NULL)"
    " FROM households h WHERE h.unit_id = ? ORDER BY length(h.room), h.room");
const QString kHousehold = QStringLiteral(
    "SELECT h.id, h.unit_id, h.room, h.address,"
    " (SELECT count(*) FROM residents r WHERE r.household_id = h.id AND r.moved_out_on IS NULL)"
    " FROM households h WHERE h.id = ?");
const QString kRoomTaken =
    QStringLiteral("SELECT count(*) FROM households WHERE unit_id = ? AND room = ? AND id <> ?");
const QString kInsert =
    QStringLiteral("INSERT INTO households (unit_id, room, address) VALUES (?, ?, ?)");
const QString kUpdate = QStringLiteral("UPDATE households SET room = ?, address = ? WHERE id = ?");
const QString kCountResidents =
    QStringLiteral("SELECT count(*) FROM residents WHERE household_id = ?");
const QString kDelete = QStringLiteral("DELETE FROM households WHERE id = ?");

Household householdFrom(const QSqlQuery &q) {
    return {HouseholdId{q.value(0).toLongLong()}, UnitId{q.value(1).toLongLong()},
            q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()};
}

Status refuseTakenRoom(const WriteContext &context, UnitId unit, const QString &room, qint64 self,
                       const HouseholdPlace &place) {
    if (room.isEmpty())
        return Status::failure(HouseholdRepository::tr("Enter the room number of the household."));
    const auto taken = sql::scalar(context.connection(), kRoomTaken, {unit.value, room, self});
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
    auto query = sql::run(m_database.connection(), kHouseholds, {unit.value});
    if (!query)
        return query.status();
    QList<Household> list;
    while (query->next())
        list.append(householdFrom(*query));
    return list;
}

Result<Household> HouseholdRepository::household(HouseholdId id) const {
    auto query = sql::run(m_database.connection(), kHousehold, {id.value});
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
    auto id = context.insert(kInsert, {household.unitId.value, room, address});
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
    if (Status done = context.change(kUpdate, {trimmed, address, before.id.value},
                                     tr("The household no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("household"), before.id.value, WriteContext::Action::Update,
                         {{QStringLiteral("address"), QJsonArray{before.address, address}}});
}

Status HouseholdRepository::remove(const WriteContext &context, const Household &household) {
    const auto residents = sql::scalar(context.connection(), kCountResidents, {household.id.value});
    if (!residents)
        return residents.status();
    if (residents->toInt() > 0)
        return Status::failure(
            tr("%1 still has residents on record; remove them first.").arg(household.address));
    if (Status done =
            context.change(kDelete, {household.id.value}, tr("The household no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("household"), household.id.value,
                         WriteContext::Action::Delete,
                         {{QStringLiteral("address"), household.address}});
}

} // namespace linli
