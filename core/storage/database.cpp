#include "storage/database.h"

#include "access/permissions.h"

#include "storage/backupkeeper.h"
#include "storage/databaselock.h"
#include "storage/migrations.h"
#include "storage/schemashape.h"
#include "storage/servercancel.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace linli {

namespace {

constexpr int kRetries = 5;
/// Serializable units that lose to another desk's run again, up to this many times in all
/// (waiting ever longer between, under two seconds all told).
constexpr int kServerAttempts = 10;
const QString kUser = QStringLiteral("linli");

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("linli-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// What a file's header says, read through SQLite on a read-only connection of its own: never
// through a plain file handle, since closing any descriptor of a file drops every POSIX lock
// this process holds on it — SQLite's too — and another program would then take itself for
// the file's last user and delete the -wal still being written.
struct FileHeader {
    QString error; ///< why the file cannot be read as SQLite, or empty
    qint64 tables = 0;
    qint64 applicationId = 0;
    qint64 userVersion = 0;
};

// How SQLite is to open the file: read-only, and where its folder cannot be written and no
// -wal or -shm is there, as immutable (a read-only mount, a CD of the archive) — SQLite could
// not create the -shm a read-only reader of a WAL file otherwise needs.
struct OpenAs {
    QString name;
    QString options;
};

OpenAs openAs(const QString &file, bool readOnly, bool folderWritable) {
    if (!readOnly)
        return {file, {}};
    if (!folderWritable && !QFile::exists(file + QStringLiteral("-wal")) &&
        !QFile::exists(file + QStringLiteral("-shm")))
        return {QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) +
                    QStringLiteral("?immutable=1"),
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")};
    return {file, QStringLiteral("QSQLITE_OPEN_READONLY")};
}

bool folderIsWritable(const QString &folder) {
    struct statvfs vfs {};
    if (::statvfs(QFile::encodeName(folder).constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY))
        return false;
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
}

FileHeader readHeader(const QString &file, bool folderWritable) {
    FileHeader header;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const OpenAs as = openAs(file, true, folderWritable);
        db.setDatabaseName(as.name);
        db.setConnectOptions(as.options);
        if (!db.open()) {
            header.error = sql::describe(db.lastError());
        } else {
            QSqlQuery query(db);
            const auto read = [&](const QString &statement, qint64 &into) {
                if (!header.error.isEmpty())
                    return;
                if (query.exec(statement) && query.next())
                    into = query.value(0).toLongLong();
                else
                    header.error = sql::describe(query.lastError());
                query.finish();
            };
            // Qt's open() succeeds on garbage; the first read is what fails (not a database).
            read(QStringLiteral("SELECT count(*) FROM sqlite_master"), header.tables);
            read(QStringLiteral("PRAGMA application_id"), header.applicationId);
            read(QStringLiteral("PRAGMA user_version"), header.userVersion);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_session(UserSession::system(kUser))
    , m_clock(std::make_shared<SystemClock>()) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // Refreshes the planner's statistics where the work of this session made them stale.
        // A sampled ANALYZE (analysis_limit), so that closing a large file stays quick.
        if (db.isOpen() && m_checked && !isReadOnly() && !isOnServer()) {
            (void)sql::Statement::run(db, QStringLiteral("PRAGMA analysis_limit = 1000"));
            (void)sql::Statement::run(db, QStringLiteral("PRAGMA optimize"));
        }
        // After the last statement of the session, so that none is cached again for a name
        // that is never used again.
        sql::forgetStatements(m_connectionName);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A server connection that died (the server restarted, the network dropped it) is opened
    // again at the next action that reads or saves; never inside a save, whose statements must
    // all go through the one transaction or none.
    if (m_engine == Engine::PostgreSQL && !m_writing && !m_reopening && db.isValid() &&
        !db.isOpen())
        (void)reopenLostConnection();
    return db;
}

QString Database::networkFilesystem(quint64 statfsType) {
    switch (statfsType) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
        return QStringLiteral("SMB");
    case 0xFF534D42:
        return QStringLiteral("CIFS");
    case 0xFE534D42:
        return QStringLiteral("SMB2");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    case 0x47504653:
        return QStringLiteral("GPFS");
    default:
        return {};
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode,
                                                 const QString &readOnlyReason,
                                                 const QString &password) {
    if (ServerAddress::isServerAddress(path))
        return openServer(path, mode, password);
    return openFile(path, mode, readOnlyReason, false);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, Mode mode,
                                                     const QString &readOnlyReason, bool fresh) {
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo given(path);
    // Through a link, the real file: its lock, its backups and a restore all name that one, so
    // that a window opened through the link and a restore of the real path see each other.
    const QString file = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(given.absoluteFilePath());

    // The live file stays on a local disk (backups may go anywhere).
    struct statfs fs {};
    if (::statfs(QFile::encodeName(info.absolutePath()).constData(), &fs) == 0) {
        const QString network = networkFilesystem(quint64(fs.f_type));
        if (!network.isEmpty())
            return R::failure(tr("%1 is on a network drive (%2). SQLite's locking does not hold "
                                 "there, and records could be lost when two desks write at once. "
                                 "Keep the file on this computer's own disk; for several desks, "
                                 "use the server engine.")
                                  .arg(shown, network));
    }

    if (info.exists() && info.isDir())
        return R::failure(tr("%1 is a folder, not a database file.").arg(shown));
    // A restore stopped half-way (a kill, a power cut) is finished before anything opens the
    // file, so that what opens is the restored file, whole.
    if (!fresh) {
        if (Status finished = BackupKeeper::finishInterruptedRestore(file); !finished)
            return R::failure(finished.error());
        info.refresh();
    }
    QString readOnly = readOnlyReason;
    if (!info.exists()) {
        if (mode == Mode::OpenExisting || !readOnly.isEmpty())
            return R::failure(tr("There is no database at %1.").arg(shown));
        if (Status created = createFile(file, shown); !created)
            return R::failure(created.error());
        return openFile(file, mode, readOnlyReason, false);
    }
    if (!info.isReadable())
        return R::failure(tr("The database file %1 cannot be read: permission denied.").arg(shown));
    // Linli makes a new file whole (createFile): an empty one is somebody else's doing, and
    // SQLite would silently take it for a new database.
    if (info.size() == 0 && !fresh)
        return R::failure(tr("%1 is empty (0 bytes): it is not a Linli database. If it should "
                             "be a new one, remove the empty file and start again.")
                              .arg(shown));
    // SQLite names the -wal after the name it was given: through a second name (a hard link) a
    // program would keep a -wal of its own beside the window's, and the two would overwrite each
    // other's pages. Neither Linli's lock nor SQLite's can see that.
    if (struct stat st{};
        !fresh && ::stat(QFile::encodeName(file).constData(), &st) == 0 && st.st_nlink > 1)
        return R::failure(tr("%1 has another name on this disk as well (a hard link, %2 names "
                             "in all). Two names for one database let two programs keep "
                             "journals of their own and overwrite each other's records. Remove "
                             "the other names, or copy the file, and open it again.")
                              .arg(shown)
                              .arg(qulonglong(st.st_nlink)));
    const bool folderWritable = folderIsWritable(info.absolutePath());
    const FileHeader header = readHeader(file, folderWritable);
    if (!header.error.isEmpty())
        return R::failure(tr("%1 cannot be opened: %2").arg(shown, header.error));
    if (header.applicationId != 0 && header.applicationId != applicationId)
        return R::failure(tr("%1 is a database of another program, not Linli.").arg(shown));
    if (header.applicationId == 0 && header.tables != 0)
        return R::failure(tr("%1 is not a Linli database.").arg(shown));
    // Reading what a newer Linli wrote is safe; changing it with older rules is not.
    if (header.userVersion > latestSchemaVersion() && readOnly.isEmpty())
        readOnly = tr("%1 was written by a newer version of Linli (schema %2; this version knows "
                      "up to %3), so it is open read-only. Update Linli to change it.")
                       .arg(shown)
                       .arg(header.userVersion)
                       .arg(latestSchemaVersion());
    if (!info.isWritable() && readOnly.isEmpty())
        readOnly = tr("You may read %1 but not write it, so it is open read-only. Check the "
                      "file's permissions.")
                       .arg(shown);
    if (!folderWritable && readOnly.isEmpty())
        readOnly = tr("The folder of %1 cannot be written (or the disk is read-only), so the "
                      "file is open read-only: SQLite keeps its journal beside the file.")
                       .arg(shown);

    std::unique_ptr<Database> database(new Database(file, nextConnectionName()));
    database->m_readOnlyReason = readOnly;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        const OpenAs as = openAs(file, !readOnly.isEmpty(), folderWritable);
        db.setDatabaseName(as.name);
        db.setConnectOptions(as.options);
        if (!db.open())
            return R::failure(tr("The database %1 cannot be opened: %2")
                                  .arg(shown, sql::describe(db.lastError())));
    }
    database->m_handle = sql::sqliteHandle(database->connection());
    // Until the file has passed its checks, closing this connection writes nothing into it.
    sql::setCheckpointOnClose(database->m_handle, false);
    if (Status configured = database->configure(shown); !configured)
        return R::failure(tr("%1 cannot be used: %2").arg(shown, configured.error()));
    database->m_checked = true;
    sql::setCheckpointOnClose(database->m_handle, true);
    if (database->isReadOnly())
        return R(std::move(database));
    // An existing database is copied aside before its schema changes.
    if (const auto version = database->schemaVersion();
        version && *version > 0 && *version < latestSchemaVersion()) {
        if (Status alone = database->refuseUpgradeBesideAnother(); !alone)
            return R::failure(alone.error());
        BackupKeeper keeper(*database, BackupKeeper::folderFor(*database));
        if (const auto saved = keeper.snapshot(QStringLiteral("migration")); !saved)
            return R::failure(tr("%1 was not brought up to date, because the backup before it "
                                 "failed: %2")
                                  .arg(shown, saved.error()));
    }
    if (Status migrated = database->migrate(); !migrated)
        return R::failure(tr("%1 cannot be brought up to date: %2").arg(shown, migrated.error()));
    return R(std::move(database));
}

Status Database::createFile(const QString &file, const QString &shown) {
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("The folder for %1 cannot be created.").arg(shown));
    // Made under a name of its own and put in place whole, schema and all: a kill meanwhile
    // leaves no empty or half-made file where the database belongs. The file is created by
    // us, owner-only, so that it and the -wal and -shm SQLite gives the same mode are readable
    // by the owner alone: the registry holds personal data.
    const QString part =
        file + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    const QStringList sides = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};
    const auto clear = [&] {
        for (const QString &side : sides)
            QFile::remove(part + side);
    };
    clear();
    {
        QFile created(part);
        if (!created.open(QIODevice::WriteOnly) || !created.setPermissions(kOwnerOnly))
            return Status::failure(
                tr("The database file %1 cannot be created: %2").arg(shown, created.errorString()));
    }
    {
        auto made = openFile(part, Mode::OpenOrCreate, {}, true);
        if (!made) {
            clear();
            return Status::failure(made.error());
        }
    } // closed: its -wal checkpointed into it and gone
    const QByteArray from = QFile::encodeName(part);
    const QByteArray to = QFile::encodeName(file);
    const int fd = ::open(from.constData(), O_RDONLY);
    const bool flushed = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    // link() never replaces: a file another program made meanwhile stays, and is opened. A
    // disk without hard links (a USB stick's FAT) gets a rename, after a last look.
    bool placed = false;
    if (flushed) {
        if (::link(from.constData(), to.constData()) == 0 || errno == EEXIST)
            placed = true;
        else if (errno == EPERM || errno == EOPNOTSUPP || errno == ENOSYS)
            placed = QFile::exists(file) || ::rename(from.constData(), to.constData()) == 0;
    }
    clear();
    if (!placed)
        return Status::failure(tr("The database file %1 cannot be created; check the free disk "
                                  "space and the folder's permissions.")
                                   .arg(shown));
    return Status::success();
}

Status Database::refuseUpgradeBesideAnother() const {
    const auto holder = DatabaseLock::holder(m_path);
    if (!holder || holder->pid == QCoreApplication::applicationPid())
        return Status::success();
    return Status::failure(DatabaseLock::describe(*holder) + u' ' +
                           tr("Its schema is brought up to date when Linli is closed there; "
                              "nothing was changed."));
}

Status Database::configure(const QString &shown) {
    const QSqlDatabase db = connection();
    // Qt's open() succeeds on garbage; the first query is what fails. Everything here reads
    // before anything writes, so a file we refuse stays as it was.
    const auto tables =
        sql::Statement::single(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.status();
    const auto appId = sql::Statement::single(db, QStringLiteral("PRAGMA application_id"));
    const auto version = sql::Statement::single(db, QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return appId ? version.status() : appId.status();
    if (appId->toInt() != applicationId && (appId->toInt() != 0 || tables->toInt() != 0))
        return Status::failure(tr("It is not a Linli database."));
    if (version->toInt() > latestSchemaVersion() && !isReadOnly())
        return Status::failure(tr("It was written by a newer version of Linli."));
    // What a newer Linli made cannot be known here; such a file is only read.
    if (version->toInt() <= latestSchemaVersion() && tables->toInt() != 0) {
        if (Status shape = SchemaShape::check(db, version->toInt(), shown); !shape)
            return shape;
    }
    // The quick check reads every page: on a sub-district's file of some 300 MB that is seconds
    // at every start. Larger files are checked with each day's backup (and by linli-cli check).
    constexpr qint64 kQuickCheckAtOpenUpTo = 64LL * 1024 * 1024;
    if (tables->toInt() != 0 && QFileInfo(m_path).size() <= kQuickCheckAtOpenUpTo) {
        const auto check = quickCheck();
        if (!check)
            return check;
    }

    // NORMAL is durable across application crashes in WAL mode and loses at most the last
    // transactions on a power cut, never the file's consistency; FULL costs an fsync per commit.
    struct Pragma {
        QString set;
        QString read;
        QString expected;
    };
    const QList<Pragma> pragmas = {
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"),
         QStringLiteral("1")},
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
         QStringLiteral("PRAGMA busy_timeout"), QString::number(busyTimeoutMs)},
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"),
         QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA synchronous"),
         QStringLiteral("1")},
        // A 16 MB page cache keeps the indexes the lists walk in memory (SQLite's default is
        // 2 MB); bulk writes (the demo, an import) raise it for their while. Measured by
        // tests/bench, within the window program's memory budget.
        {QStringLiteral("PRAGMA cache_size = -16384"), QStringLiteral("PRAGMA cache_size"),
         QStringLiteral("-16384")},
    };
    for (const Pragma &pragma : pragmas) {
        // A read-only connection takes the file as its writer left it (WAL, durability).
        if (isReadOnly() &&
            (pragma.read.contains(u"journal_mode") || pragma.read.contains(u"synchronous")))
            continue;
        if (auto set = sql::Statement::run(db, pragma.set); !set)
            return set.status();
        const auto value = sql::Statement::single(db, pragma.read);
        if (!value)
            return value.status();
        if (value->toString().toLower() != pragma.expected)
            return Status::failure(tr("The setting \"%1\" could not be applied.").arg(pragma.set));
    }
    return Status::success();
}

Status Database::migrate() {
    const auto current = schemaVersion();
    if (!current)
        return current.status();
    for (const Migration &step : migrations()) {
        if (step.version <= *current)
            continue;
        const QStringList statements = statementsOf(step, m_engine);
        const Status applied = write(
            [&](const WriteContext &context) -> Status {
                // Read again inside the write: desks opening a new server database at once take
                // turns here, and the second finds the step done by the first.
                const auto now = schemaVersion();
                if (!now)
                    return now.status();
                if (*now >= step.version)
                    return Status::success();
                for (const QString &statement : statements) {
                    if (auto done = context.run(statement); !done)
                        return done.status();
                }
                if (isOnServer()) {
                    // Steps write some rows with their ids (the default templates, a rebuilt
                    // table): the identities go on after the largest.
                    if (Status synced = syncIdentities(context); !synced)
                        return synced;
                }
                return recordVersion(context, step.version);
            },
            Turn::Migrating);
        if (!applied)
            return applied;
    }
    return Status::success();
}

Status Database::syncIdentities(const WriteContext &context) {
    for (const QString &table : tablesWithIdentity()) {
        const auto exists =
            sql::Statement::single(context.connection(),
                                   QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                  " WHERE table_schema = current_schema()"
                                                  " AND table_name = :name"),
                                   {{"name", table}});
        if (!exists)
            return exists.status();
        if (exists->toInt() == 0)
            continue; // a later step makes it
        // A table name from the schema steps, not from anyone's typing.
        if (auto done =
                context.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                           " coalesce(max(id), 0) + 1, false) FROM %1")
                                .arg(table));
            !done)
            return done.status();
    }
    return Status::success();
}

Status Database::recordVersion(const WriteContext &context, int version) const {
    if (isOnServer()) {
        // The schema's version lives in a table of its own: a server database has no header.
        if (version == 1) {
            if (auto made = context.run(
                    QStringLiteral("CREATE TABLE linli_schema (application_id BIGINT NOT NULL,"
                                   " version BIGINT NOT NULL)"));
                !made)
                return made.status();
            return context
                .run(QStringLiteral("INSERT INTO linli_schema (application_id, version)"
                                    " VALUES (:application_id, :version)"),
                     {{"application_id", applicationId}, {"version", version}})
                .status();
        }
        return context
            .run(QStringLiteral("UPDATE linli_schema SET version = :version"),
                 {{"version", version}})
            .status();
    }
    // Pragmas cannot take bound values; these are integers from this file, not input.
    if (auto done = context.run(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        !done)
        return done.status();
    return context.run(QStringLiteral("PRAGMA user_version = %1").arg(version)).status();
}

Result<int> Database::schemaVersion() const {
    if (isOnServer()) {
        const auto known = sql::Statement::single(
            connection(), QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE"
                                         " table_schema = current_schema()"
                                         " AND table_name = 'linli_schema'"));
        if (!known)
            return known.status();
        if (known->toInt() == 0)
            return 0;
        const auto version = sql::Statement::single(
            connection(), QStringLiteral("SELECT max(version) FROM linli_schema"));
        if (!version)
            return version.status();
        return version->toInt();
    }
    const auto version =
        sql::Statement::single(connection(), QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.status();
    return version->toInt();
}

Status Database::write(const WriteUnit &unit, Turn turn) {
    if (isReadOnly())
        return Status::failure(m_readOnlyReason);
    const QSqlDatabase db = connection();
    Status outcome = Status::success();
    bool reopened = false;
    const QScopedValueRollback writing(m_writing, true);
    const int attempts = isOnServer() ? kServerAttempts : kRetries;
    QElapsedTimer trying;
    trying.start();
    for (int attempt = 0; attempt < attempts; ++attempt) {
        // Each lock wait on the server may last the busy timeout: two of them, and the desk is
        // told rather than kept waiting on.
        if (attempt > 0 && trying.elapsed() > 2 * busyTimeoutMs)
            break;
        if (attempt > 0)
            waitBeforeAgain(attempt);
        QSqlQuery statement(db);
        // On SQLite the file's write lock at once, so that what the unit reads stays true until
        // it commits: desks write in turn. On the server desks write side by side, each unit
        // serializable: the server lets it commit only if the outcome is as if the desks had
        // written one after the other, and otherwise fails it (40001) — then it runs again on
        // what the other desk saved. No lock of the whole database; readers never wait.
        // Migrations instead wait in turn for a lock of Linli's own and read what the desk before
        // committed: a serializable unit would read the schema as it was when the wait began.
        const bool begun =
            !isOnServer() ? statement.exec(QStringLiteral("BEGIN IMMEDIATE"))
            : turn == Turn::Migrating
                ? statement.exec(QStringLiteral("BEGIN")) &&
                      statement.exec(
                          QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId))
                : statement.exec(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"));
        if (!begun) {
            // The busy timeout has waited already; a still-busy file is reported, not retried.
            const QString busy = sql::describe(statement.lastError());
            if (isOnServer()) {
                statement.exec(QStringLiteral("ROLLBACK"));
                if (!serverAnswers()) {
                    // The server ended this connection (it restarted, or the network dropped
                    // it): nothing of this unit was written, so it is opened again and the unit
                    // begun afresh, once. A server still away is reported.
                    if (reopened || !reopenLostConnection())
                        return Status::failure(sql::connectionLost());
                    reopened = true;
                    continue;
                }
            }
            return Status::failure(busy);
        }
        const int conflictsBefore = sql::conflictsSeen();
        const WriteContext context(db, m_session.name, m_clock->now(), m_session.community);
        outcome = unit(context);
        bool conflict = context.hadConflict() || sql::conflictsSeen() != conflictsBefore;
        if (outcome) {
            // The server answers COMMIT in a transaction a failed statement has spoilt by
            // rolling it back, and calls that a success: only the driver's commit looks at
            // what it did, so a unit that went on past an error is never reported saved.
            const bool committed =
                isOnServer() ? QSqlDatabase(db).commit() : statement.exec(QStringLiteral("COMMIT"));
            if (committed)
                return outcome;
            const QSqlError error = isOnServer() ? db.lastError() : statement.lastError();
            outcome = Status::failure(sql::describe(error));
            conflict = sql::isBusy(error);
        }
        statement.exec(QStringLiteral("ROLLBACK"));
        // A server that went away says so plainly (its last words name no error code).
        if (isOnServer() && !serverAnswers())
            return Status::failure(sql::connectionLost());
        // Only a conflict with another connection is worth running the whole unit again.
        if (!conflict)
            return outcome;
    }
    // Still losing to other desks: on the server, say whose save is in the way.
    if (isOnServer()) {
        if (const QString holder = longestServerWriter(); !holder.isEmpty())
            return Status::failure(
                tr("Another desk's save is holding this record: %1. Try again in a moment; "
                   "the server ends a save left open for a minute.")
                    .arg(holder));
    }
    return outcome;
}

void Database::waitBeforeAgain(int attempt) const {
    // Desks that lost to each other once would meet again at once: each waits a little, more
    // each time and not the same as the others, before it runs its unit again.
    const int most = 10 * (1 << std::min(attempt, 5));
    QThread::msleep(QRandomGenerator::global()->bounded(most / 2, most));
}

QString Database::longestServerWriter() const {
    // The lock this desk waited for has been given up, so the server no longer says whose it
    // was: the other connection with the oldest open transaction is the one holding it up.
    auto holder = sql::Statement::run(
        connection(),
        QStringLiteral("SELECT application_name, CAST(extract(epoch FROM now() - xact_start)"
                       " AS BIGINT) AS seconds FROM pg_stat_activity"
                       " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                       " AND xact_start IS NOT NULL ORDER BY xact_start, pid LIMIT 1"));
    if (!holder || !holder->next())
        return {};
    const QString name = holder->text("application_name");
    //: %1 names the desk (the program, its computer and the account), %2 is whole seconds.
    return tr("%1, its save open for %2 s")
        .arg(name.isEmpty() ? tr("a program without a name") : name)
        .arg(holder->integer("seconds"));
}

Status Database::require(Permission permission) const {
    if (isReadOnly() && Permissions::changesData(permission))
        return Status::failure(m_readOnlyReason);
    return Permissions::check(m_session, permission);
}

bool Database::serverAnswers() const {
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1"));
}

Result<std::unique_ptr<Database>> Database::openAnother() const {
    auto another = open(m_path, Mode::OpenExisting, m_readOnlyReason, m_password);
    if (!another)
        return another;
    (*another)->m_session = m_session;
    (*another)->m_clock = m_clock;
    return another;
}

void Database::interrupt() const {
    if (m_handle)
        sql::interrupt(m_handle);
    // The cancel itself waits for the server, outside the lock, on a copy that outlives this
    // connection being opened again meanwhile.
    std::shared_ptr<ServerCancel> cancel;
    {
        const QMutexLocker locked(&m_serverCancelMutex);
        cancel = m_serverCancel;
    }
    if (cancel)
        cancel->cancel();
}

void Database::useBulkCache(bool bulk) const {
    if (isOnServer())
        return;
    (void)sql::Statement::run(connection(), bulk ? QStringLiteral("PRAGMA cache_size = -262144")
                                                 : QStringLiteral("PRAGMA cache_size = -16384"));
}

Status Database::quickCheck() const {
    if (isOnServer()) // the server keeps its own pages; whether it answers is the check
        return sql::Statement::single(connection(), QStringLiteral("SELECT 1")).status();
    const auto result = sql::Statement::single(connection(), QStringLiteral("PRAGMA quick_check"));
    if (!result)
        return result.status();
    if (result->toString() != QStringLiteral("ok"))
        return Status::failure(tr("The database file is damaged: %1").arg(result->toString()));
    return Status::success();
}

Status Database::fullCheck() const {
    if (isOnServer()) {
        // The server enforces the foreign keys on every write; what is left to check is that
        // the schema is the one this Linli knows.
        const auto version = schemaVersion();
        if (!version)
            return version.status();
        if (*version != latestSchemaVersion())
            return Status::failure(tr("The server database is at schema %1; this Linli expects %2.")
                                       .arg(*version)
                                       .arg(latestSchemaVersion()));
        return Status::success();
    }
    auto integrity = sql::Statement::run(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.status();
    QStringList problems;
    while (integrity->next()) {
        const QString line = integrity->text("integrity_check");
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    if (!integrity->status())
        return integrity->status();
    auto keys = sql::Statement::run(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.status();
    while (keys->next())
        problems << tr("Row %1 of table %2 refers to a missing row of %3.")
                        .arg(keys->text("rowid"), keys->text("table"), keys->text("parent"));
    if (!keys->status())
        return keys->status();
    if (!problems.isEmpty())
        return Status::failure(tr("The database file is damaged: %1").arg(problems.join(u"; ")));
    return Status::success();
}

Status Database::backupTo(const QString &target) const {
    if (Status allowed = require(Permission::ManageBackups); !allowed)
        return allowed;
    if (isOnServer())
        return Status::failure(
            tr("A database on the server is backed up on the server, with pg_dump, by whoever "
               "looks after it; Linli backs up only the files on this computer."));
    const QFileInfo info(target);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists())
        return Status::failure(
            tr("%1 exists already; choose a new file for the backup.").arg(shown));
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("The folder for %1 cannot be created.").arg(shown));
    // Written under a name of its own and put in place when whole, so that a kill or a full
    // disk midway leaves no half copy under the name asked for.
    const QString part = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    {
        // VACUUM INTO writes a consistent snapshot; pre-create the file for its permissions.
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
            return Status::failure(
                tr("The backup file %1 cannot be created: %2").arg(shown, file.errorString()));
    }
    auto done = sql::Statement::run(connection(), QStringLiteral("VACUUM INTO :target"),
                                    {{"target", part}});
    if (!done) {
        QFile::remove(part);
        return Status::failure(tr("The backup to %1 failed: %2").arg(shown, done.error()));
    }
    if (!QFile::rename(part, info.absoluteFilePath())) {
        QFile::remove(part);
        return Status::failure(tr("The backup to %1 could not be put in place.").arg(shown));
    }
    return Status::success();
}

namespace {

bool isMissingPassword(const QSqlError &error) {
    return error.databaseText().contains(QStringLiteral("no password supplied")) ||
           error.driverText().contains(QStringLiteral("no password supplied"));
}

} // namespace

bool Database::serverAsksForPassword(const ServerAddress &address) {
    const QString name = nextConnectionName();
    bool asks = false;
    {
        QSqlDatabase db = address.addConnection(name);
        asks = !db.open() && isMissingPassword(db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return asks;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, Mode mode,
                                                       const QString &password) {
    using R = Result<std::unique_ptr<Database>>;
    const auto address = ServerAddress::parse(location);
    if (!address)
        return address.status();
    const QString shown = address->text();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(tr("Linli cannot reach PostgreSQL servers on this computer: Qt's "
                             "PostgreSQL driver is missing (Debian's package libqt6sql6-psql)."));
    std::unique_ptr<Database> database(new Database(shown, nextConnectionName()));
    database->m_engine = Engine::PostgreSQL;
    database->m_password = password;
    {
        QSqlDatabase db = address->addConnection(database->m_connectionName, password);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            if (isMissingPassword(error))
                return R::failure(tr("The server %1 asks for a password.").arg(shown));
            return R::failure(tr("The server database %1 cannot be opened: %2")
                                  .arg(shown, error.databaseText().trimmed().isEmpty()
                                                  ? error.text()
                                                  : error.databaseText().trimmed()));
        }
    }
    if (Status configured = database->configureServer(mode); !configured)
        return R::failure(tr("%1 cannot be used: %2").arg(shown, configured.error()));
    database->m_serverCancel = ServerCancel::of(database->connection());
    if (database->isReadOnly())
        return R(std::move(database));
    if (Status migrated = database->migrate(); !migrated)
        return R::failure(tr("%1 cannot be brought up to date: %2").arg(shown, migrated.error()));
    return R(std::move(database));
}

Status Database::nameConnection() const {
    QString name = QStringLiteral("linli %1").arg(QSysInfo::machineHostName());
    // The account's user name: the server keeps printable ASCII only, and a display name is
    // usually Chinese.
    if (m_session.accountId.isValid()) {
        const auto user = sql::Statement::single(
            connection(), QStringLiteral("SELECT username FROM accounts WHERE id = :id"),
            {{"id", m_session.accountId.value}});
        if (!user)
            return user.status();
        name += u' ' + user->toString();
    }
    // At most 63 bytes reach the server; a longer name is cut there.
    return sql::Statement::run(
               connection(), QStringLiteral("SELECT set_config('application_name', :name, false)"),
               {{"name", name}})
        .status();
}

void Database::setSession(UserSession session) {
    m_session = std::move(session);
    if (isOnServer())
        (void)nameConnection(); // only a label: a failure here stops no work
}

Status Database::configureServerSession() const {
    const QSqlDatabase db = connection();
    // Text in and out as UTF-8, whatever the server's default; dates are stored as ISO text, so
    // no time zone setting touches them.
    if (auto set = sql::Statement::run(db, QStringLiteral("SET client_encoding TO 'UTF8'")); !set)
        return set.status();
    // A desk waits for another's write as long as SQLite's busy timeout, then says so.
    if (auto set =
            sql::Statement::run(db, QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs));
        !set)
        return set.status();
    // A desk stopped in the middle of a save (a frozen laptop, a pulled cable) must not hold its
    // transaction, and the locks in it, until someone finds it: the server ends it.
    if (auto set =
            sql::Statement::run(db, QStringLiteral("SET idle_in_transaction_session_timeout = %1")
                                        .arg(kIdleInTransactionMs));
        !set)
        return set.status();
    // pg_stat_activity then says which computer a connection is, and after the login who.
    if (Status named = nameConnection(); !named)
        return named;
    return Status::success();
}

Status Database::reopenLostConnection() const {
    const QScopedValueRollback reopening(m_reopening, true);
    // Its prepared statements went with the old connection.
    sql::forgetStatements(m_connectionName);
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return Status::failure(sql::connectionLost());
    if (Status session = configureServerSession(); !session)
        return session;
    // Another thread may be cancelling through the old one this moment (a search superseded).
    auto cancel = ServerCancel::of(db);
    const QMutexLocker locked(&m_serverCancelMutex);
    m_serverCancel = std::move(cancel);
    return Status::success();
}

Status Database::configureServer(Mode mode) {
    const QSqlDatabase db = connection();
    if (Status session = configureServerSession(); !session)
        return session;
    const auto tables =
        sql::Statement::single(db, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                  " WHERE table_schema = current_schema()"));
    if (!tables)
        return tables.status();
    const auto version = schemaVersion();
    if (!version)
        return version.status();
    if (*version == 0 && tables->toInt() != 0)
        return Status::failure(tr("It is not a Linli database: it holds tables of another "
                                  "program. Give Linli a database of its own."));
    if (*version == 0 && mode == Mode::OpenExisting)
        return Status::failure(tr("It holds no Linli data yet."));
    if (*version > 0) {
        const auto foreign = sql::Statement::single(
            db, QStringLiteral("SELECT count(*) FROM linli_schema WHERE application_id <> :id"),
            {{"id", applicationId}});
        if (!foreign)
            return foreign.status();
        if (foreign->toInt() != 0)
            return Status::failure(tr("It is not a Linli database."));
    }
    if (*version > latestSchemaVersion()) {
        m_readOnlyReason = tr("%1 was written by a newer version of Linli (schema %2; this "
                              "version knows up to %3), so it is open read-only. Update Linli "
                              "to change it.")
                               .arg(m_path)
                               .arg(*version)
                               .arg(latestSchemaVersion());
        return sql::Statement::run(
                   db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
            .status();
    }
    return Status::success();
}

} // namespace linli
