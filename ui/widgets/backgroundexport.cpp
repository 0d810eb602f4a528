#include "widgets/backgroundexport.h"

#include "storage/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace linli {

std::optional<Result<qsizetype>> BackgroundExport::run(QWidget *parent, const Database &database,
                                                       const QString &title, const Job &job,
                                                       qsizetype expected) {
    std::atomic<bool> cancelled{false};
    std::atomic<qsizetype> written{0};
    std::optional<Result<qsizetype>> outcome;

    // The worker opens its connection, runs the job and closes the connection, all on its own
    // thread: a SQLite connection and its statements must not cross threads.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto own = database.openAnother();
        if (!own) {
            outcome = own.status();
            return;
        }
        outcome = job(**own, [&](qsizetype rows) {
            written = rows;
            return !cancelled.load();
        });
        own->reset();
    }));
    worker->setObjectName(QStringLiteral("export"));

    QProgressDialog progress(tr("Writing the list…"), tr("Cancel"), 0, int(expected), parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancelled = true;
        progress.setLabelText(tr("Stopping; the unfinished file is removed…"));
    });
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        if (cancelled)
            return;
        const qsizetype rows = written.load();
        progress.setLabelText(tr("%L1 rows written…").arg(rows));
        if (expected > 0)
            progress.setValue(int(std::min(rows, expected)));
    });

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.show();
    tick.start();
    if (!worker->isFinished())
        loop.exec();
    worker->wait();
    tick.stop();
    progress.hide();
    // Cancelled in time, the job stopped and left nothing; clicked after its last row, the
    // file is whole and written.
    if (cancelled && (!outcome || !*outcome))
        return std::nullopt;
    return outcome;
}

} // namespace linli
