#include "exchange/rosterimport.h"

#include "access/access.h"
#include "exchange/csvreader.h"
#include "exchange/xlsxreader.h"
#include "registry/idnumber.h"
#include "registry/registryservice.h"
#include "registry/residentsearchindex.h"
#include "registry/residentvalidator.h"
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QSet>

namespace linli {

namespace {

using Verdict = RosterRow::Verdict;

constexpr int kProgressEvery = 500;

/// The registry's places looked up by name, read as they are needed and kept for the run.
class KnownPlaces {
public:
    KnownPlaces(const RegistryService &registry, CommunityId community)
        : m_registry(registry)
        , m_community(community) {}

    Status load() {
        const auto compounds = m_registry.places().compounds(m_community);
        if (!compounds)
            return compounds.status();
        for (const Compound &compound : *compounds)
            m_compounds.insert(compound.name, compound.id);
        return Status::success();
    }

    CompoundId compound(const QString &name) const { return m_compounds.value(name); }
    BuildingId building(CompoundId compound, const QString &name) {
        if (!compound.isValid())
            return {};
        auto found = m_buildings.find(compound.value);
        if (found == m_buildings.end()) {
            QHash<QString, BuildingId> names;
            if (const auto list = m_registry.places().buildings(compound)) {
                for (const Building &building : *list)
                    names.insert(building.name, building.id);
            }
            found = m_buildings.insert(compound.value, names);
        }
        return found->value(name);
    }
    UnitId unit(BuildingId building, const QString &name) {
        if (!building.isValid())
            return {};
        auto found = m_units.find(building.value);
        if (found == m_units.end()) {
            QHash<QString, UnitId> names;
            if (const auto list = m_registry.places().units(building)) {
                for (const Unit &unit : *list)
                    names.insert(unit.name, unit.id);
            }
            found = m_units.insert(building.value, names);
        }
        return found->value(name);
    }
    HouseholdId household(UnitId unit, const QString &room) {
        if (!unit.isValid())
            return {};
        auto found = m_households.find(unit.value);
        if (found == m_households.end()) {
            QHash<QString, HouseholdId> rooms;
            if (const auto list = m_registry.households().households(unit)) {
                for (const Household &household : *list)
                    rooms.insert(household.room, household.id);
            }
            found = m_households.insert(unit.value, rooms);
        }
        return found->value(room);
    }
    HouseholdId household(const RosterPlace &place) {
        const BuildingId building = this->building(compound(place.compound), place.building);
        return household(unit(building, place.unit), place.room);
    }

    void addCompound(const QString &name, CompoundId id) { m_compounds.insert(name, id); }
    void addBuilding(CompoundId compound, const QString &name, BuildingId id) {
        m_buildings[compound.value].insert(name, id);
    }
    void addUnit(BuildingId building, const QString &name, UnitId id) {
        m_units[building.value].insert(name, id);
    }
    void addHousehold(UnitId unit, const QString &room, HouseholdId id) {
        m_households[unit.value].insert(room, id);
    }

private:
    const RegistryService &m_registry;
    CommunityId m_community;
    QHash<QString, CompoundId> m_compounds;
    QHash<qint64, QHash<QString, BuildingId>> m_buildings;
    QHash<qint64, QHash<QString, UnitId>> m_units;
    QHash<qint64, QHash<QString, HouseholdId>> m_households;
};

bool sameRecord(const Resident &a, const Resident &b) {
    return a.householdId == b.householdId && a.name == b.name && a.gender == b.gender &&
           a.birthDate == b.birthDate && a.idNumber == b.idNumber && a.mobile == b.mobile &&
           a.relation == b.relation && a.markers == b.markers && a.notes == b.notes;
}

// A roster is one community's: the whole sub-district's desk chooses which first.
QString chooseTheCommunity() {
    return RosterImport::tr("This database holds several communities: choose the one the roster "
                            "belongs to under Community at the foot of the window, then import "
                            "it again.");
}

Result<CommunityId> communityOf(const RegistryService &registry) {
    const auto communities = registry.places().communities();
    if (!communities)
        return communities.status();
    if (communities->isEmpty())
        return Result<CommunityId>::failure(
            RosterImport::tr("Set up the community first (Registry → New community…): the "
                             "roster's compounds belong to it."));
    if (communities->size() > 1)
        return Result<CommunityId>::failure(chooseTheCommunity());
    return communities->constFirst().id;
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

bool isBlank(const QStringList &cells) {
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

int RosterPreview::count(RosterRow::Verdict verdict) const {
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [verdict](const RosterRow &row) { return row.verdict == verdict; }));
}

QString RosterPreview::summary() const {
    return RosterImport::tr("%1 new, %2 to update, %3 unchanged, %4 with errors")
        .arg(count(Verdict::New))
        .arg(count(Verdict::Update))
        .arg(count(Verdict::Unchanged))
        .arg(count(Verdict::Error));
}

RosterImport::RosterImport(RegistryService &registry)
    : m_registry(registry)
    , m_database(registry.database()) {}

Result<Sheet> RosterImport::readFile(const QString &path) {
    if (XlsxReader::looksLikeXlsx(path))
        return XlsxReader::read(path);
    if (path.endsWith(QStringLiteral(".xls"), Qt::CaseInsensitive))
        return Result<Sheet>::failure(
            tr("Old Excel files (.xls) cannot be read; open it in Excel or WPS and save it as "
               ".xlsx or as CSV UTF-8."));
    return CsvReader::read(path);
}

ExportTable RosterImport::templateTable() {
    using F = RosterField;
    ExportTable table;
    for (const RosterField field : {F::Compound, F::Building, F::Unit, F::Room, F::Name, F::Gender,
                                    F::IdNumber, F::Phone, F::Relation, F::PartyMember, F::Notes})
        table.headers.append(RosterFields::templateHeader(field));
    // Every column as text, so that Excel keeps ID numbers and phones as they are typed.
    table.types = QList<ExportTable::Type>(table.headers.size(), ExportTable::Type::Text);
    return table;
}

Result<RosterPreview> RosterImport::preview(const Sheet &sheet,
                                            const RosterMapping &mapping) const {
    if (const QList<RosterField> missing = mapping.missing(); !missing.isEmpty()) {
        QStringList names;
        for (const RosterField field : missing)
            names.append(RosterFields::label(field));
        return Result<RosterPreview>::failure(
            tr("Match a column to each of: %1.").arg(names.join(tr(", "))));
    }
    // Without a community yet every place is new; the import itself will ask for one.
    const auto communities = m_registry.places().communities();
    if (!communities)
        return communities.status();
    if (communities->size() > 1)
        return Result<RosterPreview>::failure(chooseTheCommunity());
    KnownPlaces known(m_registry,
                      communities->isEmpty() ? CommunityId{} : communities->constFirst().id);
    if (Status loaded = known.load(); !loaded)
        return loaded;

    const QDate today = m_database.clock().today();
    const ResidentRepository &residents = m_registry.residents();
    // Every ID number on record, read once: a roster of thousands asks for each of its rows.
    const auto holders = residents.idNumbers();
    if (!holders)
        return holders.status();
    RosterPreview preview;
    QSet<QString> newCompounds, newBuildings, newUnits, newHouseholds;
    QHash<QString, QList<qsizetype>> rowsById; // ID number → rows holding it
    QHash<QString, QString> headsInFile;       // address → the head's name
    struct Resolved {
        CompoundId compound;
        BuildingId building;
        UnitId unit;
        HouseholdId household;
    };
    QList<Resolved> resolved; // what each row's place is in the registry, parallel to the rows

    for (qsizetype r = mapping.headerRow + 1; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        if (isBlank(cells))
            continue;
        const RowReader read(cells, mapping);
        RosterRow row;
        row.fileRow = int(r + 1);
        QStringList &problems = row.problems;
        row.place = read.place();
        if (!row.place.isComplete()) {
            problems << (mapping.placeFromParts()
                             ? tr("The compound, building, unit or room is missing.")
                             : tr("The address is not written as 明珠花园3栋2单元302."));
        }

        // The household, and the resident Linli has already, if any.
        const CompoundId compoundId = known.compound(row.place.compound);
        const BuildingId buildingId = known.building(compoundId, row.place.building);
        const UnitId unitId = known.unit(buildingId, row.place.unit);
        const HouseholdId householdId = known.household(unitId, row.place.room);
        const QString name = read.text(RosterField::Name).simplified();
        const QString rawId = read.text(RosterField::IdNumber);
        const QString idNumber = IdNumber::normalise(rawId);

        std::optional<Resident> stored;
        if (!idNumber.isEmpty() && !RosterValues::looksMangledByExcel(rawId)) {
            if (const ResidentId holder = holders->value(idNumber); holder.isValid()) {
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
                if (member.name == name && !member.hasMovedOut() && !member.isAnonymised())
                    stored = member;
            }
        }
        Resident &resident = row.resident;
        resident = stored.value_or(Resident{});
        resident.householdId = householdId;
        if (!name.isEmpty())
            resident.name = name;
        else
            problems << tr("The name is missing.");

        if (RosterValues::looksMangledByExcel(rawId)) {
            problems << tr("Excel turned the ID number into a number (%1) and lost its last "
                           "digits: format the column as Text, type the numbers again and "
                           "import again.")
                            .arg(rawId);
        } else if (read.has(RosterField::IdNumber)) {
            resident.idNumber = idNumber;
        }
        std::optional<IdNumber::Facts> facts;
        if (!resident.idNumber.isEmpty()) {
            if (const auto parsed = IdNumber::parse(resident.idNumber, today))
                facts = *parsed;
            else
                problems << parsed.error();
        }

        const QString genderText = read.text(RosterField::Gender);
        if (const auto gender = RosterValues::gender(genderText)) {
            resident.gender = *gender;
            if (facts && facts->gender != *gender)
                problems << tr("The gender %1 contradicts the ID number, which belongs to a %2 "
                               "resident.")
                                .arg(genderText,
                                     facts->gender == Gender::Male ? tr("male") : tr("female"));
        } else if (!genderText.isEmpty()) {
            problems << tr("The gender \"%1\" is neither 男 nor 女.").arg(genderText);
        } else if (facts) {
            resident.gender = facts->gender;
        } else if (!stored) {
            problems << tr("The gender is missing, and there is no ID number to read it from.");
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
                problems << tr("Excel turned the phone number into a number (%1): format the "
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
                problems << tr("%1: \"%2\" is neither 是 nor 否.")
                                .arg(RosterFields::label(marker.field), text);
        }
        if (read.has(RosterField::Notes))
            resident.notes = read.text(RosterField::Notes).left(200);

        // The household's head: one, from the file or already on record.
        const QString address = row.place.address();
        const bool relationGiven = relation && relation->has_value();
        if (row.place.isComplete() && (resident.relation == Relation::Head || !relationGiven)) {
            QString existingHead = headsInFile.value(address);
            if (existingHead.isEmpty() && householdId.isValid()) {
                const auto head = residents.headOf(householdId);
                if (!head)
                    return head.status();
                if (*head && (!stored || (*head)->id != stored->id))
                    existingHead = (*head)->name;
            }
            if (!relationGiven && !stored)
                resident.relation = existingHead.isEmpty() ? Relation::Head : Relation::Other;
            else if (resident.relation == Relation::Head && !existingHead.isEmpty())
                problems << tr("The household has a head already: %1.").arg(existingHead);
            if (resident.relation == Relation::Head && existingHead.isEmpty())
                headsInFile.insert(address, resident.name);
        }

        // The rules every resident meets, as in the form (the household is settled on import).
        const QList<FieldIssue> issues = ResidentValidator::check(resident, today);
        for (const FieldIssue &issue : issues) {
            if (issue.field == ResidentField::Household)
                continue;
            if (issue.field == ResidentField::IdNumber || issue.field == ResidentField::Mobile)
                continue; // already said above in the roster's words
            if (!problems.contains(issue.message))
                problems << issue.message;
        }

        if (!resident.idNumber.isEmpty())
            rowsById[resident.idNumber].append(preview.rows.size());

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
        preview.rows.append(row);
        resolved.append({compoundId, buildingId, unitId, householdId});
    }

    // The same ID number twice: which row is right is for the user to say, so neither goes in.
    for (auto it = rowsById.cbegin(); it != rowsById.cend(); ++it) {
        if (it->size() < 2)
            continue;
        for (const qsizetype index : *it) {
            QStringList others;
            for (const qsizetype other : *it) {
                if (other != index)
                    others << QString::number(preview.rows.at(other).fileRow);
            }
            RosterRow &row = preview.rows[index];
            row.problems
                << tr("The same ID number is on row %1 as well.").arg(others.join(tr(", ")));
            row.verdict = Verdict::Error;
        }
    }

    // The places the rows that go in need and the registry does not have yet.
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        const RosterRow &row = preview.rows.at(i);
        const auto [compoundId, buildingId, unitId, householdId] = resolved.at(i);
        if (row.verdict != Verdict::Error && row.verdict != Verdict::Unchanged) {
            if (!compoundId.isValid() && !newCompounds.contains(row.place.compound)) {
                newCompounds.insert(row.place.compound);
                preview.newCompounds.append(row.place.compound);
            }
            const QString buildingName = row.place.compound + row.place.building;
            if (!buildingId.isValid() && !newBuildings.contains(buildingName)) {
                newBuildings.insert(buildingName);
                preview.newBuildings.append(buildingName);
            }
            const QString unitName = buildingName + row.place.unit;
            if (!unitId.isValid() && !newUnits.contains(unitName)) {
                newUnits.insert(unitName);
                preview.newUnits.append(unitName);
            }
            if (!householdId.isValid())
                newHouseholds.insert(row.place.address());
        }
    }
    preview.newHouseholds = int(newHouseholds.size());
    return preview;
}

QString RosterImport::cancelled() {
    return tr("The import was cancelled; nothing was written.");
}

Result<RosterImportResult> RosterImport::apply(const Sheet &sheet, const RosterMapping &mapping,
                                               const RosterPreview &seen, bool backupFirst,
                                               const Progress &progress) {
    if (Status allowed = m_database.require(Permission::ImportRoster); !allowed)
        return allowed;
    if (Status allowed = m_database.require(Permission::EditRegistry); !allowed)
        return allowed;
    const auto fresh = preview(sheet, mapping);
    if (!fresh)
        return fresh.status();
    bool same = fresh->rows.size() == seen.rows.size();
    for (qsizetype i = 0; same && i < seen.rows.size(); ++i)
        same = fresh->rows.at(i).verdict == seen.rows.at(i).verdict;
    if (!same)
        return Result<RosterImportResult>::failure(
            tr("The registry changed since the preview was made; look at the preview again."));

    RosterImportResult result;
    result.skipped = fresh->count(Verdict::Error);
    if (fresh->count(Verdict::New) + fresh->count(Verdict::Update) == 0)
        return result;
    // On the server the import's one transaction is its safety; backups there are the server's.
    if (backupFirst && !m_database.isOnServer()) {
        BackupKeeper keeper(m_database, BackupKeeper::folderFor(m_database));
        // Checked as a fresh copy, not in full: a 100-row import into a street's file should
        // not wait for an integrity check of 160,000 residents' indexes (see verifyCopy).
        const auto saved =
            keeper.safetySnapshot(QStringLiteral("import"), BackupKeeper::Check::Copy);
        if (!saved)
            return Result<RosterImportResult>::failure(
                tr("No backup could be taken before the import, so nothing was imported: %1")
                    .arg(saved.error()));
        result.backupPath = *saved;
    }

    const auto community = communityOf(m_registry);
    if (!community)
        return community.status();
    // A large page cache for the while, as for the demo: the registry's indexes stay in memory.
    m_database.useBulkCache(true);
    const Status written = m_database.write([&](const WriteContext &context) -> Status {
        KnownPlaces known(m_registry, *community);
        if (Status loaded = known.load(); !loaded)
            return loaded;
        result.added = result.updated = result.placesCreated = 0;
        // A roster of thousands: the search index is rebuilt once instead of row by row.
        const bool bulk = fresh->count(Verdict::New) + fresh->count(Verdict::Update) >= 1000;
        QStringList triggers;
        if (bulk) {
            const auto suspended = ResidentSearchIndex::suspend(context);
            if (!suspended)
                return suspended.status();
            triggers = *suspended;
        }
        const int total = fresh->count(Verdict::New) + fresh->count(Verdict::Update);
        int rowsWritten = 0;
        for (const RosterRow &row : fresh->rows) {
            if (row.verdict != Verdict::New && row.verdict != Verdict::Update)
                continue;
            // Stopped before the commit, the transaction is rolled back whole.
            if (progress && rowsWritten % kProgressEvery == 0 && !progress(rowsWritten, total))
                return Status::failure(cancelled());
            ++rowsWritten;
            const RosterPlace &place = row.place;
            CompoundId compound = known.compound(place.compound);
            if (!compound.isValid()) {
                Compound created;
                created.communityId = *community;
                created.name = place.compound;
                const auto id = PlaceRepository::add(context, created);
                if (!id)
                    return id.status();
                compound = *id;
                known.addCompound(place.compound, compound);
                ++result.placesCreated;
            }
            BuildingId building = known.building(compound, place.building);
            if (!building.isValid()) {
                Building created;
                created.compoundId = compound;
                created.name = place.building;
                const auto id = PlaceRepository::add(context, created);
                if (!id)
                    return id.status();
                building = *id;
                known.addBuilding(compound, place.building, building);
                ++result.placesCreated;
            }
            UnitId unit = known.unit(building, place.unit);
            if (!unit.isValid()) {
                Unit created;
                created.buildingId = building;
                created.name = place.unit;
                const auto id = PlaceRepository::add(context, created);
                if (!id)
                    return id.status();
                unit = *id;
                known.addUnit(building, place.unit, unit);
                ++result.placesCreated;
            }
            HouseholdId household = known.household(unit, place.room);
            if (!household.isValid()) {
                Household created;
                created.unitId = unit;
                created.room = place.room;
                const HouseholdPlace where{*community,     compound,       building,  unit,
                                           place.compound, place.building, place.unit};
                const auto id = HouseholdRepository::add(context, created, where);
                if (!id)
                    return id.status();
                household = *id;
                known.addHousehold(unit, place.room, household);
            }
            Resident resident = row.resident;
            resident.householdId = household;
            if (row.verdict == Verdict::New) {
                const auto id = ResidentRepository::add(context, resident);
                if (!id)
                    return Status::failure(tr("Row %1: %2").arg(row.fileRow).arg(id.error()));
                ++result.added;
            } else {
                const auto before = m_registry.residents().resident(resident.id);
                if (!before)
                    return before.status();
                if (Status done = ResidentRepository::update(context, *before, resident); !done)
                    return Status::failure(tr("Row %1: %2").arg(row.fileRow).arg(done.error()));
                ++result.updated;
            }
        }
        if (progress && !progress(rowsWritten, total))
            return Status::failure(cancelled());
        if (Status indexed = ResidentSearchIndex::resume(context, triggers); !indexed)
            return indexed;
        return context.audit(QStringLiteral("residents_import"), 0, WriteContext::Action::Create,
                             {{QStringLiteral("added"), result.added},
                              {QStringLiteral("updated"), result.updated},
                              {QStringLiteral("skipped"), result.skipped},
                              {QStringLiteral("places_created"), result.placesCreated}});
    });
    m_database.useBulkCache(false);
    if (!written)
        return written;
    // Thousands of new rows change what the planner should know of the registry's tables.
    if (result.added + result.updated >= 1000) {
        if (!m_database.isOnServer()) // the server's autovacuum keeps its own statistics
            (void)sql::run(m_database.connection(), QStringLiteral("ANALYZE"));
        (void)m_database.write(ResidentSearchIndex::forgetStatistics);
    }
    m_registry.announceBulkChange();
    return result;
}

} // namespace linli
