#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "mediation/mediation.h"
#include "storage/database.h"

#include <memory>

namespace linli {

/// The admin jobs of `linli-cli`, each a method that returns the process exit code:
/// 0 done, 1 the job failed (with a message on stderr), 2 the command line was wrong.
class CliCommands final {
    Q_DECLARE_TR_FUNCTIONS(linli::CliCommands)
public:
    CliCommands(QString databasePath, QString operatorName);

    int init();
    int demo(const QString &scale);
    int check();
    int backup(const QString &target);
    /// Puts a checked backup in place of the database, which must not be open; the current
    /// file and its -wal and -shm are set aside, not deleted.
    int restore(const QString &backup);
    /// The duty log (值班日志) of `day` as a PDF.
    int printDutyLog(const QString &day, const QString &pdf);
    /// A case's agreement (人民调解协议书), or its cost-sharing sheets, as a PDF. `caseRef` is
    /// the case's year and sequence (2025-12) or its full number.
    int printAgreement(const QString &caseRef, const QString &pdf);
    int printCostShare(const QString &caseRef, const QString &pdf);
    /// A building's hygiene pact, or every pact of a compound in one PDF. A place is given by
    /// its id or its name: 明珠花园/3栋 for a building, 明珠花园 for a compound.
    int printPact(const QString &building, const QString &compound, const QString &pdf);
    /// Sets a new password for an account, read from the first line of standard input: how a
    /// forgotten administrator's password is recovered by whoever holds the file.
    int resetPassword(const QString &username);
    int anonymiseDue();
    int reportMonthly(const QString &month, const QString &pdf);
    /// The case file (卷宗) bound in order: cover, index and every paper that is ready.
    int printCaseFile(const QString &caseRef, const QString &pdf);
    /// Imports a roster of residents (.xlsx or CSV): the verdicts, the places to create and
    /// every error with its row; writes nothing when a row has an error (unless `skipErrors`)
    /// or on a dry run. Exit 1 when a row has an error. A database with no community yet gets
    /// one named `community`.
    int importResidents(const QString &file, bool dryRun, bool skipErrors,
                        const QString &community);
    /// The roster template (.xlsx or CSV by the name) with the columns the import expects.
    int writeRosterTemplate(const QString &file);
    /// The residents list as .xlsx or CSV; ID numbers and phones masked unless `full`.
    int exportResidents(const QString &file, bool full);
    /// Copies a database file into an empty database on a PostgreSQL server, in one
    /// transaction, and checks every table's count there (ServerCopy).
    int migrateToPostgres(const QString &file, const QString &server,
                          const QString &serverPassword);

    /// The password for a database on the server (--db), when it asks for one.
    void setPassword(QString password) { m_password = std::move(password); }
    /// The account the commands that show or change people's data log in as (--as).
    void setAccount(QString username) { m_account = std::move(username); }
    /// The community to work in (--community), in a database of several: the duty log, the
    /// monthly report, the export and the import are that community's.
    void setCommunity(QString name) { m_community = std::move(name); }

    static constexpr int ok = 0;
    static constexpr int failed = 1;
    static constexpr int usage = 2;

private:
    /// Logs in as the account given, its password asked for or read from standard input, so
    /// that the role is checked and the audit names who it is; a database without accounts is
    /// worked on as the system user, like the window before its first account.
    Status signIn(Database &database) const;
    int fail(const QString &message);
    /// Makes the --community the session's, when the database holds communities.
    Status workInCommunity(Database &database) const;
    /// Opens the database and finds the case, or reports why not (the exit code in `code`).
    std::unique_ptr<Database> openForCase(const QString &caseRef, const QString &pdf, CaseId &found,
                                          int &code);

    QString m_path;
    QString m_operator;
    QString m_password;
    QString m_account;
    QString m_community;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace linli
