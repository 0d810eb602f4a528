#include "storage/database.h"
#include "support/uitesting.h"
#include "widgets/filedialogs.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileSystemModel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace linli;

// A file dialog that lists the open database's folder reads none of its files: closing such a
// descriptor would drop SQLite's locks in this process, and another program would delete the
// -wal and -shm under the open window. Qt's dialog as it comes does read them (the control, so
// that the test can see an open when there is one); Linli's does not.
class TestFileDialogs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aDialogOnTheDatabasesFolderOpensNoFile();

private:
    /// The files of `folder` opened while `ask` lists it, as inotify saw them.
    QStringList filesOpenedWhile(const QString &folder, const std::function<void()> &ask);
};

QStringList TestFileDialogs::filesOpenedWhile(const QString &folder,
                                              const std::function<void()> &ask) {
    const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (watch < 0 || ::inotify_add_watch(watch, QFile::encodeName(folder).constData(), IN_OPEN) < 0)
        return {QStringLiteral("<inotify failed>")};
    bool listed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *model = dialog->findChild<QFileSystemModel *>();
        // Listed, and every file's icon and type told, as the dialog paints them.
        const QModelIndex root = model ? model->index(folder) : QModelIndex();
        const bool shown = model && QTest::qWaitFor([&] {
                               if (model->canFetchMore(root))
                                   model->fetchMore(root);
                               return model->rowCount(root) >= 3;
                           });
        if (shown) {
            for (int row = 0; row < model->rowCount(root); ++row) {
                const QModelIndex file = model->index(row, 0, root);
                (void)QTest::qWaitFor(
                    [&] { return !model->data(file, Qt::DecorationRole).isNull(); });
                model->data(model->index(row, 2, root), Qt::DisplayRole);
            }
        }
        qobject_cast<QDialog *>(dialog)->reject();
        if (!shown)
            return;
        listed = true;
        qobject_cast<QDialog *>(dialog)->reject();
    });
    ask();
    QStringList opened;
    alignas(inotify_event) char buffer[4096];
    for (ssize_t got = 0; (got = ::read(watch, buffer, sizeof buffer)) > 0;) {
        for (char *at = buffer; at < buffer + got;) {
            const auto *event = reinterpret_cast<const inotify_event *>(at);
            if (event->len > 0)
                opened << QFile::decodeName(event->name);
            at += sizeof(inotify_event) + event->len;
        }
    }
    ::close(watch);
    if (!listed)
        return {QStringLiteral("<the dialog never listed the folder>")};
    return opened;
}

void TestFileDialogs::aDialogOnTheDatabasesFolderOpensNoFile() {
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("desk.linli")));
    QVERIFY2(database, qPrintable(database.error()));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("desk.linli-wal"))));
    const QString suggested = dir.filePath(QStringLiteral("统计表.pdf"));

    const QStringList byQt = filesOpenedWhile(dir.path(), [&] {
        QFileDialog dialog(nullptr, QStringLiteral("Qt"), suggested);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.exec();
    });
    QVERIFY2(byQt.filter(QStringLiteral("desk.linli")).size() > 0,
             qPrintable(QStringLiteral("the control saw no open: ") + byQt.join(u' ')));

    const QStringList byLinli = filesOpenedWhile(dir.path(), [&] {
        // Every file shown, the most a dialog could look at.
        FileDialogs::saveFileName(nullptr, QStringLiteral("Linli"), suggested,
                                  QStringLiteral("All (*)"));
    });
    QVERIFY2(byLinli.isEmpty(), qPrintable(byLinli.join(u' ')));
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
