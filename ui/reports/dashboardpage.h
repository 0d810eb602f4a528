#pragma once

#include "reports/dashboardfigures.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QShowEvent;
class QTabWidget;
class QTableView;
class QToolButton;

namespace linli {

class DashboardCharts;
class StringTableModel;
class RegistryService;
class Workspace;

/// The office head's home page: the community at a glance — tiles for complaints, mediation,
/// elders overdue for a visit, open wishes and buildings failing inspection, for a period and a
/// compound or building; each tile a click into its list.
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    enum Tile {
        ComplaintsOpen,
        ComplaintsOverdue,
        ComplaintsReceived,
        CasesInMediation,
        SessionsThisWeek,
        EldersOverdue,
        OpenWishes,
        BuildingsFailing,
        TileCount
    };
    enum Period { Month, Quarter, Year, Custom };

    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    DashboardScope scope() const;
    /// The scope the charts draw: the period's months up to this one.
    DashboardScope chartedScope() const;
    DashboardCharts *charts() const { return m_charts; }
    /// The figures side by side for each community: shown to the whole sub-district of a
    /// database with several communities, else null.
    QTableView *communityFigures() const { return m_communityFigures; }

Q_SIGNALS:
    void tileActivated(linli::DashboardPage::Tile tile);
    /// A row of the communities' figures was opened: work in that community.
    void communityChosen(linli::CommunityId community);

private:
    void periodChanged();
    void printMonthlyReport();
    void fillCompounds();
    void fillBuildings();
    void reloadCommunityFigures(const QDateTime &now);
    void showEvent(QShowEvent *event) override;

    Workspace &m_workspace;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_compound;
    QComboBox *m_building;
    QLabel *m_updated;
    QList<QToolButton *> m_tiles;
    DashboardCharts *m_charts;
    StringTableModel *m_communityModel = nullptr;
    QTableView *m_communityFigures = nullptr;
    QTabWidget *m_views = nullptr;
    QList<CommunityId> m_communityRows;
    /// Read while hidden: the figures wait for the page to be shown (the window starts on
    /// another page, and every saved complaint would read them again), the communities' table
    /// for its tab.
    bool m_stale = true;
    bool m_communityFiguresStale = true;
};

} // namespace linli
