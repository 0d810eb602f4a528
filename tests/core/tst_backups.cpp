#include "settings/officesettingsservice.h"
#include "storage/backupkeeper.h"
#include "storage/databaselock.h"
#include "storage/statement.h"
#include "support/registryfixture.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTest>
#include <QThread>

using namespace linli;

// Automatic backups: the snapshot, once a day, the rotation, the check, and the restore.
class TestBackups final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aSnapshotIsSoundAndPrivate();
    void oncePerDay();
    void theDailyBackupRunsOnAThreadOfItsOwn();
    void rotationKeepsDaysWeeksAndMonths();
    void verifyRefusesWhatIsNotSound_data();
    void verifyRefusesWhatIsNotSound();
    void restorePutsTheBackupInPlaceAndKeepsTheOldFile();
    void aSecondCopyIsToldWhoHoldsTheFile();
    void aDamagedFileIsOfferedTheLatestSoundBackup();
    void theSettingsNameTheFolder();
};

void TestBackups::aSnapshotIsSoundAndPrivate() {
    test::RegistryFixture f;
    BackupKeeper keeper(*f.db, f.db.dir() + QStringLiteral("/backups"));
    const auto file = keeper.snapshot(QStringLiteral("manual"));
    QVERIFY2(file, qPrintable(file.error()));
    QVERIFY(file->endsWith(QStringLiteral("linli-20250327-100000-manual.linli-backup")));
    QCOMPARE(QFile::permissions(*file) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(BackupKeeper::verify(*file));
    QVERIFY(!QFile::exists(*file + QStringLiteral(".part")));
    const auto listed = keeper.list();
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().reason, QStringLiteral("manual"));
}

void TestBackups::oncePerDay() {
    test::RegistryFixture f;
    BackupKeeper keeper(*f.db, f.db.dir() + QStringLiteral("/backups"));
    QVERIFY(!keeper.dailyIfDue()->isEmpty());
    f.db.clock().set(QDateTime(QDate(2025, 3, 27), QTime(17, 0)));
    QVERIFY(keeper.dailyIfDue()->isEmpty()); // taken today already
    f.db.clock().set(QDateTime(QDate(2025, 3, 28), QTime(8, 30)));
    QVERIFY(!keeper.dailyIfDue()->isEmpty());
    QCOMPARE(keeper.list()->size(), 2);
}

void TestBackups::theDailyBackupRunsOnAThreadOfItsOwn() {
    // As the window program does: the database open and in use here, the backup on a worker
    // thread with a connection of its own.
    test::RegistryFixture f;
    const QString folder = f.db.dir() + QStringLiteral("/backups");
    const QString path = f.db->path();
    Status outcome = Status::failure(QStringLiteral("not run"));
    for (int run = 0; run < 2; ++run) {
        std::unique_ptr<QThread> worker(
            QThread::create([&] { outcome = BackupKeeper::dailyOnOwnConnection(path, folder); }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY2(outcome, qPrintable(outcome.error()));
    }
    // Once a day: the second run found today's backup.
    const auto files = QDir(folder).entryList({QStringLiteral("*.linli-backup")});
    QCOMPARE(files.size(), 1);
    QVERIFY(BackupKeeper::verify(QDir(folder).filePath(files.first())));
    QVERIFY(files.first().contains(QStringLiteral("-daily")));
    // A file that is not there is reported.
    const Status missing =
        BackupKeeper::dailyOnOwnConnection(f.db.dir() + QStringLiteral("/no-such.linli"), folder);
    QVERIFY(!missing);
    QVERIFY2(missing.error().startsWith(QStringLiteral("Today's backup was not made")),
             qPrintable(missing.error()));
}

void TestBackups::rotationKeepsDaysWeeksAndMonths() {
    test::RegistryFixture f;
    const QString folder = f.db.dir() + QStringLiteral("/backups");
    QVERIFY(QDir().mkpath(folder));
    // A backup every day for 400 days up to today (the files' names are all the rotation reads).
    const QDate today = f.db.clock().today();
    for (int back = 0; back < 400; ++back) {
        QFile file(QDir(folder).filePath(
            QStringLiteral("linli-%1-080000-daily.linli-backup")
                .arg(today.addDays(-back).toString(QStringLiteral("yyyyMMdd")))));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    BackupKeeper keeper(*f.db, folder);
    const auto removed = keeper.rotate();
    QVERIFY(removed);
    const auto kept = keeper.list();
    QCOMPARE(*removed + int(kept->size()), 400);
    QVERIFY(kept->size() <=
            BackupKeeper::keepDaily + BackupKeeper::keepWeekly + BackupKeeper::keepMonthly);
    QSet<QDate> days;
    for (const BackupFile &file : *kept)
        days.insert(file.takenAt.date());
    for (int back = 0; back < BackupKeeper::keepDaily; ++back)
        QVERIFY(days.contains(today.addDays(-back)));
    // The newest of each of the last twelve months is there, nothing older.
    for (int month = 0; month < BackupKeeper::keepMonthly; ++month) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-month);
        const QDate newest = month == 0 ? today : first.addMonths(1).addDays(-1);
        QVERIFY2(days.contains(newest), qPrintable(newest.toString(Qt::ISODate)));
    }
    QVERIFY(!days.contains(today.addDays(-399)));
    QCOMPARE(*keeper.rotate(), 0); // stable
}

void TestBackups::verifyRefusesWhatIsNotSound_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a database")
        << QByteArray("just some text") << QStringLiteral("not a Linli");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Linli");
}

void TestBackups::verifyRefusesWhatIsNotSound() {
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.linli-backup"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Status checked = BackupKeeper::verify(path);
    QVERIFY(!checked);
    QVERIFY2(checked.error().contains(reason), qPrintable(checked.error()));
}

void TestBackups::restorePutsTheBackupInPlaceAndKeepsTheOldFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QString backup;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->write([](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT INTO communities (name) VALUES ('红旗社区')"),
                     sql::Params{})
                .status();
        }));
        backup = *BackupKeeper(**db, folder).snapshot(QStringLiteral("manual"));
        QVERIFY((*db)->write([](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT INTO communities (name) VALUES ('东风社区')"),
                     sql::Params{})
                .status();
        }));
    }
    // A damaged backup is refused and nothing moves.
    const QString damaged = dir.filePath(QStringLiteral("damaged.linli-backup"));
    QVERIFY(QFile::copy(backup, damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write("garbage, garbage, garbage");
    }
    const QDateTime now(QDate(2025, 3, 28), QTime(9, 0));
    QVERIFY(!BackupKeeper::restore(damaged, path, now));
    QVERIFY(QFile::exists(path));

    const auto aside = BackupKeeper::restore(backup, path, now);
    QVERIFY2(aside, qPrintable(aside.error()));
    QVERIFY(QFile::exists(*aside)); // the file it replaced, set aside, not deleted
    auto reopened = Database::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(sql::Statement::single((*reopened)->connection(),
                                    QStringLiteral("SELECT count(*) FROM communities"))
                 ->toInt(),
             1);
    auto old = Database::open(*aside);
    QVERIFY(old);
    QCOMPARE(sql::Statement::single((*old)->connection(),
                                    QStringLiteral("SELECT count(*) FROM communities"))
                 ->toInt(),
             2);
}

void TestBackups::aSecondCopyIsToldWhoHoldsTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.linli"));
    {
        auto first = DatabaseLock::acquire(path, QStringLiteral("刘主任"));
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(QFile::exists(DatabaseLock::lockPath(path)));
        const auto second = DatabaseLock::acquire(path, QStringLiteral("周敏"));
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QStringLiteral("open in Linli by 刘主任 on ")),
                 qPrintable(second.error()));
        QCOMPARE(DatabaseLock::holder(path)->user, QStringLiteral("刘主任"));
    }
    // Released when the program ends.
    QVERIFY(!QFile::exists(DatabaseLock::lockPath(path)));
    QVERIFY(!DatabaseLock::holder(path));
    // A lock left behind by a crashed process on this machine is taken over.
    QFile stale(DatabaseLock::lockPath(path));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QStringLiteral("王建国\n%1\n%2\n2025-03-27T08:00:00\n")
                    .arg(QSysInfo::machineHostName())
                    .arg(2147483000)
                    .toUtf8());
    stale.close();
    QVERIFY(!DatabaseLock::holder(path));
    QVERIFY(DatabaseLock::acquire(path, QStringLiteral("周敏")));
}

void TestBackups::aDamagedFileIsOfferedTheLatestSoundBackup() {
    test::RegistryFixture f;
    const QString folder = f.db.dir() + QStringLiteral("/backups");
    BackupKeeper keeper(*f.db, folder);
    const QString older = *keeper.snapshot(QStringLiteral("daily"));
    f.db.clock().set(QDateTime(QDate(2025, 3, 28), QTime(8, 0)));
    const QString newer = *keeper.snapshot(QStringLiteral("daily"));
    QCOMPARE(BackupKeeper::latestSound(folder)->path, newer);
    {
        QFile file(newer);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("not a database any more");
    }
    QCOMPARE(BackupKeeper::latestSound(folder)->path, older);
    QVERIFY(!BackupKeeper::latestSound(f.db.dir() + QStringLiteral("/nowhere")));
}

void TestBackups::theSettingsNameTheFolder() {
    test::RegistryFixture f;
    OfficeSettingsService office(*f.db);
    QCOMPARE(office.backupFolder(), BackupKeeper::defaultFolder(f.db.path()));
    QVERIFY(!office.setBackupFolder(QStringLiteral("relative/folder")));
    const QString usb = f.db.dir() + QStringLiteral("/usb/linli");
    QVERIFY(office.setBackupFolder(usb));
    QCOMPARE(BackupKeeper::folderFor(*f.db), usb);
    const auto taken = BackupKeeper(*f.db, BackupKeeper::folderFor(*f.db)).dailyIfDue();
    QVERIFY(taken && taken->startsWith(usb));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
