// A child for tst_datasafety, killed with SIGKILL wherever it is.
//   linli_killed_writer FILE
//     writes numbered batches through Linli's write path, one transaction each, and says on
//     stdout after each commit which batch it was;
//   linli_killed_writer --restore A B FILE
//     restores the backups A and B into FILE in turn, saying on stdout after each which one.
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>

using namespace linli;

namespace {

int restoreInTurn(const QString &a, const QString &b, const QString &target) {
    for (int round = 0;; ++round) {
        const QString backup = round % 2 == 0 ? a : b;
        const auto done = BackupKeeper::restore(backup, target, QDateTime::currentDateTime());
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 1;
        }
        // The file set aside goes, or the folder would fill up over the rounds.
        for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(*done + side);
        std::printf("%s\n", round % 2 == 0 ? "A" : "B");
        std::fflush(stdout);
    }
}

int writeBatches(const QString &path) {
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = **opened;
    const auto last =
        sql::Statement::single(db.connection(), QStringLiteral("SELECT count(*) FROM settings"
                                                               " WHERE key LIKE 'probe.%.0'"));
    if (!last)
        return 1;
    int batch = last->toInt();
    // Rows big enough that a transaction spans many pages, so that a kill lands inside one.
    const QString payload(3000, u'x');
    for (;; ++batch) {
        const Status done = db.write([&](const WriteContext &c) {
            for (int row = 0; row < 40; ++row) {
                auto inserted =
                    c.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                          {{"key", QStringLiteral("probe.%1.%2").arg(batch).arg(row)},
                           {"value", payload}});
                if (!inserted)
                    return inserted.status();
            }
            return Status::success();
        });
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 1;
        }
        std::printf("%d\n", batch);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args.at(0) == QStringLiteral("--restore"))
        return restoreInTurn(args.at(1), args.at(2), args.at(3));
    if (args.size() == 1)
        return writeBatches(args.at(0));
    return 2;
}
