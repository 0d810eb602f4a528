#include "reports/dashboardpage.h"

#include "reports/dashboardcharts.h"
#include "reports/monthlyreport.h"
#include "widgets/documentprinter.h"
#include "widgets/formdialog.h"
#include "widgets/monthchooser.h"

#include "aid/eldercareservice.h"
#include "aid/wishservice.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace linli {

namespace {

QString tileName(DashboardPage::Tile tile) {
    switch (tile) {
    case DashboardPage::ComplaintsOpen:
        return DashboardPage::tr("complaints open");
    case DashboardPage::ComplaintsOverdue:
        return DashboardPage::tr("complaints overdue");
    case DashboardPage::ComplaintsReceived:
        return DashboardPage::tr("complaints received in the period");
    case DashboardPage::CasesInMediation:
        return DashboardPage::tr("cases in mediation");
    case DashboardPage::SessionsThisWeek:
        return DashboardPage::tr("mediation sessions this week");
    case DashboardPage::EldersOverdue:
        return DashboardPage::tr("elders overdue for a visit");
    case DashboardPage::OpenWishes:
        return DashboardPage::tr("wishes not yet fulfilled");
    case DashboardPage::BuildingsFailing:
        return DashboardPage::tr("buildings failing inspection");
    case DashboardPage::TileCount:
        break;
    }
    return {};
}

// Tiles that mean work waiting turn amber when they are not zero.
bool warns(DashboardPage::Tile tile) {
    return tile == DashboardPage::ComplaintsOverdue || tile == DashboardPage::EldersOverdue ||
           tile == DashboardPage::BuildingsFailing;
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_compound(new QComboBox(this))
    , m_building(new QComboBox(this))
    , m_updated(new QLabel(this))
    , m_charts(new DashboardCharts(this)) {
    setObjectName(QStringLiteral("dashboard"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("This month"), int(Month));
    m_period->addItem(tr("This quarter"), int(Quarter));
    m_period->addItem(tr("This year"), int(Year));
    m_period->addItem(tr("From – to"), int(Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumWidth(120);
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_compound->setObjectName(QStringLiteral("dashboardCompound"));
    m_building->setObjectName(QStringLiteral("dashboardBuilding"));
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setStyleSheet(QStringLiteral("color: #666;"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Place:"), this));
    bar->addWidget(m_compound);
    bar->addWidget(m_building);
    bar->addStretch();
    bar->addWidget(m_updated);
    auto *report = new QPushButton(tr("&Monthly report…"), this);
    report->setObjectName(QStringLiteral("monthlyReportButton"));
    report->setToolTip(
        tr("The month's work report (月度工作报告) to preview, print or save as PDF"));
    connect(report, &QPushButton::clicked, this, &DashboardPage::printMonthlyReport);
    bar->addWidget(report);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < TileCount; ++i) {
        auto *tile = new QToolButton(this);
        tile->setObjectName(QStringLiteral("tile%1").arg(i));
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setMinimumSize(200, 80);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        tile->setToolTip(tr("Show the list behind this figure"));
        connect(tile, &QToolButton::clicked, this, [this, i] { Q_EMIT tileActivated(Tile(i)); });
        grid->addWidget(tile, i / 4, i % 4);
        m_tiles.append(tile);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid);
    const UserSession &who = workspace.database().session();
    const auto communities = workspace.registry().places().allCommunities();
    if (!who.community.isValid() && communities && communities->size() > 1) {
        // The sub-district's view: the same figures for each of its communities, beside the
        // charts of the whole.
        m_communityModel = new StringTableModel(
            {tr("Community"), tr("Complaints open"), tr("Overdue"), tr("Received"),
             tr("Cases in mediation"), tr("Sessions this week"), tr("Elders overdue"),
             tr("Wishes open"), tr("Buildings failing")},
            this);
        m_communityModel->setFigureColumns({1, 2, 3, 4, 5, 6, 7, 8});
        m_communityFigures =
            makeListTable(m_communityModel, QStringLiteral("communityFigures"), this);
        m_communityFigures->setToolTip(tr("Double-click a community to work in it"));
        // Figures stay beside their headers rather than at the far edge.
        m_communityFigures->horizontalHeader()->setStretchLastSection(false);
        connect(m_communityFigures, &QTableView::doubleClicked, this,
                [this](const QModelIndex &index) {
                    if (index.row() < m_communityRows.size())
                        Q_EMIT communityChosen(m_communityRows.at(index.row()));
                });
        m_views = new QTabWidget(this);
        m_views->setObjectName(QStringLiteral("dashboardViews"));
        m_views->addTab(m_charts, tr("Charts"));
        m_views->addTab(m_communityFigures, tr("By community"));
        connect(m_views, &QTabWidget::currentChanged, this, [this] {
            if (m_views->currentWidget() == m_communityFigures && m_communityFiguresStale)
                reloadCommunityFigures(m_workspace.database().clock().now());
        });
        layout->addWidget(m_views, 1);
    } else {
        layout->addWidget(m_charts, 1);
    }

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::reload);
    connect(m_compound, &QComboBox::currentIndexChanged, this, [this] {
        fillBuildings();
        reload();
    });
    connect(m_building, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    // Figures follow the work done elsewhere.
    connect(&workspace.complaints(), &ComplaintService::complaintsChanged, this,
            &DashboardPage::reload);
    connect(&workspace.mediation(), &MediationService::casesChanged, this, &DashboardPage::reload);
    connect(&workspace.wishes(), &WishService::wishesChanged, this, &DashboardPage::reload);
    connect(&workspace.elderCare(), &ElderCareService::careChanged, this, &DashboardPage::reload);
    connect(&workspace.registry(), &RegistryService::placesChanged, this,
            &DashboardPage::fillCompounds);
    fillCompounds();
    // The year by default: the charts then show its months side by side.
    m_period->setCurrentIndex(m_period->findData(int(Year)));
    periodChanged();
}

void DashboardPage::fillCompounds() {
    const QSignalBlocker quiet(m_compound);
    const QVariant current = m_compound->currentData();
    m_compound->clear();
    m_compound->addItem(
        m_communityFigures ? tr("The whole sub-district") : tr("The whole community"), 0);
    if (const auto communities = m_workspace.registry().places().communities()) {
        for (const Community &community : *communities) {
            if (const auto compounds = m_workspace.registry().places().compounds(community.id)) {
                for (const Compound &c : *compounds)
                    m_compound->addItem(c.name, c.id.value);
            }
        }
    }
    m_compound->setCurrentIndex(qMax(0, m_compound->findData(current)));
    fillBuildings();
}

void DashboardPage::fillBuildings() {
    const QSignalBlocker quiet(m_building);
    m_building->clear();
    m_building->addItem(tr("All buildings"), 0);
    const CompoundId compound{m_compound->currentData().toLongLong()};
    m_building->setEnabled(compound.isValid());
    if (!compound.isValid())
        return;
    if (const auto buildings = m_workspace.registry().places().buildings(compound)) {
        for (const Building &b : *buildings)
            m_building->addItem(b.name, b.id.value);
    }
}

void DashboardPage::periodChanged() {
    const QDate today = m_workspace.database().clock().today();
    const Period period = Period(m_period->currentData().toInt());
    const QSignalBlocker quietFrom(m_from);
    const QSignalBlocker quietTo(m_to);
    m_from->setEnabled(period == Custom);
    m_to->setEnabled(period == Custom);
    switch (period) {
    case Month:
        m_from->setDate(QDate(today.year(), today.month(), 1));
        m_to->setDate(m_from->date().addMonths(1).addDays(-1));
        break;
    case Quarter: {
        const int first = (today.month() - 1) / 3 * 3 + 1;
        m_from->setDate(QDate(today.year(), first, 1));
        m_to->setDate(m_from->date().addMonths(3).addDays(-1));
        break;
    }
    case Year:
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(QDate(today.year(), 12, 31));
        break;
    case Custom:
        break;
    }
    reload();
}

DashboardScope DashboardPage::scope() const {
    DashboardScope s;
    s.from = m_from->date();
    s.to = m_to->date();
    s.compound = CompoundId{m_compound->currentData().toLongLong()};
    s.building = BuildingId{m_building->currentData().toLongLong()};
    return s;
}

void DashboardPage::printMonthlyReport() {
    const auto month =
        MonthChooser::ask(this, tr("Monthly report"), m_workspace.database().clock().today());
    if (!month)
        return;
    const QDate chosen = *month;
    const auto contents =
        MonthlyReport::gather(m_workspace.database(), chosen, m_workspace.database().clock().now());
    const auto office = m_workspace.office().identity();
    if (!contents || !office) {
        ErrorReporter::report(this, tr("The monthly report cannot be made."),
                              !contents ? contents.error() : office.error());
        return;
    }
    auto document = MonthlyReport::document(*contents, *office);
    DocumentPrinter::preview(this, *document,
                             tr("Work report %1").arg(chosen.toString(QStringLiteral("yyyy-MM"))));
}

void DashboardPage::reloadCommunityFigures(const QDateTime &now) {
    if (!m_communityModel)
        return;
    // A figure per tile per community: read when its tab is shown.
    if (m_views->currentWidget() != m_communityFigures) {
        m_communityFiguresStale = true;
        return;
    }
    m_communityFiguresStale = false;
    const auto table = DashboardFigures::byCommunity(m_workspace.database(), scope(), now);
    if (!table) {
        ErrorReporter::report(this, tr("The dashboard could not be read."), table.error());
        return;
    }
    QList<QStringList> rows;
    m_communityRows.clear();
    for (const auto &[community, t] : *table) {
        m_communityRows.append(community.id);
        QStringList row = {community.name};
        for (const int value :
             {t.complaintsOpen, t.complaintsOverdue, t.complaintsReceived, t.casesInMediation,
              t.sessionsThisWeek, t.eldersOverdue, t.openWishes, t.buildingsFailingInspection})
            row << QLocale().toString(value);
        rows.append(row);
    }
    m_communityModel->setRows(rows);
    m_communityFigures->resizeColumnsToContents();
}

DashboardScope DashboardPage::chartedScope() const {
    // Months still to come have nothing to show yet.
    DashboardScope charted = scope();
    charted.to = std::min(charted.to, m_workspace.database().clock().today());
    return charted;
}

void DashboardPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::reload() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDateTime now = m_workspace.database().clock().now();
    const auto tiles = DashboardFigures::tiles(m_workspace.database(), scope(), now);
    if (!tiles) {
        ErrorReporter::report(this, tr("The dashboard could not be read."), tiles.error());
        return;
    }
    const QList<int> values = {tiles->complaintsOpen,     tiles->complaintsOverdue,
                               tiles->complaintsReceived, tiles->casesInMediation,
                               tiles->sessionsThisWeek,   tiles->eldersOverdue,
                               tiles->openWishes,         tiles->buildingsFailingInspection};
    for (int i = 0; i < TileCount; ++i) {
        QToolButton *tile = m_tiles.at(i);
        tile->setText(QStringLiteral("%1\n%2").arg(values.at(i)).arg(tileName(Tile(i))));
        const bool alarm = warns(Tile(i)) && values.at(i) > 0;
        // A style sheet set again re-polishes the tile: only when its colour changes.
        if (tile->property("alarm").isValid() && tile->property("alarm").toBool() == alarm)
            continue;
        tile->setProperty("alarm", alarm);
        tile->setStyleSheet(
            QStringLiteral(
                "QToolButton { font-size: 15pt; border: 1px solid %1; border-radius: 8px;"
                " background: %2; padding: 8px; }")
                .arg(alarm ? QStringLiteral("#e0a030") : QStringLiteral("#c8d3e0"),
                     alarm ? QStringLiteral("#fff3dc") : QStringLiteral("#f4f7fb")));
    }
    const auto series = DashboardSeries::compute(m_workspace.database(), chartedScope());
    if (!series) {
        ErrorReporter::report(this, tr("The dashboard could not be read."), series.error());
        return;
    }
    m_charts->show(*series);
    reloadCommunityFigures(now);
    m_updated->setText(tr("As of %1").arg(QLocale().toString(now, QLocale::ShortFormat)));
}

} // namespace linli
