#include "mainwindow.h"

#include "access/permissions.h"
#include "aid/aidpage.h"
#include "cogovernance/cogovernancepage.h"
#include "complaints/complaintintakewidget.h"
#include "complaints/complaintspage.h"
#include "complaints/dutydeskpage.h"
#include "help/helpbrowser.h"
#include "mediation/mediationpage.h"
#include "registry/registrypage.h"
#include "reports/dashboardpage.h"
#include "residents/residentspage.h"
#include "settings/desksettings.h"
#include "settings/settingspage.h"
#include "widgets/errorreporter.h"
#include "widgets/filedialogs.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace linli {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    const QStyle::StandardPixmap icons[PageCount] = {
        QStyle::SP_ComputerIcon,
        QStyle::SP_FileDialogNewFolder,
        QStyle::SP_FileDialogListView,
        QStyle::SP_MessageBoxInformation,
        QStyle::SP_FileDialogInfoView,
        QStyle::SP_DialogHelpButton,
        QStyle::SP_DirHomeIcon,
        QStyle::SP_FileDialogContentsView,
        QStyle::SP_FileDialogDetailedView,
    };
    for (int i = 0; i < PageCount; ++i) {
        auto *item =
            new QListWidgetItem(style()->standardIcon(icons[i]), pageName(Page(i)), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    m_navigation->setFixedWidth(150);
    m_navigation->setIconSize(QSize(20, 20));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *work = new QVBoxLayout;
    work->setSpacing(0);
    if (workspace.database().isReadOnly()) {
        // Said once, where the eye is; every refused save says it again.
        auto *banner = new QLabel(workspace.database().readOnlyReason(), central);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setContentsMargins(12, 8, 12, 8);
        banner->setStyleSheet(
            QStringLiteral("QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; }"));
        work->addWidget(banner);
    }
    work->addWidget(m_pages, 1);
    layout->addLayout(work, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        // The page takes the keyboard, so that typing can start at once (its focus proxy decides
        // where: the duty desk's reporter field, the residents' search box).
        if (QWidget *page = m_pages->currentWidget())
            page->setFocus(Qt::OtherFocusReason);
    });
    connect(&workspace.office(), &OfficeSettingsService::identityChanged, this,
            &MainWindow::updateTitle);
    connect(&workspace.registry(), &RegistryService::placesChanged, this,
            &MainWindow::buildCommunityChooser);

    // A sub-district's desk goes back to the community it last worked in.
    if (UserSession who = workspace.database().session(); !who.boundToCommunity) {
        const qint64 last = DeskSettings::communityOf(workspace.database().path());
        const auto communities = workspace.registry().places().allCommunities();
        if (last > 0 && communities && communities->size() > 1 &&
            std::any_of(communities->begin(), communities->end(),
                        [last](const Community &c) { return c.id.value == last; })) {
            who.community = CommunityId{last};
            workspace.database().setSession(who);
        }
    }
    buildPages();
    buildMenus();
    buildCommunityChooser();
    updateTitle();
    const UserSession &who = workspace.database().session();
    statusBar()->showMessage(tr("Working as %1 (%2) · %3")
                                 .arg(who.name, Permissions::roleName(who.role),
                                      QDir::toNativeSeparators(workspace.database().path())));
    // Mediation files are for mediators and administrators: core refuses the others, and the
    // page is not offered to them.
    const bool mediation = Permissions::allows(who.role, Permission::ViewMediation);
    m_navigation->item(Mediation)->setHidden(!mediation);
    resize(1280, 800);
    restoreGeometry(DeskSettings::windowGeometry());
    restoreState(DeskSettings::windowState());
    // The office head starts at the dashboard; everyone else at the desk where work comes in.
    showPage(who.role == Role::ReadOnly ? Dashboard : DutyDesk);
}

void MainWindow::buildPages() {
    Workspace &workspace = m_workspace;
    m_dashboard = new DashboardPage(workspace, this);
    m_dutyDesk = new DutyDeskPage(workspace.complaints(), workspace.registry(), workspace.office(),
                                  workspace.roster(), this);
    m_complaints =
        new ComplaintsPage(workspace.complaints(), workspace.office(), workspace.database(), this);
    m_mediation =
        new MediationPage(workspace.mediation(), workspace.registry(), workspace.office(), this);
    m_coGovernance = new CoGovernancePage(workspace.coGovernance(), workspace.meetings(),
                                          workspace.registry(), this);
    m_aid = new AidPage(workspace, this);
    m_registry =
        new RegistryPage(workspace.registry(), workspace.office(), workspace.timeline(), this);
    m_residents = new ResidentsPage(workspace.registry(), workspace.database(), this);
    m_settings = new SettingsPage(workspace.office(), workspace.complaints(), workspace.accounts(),
                                  workspace.mediation(), workspace.database(), this);
    for (QWidget *page : {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_dutyDesk),
                          static_cast<QWidget *>(m_complaints), static_cast<QWidget *>(m_mediation),
                          static_cast<QWidget *>(m_coGovernance), static_cast<QWidget *>(m_aid),
                          static_cast<QWidget *>(m_registry), static_cast<QWidget *>(m_residents),
                          static_cast<QWidget *>(m_settings)})
        m_pages->addWidget(page);

    connect(m_dutyDesk, &DutyDeskPage::complaintRequested, this, [this](ComplaintId complaint) {
        showPage(Complaints);
        m_complaints->showComplaint(complaint);
    });
    connect(m_complaints, &ComplaintsPage::mediationRequested, this, [this](const Complaint &c) {
        showPage(Mediation);
        m_mediation->acceptCaseFromComplaint(c.id.value, c.reporter.name, c.reporter.phone,
                                             c.details.isEmpty() ? c.summary
                                                                 : c.summary + u'\n' + c.details);
    });
    connect(m_complaints, &ComplaintsPage::intakeRequested, this, [this] {
        showPage(DutyDesk);
        m_dutyDesk->intake()->startNext();
    });
    connect(m_dashboard, &DashboardPage::tileActivated, this,
            [this](DashboardPage::Tile tile) { openTile(int(tile)); });
    // Deferred: the dashboard that asks is among the pages built again.
    connect(m_dashboard, &DashboardPage::communityChosen, this, [this](CommunityId community) {
        QMetaObject::invokeMethod(
            this, [this, community] { workIn(community); }, Qt::QueuedConnection);
    });
    connect(m_aid, &AidPage::complaintRequested, this, [this](qint64 complaint) {
        showPage(Complaints);
        m_complaints->showComplaint(ComplaintId{complaint});
    });
    connect(m_residents, &ResidentsPage::householdRequested, this, [this](HouseholdId household) {
        showPage(Registry);
        m_registry->showHousehold(household);
    });
    connect(m_settings, &SettingsPage::restoreRequested, this, [this](const QString &backup) {
        m_pendingRestore = backup;
        close();
    });
    m_registry->showElderCareFrom(workspace.elderCare());
}

void MainWindow::buildCommunityChooser() {
    // Several communities in one database: a desk of the sub-district chooses the one it works
    // in (or the whole); a desk whose account belongs to a community is told which it is.
    const auto communities = m_workspace.registry().places().allCommunities();
    if (!communities || communities->size() < 2)
        return;
    const UserSession &who = m_workspace.database().session();
    if (m_communityChooser) { // a community was added or renamed
        const QSignalBlocker quiet(m_communityChooser);
        while (m_communityChooser->count() > 1)
            m_communityChooser->removeItem(1);
        for (const Community &community : *communities)
            m_communityChooser->addItem(community.name, community.id.value);
        m_communityChooser->setCurrentIndex(
            std::max(0, m_communityChooser->findData(who.community.value)));
        return;
    }
    if (who.boundToCommunity) {
        if (findChild<QLabel *>(QStringLiteral("communityLabel")))
            return;
        QString name;
        for (const Community &community : *communities) {
            if (community.id == who.community)
                name = community.name;
        }
        auto *label = new QLabel(tr("Community: %1").arg(name), this);
        label->setObjectName(QStringLiteral("communityLabel"));
        statusBar()->addPermanentWidget(label);
        return;
    }
    auto *label = new QLabel(tr("Community:"), this);
    m_communityChooser = new QComboBox(this);
    m_communityChooser->setObjectName(QStringLiteral("communityChooser"));
    m_communityChooser->setToolTip(
        tr("The community this desk works in: its lists, figures and new records. The whole "
           "sub-district shows every community's records."));
    m_communityChooser->addItem(tr("Whole sub-district"), qint64(0));
    for (const Community &community : *communities)
        m_communityChooser->addItem(community.name, community.id.value);
    m_communityChooser->setCurrentIndex(
        std::max(0, m_communityChooser->findData(who.community.value)));
    label->setBuddy(m_communityChooser);
    statusBar()->addPermanentWidget(label);
    statusBar()->addPermanentWidget(m_communityChooser);
    connect(m_communityChooser, &QComboBox::activated, this, [this](int index) {
        workIn(CommunityId{m_communityChooser->itemData(index).toLongLong()});
    });
}

void MainWindow::workIn(CommunityId community) {
    UserSession who = m_workspace.database().session();
    if (who.boundToCommunity || who.community == community)
        return;
    who.community = community;
    m_workspace.database().setSession(who);
    DeskSettings::rememberCommunity(m_workspace.database().path(), community.value);
    // Every page reads the registry and its lists afresh in the chosen community.
    const Page shown = currentPage();
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
    buildPages();
    if (m_communityChooser)
        m_communityChooser->setCurrentIndex(
            std::max(0, m_communityChooser->findData(community.value)));
    m_pages->setCurrentIndex(shown);
    m_navigation->setCurrentRow(shown);
    updateTitle();
}

void MainWindow::openTile(int tile) {
    switch (DashboardPage::Tile(tile)) {
    case DashboardPage::ComplaintsOpen:
        showPage(Complaints);
        m_complaints->showOpen();
        return;
    case DashboardPage::ComplaintsOverdue:
        showPage(Complaints);
        m_complaints->showOverdue();
        return;
    case DashboardPage::ComplaintsReceived:
        showPage(Complaints);
        return;
    case DashboardPage::CasesInMediation:
    case DashboardPage::SessionsThisWeek:
        // Mediation files are not every role's to open.
        if (!m_navigation->item(Mediation)->isHidden())
            showPage(Mediation);
        return;
    case DashboardPage::EldersOverdue:
        showPage(MutualAid);
        m_aid->tabs()->setCurrentIndex(1);
        return;
    case DashboardPage::OpenWishes:
        showPage(MutualAid);
        m_aid->tabs()->setCurrentIndex(0);
        return;
    case DashboardPage::BuildingsFailing:
        showPage(CoGovernance);
        return;
    case DashboardPage::TileCount:
        return;
    }
}

QString MainWindow::pageName(Page page) const {
    switch (page) {
    case DutyDesk:
        return tr("Duty desk");
    case Complaints:
        return tr("Complaints");
    case Mediation:
        return tr("Mediation");
    case MutualAid:
        return tr("Mutual aid");
    case Dashboard:
        return tr("Dashboard");
    case CoGovernance:
        return tr("Co-governance");
    case Registry:
        return tr("Registry");
    case Residents:
        return tr("Residents");
    case Settings:
        return tr("Settings");
    case PageCount:
        break;
    }
    return {};
}

QString MainWindow::helpTopic(Page page) {
    switch (page) {
    case Dashboard:
        return QStringLiteral("dashboard");
    case DutyDesk:
        return QStringLiteral("duty-desk");
    case Complaints:
        return QStringLiteral("complaints");
    case Mediation:
        return QStringLiteral("mediation");
    case CoGovernance:
        return QStringLiteral("co-governance");
    case MutualAid:
        return QStringLiteral("mutual-aid");
    case Registry:
    case Residents:
        return QStringLiteral("registry");
    case Settings:
        return QStringLiteral("settings");
    case PageCount:
        break;
    }
    return QStringLiteral("start");
}

void MainWindow::showPage(Page page) {
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const {
    return Page(m_pages->currentIndex());
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *backup = file->addAction(tr("&Back up the database…"), this, &MainWindow::backUp);
    backup->setObjectName(QStringLiteral("backupAction"));
    backup->setToolTip(tr("Write a checked copy of the database to a file you choose"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Linli; everything is saved as it is entered"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = go->addAction(pageName(Page(i)), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(tr("Show the %1 page").arg(pageName(Page(i))));
    }
    go->addSeparator();
    QAction *search = go->addAction(tr("&Find a resident"), this, [this] {
        showPage(Residents);
        m_residents->focusSearch();
    });
    search->setObjectName(QStringLiteral("findResidentAction"));
    search->setShortcut(QKeySequence::Find);
    search->setToolTip(tr("Search the residents by name, pinyin, address, phone or ID number"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] {
        HelpBrowser::showTopic(this, helpTopic(currentPage()));
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("The guide's chapter about this page"));
    QAction *about = help->addAction(tr("&About Linli"), this, &MainWindow::about);
    about->setToolTip(tr("Linli's version and licence"));
    // The menus show their actions' tooltips too.
    for (QMenu *menu : {file, go, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::updateTitle() {
    const auto identity = m_workspace.office().identity();
    QString title = tr("Linli");
    if (identity && !identity->community.isEmpty())
        title = tr("%1 — Linli").arg(identity->community);
    if (m_workspace.office().isDemo())
        title += tr(" [DEMO DATA]");
    setWindowTitle(title);
}

void MainWindow::backUp() {
    const QString suggested =
        QDir::home().filePath(QStringLiteral("linli-backup-%1.db")
                                  .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString target = FileDialogs::saveFileName(this, tr("Back up the database"), suggested,
                                                     tr("Linli databases (*.db)"));
    if (target.isEmpty())
        return;
    if (const Status done = m_workspace.database().backupTo(target); !done) {
        ErrorReporter::report(this, tr("The backup was not made."), done.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)), 10000);
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Linli"),
                       tr("<h3>Linli %1</h3><p>The desktop program of a residents' community "
                          "office: the registry, complaints, mediation and building "
                          "co-governance.</p><p>Free software under the GNU GPL, version 3 or "
                          "later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    DeskSettings::setWindowLayout(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace linli
