#include "clicommands.h"

#include "passwordprompt.h"

#include "access/accountservice.h"
#include "cogovernance/cogovernanceservice.h"
#include "complaints/complaintrepository.h"
#include "demo/demogenerator.h"
#include "documents/casefiledocuments.h"
#include "documents/complaintdocuments.h"
#include "documents/mediationdocuments.h"
#include "documents/pactdocuments.h"
#include "documents/printeddocument.h"
#include "exchange/residentexport.h"
#include "exchange/rosterimport.h"
#include "mediation/mediationservice.h"
#include "registry/placerepository.h"
#include "registry/registryservice.h"
#include "reports/monthlyreport.h"
#include "settings/officesettingsrepository.h"
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/databaselock.h"
#include "storage/migrations.h"
#include "storage/servercopy.h"
#include "storage/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

namespace linli {

CliCommands::CliCommands(QString databasePath, QString operatorName)
    : m_path(std::move(databasePath))
    , m_operator(std::move(operatorName))
    , m_out(stdout)
    , m_err(stderr) {}

namespace {

// A demo database's printouts say so on every page (PrintedDocument::setDemoMark).
void markDemoPrintouts(const Database &database) {
    PrintedDocument::setDemoMark(OfficeSettingsRepository(database).isDemo());
}

} // namespace

int CliCommands::fail(const QString &message) {
    m_err << tr("linli-cli: %1").arg(message) << Qt::endl;
    return failed;
}

Status CliCommands::signIn(Database &database) const {
    AccountService accounts(database);
    const auto any = accounts.hasAccounts();
    if (!any)
        return any.status();
    if (!*any) { // no accounts yet: whoever holds the file works as the system user
        database.setOperatorName(m_operator);
        return Status::success();
    }
    if (m_account.trimmed().isEmpty())
        return Status::failure(
            tr("This database has accounts: say who you are with --as USERNAME. The password is "
               "asked for, or read from the first line of standard input."));
    const auto account = accounts.logIn(m_account.trimmed(), askAccountPassword(m_account));
    if (!account)
        return account.status();
    return Status::success();
}

Status CliCommands::workInCommunity(Database &database) const {
    const QString wanted = m_community.trimmed();
    if (wanted.isEmpty())
        return Status::success();
    const auto communities = PlaceRepository(database).allCommunities();
    if (!communities)
        return communities.status();
    if (communities->isEmpty()) // an import's first community, made under that name
        return Status::success();
    QStringList names;
    for (const Community &community : *communities) {
        if (community.name == wanted) {
            UserSession session = database.session();
            if (session.boundToCommunity && session.community != community.id)
                return Status::failure(
                    tr("%1 works in another community, not in %2.").arg(session.name, wanted));
            session.community = community.id;
            database.setSession(session);
            return Status::success();
        }
        names << community.name;
    }
    return Status::failure(tr("There is no community named %1 in the database; it holds %2.")
                               .arg(wanted, names.join(QStringLiteral("、"))));
}

int CliCommands::init() {
    auto database = Database::open(m_path, Database::Mode::OpenOrCreate, {}, m_password);
    if (!database)
        return fail(database.error());
    if ((*database)->isReadOnly())
        return fail((*database)->readOnlyReason());
    m_out << tr("The database %1 is ready (schema version %2).")
                 .arg(QDir::toNativeSeparators(m_path))
                 .arg(latestSchemaVersion())
          << Qt::endl;
    return ok;
}

int CliCommands::demo(const QString &scale) {
    DemoGenerator::Scale chosen = DemoGenerator::Scale::Community;
    if (scale == QStringLiteral("street"))
        chosen = DemoGenerator::Scale::Street;
    else if (scale == QStringLiteral("district"))
        chosen = DemoGenerator::Scale::District;
    else if (!scale.isEmpty() && scale != QStringLiteral("community")) {
        m_err
            << tr("linli-cli: unknown scale \"%1\"; use community, street or district.").arg(scale)
            << Qt::endl;
        return usage;
    }
    auto database = Database::open(m_path, Database::Mode::OpenOrCreate, {}, m_password);
    if (!database)
        return fail(database.error());
    (*database)->setOperatorName(m_operator);
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(**database, chosen);
    const auto summary = generator.generate((*database)->clock().now());
    if (!summary)
        return fail(summary.error());
    m_out << tr("Demo data written to %1 in %2 s: %3 communities, %4 compounds, %5 buildings, "
                "%6 households, %7 residents, %8 complaints, %9 mediation cases, %10 hygiene "
                "pacts.")
                 .arg(QDir::toNativeSeparators(m_path))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(summary->communities)
                 .arg(summary->compounds)
                 .arg(summary->buildings)
                 .arg(summary->households)
                 .arg(summary->residents)
                 .arg(summary->complaints)
                 .arg(summary->cases)
                 .arg(summary->pacts)
          << Qt::endl;
    return ok;
}

int CliCommands::check() {
    // Read-only: a file that fails its check is left exactly as it was, its -wal included.
    const QString checking = tr("The file is being checked; nothing is written to it.");
    auto database = Database::open(m_path, Database::Mode::OpenExisting, checking, m_password);
    if (!database)
        return fail(database.error());
    const auto version = (*database)->schemaVersion();
    if (!version)
        return fail(version.error());
    if (const Status checked = (*database)->fullCheck(); !checked)
        return fail(checked.error());
    if ((*database)->isReadOnly() && (*database)->readOnlyReason() != checking)
        m_err << tr("linli-cli: %1").arg((*database)->readOnlyReason()) << Qt::endl;
    m_out << tr("%1: intact, schema version %2 (this Linli knows up to %3).")
                 .arg(QDir::toNativeSeparators(m_path))
                 .arg(*version)
                 .arg(latestSchemaVersion())
          << Qt::endl;
    return ok;
}

int CliCommands::backup(const QString &target) {
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status done = (*database)->backupTo(target); !done)
        return fail(done.error());
    m_out << tr("Backed up %1 to %2.")
                 .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(target))
          << Qt::endl;
    return ok;
}

int CliCommands::restore(const QString &backup) {
    if (ServerAddress::isServerAddress(m_path))
        return fail(tr("A database on the server is restored on the server, from its own "
                       "backups (pg_restore); Linli restores only database files."));
    if (const auto held = DatabaseLock::holder(m_path))
        return fail(DatabaseLock::describe(*held) + u' ' +
                    tr("Close Linli there before restoring; nothing was changed."));
    // Through a link, the real file is restored: the link stays a link.
    const QFileInfo given(m_path);
    const QString live = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    const auto aside = BackupKeeper::restore(backup, live, QDateTime::currentDateTime());
    if (!aside)
        return fail(aside.error());
    m_out << tr("%1 is restored from %2.")
                 .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(backup))
          << Qt::endl;
    if (!aside->isEmpty())
        m_out << tr("The file it replaced is kept as %1.").arg(QDir::toNativeSeparators(*aside))
              << Qt::endl;
    return ok;
}

int CliCommands::printDutyLog(const QString &day, const QString &pdf) {
    if (pdf.isEmpty()) {
        m_err << tr("linli-cli: say where to write the PDF with --pdf FILE.") << Qt::endl;
        return usage;
    }
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status signedIn = signIn(**database); !signedIn)
        return fail(signedIn.error());
    if (const Status inCommunity = workInCommunity(**database); !inCommunity)
        return fail(inCommunity.error());
    markDemoPrintouts(**database);
    const QDate date =
        day.isEmpty() ? (*database)->clock().today() : QDate::fromString(day, Qt::ISODate);
    if (!date.isValid()) {
        m_err << tr("linli-cli: \"%1\" is not a date; write it as 2025-03-27.").arg(day)
              << Qt::endl;
        return usage;
    }
    const auto office = OfficeSettingsRepository(**database).identity();
    if (!office)
        return fail(office.error());
    const auto document =
        ComplaintDocuments::dutyLog(ComplaintRepository(**database), date, *office);
    if (!document)
        return fail(document.error());
    if (const Status written = PrintedDocument::writePdf(
            **document, pdf, QStringLiteral("值班日志 %1").arg(PrintedDocument::chineseDate(date)));
        !written)
        return fail(written.error());
    m_out << tr("The duty log of %1 is in %2.")
                 .arg(date.toString(Qt::ISODate), QDir::toNativeSeparators(pdf))
          << Qt::endl;
    return ok;
}

std::unique_ptr<Database> CliCommands::openForCase(const QString &caseRef, const QString &pdf,
                                                   CaseId &found, int &code) {
    code = ok;
    if (pdf.isEmpty() || caseRef.isEmpty()) {
        m_err << tr("linli-cli: say which case with --case 2025-12 and where to write with --pdf "
                    "FILE.")
              << Qt::endl;
        code = usage;
        return {};
    }
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database) {
        code = fail(database.error());
        return {};
    }
    if (const Status signedIn = signIn(**database); !signedIn) {
        code = fail(signedIn.error());
        return {};
    }
    markDemoPrintouts(**database);
    const MediationService mediation(**database);
    const auto cases = mediation.repository().cases(false);
    if (!cases) {
        code = fail(cases.error());
        return {};
    }
    static const QRegularExpression kShort(QStringLiteral("^(\\d{4})-(\\d{1,4})$"));
    const auto match = kShort.match(caseRef.trimmed());
    for (const MediationCase &c : *cases) {
        const bool same = match.hasMatch() ? (c.year == match.captured(1).toInt() &&
                                              c.sequence == match.captured(2).toInt())
                                           : c.number == caseRef.trimmed();
        if (same) {
            found = c.id;
            return std::move(*database);
        }
    }
    code = fail(tr("There is no case %1.").arg(caseRef));
    return {};
}

int CliCommands::printAgreement(const QString &caseRef, const QString &pdf) {
    CaseId id;
    int code = ok;
    auto database = openForCase(caseRef, pdf, id, code);
    if (!database)
        return code;
    MediationService mediation(*database);
    const auto mediationCase = mediation.repository().mediationCase(id);
    const auto agreement = mediation.agreements().agreement(id);
    // The papers carry the committee of the case's community.
    const auto office = OfficeSettingsRepository(*database).identityOf(
        mediationCase ? mediationCase->community : CommunityId{});
    if (!mediationCase || !agreement || !office)
        return fail(!mediationCase ? mediationCase.error()
                    : !agreement   ? agreement.error()
                                   : office.error());
    if (!agreement->has_value())
        return fail(tr("Case %1 has no agreement yet.").arg(mediationCase->number));
    QStringList mediators;
    for (const MediatorId m : mediationCase->team) {
        if (const auto mediator = mediation.repository().mediator(m))
            mediators << mediator->name;
    }
    if (const Status noted = mediation.recordPrinted(id, QStringLiteral("agreement")); !noted)
        return fail(noted.error());
    const auto document =
        MediationDocuments::agreement(*mediationCase, **agreement, mediators, *office);
    if (const Status written =
            PrintedDocument::writePdf(*document, pdf, QStringLiteral("人民调解协议书"));
        !written)
        return fail(written.error());
    m_out << tr("The agreement of %1 is in %2.")
                 .arg(mediationCase->number, QDir::toNativeSeparators(pdf))
          << Qt::endl;
    return ok;
}

namespace {

// A compound by id or by name, in any community of the database.
Result<Compound> findCompound(const PlaceRepository &places, const QString &ref) {
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    if (numeric)
        return places.compound(CompoundId{id});
    const auto communities = places.communities();
    if (!communities)
        return communities.status();
    for (const Community &community : *communities) {
        const auto compounds = places.compounds(community.id);
        if (!compounds)
            return compounds.status();
        for (const Compound &compound : *compounds) {
            if (compound.name == ref.trimmed())
                return compound;
        }
    }
    return Result<Compound>::failure(CliCommands::tr("There is no compound %1.").arg(ref));
}

Result<Building> findBuilding(const PlaceRepository &places, const QString &ref) {
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    if (numeric)
        return places.building(BuildingId{id});
    const QString compoundName = ref.section(u'/', 0, 0);
    const QString buildingName = ref.section(u'/', 1).trimmed();
    const auto compound = findCompound(places, compoundName);
    if (!compound)
        return compound.status();
    const auto buildings = places.buildings(compound->id);
    if (!buildings)
        return buildings.status();
    for (const Building &building : *buildings) {
        if (building.name == buildingName)
            return building;
    }
    return Result<Building>::failure(
        CliCommands::tr("There is no building %1; write it as 明珠花园/3栋 or give its id.")
            .arg(ref));
}

} // namespace

int CliCommands::printPact(const QString &building, const QString &compound, const QString &pdf) {
    if (pdf.isEmpty() || building.isEmpty() == compound.isEmpty()) {
        m_err << tr("linli-cli: say which building (--building 明珠花园/3栋) or compound "
                    "(--compound 明珠花园), and where to write with --pdf FILE.")
              << Qt::endl;
        return usage;
    }
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status signedIn = signIn(**database); !signedIn)
        return fail(signedIn.error());
    markDemoPrintouts(**database);
    const PlaceRepository places(**database);
    const CoGovernanceService coGovernance(**database);
    std::unique_ptr<QTextDocument> document;
    QString title;
    QStringList without;
    if (!building.isEmpty()) {
        const auto found = findBuilding(places, building);
        if (!found)
            return fail(found.error());
        const auto sheet = coGovernance.sheet(found->id);
        if (!sheet)
            return fail(tr("%1: %2").arg(found->name, sheet.error()));
        document = PactDocuments::pact(*sheet);
        title = sheet->compound + sheet->building + sheet->pact.title;
    } else {
        const auto found = findCompound(places, compound);
        if (!found)
            return fail(found.error());
        const auto sheets = coGovernance.compoundSheets(found->id, &without);
        if (!sheets)
            return fail(sheets.error());
        if (sheets->isEmpty())
            return fail(tr("No building of %1 has adopted a pact yet.").arg(found->name));
        document = PactDocuments::compound(*sheets);
        title = found->name + QStringLiteral("楼栋卫生公约");
    }
    if (const Status written = PrintedDocument::writePdf(*document, pdf, title); !written)
        return fail(written.error());
    m_out << tr("%1 is in %2.").arg(title, QDir::toNativeSeparators(pdf)) << Qt::endl;
    if (!without.isEmpty())
        m_out << tr("Without a pact yet, not printed: %1").arg(without.join(QStringLiteral("、")))
              << Qt::endl;
    return ok;
}

int CliCommands::reportMonthly(const QString &month, const QString &pdf) {
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || pdf.isEmpty()) {
        m_err << tr("linli-cli: give the month as --month 2025-03 and the file as --pdf OUT.")
              << Qt::endl;
        return usage;
    }
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status signedIn = signIn(**database); !signedIn)
        return fail(signedIn.error());
    if (const Status inCommunity = workInCommunity(**database); !inCommunity)
        return fail(inCommunity.error());
    markDemoPrintouts(**database);
    const auto contents = MonthlyReport::gather(**database, first, (*database)->clock().now());
    if (!contents)
        return fail(contents.error());
    const auto office = OfficeSettingsRepository(**database).identity();
    if (!office)
        return fail(office.error());
    auto document = MonthlyReport::document(*contents, *office);
    if (const Status written =
            PrintedDocument::writePdf(*document, pdf, QStringLiteral("月度工作报告"));
        !written)
        return fail(written.error());
    m_out << tr("The work report of %1 is in %2.")
                 .arg(month, QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath()))
          << Qt::endl;
    return ok;
}

int CliCommands::importResidents(const QString &file, bool dryRun, bool skipErrors,
                                 const QString &community) {
    const auto sheet = RosterImport::readFile(file);
    if (!sheet)
        return fail(sheet.error());
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status signedIn = signIn(**database); !signedIn)
        return fail(signedIn.error());
    if (const Status inCommunity = workInCommunity(**database); !inCommunity)
        return fail(inCommunity.error());
    RegistryService registry(**database);
    RosterImport import(registry);
    const RosterMapping mapping = RosterFields::guess(*sheet);
    if (!sheet->encoding.isEmpty())
        m_out << tr("Read as %1.").arg(sheet->encoding) << Qt::endl;
    const QStringList headers = sheet->rows.value(mapping.headerRow);
    QStringList matched;
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        if (mapping.columns.at(c) != RosterField::Ignore)
            matched << tr("%1 → %2").arg(headers.value(c),
                                         RosterFields::label(mapping.columns.at(c)));
    }
    m_out << tr("Headers on row %1: %2").arg(mapping.headerRow + 1).arg(matched.join(tr("; ")))
          << Qt::endl;
    const auto preview = import.preview(*sheet, mapping);
    if (!preview)
        return fail(preview.error());
    m_out << preview->summary() << Qt::endl;
    for (const auto &[what, names] : {std::pair{tr("New compounds"), preview->newCompounds},
                                      std::pair{tr("New buildings"), preview->newBuildings},
                                      std::pair{tr("New units"), preview->newUnits}}) {
        if (!names.isEmpty())
            m_out << tr("%1: %2").arg(what, names.join(tr(", "))) << Qt::endl;
    }
    const int errors = preview->count(RosterRow::Verdict::Error);
    for (const RosterRow &row : preview->rows) {
        if (row.verdict == RosterRow::Verdict::Error)
            m_out << tr("Row %1: %2").arg(row.fileRow).arg(row.problems.join(u' ')) << Qt::endl;
    }
    if (dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return errors > 0 ? failed : ok;
    }
    if (errors > 0 && !skipErrors) {
        m_err << tr("Nothing was imported: correct the rows above, or leave them out with "
                    "--skip-errors.")
              << Qt::endl;
        return failed;
    }
    if (const auto communities = registry.places().communities();
        communities && communities->isEmpty() && !community.trimmed().isEmpty()) {
        if (const auto added = registry.addCommunity({{}, community.trimmed(), {}, {}}); !added)
            return fail(added.error());
    }
    const auto done = import.apply(*sheet, mapping, *preview);
    if (!done)
        return fail(done.error());
    m_out << tr("Imported: %1 added, %2 updated, %3 places created, %4 rows left out.")
                 .arg(done->added)
                 .arg(done->updated)
                 .arg(done->placesCreated)
                 .arg(done->skipped)
          << Qt::endl;
    if (!done->backupPath.isEmpty())
        m_out << tr("The database as it was before is in %1.")
                     .arg(QDir::toNativeSeparators(done->backupPath))
              << Qt::endl;
    return errors > 0 ? failed : ok;
}

int CliCommands::writeRosterTemplate(const QString &file) {
    if (const Status written = SpreadsheetWriter::write(RosterImport::templateTable(), file);
        !written)
        return fail(written.error());
    m_out << tr("The roster template is in %1.")
                 .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
          << Qt::endl;
    return ok;
}

int CliCommands::exportResidents(const QString &file, bool full) {
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status signedIn = signIn(**database); !signedIn)
        return fail(signedIn.error());
    if (const Status inCommunity = workInCommunity(**database); !inCommunity)
        return fail(inCommunity.error());
    // Streamed to the file as it is read: memory stays flat at any size.
    const auto rows = ResidentExport::write(**database, ResidentQuery{}, full, file);
    if (!rows)
        return fail(rows.error());
    m_out << tr("%n resident(s) written to %1.", "", int(*rows))
                 .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
          << Qt::endl;
    return ok;
}

int CliCommands::anonymiseDue() {
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    if (const Status signedIn = signIn(**database); !signedIn)
        return fail(signedIn.error());
    const int months = OfficeSettingsRepository(**database).retentionMonths();
    if (months == 0) {
        m_out << tr("The office keeps moved-out residents' data for ever; nobody was anonymised.")
              << Qt::endl;
        return ok;
    }
    RegistryService registry(**database);
    const auto count = registry.anonymiseMovedOut(months);
    if (!count)
        return fail(count.error());
    m_out << tr("%n resident(s) who moved out more than %1 months ago anonymised.", "", *count)
                 .arg(months)
          << Qt::endl;
    return ok;
}

int CliCommands::resetPassword(const QString &username) {
    if (username.isEmpty()) {
        m_err << tr("linli-cli: say whose password with --user NAME; the new password is read "
                    "from standard input.")
              << Qt::endl;
        return usage;
    }
    auto database = Database::open(m_path, Database::Mode::OpenExisting, {}, m_password);
    if (!database)
        return fail(database.error());
    (*database)->setOperatorName(m_operator);
    AccountService accounts(**database);
    const auto account = accounts.repository().byUsername(username);
    if (!account)
        return fail(account.error());
    if (!account->has_value())
        return fail(tr("There is no account %1.").arg(username));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (const Status done = accounts.resetPassword((*account)->id, password); !done)
        return fail(done.error());
    m_out << tr("The password of %1 is set; the account is unlocked.").arg((*account)->username)
          << Qt::endl;
    return ok;
}

int CliCommands::printCaseFile(const QString &caseRef, const QString &pdf) {
    CaseId id;
    int code = ok;
    auto database = openForCase(caseRef, pdf, id, code);
    if (!database)
        return code;
    MediationService mediation(*database);
    const auto mediationCase = mediation.repository().mediationCase(id);
    if (!mediationCase)
        return fail(mediationCase.error());
    const auto office = OfficeSettingsRepository(*database).identityOf(mediationCase->community);
    if (!office)
        return fail(office.error());
    const auto source = CaseFileDocuments::load(mediation, id, *office);
    if (!source)
        return fail(source.error());
    if (const Status noted = mediation.recordPrinted(id, QStringLiteral("case_file")); !noted)
        return fail(noted.error());
    const auto document = CaseFileDocuments::bound(*source, database->clock().now());
    if (const Status written =
            PrintedDocument::writePdf(*document, pdf, QStringLiteral("人民调解卷宗"));
        !written)
        return fail(written.error());
    const QStringList missing = CaseFile::missing(source->contents, database->clock().now());
    m_out << tr("The case file of %1 is in %2.")
                 .arg(source->contents.mediationCase.number, QDir::toNativeSeparators(pdf))
          << Qt::endl;
    if (!missing.isEmpty())
        m_out << tr("Still missing:") << Qt::endl << missing.join(u'\n') << Qt::endl;
    return ok;
}

int CliCommands::printCostShare(const QString &caseRef, const QString &pdf) {
    CaseId id;
    int code = ok;
    auto database = openForCase(caseRef, pdf, id, code);
    if (!database)
        return code;
    MediationService mediation(*database);
    const auto mediationCase = mediation.repository().mediationCase(id);
    const auto shares = mediation.agreements().costShares(id);
    const auto office = OfficeSettingsRepository(*database).identityOf(
        mediationCase ? mediationCase->community : CommunityId{});
    if (!mediationCase || !shares || !office)
        return fail(!mediationCase ? mediationCase.error()
                    : !shares      ? shares.error()
                                   : office.error());
    if (std::none_of(shares->cbegin(), shares->cend(),
                     [](const CostShare &share) { return !share.isVoid(); }))
        return fail(tr("Case %1 shares no costs.").arg(mediationCase->number));
    if (const Status noted = mediation.recordPrinted(id, QStringLiteral("cost_share")); !noted)
        return fail(noted.error());
    // All of the case's sheets in one file, one after the other.
    auto combined = MediationDocuments::costShareSheets(*mediationCase, *shares, *office,
                                                        database->clock().today());
    if (const Status written =
            PrintedDocument::writePdf(*combined, pdf, QStringLiteral("维修费用分摊表"));
        !written)
        return fail(written.error());
    m_out << tr("The cost-sharing sheets of %1 are in %2.")
                 .arg(mediationCase->number, QDir::toNativeSeparators(pdf))
          << Qt::endl;
    return ok;
}

} // namespace linli

namespace linli {

int CliCommands::migrateToPostgres(const QString &file, const QString &server,
                                   const QString &serverPassword) {
    if (file.isEmpty() || server.isEmpty()) {
        m_err << tr("linli-cli: migrate-to-postgres needs --from FILE and --to "
                    "postgresql://user@host:port/dbname.")
              << Qt::endl;
        return usage;
    }
    if (ServerAddress::isServerAddress(file))
        return fail(tr("--from names a database file; --to names the server."));
    if (!ServerAddress::isServerAddress(server))
        return fail(tr("--to names the server, as postgresql://user@host:port/dbname."));
    // The file is copied as it stands: no desk may be writing it meanwhile.
    if (const auto held = DatabaseLock::holder(file))
        return fail(DatabaseLock::describe(*held) + u' ' +
                    tr("Close Linli there before copying; nothing was changed."));
    auto from = Database::open(file, Database::Mode::OpenExisting);
    if (!from)
        return fail(from.error());
    if ((*from)->isReadOnly())
        return fail((*from)->readOnlyReason());
    auto to = Database::open(server, Database::Mode::OpenOrCreate, {}, serverPassword);
    if (!to)
        return fail(to.error());
    (*to)->setOperatorName(m_operator);
    QElapsedTimer timer;
    timer.start();
    const auto copied = ServerCopy::copy(**from, **to);
    if (!copied)
        return fail(copied.error());
    qint64 rows = 0;
    for (const ServerCopy::Table &table : *copied) {
        m_out << QStringLiteral("  %1 %2").arg(table.name, -28).arg(table.rows, 9) << Qt::endl;
        rows += table.rows;
    }
    m_out << tr("Copied %1 to %2 in %3 s: %4 tables, %5 rows, each table's count checked on "
                "the server.")
                 .arg(QDir::toNativeSeparators(file), (*to)->path())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(copied->size())
                 .arg(rows)
          << Qt::endl;
    return ok;
}

} // namespace linli
