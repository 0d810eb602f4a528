#include "registry/registryservice.h"

#include "access/access.h"
#include "registry/anonymiser.h"
#include "storage/database.h"
#include <QLocale>

namespace linli {

RegistryService::RegistryService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_places(database)
    , m_households(database)
    , m_residents(database)
    , m_people(database) {}

Status RegistryService::refuseEmptyName(const QString &name, const QString &message) {
    return name.trimmed().isEmpty() ? Status::failure(message) : Status::success();
}

Status RegistryService::firstIssue(const QList<FieldIssue> &issues) {
    return issues.isEmpty() ? Status::success() : Status::failure(issues.constFirst().message);
}

// Runs a write that yields an id and announces it on success.
template<typename Id, typename Write, typename Announce>
static Result<Id> writeReturning(Database &database, Write write, Announce announce) {
    Id id;
    const Status done = database.write([&](const WriteContext &context) {
        auto written = write(context);
        if (!written)
            return written.status();
        id = *written;
        return Status::success();
    });
    if (!done)
        return done;
    announce(id);
    return id;
}

Result<CommunityId> RegistryService::addCommunity(const Community &community) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(community.name, tr("Enter the community's name.")); !named)
        return named;
    if (m_database.session().boundToCommunity)
        return Result<CommunityId>::failure(
            tr("A community is added to the database by an account of the whole sub-district."));
    Community clean = community;
    clean.name = clean.name.trimmed();
    return writeReturning<CommunityId>(
        m_database, [&](const WriteContext &c) { return PlaceRepository::add(c, clean); },
        [this](CommunityId) { Q_EMIT placesChanged(); });
}

Status RegistryService::updateCommunity(const Community &community) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(community.name, tr("Enter the community's name.")); !named)
        return named;
    const auto before = m_places.community(community.id);
    if (!before)
        return before.status();
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PlaceRepository::update(c, *before, community); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Result<CompoundId> RegistryService::addCompound(const Compound &compound) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(compound.name, tr("Enter the compound's name.")); !named)
        return named;
    Compound clean = compound;
    clean.name = clean.name.trimmed();
    return writeReturning<CompoundId>(
        m_database, [&](const WriteContext &c) { return PlaceRepository::add(c, clean); },
        [this](CompoundId) { Q_EMIT placesChanged(); });
}

Status RegistryService::updateCompound(const Compound &compound) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(compound.name, tr("Enter the compound's name.")); !named)
        return named;
    const auto before = m_places.compound(compound.id);
    if (!before)
        return before.status();
    Compound clean = compound;
    clean.name = clean.name.trimmed();
    clean.communityId = before->communityId;
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PlaceRepository::update(c, *before, clean); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Status RegistryService::removeCompound(CompoundId id) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const auto compound = m_places.compound(id);
    if (!compound)
        return compound.status();
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PlaceRepository::remove(c, *compound); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Result<BuildingId> RegistryService::addBuilding(const Building &building) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(building.name, tr("Enter the building's name.")); !named)
        return named;
    Building clean = building;
    clean.name = clean.name.trimmed();
    return writeReturning<BuildingId>(
        m_database, [&](const WriteContext &c) { return PlaceRepository::add(c, clean); },
        [this](BuildingId) { Q_EMIT placesChanged(); });
}

Status RegistryService::updateBuilding(const Building &building) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(building.name, tr("Enter the building's name.")); !named)
        return named;
    const auto before = m_places.building(building.id);
    if (!before)
        return before.status();
    Building clean = building;
    clean.name = clean.name.trimmed();
    clean.compoundId = before->compoundId;
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PlaceRepository::update(c, *before, clean); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Status RegistryService::removeBuilding(BuildingId id) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const auto building = m_places.building(id);
    if (!building)
        return building.status();
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PlaceRepository::remove(c, *building); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Result<UnitId> RegistryService::addUnit(const Unit &unit) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(unit.name, tr("Enter the stairwell unit's name.")); !named)
        return named;
    Unit clean = unit;
    clean.name = clean.name.trimmed();
    return writeReturning<UnitId>(
        m_database, [&](const WriteContext &c) { return PlaceRepository::add(c, clean); },
        [this](UnitId) { Q_EMIT placesChanged(); });
}

Status RegistryService::updateUnit(const Unit &unit) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (Status named = refuseEmptyName(unit.name, tr("Enter the stairwell unit's name.")); !named)
        return named;
    const auto before = m_places.unit(unit.id);
    if (!before)
        return before.status();
    Unit clean = unit;
    clean.name = clean.name.trimmed();
    clean.buildingId = before->buildingId;
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PlaceRepository::update(c, *before, clean); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Status RegistryService::removeUnit(UnitId id) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const auto unit = m_places.unit(id);
    if (!unit)
        return unit.status();
    const Status done =
        m_database.write([&](const WriteContext &c) { return PlaceRepository::remove(c, *unit); });
    if (done)
        Q_EMIT placesChanged();
    return done;
}

Result<HouseholdId> RegistryService::addHousehold(UnitId unit, const QString &room) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    Household household;
    household.unitId = unit;
    household.room = room;
    // The unit's place is read inside the write: the address is made from the compound's and
    // building's names as saved now, even if another desk renamed one a moment ago.
    return writeReturning<HouseholdId>(
        m_database,
        [&](const WriteContext &c) -> Result<HouseholdId> {
            const auto place = m_places.placeOfUnit(unit);
            if (!place)
                return place.status();
            return HouseholdRepository::add(c, household, *place);
        },
        [this, unit](HouseholdId) { Q_EMIT householdsChanged(unit); });
}

Status RegistryService::renameHousehold(Seen<HouseholdId> seen, const QString &room) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const HouseholdId id = seen.id;
    UnitId unit;
    const Status done = m_database.write([&](const WriteContext &c) {
        // Read in the write, refused if another desk changed the room since this desk read it.
        const auto household = RowVersion::readAsSeen(
            c, QStringLiteral("households"), QStringLiteral("household"), seen,
            [this](HouseholdId which) { return m_households.household(which); });
        if (!household)
            return household.status();
        unit = household->unitId;
        const auto place = m_places.placeOfUnit(household->unitId);
        if (!place)
            return place.status();
        return HouseholdRepository::updateRoom(c, *household, room, *place);
    });
    if (done) {
        Q_EMIT householdsChanged(unit);
        Q_EMIT residentsChanged(id);
    }
    return done;
}

Status RegistryService::removeHousehold(HouseholdId id) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const auto household = m_households.household(id);
    if (!household)
        return household.status();
    const Status done = m_database.write(
        [&](const WriteContext &c) { return HouseholdRepository::remove(c, *household); });
    if (done)
        Q_EMIT householdsChanged(household->unitId);
    return done;
}

QList<FieldIssue> RegistryService::check(Resident &resident) const {
    ResidentValidator::normalise(resident);
    QList<FieldIssue> issues = ResidentValidator::check(resident, m_database.clock().today());
    if (!resident.idNumber.isEmpty()) {
        const auto holder = m_residents.holderOf(resident.idNumber);
        if (!holder)
            issues.append({ResidentField::IdNumber, holder.error()});
        else if (*holder && (*holder)->id != resident.id)
            issues.append(
                {ResidentField::IdNumber, tr("This ID number is registered already, to %1 at %2.")
                                              .arg((*holder)->name, (*holder)->address)});
    }
    if (resident.relation == Relation::Head && !resident.hasMovedOut() &&
        resident.householdId.isValid()) {
        const auto head = m_residents.headOf(resident.householdId);
        if (!head)
            issues.append({ResidentField::Household, head.error()});
        else if (*head && (*head)->id != resident.id)
            issues.append({ResidentField::Household,
                           tr("The household has a head already: %1. Choose another relation.")
                               .arg((*head)->name)});
    }
    return issues;
}

void RegistryService::announceBulkChange() {
    Q_EMIT placesChanged();
    Q_EMIT residentsChanged(HouseholdId{});
    Q_EMIT peopleChanged();
}

Result<ResidentId> RegistryService::addResident(Resident resident) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    resident.id = ResidentId{};
    const HouseholdId household = resident.householdId;
    // Checked inside the write, on the registry as it is then: of two desks adding a head to one
    // household, or one ID number twice, the second is told who is there.
    return writeReturning<ResidentId>(
        m_database,
        [&](const WriteContext &c) -> Result<ResidentId> {
            if (Status valid = firstIssue(check(resident)); !valid)
                return valid;
            return ResidentRepository::add(c, resident);
        },
        [this, household](ResidentId) { Q_EMIT residentsChanged(household); });
}

Status RegistryService::updateResident(Resident resident) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    HouseholdId movedFrom;
    const Status done = m_database.write([&](const WriteContext &c) -> Status {
        const auto before = m_residents.resident(resident.id);
        if (!before)
            return before.status();
        if (before->isAnonymised())
            return Status::failure(tr("An anonymised resident is kept only for the figures and "
                                      "is not edited."));
        if (Status valid = firstIssue(check(resident)); !valid)
            return valid;
        movedFrom = before->householdId;
        return ResidentRepository::update(c, *before, resident);
    });
    if (done) {
        Q_EMIT residentsChanged(resident.householdId);
        if (movedFrom != resident.householdId)
            Q_EMIT residentsChanged(movedFrom);
    }
    return done;
}

Result<Resident> RegistryService::reveal(ResidentId id) {
    if (Status allowed = m_database.require(Permission::RevealPersonalData); !allowed)
        return allowed;
    const auto resident = m_residents.resident(id);
    if (!resident)
        return resident.status();
    const Status audited = m_database.write([&](const WriteContext &context) {
        return context.audit(QStringLiteral("resident"), id.value, WriteContext::Action::Reveal,
                             {{QStringLiteral("shown"), QStringLiteral("id_number, mobile")}});
    });
    if (!audited)
        return audited;
    return *resident;
}

Status RegistryService::moveOut(ResidentId id, QDate on) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    if (!on.isValid() || on > m_database.clock().today())
        return Status::failure(tr("The move-out date cannot lie in the future."));
    HouseholdId household;
    // Read inside the write: a second desk recording the same move-out is told it is done,
    // rather than writing its own date over the first.
    const Status done = m_database.write([&](const WriteContext &c) -> Status {
        const auto resident = m_residents.resident(id);
        if (!resident)
            return resident.status();
        if (resident->hasMovedOut())
            return Status::failure(
                tr("%1 moved out on %2 already.")
                    .arg(resident->name, resident->movedOutOn.toString(Qt::ISODate)));
        household = resident->householdId;
        return ResidentRepository::moveOut(c, *resident, on);
    });
    if (done)
        Q_EMIT residentsChanged(household);
    return done;
}

Status RegistryService::removeResident(ResidentId id) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const auto resident = m_residents.resident(id);
    if (!resident)
        return resident.status();
    const Status done = m_database.write(
        [&](const WriteContext &c) { return ResidentRepository::remove(c, *resident); });
    if (done)
        Q_EMIT residentsChanged(resident->householdId);
    return done;
}

Status RegistryService::anonymise(ResidentId id) {
    if (Status allowed = m_database.require(Permission::AnonymiseResidents); !allowed)
        return allowed;
    const auto resident = m_residents.resident(id);
    if (!resident)
        return resident.status();
    if (resident->isAnonymised())
        return Status::failure(tr("This resident was anonymised on %1 already.")
                                   .arg(QLocale().toString(resident->anonymisedOn)));
    const Status done =
        m_database.write([&](const WriteContext &c) { return Anonymiser::anonymise(c, id); });
    if (done)
        Q_EMIT residentsChanged(resident->householdId);
    return done;
}

Result<int> RegistryService::anonymiseMovedOut(int months) {
    if (Status allowed = m_database.require(Permission::AnonymiseResidents); !allowed)
        return allowed;
    if (months <= 0)
        return 0;
    const QDate cutoff = m_database.clock().today().addMonths(-months);
    // All or none: a batch cut short leaves nobody half done and is simply run again.
    const auto count = m_database.writeReturning<int>([&](const WriteContext &c) -> Result<int> {
        const auto due = Anonymiser::movedOutBefore(c, cutoff);
        if (!due)
            return due.status();
        for (const ResidentId id : *due) {
            if (Status done = Anonymiser::anonymise(c, id); !done)
                return done;
        }
        return int(due->size());
    });
    if (count && *count > 0)
        Q_EMIT residentsChanged({});
    return count;
}

Result<StaffId> RegistryService::addStaff(const StaffMember &member) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    return writeReturning<StaffId>(
        m_database, [&](const WriteContext &c) { return PeopleRepository::add(c, member); },
        [this](StaffId) { Q_EMIT peopleChanged(); });
}

Result<GridId> RegistryService::addGrid(const Grid &grid) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    return writeReturning<GridId>(
        m_database, [&](const WriteContext &c) { return PeopleRepository::add(c, grid); },
        [this](GridId) { Q_EMIT peopleChanged(); });
}

Result<NeighbourHeadId> RegistryService::addNeighbourHead(const NeighbourHead &head) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    return writeReturning<NeighbourHeadId>(
        m_database, [&](const WriteContext &c) { return PeopleRepository::add(c, head); },
        [this](NeighbourHeadId) { Q_EMIT peopleChanged(); });
}

Result<GroupMemberId> RegistryService::addGroupMember(const GroupMember &member) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    return writeReturning<GroupMemberId>(
        m_database, [&](const WriteContext &c) { return PeopleRepository::add(c, member); },
        [this](GroupMemberId) { Q_EMIT peopleChanged(); });
}

Status RegistryService::endNeighbourHeadTerm(const NeighbourHead &head, QDate on) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PeopleRepository::endTerm(c, head, on); });
    if (done)
        Q_EMIT peopleChanged();
    return done;
}

Status RegistryService::removeGroupMember(const GroupMember &member) {
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const Status done = m_database.write(
        [&](const WriteContext &c) { return PeopleRepository::remove(c, member); });
    if (done)
        Q_EMIT peopleChanged();
    return done;
}

} // namespace linli
