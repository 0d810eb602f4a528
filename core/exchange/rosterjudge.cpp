#include "exchange/rosterjudge.h"

#include "registry/idnumber.h"
#include "registry/registryservice.h"
#include "registry/residentvalidator.h"

namespace linli {

namespace {

using Verdict = RosterRow::Verdict;

bool sameRecord(const Resident &a, const Resident &b) {
    return a.householdId == b.householdId && a.name == b.name && a.gender == b.gender &&
           a.birthDate == b.birthDate && a.idNumber == b.idNumber && a.mobile == b.mobile &&
           a.relation == b.relation && a.markers == b.markers && a.notes == b.notes;
}

/// Reads one row's cells into a resident, noting every problem on the way.
class RowReader {
public:
    RowReader(const QStringList &cells, const RosterMapping &mapping)
        : m_cells(cells)
        , m_mapping(mapping) {}

    QString text(RosterField field) const {
        const auto column = m_mapping.columnOf(field);
        return column ? m_cells.value(*column).trimmed() : QString();
    }
    bool has(RosterField field) const { return m_mapping.has(field); }

    RosterPlace place() const {
        if (m_mapping.placeFromParts())
            return {text(RosterField::Compound).simplified(),
                    RosterValues::building(text(RosterField::Building)),
                    RosterValues::unit(text(RosterField::Unit)),
                    RosterValues::room(text(RosterField::Room))};
        return RosterValues::splitAddress(text(RosterField::Address)).value_or(RosterPlace{});
    }

private:
    const QStringList &m_cells;
    const RosterMapping &m_mapping;
};

/// 17 digits and a check character as one number (11 values a place for the last), so that
/// the duplicates check keeps 8 bytes a row instead of a string.
std::optional<qint64> packed(const QString &idNumber) {
    if (idNumber.size() != 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const char16_t c = idNumber.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    const char16_t last = idNumber.at(17).unicode();
    if (last >= u'0' && last <= u'9')
        return value * 11 + (last - u'0');
    if (last == u'X')
        return value * 11 + 10;
    return std::nullopt;
}

} // namespace

KnownPlaces::KnownPlaces(const RegistryService &registry, CommunityId community)
    : m_registry(registry)
    , m_community(community) {}

Status KnownPlaces::load() {
    if (!m_community.isValid())
        return Status::success();
    const auto compounds = m_registry.places().compounds(m_community);
    if (!compounds)
        return compounds.status();
    for (const Compound &compound : *compounds)
        m_compounds.insert(compound.name, compound.id);
    return Status::success();
}

BuildingId KnownPlaces::building(CompoundId compound, const QString &name) {
    if (!compound.isValid())
        return {};
    auto found = m_buildings.find(compound.value);
    if (found == m_buildings.end()) {
        QHash<QString, BuildingId> names;
        if (!created(compound)) {
            if (const auto list = m_registry.places().buildings(compound)) {
                for (const Building &building : *list)
                    names.insert(building.name, building.id);
            }
        }
        found = m_buildings.insert(compound.value, names);
    }
    return found->value(name);
}

UnitId KnownPlaces::unit(BuildingId building, const QString &name) {
    if (!building.isValid())
        return {};
    auto found = m_units.find(building.value);
    if (found == m_units.end()) {
        QHash<QString, UnitId> names;
        if (!created(building)) {
            if (const auto list = m_registry.places().units(building)) {
                for (const Unit &unit : *list)
                    names.insert(unit.name, unit.id);
            }
        }
        found = m_units.insert(building.value, names);
    }
    return found->value(name);
}

HouseholdId KnownPlaces::household(UnitId unit, const QString &room) {
    if (!unit.isValid())
        return {};
    auto found = m_households.find(unit.value);
    if (found == m_households.end()) {
        QHash<QString, HouseholdId> rooms;
        if (!created(unit)) {
            if (const auto list = m_registry.households().households(unit)) {
                for (const Household &household : *list)
                    rooms.insert(household.room, household.id);
            }
        }
        found = m_households.insert(unit.value, rooms);
    }
    return found->value(room);
}

void KnownPlaces::addCompound(const QString &name, CompoundId id) {
    m_compounds.insert(name, id);
    m_newCompounds.insert(id.value);
}

void KnownPlaces::addBuilding(CompoundId compound, const QString &name, BuildingId id) {
    m_buildings[compound.value].insert(name, id);
    m_newBuildings.insert(id.value);
}

void KnownPlaces::addUnit(BuildingId building, const QString &name, UnitId id) {
    m_units[building.value].insert(name, id);
    m_newUnits.insert(id.value);
}

void KnownPlaces::addHousehold(UnitId unit, const QString &room, HouseholdId id) {
    m_households[unit.value].insert(room, id);
    m_newHouseholds.insert(id.value);
}

RosterJudge::RosterJudge(const RegistryService &registry, const RosterMapping &mapping,
                         KnownPlaces &known, QDate today)
    : m_registry(registry)
    , m_mapping(mapping)
    , m_known(known)
    , m_today(today) {}

Status RosterJudge::load() {
    // Every ID number on record, read once: a roster of thousands asks for each of its rows.
    auto holders = m_registry.residents().idNumbers();
    if (!holders)
        return holders.status();
    m_holders = std::move(*holders);
    return Status::success();
}

void RosterJudge::noteIdNumber(const QString &idNumber, qsizetype index, int fileRow) {
    const First first{qint32(index), fileRow, -1};
    First *seen = nullptr;
    if (const auto number = packed(idNumber)) {
        auto found = m_firstByNumber.find(*number);
        if (found == m_firstByNumber.end()) {
            m_firstByNumber.insert(*number, first);
            return;
        }
        seen = &*found;
    } else {
        auto found = m_firstByText.find(idNumber);
        if (found == m_firstByText.end()) {
            m_firstByText.insert(idNumber, first);
            return;
        }
        seen = &*found;
    }
    if (seen->group < 0) {
        seen->group = qint32(m_groups.size());
        m_groups.append({{seen->index, seen->fileRow}});
    }
    m_groups[seen->group].append({index, fileRow});
}

QList<QList<RosterJudge::Duplicate>> RosterJudge::duplicates() const {
    return m_groups;
}

void RosterJudge::markDuplicate(RosterRow &row, const QList<Duplicate> &group) {
    QStringList others;
    for (const Duplicate &other : group) {
        if (other.fileRow != row.fileRow)
            others << QString::number(other.fileRow);
    }
    row.problems << RosterImport::tr("The same ID number is on row %1 as well.")
                        .arg(others.join(RosterImport::tr(", ")));
    row.verdict = Verdict::Error;
}

Result<RosterRow> RosterJudge::judge(qsizetype index, qsizetype sheetRow,
                                     const QStringList &cells) {
    using Tr = RosterImport;
    const RowReader read(cells, m_mapping);
    const ResidentRepository &residents = m_registry.residents();
    RosterRow row;
    row.fileRow = int(sheetRow + 1);
    QStringList &problems = row.problems;
    row.place = read.place();
    if (!row.place.isComplete()) {
        problems << (m_mapping.placeFromParts()
                         ? Tr::tr("The compound, building, unit or room is missing.")
                         : Tr::tr("The address is not written as 明珠花园3栋2单元302."));
    }

    // The household, and the resident Linli has already, if any — as before this run wrote.
    CompoundId compoundId = m_known.compound(row.place.compound);
    if (m_known.created(compoundId))
        compoundId = {};
    BuildingId buildingId = m_known.building(compoundId, row.place.building);
    if (m_known.created(buildingId))
        buildingId = {};
    UnitId unitId = m_known.unit(buildingId, row.place.unit);
    if (m_known.created(unitId))
        unitId = {};
    HouseholdId householdId = m_known.household(unitId, row.place.room);
    if (m_known.created(householdId))
        householdId = {};
    m_resolved = {compoundId, buildingId, unitId, householdId};
    const QString name = read.text(RosterField::Name).simplified();
    const QString rawId = read.text(RosterField::IdNumber);
    const QString idNumber = IdNumber::normalise(rawId);

    std::optional<Resident> stored;
    if (!idNumber.isEmpty() && !RosterValues::looksMangledByExcel(rawId)) {
        if (const ResidentId holder = m_holders.value(idNumber);
            holder.isValid() && !m_written.contains(holder.value)) {
            const auto found = residents.resident(holder);
            if (!found)
                return found.status();
            stored = *found;
        }
    } else if (householdId.isValid() && !name.isEmpty()) {
        const auto members = residents.members(householdId);
        if (!members)
            return members.status();
        for (const Resident &member : *members) {
            if (member.name == name && !member.hasMovedOut() && !member.isAnonymised() &&
                !m_written.contains(member.id.value))
                stored = member;
        }
    }
    Resident &resident = row.resident;
    resident = stored.value_or(Resident{});
    resident.householdId = householdId;
    if (!name.isEmpty())
        resident.name = name;
    else
        problems << Tr::tr("The name is missing.");

    if (RosterValues::looksMangledByExcel(rawId)) {
        problems << Tr::tr("Excel turned the ID number into a number (%1) and lost its last "
                           "digits: format the column as Text, type the numbers again and "
                           "import again.")
                        .arg(rawId);
    } else if (read.has(RosterField::IdNumber)) {
        resident.idNumber = idNumber;
    }
    std::optional<IdNumber::Facts> facts;
    if (!resident.idNumber.isEmpty()) {
        if (const auto parsed = IdNumber::parse(resident.idNumber, m_today))
            facts = *parsed;
        else
            problems << parsed.error();
    }

    const QString genderText = read.text(RosterField::Gender);
    if (const auto gender = RosterValues::gender(genderText)) {
        resident.gender = *gender;
        if (facts && facts->gender != *gender)
            problems << Tr::tr("The gender %1 contradicts the ID number, which belongs to a %2 "
                               "resident.")
                            .arg(genderText,
                                 facts->gender == Gender::Male ? Tr::tr("male") : Tr::tr("female"));
    } else if (!genderText.isEmpty()) {
        problems << Tr::tr("The gender \"%1\" is neither 男 nor 女.").arg(genderText);
    } else if (facts) {
        resident.gender = facts->gender;
    } else if (!stored) {
        problems << Tr::tr("The gender is missing, and there is no ID number to read it from.");
    }

    if (read.has(RosterField::BirthDate)) {
        const auto born = RosterValues::date(read.text(RosterField::BirthDate));
        if (!born)
            problems << born.error();
        else if (born->isValid())
            resident.birthDate = *born;
    }
    if (facts && (!resident.birthDate.isValid() || !read.has(RosterField::BirthDate) ||
                  read.text(RosterField::BirthDate).isEmpty()))
        resident.birthDate = facts->birthDate;

    if (read.has(RosterField::Phone)) {
        const QString phone = PhoneNumber::normalise(read.text(RosterField::Phone));
        if (RosterValues::looksMangledByExcel(phone))
            problems << Tr::tr("Excel turned the phone number into a number (%1): format the "
                               "column as Text and type it again.")
                            .arg(phone);
        else if (!phone.isEmpty()) {
            if (const Status valid = PhoneNumber::validate(phone); !valid)
                problems << valid.error();
        }
        resident.mobile = phone;
    }

    const auto relation = RosterValues::relation(read.text(RosterField::Relation));
    if (!relation)
        problems << relation.error();
    else if (*relation)
        resident.relation = **relation;
    else if (!stored)
        resident.relation = Relation::Other; // settled below: the first of a household heads it

    struct Marker {
        RosterField field;
        bool *value;
    };
    const Marker markers[] = {{RosterField::PartyMember, &resident.markers.partyMember},
                              {RosterField::ElderlyAlone, &resident.markers.elderlyAlone},
                              {RosterField::Volunteer, &resident.markers.volunteer},
                              {RosterField::LowIncome, &resident.markers.lowIncome},
                              {RosterField::Disabled, &resident.markers.disabled}};
    for (const Marker &marker : markers) {
        if (!read.has(marker.field))
            continue;
        const QString text = read.text(marker.field);
        if (const auto flag = RosterValues::yesNo(text))
            *marker.value = *flag;
        else
            problems << Tr::tr("%1: \"%2\" is neither 是 nor 否.")
                            .arg(RosterFields::label(marker.field), text);
    }
    if (read.has(RosterField::Notes))
        resident.notes = read.text(RosterField::Notes).left(200);

    // The household's head: one, from the file or already on record.
    const QString address = row.place.address();
    const bool relationGiven = relation && relation->has_value();
    if (row.place.isComplete() && (resident.relation == Relation::Head || !relationGiven)) {
        QString existingHead = m_headsInFile.value(address);
        if (existingHead.isEmpty() && householdId.isValid()) {
            const auto head = residents.headOf(householdId);
            if (!head)
                return head.status();
            if (*head && !m_written.contains((*head)->id.value) &&
                (!stored || (*head)->id != stored->id))
                existingHead = (*head)->name;
        }
        if (!relationGiven && !stored)
            resident.relation = existingHead.isEmpty() ? Relation::Head : Relation::Other;
        else if (resident.relation == Relation::Head && !existingHead.isEmpty())
            problems << Tr::tr("The household has a head already: %1.").arg(existingHead);
        if (resident.relation == Relation::Head && existingHead.isEmpty())
            m_headsInFile.insert(address, resident.name);
    }

    // The rules every resident meets, as in the form (the household is settled on import).
    const QList<FieldIssue> issues = ResidentValidator::check(resident, m_today);
    for (const FieldIssue &issue : issues) {
        if (issue.field == ResidentField::Household)
            continue;
        if (issue.field == ResidentField::IdNumber || issue.field == ResidentField::Mobile)
            continue; // already said above in the roster's words
        if (!problems.contains(issue.message))
            problems << issue.message;
    }

    if (!resident.idNumber.isEmpty())
        noteIdNumber(resident.idNumber, index, row.fileRow);

    if (!problems.isEmpty()) {
        row.verdict = Verdict::Error;
    } else if (stored) {
        Resident compared = resident;
        if (!householdId.isValid())
            compared.householdId = HouseholdId{-1};
        row.verdict = sameRecord(compared, *stored) ? Verdict::Unchanged : Verdict::Update;
    } else {
        row.verdict = Verdict::New;
    }
    return row;
}

} // namespace linli
