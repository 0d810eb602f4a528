#pragma once

#include "exchange/rosterimport.h"

#include <QHash>
#include <QSet>

namespace linli {

/// The registry's places looked up by name, read as they are needed and kept for the run.
/// Places an import creates are added, and marked, so that its rows are still judged against
/// the registry as it was before the import.
class KnownPlaces final {
public:
    KnownPlaces(const RegistryService &registry, CommunityId community);

    Status load();
    CompoundId compound(const QString &name) const { return m_compounds.value(name); }
    BuildingId building(CompoundId compound, const QString &name);
    UnitId unit(BuildingId building, const QString &name);
    HouseholdId household(UnitId unit, const QString &room);

    void addCompound(const QString &name, CompoundId id);
    void addBuilding(CompoundId compound, const QString &name, BuildingId id);
    void addUnit(BuildingId building, const QString &name, UnitId id);
    void addHousehold(UnitId unit, const QString &room, HouseholdId id);

    /// Whether the place was created by this run (and so was not in the registry before it).
    bool created(CompoundId id) const { return m_newCompounds.contains(id.value); }
    bool created(BuildingId id) const { return m_newBuildings.contains(id.value); }
    bool created(UnitId id) const { return m_newUnits.contains(id.value); }
    bool created(HouseholdId id) const { return m_newHouseholds.contains(id.value); }

private:
    const RegistryService &m_registry;
    CommunityId m_community;
    QHash<QString, CompoundId> m_compounds;
    QHash<qint64, QHash<QString, BuildingId>> m_buildings;
    QHash<qint64, QHash<QString, UnitId>> m_units;
    QHash<qint64, QHash<QString, HouseholdId>> m_households;
    QSet<qint64> m_newCompounds, m_newBuildings, m_newUnits, m_newHouseholds;
};

/// Judges a roster's data rows one at a time, in file order, against the registry as it was
/// when the judge was loaded — nothing of a row is kept but what the duplicates check needs
/// (the ID number's rows), so that a roster of any length is judged in little memory.
/// The same ID number on two rows is known only at the end: `duplicates` says which rows.
class RosterJudge final {
public:
    /// Where a row's place is in the registry before the import; invalid where it is not.
    struct Resolved {
        CompoundId compound;
        BuildingId building;
        UnitId unit;
        HouseholdId household;
    };
    /// Rows, by their index among the data rows, that share an ID number, with their file rows.
    struct Duplicate {
        qsizetype index;
        int fileRow;
    };

    RosterJudge(const RegistryService &registry, const RosterMapping &mapping, KnownPlaces &known,
                QDate today);
    Status load();

    /// Row `sheetRow` (from 0) as the import would take it; `index` counts the data rows from 0.
    Result<RosterRow> judge(qsizetype index, qsizetype sheetRow, const QStringList &cells);
    const Resolved &resolved() const { return m_resolved; }
    /// The groups of rows that share an ID number, each in file order.
    QList<QList<Duplicate>> duplicates() const;
    /// Marks each row in `group` as an error naming the others.
    static void markDuplicate(RosterRow &row, const QList<Duplicate> &group);
    /// A resident this run wrote: not one "already on record" for the rows after it.
    void written(ResidentId id) { m_written.insert(id.value); }

private:
    void noteIdNumber(const QString &idNumber, qsizetype index, int fileRow);

    const RegistryService &m_registry;
    const RosterMapping &m_mapping;
    KnownPlaces &m_known;
    QDate m_today;
    QHash<QString, ResidentId> m_holders;  // every ID number on record, read once
    QHash<QString, QString> m_headsInFile; // address → the head's name
    struct First {
        qint32 index;
        qint32 fileRow;
        qint32 group; // in m_groups once a second row has it, else -1
    };
    QHash<qint64, First> m_firstByNumber; // an 18-character ID number, packed into a number
    QHash<QString, First> m_firstByText;  // any other
    QList<QList<Duplicate>> m_groups;     // only the ID numbers on more than one row
    QSet<qint64> m_written;
    Resolved m_resolved;
};

} // namespace linli
