// linli-cli: the command-line tool for admin jobs on a Linli database.
#include "clicommands.h"
#include "common/localtimezone.h"
#include "passwordprompt.h"

#include "i18n/translations.h"
#include "storage/defaultlocation.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <csignal>

#include <algorithm>
#include <cstdio>
#include <memory>

using linli::CliCommands;

int main(int argc, char *argv[]) {
    linli::keepLocalTimeZoneLoaded();
    // Past a file size limit (ulimit -f) a write fails, and SQLite says so, instead of the
    // signal ending the program with the form unsaved.
    std::signal(SIGXFSZ, SIG_IGN);
    // Printing lays out text with fonts, which takes a GUI application (with no display);
    // the other jobs need only the core one.
    const bool printing = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return qstrcmp(arg, "print") == 0 || qstrcmp(arg, "report") == 0;
    });
    std::unique_ptr<QCoreApplication> application;
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("linli-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));
    linli::installTranslations(qEnvironmentVariable("LINLI_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliCommands::tr(
            "Admin jobs on a Linli database.\n\n"
            "Commands:\n"
            "  init                 create the database, or bring it up to date\n"
            "  demo [--scale S]     fill a new database with a demo community (S: community, "
            "street, district)\n"
            "  check                check the database's integrity and schema version\n"
            "  backup OUT           write a consistent copy to OUT, even while Linli is open\n"
            "  restore BACKUP       put a checked backup in place of the database (close Linli "
            "first)\n"
            "  print duty-log [--date D] --pdf OUT\n"
            "                       the duty log of day D (default today) as a PDF\n"
            "  print agreement --case 2025-12 --pdf OUT\n"
            "                       a mediation case's agreement (人民调解协议书) as a PDF\n"
            "  print cost-share --case 2025-12 --pdf OUT\n"
            "                       a case's cost-sharing sheets as a PDF\n"
            "  print case-file --case 2025-12 --pdf OUT\n"
            "                       a case's file (卷宗): cover, index and its papers, as a PDF\n"
            "  print pact (--building 明珠花园/3栋 | --compound 明珠花园) --pdf OUT\n"
            "                       a building's hygiene pact, or a whole compound's, ready to "
            "sign\n"
            "  report monthly --month 2025-03 --pdf OUT\n"
            "                       the month's work report (月度工作报告) as a PDF\n"
            "  import residents FILE [--dry-run] [--skip-errors] [--community NAME]\n"
            "                       import a roster (花名册) from .xlsx or CSV; rows with errors "
            "stop\n"
            "                       the import unless --skip-errors leaves them out\n"
            "  template residents OUT\n"
            "                       the roster template with the columns the import expects\n"
            "  export residents OUT [--full]\n"
            "                       the residents list as .xlsx or CSV (ID numbers masked unless "
            "--full)\n"
            "  anonymise due        anonymise the residents who moved out longer ago than the\n"
            "                       office keeps personal data (Settings)\n"
            "  reset-password --user NAME\n"
            "                       a new password for an account, read from standard input\n"
            "  migrate-to-postgres --from FILE --to postgresql://user@host:port/dbname\n"
            "                       copy a database file into an empty database on a PostgreSQL\n"
            "                       server, in one transaction, and check every table's count\n\n"
            "--db may name a database on a PostgreSQL server, as "
            "postgresql://user@host:port/dbname.\n"
            "Its password comes from PGPASSWORD or ~/.pgpass, or is asked for; it is never "
            "stored.\n\n"
            "In a database with accounts, print, report, import, export and anonymise log in\n"
            "with --as USERNAME (the password is asked for, or read from standard input after\n"
            "the server's): the account's role is checked and the audit names it. The others\n"
            "need only the file and are recorded as the system user who ran them; that is how\n"
            "reset-password and restore recover a database whose administrator is locked out.") +
        QStringLiteral("\n\n") +
        CliCommands::tr(
            "Beside a Linli window that has the file open:\n"
            "  check and backup only read, through SQLite, and are safe at any time (check\n"
            "                       opens the file read-only; backup writes a consistent copy).\n"
            "  The other commands read the same way and write, where they write at all (init,\n"
            "                       demo, import, anonymise, reset-password, and the audit entry\n"
            "                       of an export or a print), in one transaction each, in turn\n"
            "                       with the window's saves: they wait up to 5 seconds for a save\n"
            "                       in progress, else stop as busy with nothing written. A schema\n"
            "                       upgrade is refused while the window is open.\n"
            "  restore and migrate-to-postgres are refused while Linli has the file open,\n"
            "                       naming who has it.\n"
            "A file with a second name (a hard link) is refused: keep one name for it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        CliCommands::tr("The database file, or a server database as "
                        "postgresql://user@host:port/dbname (default: %1).")
            .arg(linli::defaultDatabasePath()),
        CliCommands::tr("file"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CliCommands::tr("The database file to copy."),
                                        CliCommands::tr("file"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliCommands::tr("The empty server database to copy into, as "
                                                      "postgresql://user@host:port/dbname."),
                                      CliCommands::tr("address"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        CliCommands::tr("The Linli account to work as, for the commands that show or change "
                        "people's data (print, report, import, export, anonymise); its password "
                        "is asked for, or read from standard input. The audit names it."),
        CliCommands::tr("username"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        CliCommands::tr(
            "The size of the demo: community, street or district (three sub-districts)."),
        CliCommands::tr("scale"), QStringLiteral("community"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        CliCommands::tr("The day, as 2025-03-27 (default: today)."),
                                        CliCommands::tr("date"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), CliCommands::tr("The PDF file to write."), CliCommands::tr("file"));
    const QCommandLineOption caseOption(
        QStringLiteral("case"),
        CliCommands::tr("The mediation case, as 2025-12 or its full number."),
        CliCommands::tr("case"));
    const QCommandLineOption buildingOption(
        QStringLiteral("building"),
        CliCommands::tr("A building, by id or as compound/building (明珠花园/3栋)."),
        CliCommands::tr("building"));
    const QCommandLineOption compoundOption(QStringLiteral("compound"),
                                            CliCommands::tr("A compound, by id or by name."),
                                            CliCommands::tr("compound"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), CliCommands::tr("An account's username."), CliCommands::tr("name"));
    parser.addOption(userOption);
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        CliCommands::tr("Show what the import would do; write nothing."));
    const QCommandLineOption skipErrorsOption(
        QStringLiteral("skip-errors"),
        CliCommands::tr("Import the good rows and leave out the rows with errors."));
    const QCommandLineOption fullOption(QStringLiteral("full"),
                                        CliCommands::tr("Export ID numbers and phones in full."));
    const QCommandLineOption communityOption(
        QStringLiteral("community"),
        CliCommands::tr("The community to work in, in a database of several (the duty log, the "
                        "monthly report, export, import); in a database with no community yet, "
                        "the name of the one to make."),
        CliCommands::tr("name"));
    parser.addOption(communityOption);
    parser.addOption(dryRunOption);
    parser.addOption(skipErrorsOption);
    parser.addOption(fullOption);
    parser.addOption(buildingOption);
    parser.addOption(compoundOption);
    parser.addOption(caseOption);
    parser.addOption(dateOption);
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         CliCommands::tr("The month, as 2025-03."),
                                         CliCommands::tr("month"));
    parser.addOption(monthOption);
    parser.addOption(pdfOption);
    parser.addOption(dbOption);
    parser.addOption(asOption);
    parser.addOption(scaleOption);
    parser.addPositionalArgument(QStringLiteral("command"), CliCommands::tr("The job to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return CliCommands::usage;
    }
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : linli::defaultDatabasePath();
    // The jobs that need only the file (init, demo, check, backup, restore, reset-password,
    // the copy to the server) are recorded as the system user who ran them.
    const QString systemUser = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    CliCommands commands(path, CliCommands::tr("linli-cli (system user %1)")
                                   .arg(systemUser.isEmpty() ? QStringLiteral("?") : systemUser));
    commands.setAccount(parser.value(asOption));
    commands.setCommunity(parser.value(communityOption));
    const QString command = args.constFirst();
    if (command == QStringLiteral("migrate-to-postgres") && args.size() == 1)
        return commands.migrateToPostgres(parser.value(fromOption), parser.value(toOption),
                                          linli::askServerPassword(parser.value(toOption)));
    commands.setPassword(linli::askServerPassword(path));
    if (command == QStringLiteral("init") && args.size() == 1)
        return commands.init();
    if (command == QStringLiteral("demo") && args.size() == 1)
        return commands.demo(parser.value(scaleOption));
    if (command == QStringLiteral("check") && args.size() == 1)
        return commands.check();
    if (command == QStringLiteral("anonymise") && args.size() == 2 &&
        args.at(1) == QStringLiteral("due"))
        return commands.anonymiseDue();
    if (command == QStringLiteral("import") && args.size() == 3 &&
        args.at(1) == QStringLiteral("residents"))
        return commands.importResidents(args.at(2), parser.isSet(dryRunOption),
                                        parser.isSet(skipErrorsOption),
                                        parser.value(communityOption));
    if (command == QStringLiteral("template") && args.size() == 3 &&
        args.at(1) == QStringLiteral("residents"))
        return commands.writeRosterTemplate(args.at(2));
    if (command == QStringLiteral("export") && args.size() == 3 &&
        args.at(1) == QStringLiteral("residents"))
        return commands.exportResidents(args.at(2), parser.isSet(fullOption));
    if (command == QStringLiteral("reset-password") && args.size() == 1)
        return commands.resetPassword(parser.value(userOption));
    if (command == QStringLiteral("restore") && args.size() == 2)
        return commands.restore(args.at(1));
    if (command == QStringLiteral("backup") && args.size() == 2)
        return commands.backup(args.at(1));
    if (command == QStringLiteral("report") && args.size() == 2 &&
        args.at(1) == QStringLiteral("monthly"))
        return commands.reportMonthly(parser.value(monthOption), parser.value(pdfOption));
    if (command == QStringLiteral("print") && args.size() == 2 &&
        args.at(1) == QStringLiteral("duty-log"))
        return commands.printDutyLog(parser.value(dateOption), parser.value(pdfOption));
    if (command == QStringLiteral("print") && args.size() == 2 &&
        args.at(1) == QStringLiteral("agreement"))
        return commands.printAgreement(parser.value(caseOption), parser.value(pdfOption));
    if (command == QStringLiteral("print") && args.size() == 2 &&
        args.at(1) == QStringLiteral("cost-share"))
        return commands.printCostShare(parser.value(caseOption), parser.value(pdfOption));
    if (command == QStringLiteral("print") && args.size() == 2 &&
        args.at(1) == QStringLiteral("pact"))
        return commands.printPact(parser.value(buildingOption), parser.value(compoundOption),
                                  parser.value(pdfOption));
    if (command == QStringLiteral("print") && args.size() == 2 &&
        args.at(1) == QStringLiteral("case-file"))
        return commands.printCaseFile(parser.value(caseOption), parser.value(pdfOption));
    std::fputs(qPrintable(CliCommands::tr("linli-cli: unknown command or wrong arguments: %1\n"
                                          "Run linli-cli --help for the commands.\n")
                              .arg(args.join(u' '))),
               stderr);
    return CliCommands::usage;
}
