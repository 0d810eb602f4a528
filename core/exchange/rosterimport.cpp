#include "exchange/rosterimport.h"

#include "access/access.h"
#include "exchange/csvreader.h"
#include "exchange/rosterjudge.h"
#include "exchange/xlsxreader.h"
#include "registry/idnumber.h"
#include "registry/registryservice.h"
#include "registry/residentsearchindex.h"
#include "registry/residentvalidator.h"
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/indexesaside.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>

namespace linli {

namespace {

using Verdict = RosterRow::Verdict;

constexpr int kProgressEvery = 500;

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

bool isBlank(const QStringList &cells) {
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

namespace {

Result<RosterPreview> judgeRows(const RegistryService &registry, QDate today, const Sheet &sheet,
                                const RosterMapping &mapping, CommunityId community,
                                const QHash<qsizetype, QList<RosterJudge::Duplicate>> &duplicated,
                                QList<QList<RosterJudge::Duplicate>> *duplicates) {
    KnownPlaces known(registry, community);
    if (Status loaded = known.load(); !loaded)
        return loaded;
    RosterJudge judge(registry, mapping, known, today);
    if (Status loaded = judge.load(); !loaded)
        return loaded;
    RosterPreview preview;
    QSet<QString> newCompounds, newBuildings, newUnits, newHouseholds;
    Status failed = Status::success();
    qsizetype index = 0;
    const Status read = sheet.forEachRow([&](qsizetype r, const QStringList &cells) {
        if (r <= mapping.headerRow || isBlank(cells))
            return true;
        auto row = judge.judge(index, r, cells);
        if (!row) {
            failed = row.status();
            return false;
        }
        if (const auto group = duplicated.constFind(index); group != duplicated.cend())
            RosterJudge::markDuplicate(*row, *group);
        ++index;
        preview.verdicts.append(char(row->verdict));
        // The places the rows that go in need and the registry does not have yet.
        if (row->verdict != Verdict::Error && row->verdict != Verdict::Unchanged) {
            const RosterPlace &place = row->place;
            const RosterJudge::Resolved &resolved = judge.resolved();
            if (!resolved.compound.isValid() && !newCompounds.contains(place.compound)) {
                newCompounds.insert(place.compound);
                preview.newCompounds.append(place.compound);
            }
            const QString buildingName = place.compound + place.building;
            if (!resolved.building.isValid() && !newBuildings.contains(buildingName)) {
                newBuildings.insert(buildingName);
                preview.newBuildings.append(buildingName);
            }
            const QString unitName = buildingName + place.unit;
            if (!resolved.unit.isValid() && !newUnits.contains(unitName)) {
                newUnits.insert(unitName);
                preview.newUnits.append(unitName);
            }
            if (!resolved.household.isValid())
                newHouseholds.insert(place.address());
        }
        if (index <= RosterPreview::kShownRows || row->verdict == Verdict::Error)
            preview.rows.append(std::move(*row));
        return true;
    });
    if (!read)
        return read;
    if (!failed)
        return failed;
    preview.newHouseholds = int(newHouseholds.size());
    *duplicates = judge.duplicates();
    return preview;
}

Status writeRow(const RegistryService &registry, const WriteContext &context, KnownPlaces &known,
                RosterJudge &judge, CommunityId community, const RosterRow &row,
                RosterImportResult &result) {
    const RosterPlace &place = row.place;
    CompoundId compound = known.compound(place.compound);
    if (!compound.isValid()) {
        Compound created;
        created.communityId = community;
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
        const HouseholdPlace where{community,      compound,       building,  unit,
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
            return Status::failure(RosterImport::tr("Row %1: %2").arg(row.fileRow).arg(id.error()));
        judge.written(*id);
        ++result.added;
        return Status::success();
    }
    const auto before = registry.residents().resident(resident.id);
    if (!before)
        return before.status();
    if (Status done = ResidentRepository::update(context, *before, resident); !done)
        return Status::failure(RosterImport::tr("Row %1: %2").arg(row.fileRow).arg(done.error()));
    ++result.updated;
    return Status::success();
}

} // namespace

int RosterPreview::count(RosterRow::Verdict verdict) const {
    return int(std::count(verdicts.cbegin(), verdicts.cend(), char(verdict)));
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
    const CommunityId community =
        communities->isEmpty() ? CommunityId{} : communities->constFirst().id;
    QList<QList<RosterJudge::Duplicate>> duplicates;
    {
        const auto first = judgeRows(m_registry, m_database.clock().today(), sheet, mapping,
                                     community, {}, &duplicates);
        if (!first || duplicates.isEmpty())
            return first;
    }
    // The same ID number twice: which row is right is for the user to say, so neither goes in.
    // Known only at the end, so the rows are judged once more knowing it: the rows shown and
    // the places to create are then those of the rows that go in.
    QHash<qsizetype, QList<RosterJudge::Duplicate>> duplicated;
    for (const auto &group : std::as_const(duplicates)) {
        for (const RosterJudge::Duplicate &each : group)
            duplicated.insert(each.index, group);
    }
    return judgeRows(m_registry, m_database.clock().today(), sheet, mapping, community, duplicated,
                     &duplicates);
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
    if (const QList<RosterField> missing = mapping.missing(); !missing.isEmpty())
        return preview(sheet, mapping).status();

    RosterImportResult result;
    result.skipped = seen.count(Verdict::Error);
    const int total = seen.count(Verdict::New) + seen.count(Verdict::Update);
    if (total == 0)
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

    const QString changed =
        tr("The registry changed since the preview was made; look at the preview again.");
    // The usual page cache, not the demo's bulk one: the indexes that cost most to keep row
    // by row are built at the end, and 256 MB then bought no time (measured on 160,000 rows)
    // while an import's whole process should stay under 150 MB.
    const Status written = m_database.write([&](const WriteContext &context) -> Status {
        // Every row judged again here, inside the transaction that writes it, against the
        // registry as it is now; a verdict that is not the one seen undoes the whole import.
        // The community too: another desk may have added a second one meanwhile.
        const auto community = communityOf(m_registry);
        if (!community)
            return community.status();
        KnownPlaces known(m_registry, *community);
        if (Status loaded = known.load(); !loaded)
            return loaded;
        RosterJudge judge(m_registry, mapping, known, m_database.clock().today());
        if (Status loaded = judge.load(); !loaded)
            return loaded;
        result.added = result.updated = result.placesCreated = 0;
        // A roster of thousands: the search index is rebuilt once instead of row by row.
        QStringList triggers;
        IndexesAside indexes;
        if (total >= 1000) {
            const auto suspended = ResidentSearchIndex::suspend(context);
            if (!suspended)
                return suspended.status();
            triggers = *suspended;
            // Built once at the end rather than row by row, in pinyin order, with a page cache
            // that holds a fraction of them; the judge looks households' members up meanwhile.
            auto aside = IndexesAside::take(
                context, {QStringLiteral("residents"), QStringLiteral("audit_log")},
                {QStringLiteral("residents_household")});
            if (!aside)
                return aside.status();
            indexes = std::move(*aside);
        }
        QByteArray fresh; // each row's verdict now, the duplicates settled at the end
        fresh.reserve(seen.verdicts.size());
        int rowsWritten = 0;
        Status failed = Status::success();
        const Status read = sheet.forEachRow([&](qsizetype r, const QStringList &cells) {
            if (r <= mapping.headerRow || isBlank(cells))
                return true;
            const qsizetype index = fresh.size();
            const auto row = judge.judge(index, r, cells);
            if (!row) {
                failed = row.status();
                return false;
            }
            fresh.append(char(row->verdict));
            const Verdict before =
                index < seen.verdicts.size() ? Verdict(seen.verdicts.at(index)) : Verdict::Error;
            // A row seen as an error may judge well alone: its ID number may be on another row.
            if (index >= seen.verdicts.size() ||
                (before != Verdict::Error && row->verdict != before)) {
                failed = Status::failure(changed);
                return false;
            }
            if (before != Verdict::New && before != Verdict::Update)
                return true;
            // Stopped before the commit, the transaction is rolled back whole.
            if (progress && rowsWritten % kProgressEvery == 0 && !progress(rowsWritten, total)) {
                failed = Status::failure(cancelled());
                return false;
            }
            ++rowsWritten;
            failed = writeRow(m_registry, context, known, judge, *community, *row, result);
            return bool(failed);
        });
        if (!read)
            return read;
        if (!failed)
            return failed;
        for (const auto &group : judge.duplicates()) {
            for (const RosterJudge::Duplicate &each : group)
                fresh[each.index] = char(Verdict::Error);
        }
        if (fresh != seen.verdicts)
            return Status::failure(changed);
        if (progress && !progress(rowsWritten, total))
            return Status::failure(cancelled());
        if (Status rebuilt = indexes.restore(context); !rebuilt)
            return rebuilt;
        if (Status indexed = ResidentSearchIndex::resume(context, triggers); !indexed)
            return indexed;
        return context.audit(QStringLiteral("residents_import"), 0, WriteContext::Action::Create,
                             {{QStringLiteral("added"), result.added},
                              {QStringLiteral("updated"), result.updated},
                              {QStringLiteral("skipped"), result.skipped},
                              {QStringLiteral("places_created"), result.placesCreated}});
    });
    if (!written)
        return written;
    // Thousands of new rows change what the planner should know of the registry's tables.
    if (result.added + result.updated >= 1000) {
        if (!m_database.isOnServer()) // the server's autovacuum keeps its own statistics
            (void)sql::Statement::run(m_database.connection(), QStringLiteral("ANALYZE"));
        (void)m_database.write(ResidentSearchIndex::forgetStatistics);
    }
    m_registry.announceBulkChange();
    return result;
}

} // namespace linli
