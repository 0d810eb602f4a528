#include "tour/tour.h"

#include "access/logindialog.h"
#include "aid/aidpage.h"
#include "cogovernance/cogovernancepage.h"
#include "complaints/complaintlabels.h"
#include "complaints/complaintlistmodel.h"
#include "complaints/complaintspage.h"
#include "documents/printeddocument.h"
#include "exchange/residentexport.h"
#include "firstrun/firstrunwizard.h"
#include "help/helpbrowser.h"
#include "mainwindow.h"
#include "mediation/casefiledialog.h"
#include "mediation/mediationpage.h"
#include "registry/householdfilewidget.h"
#include "registry/registrypage.h"
#include "registry/residentdialog.h"
#include "reports/dashboardpage.h"
#include "residents/residentspage.h"
#include "residents/rosterimportdialog.h"
#include "workspace/documentgallery.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>

namespace linli {

namespace {

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// A household with a full file: the one of a recent resolved complaint, or else the first
// household with the most members.
HouseholdId sampleHousehold(Workspace &workspace) {
    ComplaintFilter resolved;
    resolved.state = ComplaintState::Closed;
    if (const auto complaints =
            workspace.complaints().complaints().page(resolved, std::nullopt, 20)) {
        for (const Complaint &c : *complaints) {
            if (c.place.householdId.isValid())
                return c.place.householdId;
        }
    }
    const auto communities = workspace.registry().places().communities();
    if (!communities || communities->isEmpty())
        return {};
    const auto compounds = workspace.registry().places().compounds(communities->first().id);
    if (!compounds || compounds->isEmpty())
        return {};
    const auto buildings = workspace.registry().places().buildings(compounds->first().id);
    if (!buildings || buildings->isEmpty())
        return {};
    const auto units = workspace.registry().places().units(buildings->first().id);
    if (!units || units->isEmpty())
        return {};
    const auto households = workspace.registry().households().households(units->first().id);
    if (!households || households->isEmpty())
        return {};
    const Household *best = &households->first();
    for (const Household &household : *households) {
        if (household.memberCount > best->memberCount)
            best = &household;
    }
    return best->id;
}

} // namespace

Status Tour::shoot(QWidget &widget, const QString &folder, const QString &name,
                   QStringList &written) {
    settle();
    // Numbered in the order taken, so the folder lists them as the tour goes.
    const QString file = QDir(folder).filePath(
        QStringLiteral("%1-%2.png").arg(written.size() + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (!widget.grab().save(file))
        return Status::failure(tr("The picture %1 could not be written.").arg(file));
    written << QFileInfo(file).fileName();
    return Status::success();
}

Result<QStringList> Tour::run(const QString &folder) {
    if (!QDir().mkpath(folder))
        return Result<QStringList>::failure(tr("The folder %1 cannot be created.").arg(folder));
    QStringList written;
    {
        // What staff meet first: the login, here on the demo database.
        const auto identity = m_workspace.office().identity();
        LoginDialog login(m_workspace.accounts(), identity ? identity->community : QString(),
                          m_workspace.office().isDemo());
        login.show();
        login.adjustSize();
        if (Status done = shoot(login, folder, QStringLiteral("login"), written); !done)
            return done;
    }
    m_window.resize(1280, 800);
    m_window.show();

    m_window.showPage(MainWindow::Dashboard);
    if (Status done = shoot(m_window, folder, QStringLiteral("dashboard"), written); !done)
        return done;
    // A sub-district's database: its communities side by side.
    if (QTableView *figures = m_window.dashboardPage()->communityFigures()) {
        auto *views =
            m_window.dashboardPage()->findChild<QTabWidget *>(QStringLiteral("dashboardViews"));
        views->setCurrentWidget(figures);
        if (Status done =
                shoot(m_window, folder, QStringLiteral("dashboard-by-community"), written);
            !done)
            return done;
        views->setCurrentIndex(0);
    }
    m_window.showPage(MainWindow::DutyDesk);
    if (Status done = shoot(m_window, folder, QStringLiteral("duty-desk"), written); !done)
        return done;
    m_window.showPage(MainWindow::Complaints);
    if (auto *table =
            m_window.complaintsPage()->findChild<QTableView *>(QStringLiteral("complaintTable"))) {
        // An open complaint shows the most: its next steps as buttons.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString state =
                table->model()->index(row, ComplaintListModel::State).data().toString();
            if (row == table->model()->rowCount() - 1 ||
                state.contains(ComplaintLabels::state(ComplaintState::InProgress))) {
                table->selectRow(row);
                break;
            }
        }
    }
    if (Status done = shoot(m_window, folder, QStringLiteral("complaints"), written); !done)
        return done;

    m_window.showPage(MainWindow::Mediation);
    if (auto *cases =
            m_window.mediationPage()->findChild<QTableView *>(QStringLiteral("caseTable"))) {
        cases->selectRow(0);
        if (Status done = shoot(m_window, folder, QStringLiteral("mediation-cases"), written);
            !done)
            return done;
    }
    if (const auto open = m_workspace.mediation().repository().cases(true);
        open && !open->isEmpty()) {
        CaseFileDialog dialog(m_workspace.mediation(), m_workspace.office(), open->first().id,
                              &m_window);
        dialog.show();
        if (Status done = shoot(dialog, folder, QStringLiteral("mediation-case-file"), written);
            !done)
            return done;
        dialog.close();
    }
    if (auto *tabs =
            m_window.mediationPage()->findChild<QTabWidget *>(QStringLiteral("mediationTabs"))) {
        tabs->setCurrentIndex(1);
        if (Status done = shoot(m_window, folder, QStringLiteral("mediation-week"), written); !done)
            return done;
        tabs->setCurrentIndex(0);
    }

    m_window.showPage(MainWindow::CoGovernance);
    if (const auto overview = m_workspace.coGovernance().repository().overview()) {
        // A building with a pact, to show its signatures and inspections.
        for (const BuildingPactStatus &b : *overview) {
            if (b.version > 0 && b.signedHouseholds < b.households) {
                m_window.coGovernancePage()->showBuilding(b.buildingId);
                break;
            }
        }
    }
    if (Status done = shoot(m_window, folder, QStringLiteral("co-governance"), written); !done)
        return done;
    if (auto *tabs =
            m_window.coGovernancePage()->findChild<QTabWidget *>(QStringLiteral("buildingTabs"))) {
        tabs->setCurrentIndex(1);
        if (Status done =
                shoot(m_window, folder, QStringLiteral("co-governance-inspections"), written);
            !done)
            return done;
        tabs->setCurrentIndex(2);
        if (auto *meetings =
                m_window.coGovernancePage()->findChild<QTableView *>(QStringLiteral("meetings")))
            meetings->selectRow(0);
        if (Status done =
                shoot(m_window, folder, QStringLiteral("co-governance-meetings"), written);
            !done)
            return done;
        tabs->setCurrentIndex(0);
    }

    m_window.showPage(MainWindow::MutualAid);
    if (Status done = shoot(m_window, folder, QStringLiteral("mutual-aid-wishes"), written); !done)
        return done;
    if (QTabWidget *aid = m_window.aidPage()->tabs()) {
        aid->setCurrentIndex(1);
        if (Status done = shoot(m_window, folder, QStringLiteral("mutual-aid-elders"), written);
            !done)
            return done;
        aid->setCurrentIndex(2);
        if (Status done = shoot(m_window, folder, QStringLiteral("mutual-aid-station"), written);
            !done)
            return done;
        aid->setCurrentIndex(3);
        if (Status done = shoot(m_window, folder, QStringLiteral("mutual-aid-events"), written);
            !done)
            return done;
        aid->setCurrentIndex(4);
        if (Status done = shoot(m_window, folder, QStringLiteral("mutual-aid-hours"), written);
            !done)
            return done;
        aid->setCurrentIndex(0);
    }

    const HouseholdId household = sampleHousehold(m_workspace);
    m_window.showPage(MainWindow::Registry);
    if (household.isValid())
        m_window.registryPage()->showHousehold(household);
    if (Status done = shoot(m_window, folder, QStringLiteral("registry-household"), written); !done)
        return done;

    if (auto *tree =
            m_window.registryPage()->findChild<QTreeView *>(QStringLiteral("registryTree"))) {
        const QModelIndex household0 = tree->currentIndex();
        const QModelIndex building = household0.parent().parent();
        if (building.isValid()) {
            tree->setCurrentIndex(building);
            if (Status done = shoot(m_window, folder, QStringLiteral("registry-building"), written);
                !done)
                return done;
        }
    }

    m_window.showPage(MainWindow::Residents);
    if (Status done = shoot(m_window, folder, QStringLiteral("residents"), written); !done)
        return done;
    if (auto *search =
            m_window.residentsPage()->findChild<QLineEdit *>(QStringLiteral("residentSearch"))) {
        search->setText(QStringLiteral("小明"));
        Q_EMIT search->returnPressed();
        // The search runs on its own thread: the picture waits for its rows.
        QElapsedTimer waited;
        waited.start();
        while (m_window.residentsPage()->isSearching() && waited.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (Status done = shoot(m_window, folder, QStringLiteral("residents-search"), written);
            !done)
            return done;
    }

    if (Status done = shootRosterImport(folder, written); !done)
        return done;

    m_window.showPage(MainWindow::Settings);
    if (Status done = shoot(m_window, folder, QStringLiteral("settings"), written); !done)
        return done;
    if (auto *tabs = m_window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))) {
        // The tabs after the first, in their order: complaints, mediation statistics,
        // accounts, audit, backups.
        const QStringList names = {
            QStringLiteral("settings-complaints"), QStringLiteral("settings-mediation-statistics"),
            QStringLiteral("settings-accounts"), QStringLiteral("settings-audit"),
            QStringLiteral("settings-backups")};
        for (int i = 1; i < tabs->count() && i <= names.size(); ++i) {
            tabs->setCurrentIndex(i);
            if (Status done = shoot(m_window, folder, names.at(i - 1), written); !done)
                return done;
        }
        tabs->setCurrentIndex(0);
    }

    if (household.isValid()) {
        Resident fresh;
        fresh.householdId = household;
        fresh.relation = Relation::Child;
        const auto address = m_workspace.registry().households().household(household);
        ResidentDialog dialog(m_workspace.registry(), fresh, address ? address->address : QString(),
                              &m_window);
        dialog.show();
        if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
            name->setText(QStringLiteral("王小明"));
        // A mistyped ID number shows how the dialog explains what is wrong.
        if (auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("idNumberEdit")))
            id->setText(QStringLiteral("430304201203150012"));
        if (auto *mobile = dialog.findChild<QLineEdit *>(QStringLiteral("mobileEdit")))
            mobile->setText(QStringLiteral("1381234567"));
        dialog.adjustSize();
        if (Status done = shoot(dialog, folder, QStringLiteral("resident-dialog"), written); !done)
            return done;
        dialog.close();
    }
    {
        // F1 on the duty desk: the guide at its chapter.
        m_window.showPage(MainWindow::DutyDesk);
        HelpBrowser *help =
            HelpBrowser::showTopic(&m_window, MainWindow::helpTopic(MainWindow::DutyDesk));
        if (Status done = shoot(*help, folder, QStringLiteral("user-guide"), written); !done)
            return done;
        help->close();
    }
    {
        // What a new desk sees first, before any database: the first-run wizard.
        FirstRunWizard wizard(QDir(folder).filePath(QStringLiteral("office.linli")));
        wizard.show();
        if (Status done = shoot(wizard, folder, QStringLiteral("first-run"), written); !done)
            return done;
        wizard.close();
    }
    if (Status done = shootDocuments(folder, written); !done)
        return done;
    return written;
}

Status Tour::shootDocuments(const QString &folder, QStringList &written) {
    const QDir documents(QDir(folder).filePath(QStringLiteral("documents")));
    if (!QDir().mkpath(documents.path()))
        return Status::failure(tr("The folder %1 cannot be created.").arg(documents.path()));
    auto papers = DocumentGallery::make(m_workspace);
    if (!papers)
        return papers.status();
    for (DocumentGallery::Paper &paper : *papers) {
        // Grey at 96 dpi: the characters readable on a screen, the files small enough to keep.
        const QList<QImage> pages = PrintedDocument::renderPages(*paper.document, 96);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString file = documents.filePath(
                QStringLiteral("%1-%2.png").arg(paper.name).arg(i + 1, 2, 10, QLatin1Char('0')));
            if (!pages.at(i).convertToFormat(QImage::Format_Grayscale8).save(file))
                return Status::failure(tr("The picture %1 could not be written.").arg(file));
            written << QStringLiteral("documents/") + QFileInfo(file).fileName();
        }
    }
    return Status::success();
}

Status Tour::shootRosterImport(const QString &folder, QStringList &written) {
    // A small roster as an office would bring it: residents Linli has (one with a new phone),
    // new ones in a compound not yet registered, and the two mistakes Excel makes most.
    const auto known = m_workspace.registry().residents().page({}, std::nullopt, 4);
    if (!known)
        return known.status();
    QStringList lines = {
        QStringLiteral("居民花名册"),
        QStringLiteral("序号,姓名,性别,身份证号码,联系电话,家庭住址,与户主关系,备注")};
    int number = 0;
    for (const ResidentListEntry &entry : *known) {
        const Resident &r = entry.resident;
        const QString phone = number == 1 ? QStringLiteral("13907310001") : r.mobile;
        lines << QStringList{QString::number(++number),
                             r.name,
                             r.gender == Gender::Male ? QStringLiteral("男") : QStringLiteral("女"),
                             r.idNumber,
                             phone,
                             entry.address,
                             ResidentExport::relationName(r.relation),
                             r.notes}
                     .join(u',');
    }
    const QStringList fresh = {
        QStringLiteral("刘建华,男,430304196811230512,0731-58231234,新苑小区1栋1单元101,户主,"),
        QStringLiteral("陈桂香,女,430304197002140626,13807326688,新苑小区1栋1单元101,配偶,"),
        QStringLiteral("刘思远,男,4.30304E+17,,新苑小区1栋1单元101,子,在外地读书"),
        QStringLiteral("周玉兰,女,430304194505060421,1380731234,新苑小区1栋2单元201,户主,独居"),
    };
    for (const QString &line : fresh)
        lines << QString::number(++number) + u',' + line;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("花名册.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    file.close();
    RosterImportDialog dialog(m_workspace.registry(), &m_window);
    dialog.show();
    dialog.openFile(path);
    return shoot(dialog, folder, QStringLiteral("residents-import"), written);
}

} // namespace linli
