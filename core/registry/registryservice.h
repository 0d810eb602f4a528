#pragma once

#include "common/result.h"
#include "registry/householdrepository.h"
#include "registry/peoplerepository.h"
#include "registry/placerepository.h"
#include "registry/residentrepository.h"
#include "registry/residentvalidator.h"
#include "storage/rowversion.h"

#include <QObject>

namespace linli {

class Database;

/// The registry's facade: every change to places, households, residents and roles goes
/// through here, is validated, written in one audited transaction, and announced by a signal
/// so that every view can refresh. Reads go straight to the repositories.
class RegistryService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryService)
public:
    explicit RegistryService(Database &database, QObject *parent = nullptr);

    const PlaceRepository &places() const { return m_places; }
    const HouseholdRepository &households() const { return m_households; }
    const ResidentRepository &residents() const { return m_residents; }
    const PeopleRepository &people() const { return m_people; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }

    Result<CommunityId> addCommunity(const Community &community);
    Status updateCommunity(const Community &community);
    Result<CompoundId> addCompound(const Compound &compound);
    Status updateCompound(const Compound &compound);
    Status removeCompound(CompoundId id);
    Result<BuildingId> addBuilding(const Building &building);
    Status updateBuilding(const Building &building);
    Status removeBuilding(BuildingId id);
    Result<UnitId> addUnit(const Unit &unit);
    Status updateUnit(const Unit &unit);
    Status removeUnit(UnitId id);

    Result<HouseholdId> addHousehold(UnitId unit, const QString &room);
    Status renameHousehold(Seen<HouseholdId> seen, const QString &room);
    Status removeHousehold(HouseholdId id);

    /// Normalises the resident and lists every rule it breaks, the database's included
    /// (a duplicate ID number, a second head of household). For validation as you type.
    QList<FieldIssue> check(Resident &resident) const;
    Result<ResidentId> addResident(Resident resident);
    Status updateResident(Resident resident);
    Status moveOut(ResidentId id, QDate on);
    /// The resident with the ID number and phone in full, for a role allowed to see them; the
    /// look is written to the audit trail. Everywhere else they are shown masked.
    Result<Resident> reveal(ResidentId id);
    Status removeResident(ResidentId id);
    /// Removes the resident's name and identifiers for good, keeping the row for the figures
    /// (see Anonymiser): on the resident's request, by an administrator.
    Status anonymise(ResidentId id);
    /// Anonymises everyone who moved out more than `months` months ago (the office's retention
    /// period); returns how many. A period of 0 keeps everyone.
    Result<int> anonymiseMovedOut(int months);

    Result<StaffId> addStaff(const StaffMember &member);
    Result<GridId> addGrid(const Grid &grid);
    Result<NeighbourHeadId> addNeighbourHead(const NeighbourHead &head);
    Result<GroupMemberId> addGroupMember(const GroupMember &member);
    Status endNeighbourHeadTerm(const NeighbourHead &head, QDate on);
    Status removeGroupMember(const GroupMember &member);

    /// Tells every view that many places and residents changed at once (after an import).
    void announceBulkChange();

Q_SIGNALS:
    /// A community, compound, building or unit was added, changed or removed.
    void placesChanged();
    void householdsChanged(linli::UnitId unit);
    void residentsChanged(linli::HouseholdId household);
    void peopleChanged();

private:
    static Status refuseEmptyName(const QString &name, const QString &message);
    static Status firstIssue(const QList<FieldIssue> &issues);

    Database &m_database;
    PlaceRepository m_places;
    HouseholdRepository m_households;
    ResidentRepository m_residents;
    PeopleRepository m_people;
};

} // namespace linli
