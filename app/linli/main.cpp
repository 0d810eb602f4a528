// linli: the window program of the community office.
#include "access/logindialog.h"
#include "common/localtimezone.h"
#include "firstrun/firstrunwizard.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "residents/residentspage.h"
#include "settings/desksettings.h"
#include "settings/serverlogin.h"
#include "storage/backupkeeper.h"
#include "storage/databaselock.h"
#include "storage/defaultlocation.h"
#include "tour/tour.h"
#include "widgets/errorreporter.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <memory>

#include <cstdio>

namespace {

// Fontconfig prefers the Japanese forms of the shared CJK fonts unless SC is named.
void useChineseFont(QApplication &app) {
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(family)) {
        QFont font = app.font();
        font.setFamilies({family});
        app.setFont(font);
    }
}

// Who works at this desk: the administrator made at the first start, or a login. False when
// the user gave up.
// Fills the login dialog at its first paint and logs in: the benchmark's start (tests/bench),
// which prints when the dialog was painted and when the button was pressed.
class LoginTypist final : public QObject {
public:
    LoginTypist(QDialog &dialog, const QString &credentials)
        : m_dialog(dialog)
        , m_credentials(credentials) {
        dialog.installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == &m_dialog && event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("login-shown\n");
            std::fflush(stdout);
            QTimer::singleShot(0, this, [this] {
                auto *name = m_dialog.findChild<QLineEdit *>(QStringLiteral("loginUsername"));
                auto *password = m_dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"));
                auto *ok = m_dialog.findChild<QPushButton *>(QStringLiteral("loginOk"));
                if (!name || !password || !ok)
                    return;
                name->setText(m_credentials.section(u':', 0, 0));
                password->setText(m_credentials.section(u':', 1));
                std::printf("login-pressed\n");
                std::fflush(stdout);
                ok->click();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDialog &m_dialog;
    QString m_credentials;
    bool m_done = false;
};

bool logIn(linli::Workspace &workspace) {
    const auto any = workspace.accounts().hasAccounts();
    if (!any) {
        linli::ErrorReporter::report(
            nullptr, QCoreApplication::translate("main", "Linli cannot read its accounts."),
            any.error());
        return false;
    }
    bool madeElsewhere = false;
    if (!*any) {
        linli::FirstAdministratorDialog first(workspace.accounts());
        if (first.exec() == QDialog::Accepted)
            return true;
        if (!first.madeElsewhere())
            return false;
        madeElsewhere = true;
    }
    const auto identity = workspace.office().identity();
    linli::LoginDialog login(workspace.accounts(), identity ? identity->community : QString(),
                             workspace.office().isDemo());
    if (madeElsewhere)
        login.tellAdministratorMadeElsewhere();
    // The benchmark's start (--measure start with LINLI_MEASURE_LOGIN=user:password): the
    // dialog is filled and its button pressed once it is painted, as a quick typist would.
    const QByteArray measured = qgetenv("LINLI_MEASURE_LOGIN");
    std::unique_ptr<LoginTypist> typist;
    if (!measured.isEmpty())
        typist = std::make_unique<LoginTypist>(login, QString::fromUtf8(measured));
    return login.exec() == QDialog::Accepted;
}

// A damaged file's question: short, with what the check found folded under Show Details, so
// that the question and its buttons stay on the screen however long that is.
bool offerBackup(const QString &problem, const linli::BackupFile &backup) {
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("main", "Linli cannot open its database."),
                    QCoreApplication::translate("main", "The database file failed its check."));
    box.setInformativeText(
        QCoreApplication::translate("main", "Restore the backup of %1? The file as it is now is "
                                            "kept beside it.")
            .arg(QLocale().toString(backup.takenAt, QLocale::LongFormat)));
    box.setDetailedText(problem);
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

// Puts the backup in place of the closed database, says where the old file went, and starts
// Linli again on the restored file.
void restoreAndRestart(const QString &backup, const QString &live) {
    const auto aside = linli::BackupKeeper::restore(backup, live, QDateTime::currentDateTime());
    if (!aside)
        linli::ErrorReporter::report(
            nullptr, QCoreApplication::translate("main", "The backup was not restored."),
            aside.error());
    else
        QMessageBox::information(
            nullptr, QCoreApplication::translate("main", "The backup is restored."),
            QCoreApplication::translate("main", "The database as it was is kept as %1.")
                .arg(QDir::toNativeSeparators(*aside)));
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            QCoreApplication::arguments().mid(1));
}

} // namespace

// --measure: the benchmark's view of the window program (tests/bench). "start" starts as a user
// starts (the lock, the anonymiser, the login filled by LoginTypist, the day's backup) and exits
// at the main window's first paint; "residents-memory" scrolls the residents list to its end and
// reports the peak resident set size, working as the system and writing nothing, like the tour.
class FirstPaintExit : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

long peakResidentKilobytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void scrollResidentsToTheEnd(linli::MainWindow &window) {
    window.showPage(linli::MainWindow::Residents);
    auto *table = window.residentsPage()->findChild<QTableView *>(QStringLiteral("residentTable"));
    if (!table)
        return;
    QAbstractItemModel *model = table->model();
    while (model->canFetchMore({})) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
        if (model->canFetchMore({}))
            model->fetchMore({});
    }
    table->scrollToBottom();
    QCoreApplication::processEvents();
    std::printf("rows %d\npeak-rss-kb %ld\n", model->rowCount(), peakResidentKilobytes());
}

int main(int argc, char *argv[]) {
    linli::keepLocalTimeZoneLoaded();
    // Past a file size limit (ulimit -f) a write fails, and SQLite says so, instead of the
    // signal ending the program with the form unsaved.
    std::signal(SIGXFSZ, SIG_IGN);
    // --help and --version only print: they need no display, so no window system is loaded
    // for them (a package's scripts and a terminal on a server ask them too).
    const bool onlyText = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        for (const char *option : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (qstrcmp(arg, option) == 0)
                return true;
        }
        return false;
    });
    const std::unique_ptr<QCoreApplication> application =
        onlyText ? std::make_unique<QCoreApplication>(argc, argv)
                 : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Linli"));
    QCoreApplication::setApplicationName(QStringLiteral("linli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Linli 邻里"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption tourOption(
        QStringLiteral("tour"), QStringLiteral("Render every page to PNG files in dir, then exit."),
        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("The language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), QStringLiteral("With --tour: the name the tour works under."),
        QStringLiteral("name"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure"),
        QStringLiteral("For the benchmark: start (exit at the first paint) or residents-memory."),
        QStringLiteral("what"));
    parser.addOptions({dbOption, tourOption, langOption, operatorOption, measureOption});
    parser.process(*application); // prints and exits for --help and --version
    auto &app = static_cast<QApplication &>(*application);
    // The desktop entry's name, so that a Wayland desktop shows the window under its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.linli.Linli"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/linli.png").arg(size));
    QApplication::setWindowIcon(icon);

    const QString measuring = parser.value(measureOption);
    // The start is measured as a user starts: the lock, the anonymiser, the login, the backup.
    const bool touring =
        parser.isSet(tourOption) || (!measuring.isEmpty() && measuring != QStringLiteral("start"));
    linli::installTranslations(parser.isSet(langOption) ? parser.value(langOption)
                                                        : linli::DeskSettings::language());
    useChineseFont(app);

    QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : linli::DeskSettings::databasePath();
    if (path.isEmpty())
        path = linli::defaultDatabasePath();
    // The first start on this desk: who the office is, where its data lives, how to begin.
    bool importFirst = false;
    if (!parser.isSet(dbOption) && !touring && !linli::ServerAddress::isServerAddress(path) &&
        !QFileInfo::exists(path)) {
        linli::FirstRunWizard wizard(path);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        const linli::FirstRunChoices choices = wizard.choices();
        // The office's file, or its server, is this desk's from now on; a demo is not.
        if (wizard.joinedServer() || choices.start != linli::FirstRunChoices::Start::Demo) {
            linli::DeskSettings::setDatabasePath(wizard.openedPath());
            importFirst = !wizard.joinedServer() &&
                          choices.start == linli::FirstRunChoices::Start::ImportRoster;
        }
        path = wizard.openedPath();
    }
    // A database on the office's server (postgresql://…): shared by several desks, so none
    // holds it alone, and backed up on the server.
    const bool onServer = linli::ServerAddress::isServerAddress(path);
    // A file another desk works in is opened read-only, if the user wants to look things up;
    // asked before opening, so that nothing (a migration, say) touches it meanwhile.
    QString readOnly;
    QString password;
    if (onServer && !touring && !linli::ServerLogin::askPassword(path, password))
        return 0;
    if (!touring && !onServer) {
        if (const auto holder = linli::DatabaseLock::holder(path)) {
            const QString held = linli::DatabaseLock::describe(*holder);
            if (QMessageBox::question(nullptr,
                                      QCoreApplication::translate("main", "Linli is open already."),
                                      QCoreApplication::translate(
                                          "main", "%1\n\nOpen it read-only here, to look things "
                                                  "up? Changes are made at that desk.")
                                          .arg(held)) != QMessageBox::Yes)
                return 0;
            readOnly = QCoreApplication::translate(
                           "main", "%1 This copy is read-only: changes are made at that desk.")
                           .arg(held);
        }
    }
    auto database =
        linli::Database::open(path, linli::Database::Mode::OpenOrCreate, readOnly, password);
    while (!database && onServer && !touring) {
        const auto next = linli::ServerLogin::whenUnreachable(path, database.error());
        if (next == linli::ServerLogin::Next::Moved) {
            // Started afresh without --db, so that the desk's new place is the one opened.
            QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
            return 0;
        }
        if (next == linli::ServerLogin::Next::Quit)
            return 1;
        if (!linli::ServerLogin::askPassword(path, password))
            return 0;
        database =
            linli::Database::open(path, linli::Database::Mode::OpenOrCreate, readOnly, password);
    }
    if (!database && !touring && !onServer) {
        // A damaged file is never written to; the newest sound backup is offered instead.
        const bool damaged = QFileInfo::exists(path) && !linli::BackupKeeper::verify(path);
        std::optional<linli::BackupFile> backup;
        if (damaged) {
            // The folder the settings named cannot be read from a damaged file: this desk
            // remembers it, and the default folder is looked at too.
            const QString absolute = QFileInfo(path).absoluteFilePath();
            for (const QString &folder : {linli::DeskSettings::backupFolderOf(absolute),
                                          linli::BackupKeeper::defaultFolder(path)}) {
                if (folder.isEmpty())
                    continue;
                const auto sound = linli::BackupKeeper::latestSound(folder);
                if (sound && (!backup || sound->takenAt > backup->takenAt))
                    backup = sound;
            }
        }
        if (backup && offerBackup(database.error(), *backup)) {
            const auto aside =
                linli::BackupKeeper::restore(backup->path, path, QDateTime::currentDateTime());
            if (aside)
                database =
                    linli::Database::open(path, linli::Database::Mode::OpenOrCreate, readOnly);
            else
                linli::ErrorReporter::report(
                    nullptr, QCoreApplication::translate("main", "The backup was not restored."),
                    aside.error());
        }
    }
    if (!database) {
        if (touring) {
            std::fprintf(stderr, "linli: %s\n", qPrintable(database.error()));
        } else {
            linli::ErrorReporter::report(
                nullptr, QCoreApplication::translate("main", "Linli cannot open its database."),
                database.error());
        }
        return 1;
    }

    // The tour renders every page as the system; everyone else logs in.
    if (touring) {
        const QString name = parser.value(operatorOption).trimmed();
        (*database)->setOperatorName(
            name.isEmpty() ? QCoreApplication::translate("main", "Demo tour") : name);
    }
    // One window program writes a file: a second one is told who has it.
    linli::DatabaseLock lock;
    const bool writing = !touring && !(*database)->isReadOnly();
    // The file's own lock and backups; the server has its own.
    const bool keepsFile = writing && !onServer;
    if (keepsFile) {
        auto taken =
            linli::DatabaseLock::acquire((*database)->path(), linli::DatabaseLock::currentUser());
        if (!taken) {
            linli::ErrorReporter::report(
                nullptr, QCoreApplication::translate("main", "Linli is open already."),
                taken.error());
            return 1;
        }
        lock = std::move(*taken);
    }
    auto workspace = std::make_unique<linli::Workspace>(std::move(*database));
    QString backupFolder;
    if (keepsFile) {
        backupFolder = linli::BackupKeeper::folderFor(workspace->database());
        linli::DeskSettings::rememberBackupFolder(workspace->database().path(), backupFolder);
    }
    if (writing) {
        // Residents gone longer than the office keeps personal data lose their identifiers.
        const auto anonymised =
            workspace->registry().anonymiseMovedOut(workspace->office().retentionMonths());
        if (!anonymised)
            linli::ErrorReporter::report(
                nullptr,
                QCoreApplication::translate("main", "Residents past the retention period were not "
                                                    "anonymised."),
                anonymised.error());
    }
    if (!touring && !logIn(*workspace))
        return 0;
    auto window = std::make_unique<linli::MainWindow>(*workspace);
    if (measuring == QStringLiteral("residents-memory")) {
        window->show();
        scrollResidentsToTheEnd(*window);
        return 0;
    }
    if (touring) {
        linli::Tour tour(*workspace, *window);
        const auto written = tour.run(parser.value(tourOption));
        if (!written) {
            std::fprintf(stderr, "linli: %s\n", qPrintable(written.error()));
            return 1;
        }
        for (const QString &file : *written)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }
    FirstPaintExit exitAtPaint;
    if (measuring == QStringLiteral("start"))
        window->installEventFilter(&exitAtPaint);
    window->show();
    if (importFirst) {
        // The roster chosen at the first start: straight to its import, once logged in.
        QTimer::singleShot(0, window.get(), [window = window.get()] {
            window->showPage(linli::MainWindow::Residents);
            window->residentsPage()->importRoster();
        });
    }
    // The day's backup, and the rotation, on a thread of their own once the window is up: at
    // sub-district scale the copy and its check take seconds, which the office need not wait.
    std::unique_ptr<QThread> backup;
    auto backupOutcome = std::make_shared<linli::Status>(linli::Status::success());
    if (keepsFile) {
        backup.reset(QThread::create(
            [path = workspace->database().path(), folder = backupFolder, backupOutcome] {
                *backupOutcome = linli::BackupKeeper::dailyOnOwnConnection(path, folder);
            }));
        QObject::connect(
            backup.get(), &QThread::finished, window.get(), [window = window.get(), backupOutcome] {
                if (!*backupOutcome)
                    linli::ErrorReporter::report(
                        window,
                        QCoreApplication::translate("main", "The daily backup needs a look."),
                        backupOutcome->error());
            });
        backup->start(QThread::LowPriority);
    }
    const int code = app.exec();
    if (backup)
        backup->wait(); // a backup under way is finished before the file is closed
    const QString restoreFrom = window->pendingRestore();
    if (restoreFrom.isEmpty())
        return code;
    // The restore the user asked for in the settings: the file is closed, and the lock given
    // up, before the backup takes its place.
    const QString live = workspace->database().path();
    window.reset();
    workspace.reset();
    lock.release();
    restoreAndRestart(restoreFrom, live);
    return 0;
}
