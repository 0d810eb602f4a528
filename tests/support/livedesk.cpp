// A child for tst_datasafety: a desk as the window keeps one — the database open and logged in,
// the daily backup's thread and the residents search's thread at work on connections of their
// own — saving in a loop until killed. On stdout: "ready" once the login, a backup and a search
// are done, then the id of each setting it committed, one a line, after its commit.
#include "access/accountservice.h"
#include "registry/residentrepository.h"
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <latch>
#include <thread>

using namespace linli;

// Pauses between the threads' rounds: a desk is busy, but two cores are shared with the
// programs run beside it. Nothing waits on them; they only pace the loops.
constexpr int kPace = 50;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = **opened;
    AccountService accounts(db);
    const QString password = QStringLiteral("a-desk-password");
    if (const auto any = accounts.hasAccounts(); any && !*any)
        (void)accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("值班员"),
                                                password);
    if (const auto in = accounts.logIn(QStringLiteral("admin"), password); !in) {
        std::fprintf(stderr, "%s\n", qPrintable(in.error()));
        return 1;
    }

    std::latch started(2);
    // As the window's: the day's backup on a connection of its own, then more of them, each
    // connection opened and closed again.
    std::thread backups([&] {
        const QString folder = BackupKeeper::defaultFolder(db.path());
        const Status daily = BackupKeeper::dailyOnOwnConnection(db.path(), folder);
        if (!daily)
            std::fprintf(stderr, "%s\n", qPrintable(daily.error()));
        started.count_down();
        for (;;) {
            auto own = Database::open(db.path(), Database::Mode::OpenExisting);
            if (!own)
                continue;
            BackupKeeper keeper(**own, folder);
            if (const auto taken = keeper.safetySnapshot(QStringLiteral("manual")))
                QFile::remove(*taken);
            QThread::msleep(kPace); // at a desk's pace, not a tight loop's
        }
    });
    // As the residents search's: its own connection, a search after another.
    std::thread search([&] {
        auto own = db.openAnother();
        if (!own) {
            std::fprintf(stderr, "%s\n", qPrintable(own.error()));
            started.count_down();
            return;
        }
        const ResidentRepository residents(**own);
        bool first = true;
        for (;;) {
            (void)residents.firstPage({QStringLiteral("张"), false}, 50);
            if (std::exchange(first, false))
                started.count_down();
            QThread::msleep(kPace);
        }
    });
    started.wait();
    std::printf("ready\n");
    std::fflush(stdout);

    for (int id = 1;; ++id) {
        const Status saved = db.write([&](const WriteContext &c) {
            return c
                .run(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                     {{"key", QStringLiteral("desk.%1").arg(id)}, {"value", QString(500, u'记')}})
                .status();
        });
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            continue; // busy for a moment: the next id
        }
        std::printf("%d\n", id);
        std::fflush(stdout);
        QThread::msleep(kPace / 5);
    }
}
