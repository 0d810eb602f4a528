// A database file that Linli has open, with other programs beside it: linli-cli's backups,
// prints and checks, SQLite's own shell, restores killed half-way, and files Linli must refuse
// without writing a byte into them. Real processes throughout, killed with SIGKILL.
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/databaselock.h"
#include "storage/migrations.h"
#include "storage/statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <functional>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace linli;

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, std::function<void()> inChild = {},
        const QByteArray &input = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LINLI_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(LINLI_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.exitStatus(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray checksum(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// SQLite's locks live at the pending byte (1 GiB) and the shared range after it. A write lock
// over the shared range, asked of the kernel (F_GETLK: nothing is taken), conflicts with the
// reader lock every open WAL connection holds: the process holding it is returned.
pid_t sharedLockHolder(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return 0;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0x40000000 + 2;
    probe.l_len = 510;
    const bool asked = ::fcntl(fd, F_GETLK, &probe) == 0;
    ::close(fd);
    return asked && probe.l_type != F_UNLCK ? probe.l_pid : 0;
}

// Whether the process has a file open that was deleted under it (Linux marks the link so).
bool holdsDeleted(qint64 pid, const QString &path) {
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System)) {
        const QString target = fd.symLinkTarget();
        if (target.startsWith(path) && target.endsWith(QStringLiteral(" (deleted)")))
            return true;
    }
    return false;
}

int openDescriptors() {
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

// SQLite's own API, as another program would use it: open, read, close.
bool openAndCloseThroughSqlite(const QString &path) {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 5000);
    const bool read =
        sqlite3_exec(db, "SELECT count(*) FROM settings", nullptr, nullptr, nullptr) == SQLITE_OK;
    return sqlite3_close(db) == SQLITE_OK && read;
}

// Statements run straight on the file, as a tool beside Linli would (a planted trigger, say).
void rawExec(const QString &path, const QStringList &statements) {
    sqlite3 *db = nullptr;
    QVERIFY(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) == SQLITE_OK);
    for (const QString &statement : statements) {
        char *error = nullptr;
        const int code = sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, &error);
        QVERIFY2(code == SQLITE_OK, error);
    }
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

QString readLine(QProcess &process) {
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(30000))
            return {};
    }
    return QString::fromUtf8(process.readLine()).trimmed();
}

} // namespace

class TestLiveFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void programsBesideAnOpenDeskLoseNothing_data();
    void programsBesideAnOpenDeskLoseNothing();
    void openingAndClosingLeaksNothing();
    void aFileThatFailsItsCheckIsNotWritten();
    void aKilledRestoreLeavesTheOldFileOrTheNew();
    void aStrangerInTheSchemaIsRefused_data();
    void aStrangerInTheSchemaIsRefused();
    void anEmptyFileIsRefused();
    void aReadOnlyDiskOpensReadOnly();
    void aLinkNamesTheRealFile();
    void aSecondNameIsRefused();
    void aFileSizeLimitIsAFullDisk();
    void leftoversOfKilledBackupsGo();
};

void TestLiveFile::programsBesideAnOpenDeskLoseNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("plain path") << QStringLiteral("office.linli");
    QTest::newRow("spaces and Chinese") << QStringLiteral("红旗 社区/办公 数据.linli");
}

void TestLiveFile::programsBesideAnOpenDeskLoseNothing() {
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const Run made = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    QProcess desk;
    desk.start(QStringLiteral(LIVE_DESK), {path});
    QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
    QCOMPARE(readLine(desk), QStringLiteral("ready"));
    const qint64 pid = desk.processId();
    // Logged in, a backup and a search done on their own connections: the desk still holds
    // SQLite's lock on its file.
    QCOMPARE(qint64(sharedLockHolder(path)), pid);
    const QString wal = path + QStringLiteral("-wal");
    struct stat walBefore {};
    QCOMPARE(::stat(QFile::encodeName(wal).constData(), &walBefore), 0);

    QList<int> reported;
    const auto collect = [&] {
        while (desk.canReadLine())
            reported << QString::fromUtf8(desk.readLine()).trimmed().toInt();
    };
    const QString pdf = dir.filePath(QStringLiteral("值班 日志.pdf"));
    // Twenty rounds of three programs each: enough for the desk to save many times between them,
    // and inside the time CI's sanitizer build allows.
    for (int round = 0; round < 20; ++round) {
        const QString copy = dir.filePath(QStringLiteral("备份 %1.linli").arg(round));
        const Run backup = cli({QStringLiteral("--db"), path, QStringLiteral("backup"), copy});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        // The desk made its administrator: the print logs in as it.
        const Run print =
            cli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin"),
                 QStringLiteral("print"), QStringLiteral("duty-log"), QStringLiteral("--pdf"), pdf},
                {}, "a-desk-password\n");
        QVERIFY2(print.exitCode == 0, qPrintable(print.err));
        const Run check = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(openAndCloseThroughSqlite(path));
        QFile::remove(copy);

        // The -wal the desk writes to is the one on disk, never deleted under it.
        struct stat walNow {};
        QCOMPARE(::stat(QFile::encodeName(wal).constData(), &walNow), 0);
        QCOMPARE(walNow.st_ino, walBefore.st_ino);
        QVERIFY2(!holdsDeleted(pid, path), "the desk writes to a deleted file");
        QCOMPARE(qint64(sharedLockHolder(path)), pid);
        desk.waitForReadyRead(0);
        collect();
    }
    QVERIFY2(reported.size() > 20, qPrintable(QString::number(reported.size())));
    desk.kill(); // SIGKILL: no destructor, no checkpoint
    QVERIFY(desk.waitForFinished(20000));
    collect();

    auto opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(opened, qPrintable(opened.error()));
    const Status sound = (*opened)->fullCheck();
    QVERIFY2(sound, qPrintable(sound.error()));
    auto keys =
        sql::Statement::run((*opened)->connection(),
                            QStringLiteral("SELECT key FROM settings WHERE key LIKE 'desk.%'"));
    QVERIFY(keys);
    QSet<int> kept;
    while (keys->next())
        kept.insert(keys->text("key").mid(5).toInt());
    for (const int id : std::as_const(reported))
        QVERIFY2(kept.contains(id), qPrintable(QStringLiteral("saved %1 is lost").arg(id)));
}

void TestLiveFile::openingAndClosingLeaksNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("社区 数据.linli"));
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    BackupKeeper keeper(**opened, dir.filePath(QStringLiteral("backups")));
    const auto backup = keeper.snapshot(QStringLiteral("manual"));
    QVERIFY2(backup, qPrintable(backup.error()));

    // The first of each warms what is made once a process (the expected schema).
    QVERIFY(BackupKeeper::verify(*backup));
    QVERIFY((*opened)->openAnother());
    const int before = openDescriptors();
    for (int i = 0; i < 100; ++i) {
        const Status sound = BackupKeeper::verify(*backup);
        QVERIFY2(sound, qPrintable(sound.error()));
    }
    QCOMPARE(openDescriptors(), before);
    for (int i = 0; i < 100; ++i) {
        auto another = (*opened)->openAnother();
        QVERIFY2(another, qPrintable(another.error()));
        // Read through the statement cache, as the search does, then closed.
        QVERIFY(sql::Statement::single((*another)->connection(),
                                       QStringLiteral("SELECT count(*) FROM residents")));
        auto rows = sql::Statement::run((*another)->connection(),
                                        QStringLiteral("SELECT key FROM settings ORDER BY key"));
        QVERIFY(rows);
        rows->next(); // still reading when the connection goes
        another->reset();
    }
    QCOMPARE(openDescriptors(), before);
}

void TestLiveFile::aFileThatFailsItsCheckIsNotWritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.linli"));
    QVERIFY(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    // A writer killed after a few commits: they are in the -wal, not yet in the file.
    {
        QProcess writer;
        writer.start(QStringLiteral(KILLED_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        QVERIFY(!readLine(writer).isEmpty());
        QVERIFY(!readLine(writer).isEmpty());
        writer.kill();
        QVERIFY(writer.waitForFinished(20000));
    }
    const QString wal = path + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    // A table's root page in the file damaged: its page type made nonsense.
    int page = 0;
    int pageSize = 0;
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                                 nullptr),
                 SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT rootpage, (SELECT page_size FROM pragma_page_size)"
                           " FROM sqlite_master WHERE name = 'mediators'",
                           -1, &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        page = sqlite3_column_int(statement, 0);
        pageSize = sqlite3_column_int(statement, 1);
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }
    QVERIFY(page > 1);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page - 1) * pageSize));
        file.write(QByteArray(16, char(0x7f)));
    }
    const QByteArray fileBefore = checksum(path);
    const QByteArray walBefore = checksum(wal);

    const Run check = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("damaged")), qPrintable(check.err));
    QCOMPARE(checksum(path), fileBefore);
    QCOMPARE(checksum(wal), walBefore);

    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("damaged")), qPrintable(opened.error()));
    QCOMPARE(checksum(path), fileBefore);
    QCOMPARE(checksum(wal), walBefore);
    QVERIFY(!BackupKeeper::verify(path));
    QCOMPARE(checksum(path), fileBefore);
    QCOMPARE(checksum(wal), walBefore);
}

void TestLiveFile::aKilledRestoreLeavesTheOldFileOrTheNew() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    // Two backups told apart by one setting.
    QStringList backups;
    for (const QString &which : {QStringLiteral("A"), QStringLiteral("B")}) {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY((*opened)->write([&](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT OR REPLACE INTO settings (key, value)"
                                    " VALUES (:key, :value)"),
                     {{"key", QStringLiteral("which")}, {"value", which}})
                .status();
        }));
        const QString backup = dir.filePath(which + QStringLiteral(".linli-backup"));
        QVERIFY((*opened)->backupTo(backup));
        backups << backup;
    }
    QRandomGenerator random(20261201); // the same kills every run
    for (int round = 0; round < 15; ++round) {
        QProcess restorer;
        restorer.start(QStringLiteral(KILLED_WRITER),
                       {QStringLiteral("--restore"), backups.at(0), backups.at(1), path});
        QVERIFY(restorer.waitForStarted());
        const int restores = 1 + int(random.bounded(3));
        for (int i = 0; i < restores; ++i)
            QVERIFY2(!readLine(restorer).isEmpty(), restorer.readAllStandardError().constData());
        restorer.kill(); // mostly inside the next restore
        QVERIFY(restorer.waitForFinished(20000));

        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        const auto which = sql::Statement::single(
            (*opened)->connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"),
            {{"key", QStringLiteral("which")}});
        QVERIFY(which);
        QVERIFY2(which->toString() == QStringLiteral("A") ||
                     which->toString() == QStringLiteral("B"),
                 qPrintable(which->toString()));
        QVERIFY((*opened)->fullCheck());
        QVERIFY(!QFile::exists(path + QStringLiteral(".restore-pending")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    }
}

void TestLiveFile::aStrangerInTheSchemaIsRefused_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("named");
    QTest::newRow("a trigger copying ID numbers")
        << QStringLiteral("CREATE TRIGGER copy_ids AFTER INSERT ON residents BEGIN"
                          " INSERT INTO settings (key, value) VALUES ('id.' || new.id, "
                          "coalesce(new.id_number, '')); END")
        << QStringLiteral("trigger \"copy_ids\", which Linli did not make");
    QTest::newRow("a view") << QStringLiteral("CREATE VIEW everyone AS SELECT * FROM residents")
                            << QStringLiteral("view \"everyone\", which Linli did not make");
    QTest::newRow("a table") << QStringLiteral("CREATE TABLE copies (text TEXT)")
                             << QStringLiteral("table \"copies\", which Linli did not make");
    QTest::newRow("the audit trail's guard dropped")
        << QStringLiteral("DROP TRIGGER audit_log_never_changed")
        << QStringLiteral("trigger \"audit_log_never_changed\" that Linli made in it is missing");
}

void TestLiveFile::aStrangerInTheSchemaIsRefused() {
    QFETCH(QString, change);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    QVERIFY(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    rawExec(path, {change});
    const QByteArray before = checksum(path);

    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(named), qPrintable(opened.error()));
    const Run check = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(named), qPrintable(check.err));
    QCOMPARE(checksum(path), before);

    // Nor is such a file restored as a backup.
    const QString target = dir.filePath(QStringLiteral("target.linli"));
    QVERIFY(cli({QStringLiteral("--db"), target, QStringLiteral("init")}).exitCode == 0);
    const Run restore = cli({QStringLiteral("--db"), target, QStringLiteral("restore"), path});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains(named), qPrintable(restore.err));
}

void TestLiveFile::anEmptyFileIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("is empty (0 bytes)")),
             qPrintable(opened.error()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // A new file, by contrast, appears whole: schema and all, owner-only.
    const QString fresh = dir.filePath(QStringLiteral("new.linli"));
    {
        auto made = Database::open(fresh);
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(*(*made)->schemaVersion(), latestSchemaVersion());
    }
    QCOMPARE(QFileInfo(fresh).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("new.linli.*")}, QDir::Files),
             QStringList());
}

void TestLiveFile::aReadOnlyDiskOpensReadOnly() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("只读 盘"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/office.linli");
    QVERIFY(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // A user's folder they may not write, or for root (who may write anywhere) the folder
    // mounted read-only in a mount namespace of its own; linli-cli run there.
    const bool root = ::geteuid() == 0;
    const QString script =
        root ? QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && ")
             : QString();
    const QString commands =
        script + QStringLiteral("\"$2\" --db \"$1/office.linli\" check && "
                                "! \"$2\" --db \"$1/office.linli\" anonymise due");
    if (!root)
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LINLI_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    QStringList arguments = {
        QStringLiteral("sh"),     QStringLiteral("-c"), commands, QStringLiteral("sh"), folder,
        QStringLiteral(LINLI_CLI)};
    const QString program = root ? QStringLiteral("unshare") : arguments.takeFirst();
    if (root)
        arguments.prepend(QStringLiteral("-m"));
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(60000));
    if (!root)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (root &&
        (err.contains(QStringLiteral("mount:")) || err.contains(QStringLiteral("unshare:"))))
        QSKIP("this machine lets no test mount a folder read-only");
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("intact")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("open read-only")), qPrintable(err));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestLiveFile::aLinkNamesTheRealFile() {
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("office.linli"));
    const QString link = dir.filePath(QStringLiteral("快捷方式.linli"));
    QVERIFY(cli({QStringLiteral("--db"), real, QStringLiteral("init")}).exitCode == 0);
    QVERIFY(QFile::link(real, link));
    auto opened = Database::open(link);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE((*opened)->path(), QFileInfo(real).canonicalFilePath());
    // A window through the link holds the real file's lock: a restore of the real path is
    // refused, naming who.
    auto lock = DatabaseLock::acquire((*opened)->path(), DatabaseLock::currentUser());
    QVERIFY2(lock, qPrintable(lock.error()));
    QVERIFY(DatabaseLock::holder(real));
    QVERIFY(DatabaseLock::holder(link));
    QVERIFY((*opened)->backupTo(dir.filePath(QStringLiteral("copy.linli-backup"))));
    const Run restore = cli({QStringLiteral("--db"), real, QStringLiteral("restore"),
                             dir.filePath(QStringLiteral("copy.linli-backup"))});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains(QStringLiteral("open in Linli by")), qPrintable(restore.err));
    // Who holds it is named even when nothing says who the user is.
    QVERIFY(
        !DatabaseLock::describe(*DatabaseLock::holder(real)).contains(QStringLiteral("by  on")));
    const QByteArray user = qgetenv("USER");
    qunsetenv("USER");
    QVERIFY(!DatabaseLock::currentUser().isEmpty());
    qputenv("USER", user);
}

void TestLiveFile::aSecondNameIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    const QString second = dir.filePath(QStringLiteral("另一个名字.linli"));
    QVERIFY(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(second).constData()), 0);
    const QByteArray before = checksum(path);
    // Through either name: SQLite would keep a -wal per name.
    for (const QString &name : {path, second}) {
        const auto opened = Database::open(name);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("(a hard link, 2 names in all)")),
                 qPrintable(opened.error()));
        const Run reset = cli({QStringLiteral("--db"), name, QStringLiteral("check")});
        QCOMPARE(reset.exitCode, 1);
        QVERIFY2(reset.err.contains(QStringLiteral("hard link")), qPrintable(reset.err));
    }
    QCOMPARE(checksum(path), before);
    QVERIFY(!QFile::exists(second + QStringLiteral("-wal")));
    // One name again, and it opens.
    QVERIFY(QFile::remove(second));
    QVERIFY(Database::open(path));
}

void TestLiveFile::aFileSizeLimitIsAFullDisk() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    QVERIFY(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    // `ulimit -f` of 2 MB: the demo's writes pass it.
    const Run demo = cli({QStringLiteral("--db"), path, QStringLiteral("demo")}, [] {
        const rlimit limit{2 * 1024 * 1024, 2 * 1024 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    QCOMPARE(demo.status, QProcess::NormalExit); // not killed by SIGXFSZ
    QCOMPARE(demo.exitCode, 1);
    // SQLite tells a write refused for its size as an I/O error, or as the disk full it is.
    QVERIFY2(demo.err.contains(QStringLiteral("the disk may be full")) ||
                 demo.err.contains(QStringLiteral("The disk is full")),
             qPrintable(demo.err));
    QVERIFY2(demo.err.contains(QStringLiteral("not saved")), qPrintable(demo.err));
    // Nothing half-written: the file is sound and the demo not in it.
    const Run check = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

void TestLiveFile::leftoversOfKilledBackupsGo() {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("office.linli")));
    QVERIFY(opened);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    // A backup killed an hour and more ago, and one being written now by another program.
    const QString stale = folder + QStringLiteral("/linli-20261130-080000-daily.linli-backup.part");
    const QString current =
        folder + QStringLiteral("/linli-20261201-080000-manual.linli-backup.part");
    for (const QString &part : {stale, current}) {
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a backup");
    }
    {
        QFile file(stale);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-7200),
                                 QFileDevice::FileModificationTime));
    }
    BackupKeeper keeper(**opened, folder);
    QVERIFY(keeper.snapshot(QStringLiteral("manual")));
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(current));
    // linli-cli's backup killed midway leaves nothing under the name asked for: it writes a
    // part file and renames it when whole.
    const QString copy = dir.filePath(QStringLiteral("copy.linli"));
    QVERIFY((*opened)->backupTo(copy));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    QVERIFY(BackupKeeper::verify(copy));
}

QTEST_GUILESS_MAIN(TestLiveFile)
#include "tst_livefile.moc"
