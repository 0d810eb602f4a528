// A child for tst_datasafety: writes numbered batches through Linli's write path, one
// transaction each, and says on stdout after each commit which batch it was, until killed.
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <cstdio>

using namespace linli;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = **opened;
    const Status made = db.write([](const WriteContext &c) {
        return c
            .run(QStringLiteral("CREATE TABLE IF NOT EXISTS crash_probe"
                                " (batch INTEGER NOT NULL, row INTEGER NOT NULL, payload BLOB)"))
            .status();
    });
    if (!made)
        return 1;
    const auto last = sql::scalar(
        db.connection(), QStringLiteral("SELECT coalesce(max(batch), -1) FROM crash_probe"));
    if (!last)
        return 1;
    int batch = last->toInt() + 1;
    // Rows big enough that a transaction spans many pages, so that a kill lands inside one.
    const QByteArray payload(3000, 'x');
    for (;; ++batch) {
        const Status done = db.write([&](const WriteContext &c) {
            for (int row = 0; row < 40; ++row) {
                auto inserted = c.run(QStringLiteral("INSERT INTO crash_probe VALUES (?, ?, ?)"),
                                      {batch, row, payload});
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
