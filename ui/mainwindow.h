#pragma once

#include "common/strongid.h"

#include <QMainWindow>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace linli {

class AidPage;
class DashboardPage;
class CoGovernancePage;
class ComplaintsPage;
class DutyDeskPage;
class MediationPage;
class RegistryPage;
class ResidentsPage;
class SettingsPage;
class Workspace;

/// Assembles the pages behind a navigation sidebar, and the window's menus. Nothing more.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page {
        Dashboard,
        DutyDesk,
        Complaints,
        Mediation,
        CoGovernance,
        MutualAid,
        Registry,
        Residents,
        Settings,
        PageCount
    };

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QString pageName(Page page) const;
    /// The user guide's chapter about the page (its anchor), which F1 opens.
    static QString helpTopic(Page page);
    DutyDeskPage *dutyDeskPage() const { return m_dutyDesk; }
    ComplaintsPage *complaintsPage() const { return m_complaints; }
    MediationPage *mediationPage() const { return m_mediation; }
    CoGovernancePage *coGovernancePage() const { return m_coGovernance; }
    AidPage *aidPage() const { return m_aid; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RegistryPage *registryPage() const { return m_registry; }
    ResidentsPage *residentsPage() const { return m_residents; }
    /// The backup the user asked to restore before the window closed, or empty. Restoring needs
    /// the file closed, so the program does it after the window (see app/linli).
    const QString &pendingRestore() const { return m_pendingRestore; }
    /// Works in another community of the database (a desk of the sub-district): the pages are
    /// built again over it.
    void workIn(CommunityId community);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildCommunityChooser();
    void updateTitle();
    void backUp();
    void about();
    void openTile(int tile);

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard = nullptr;
    DutyDeskPage *m_dutyDesk = nullptr;
    ComplaintsPage *m_complaints = nullptr;
    MediationPage *m_mediation = nullptr;
    CoGovernancePage *m_coGovernance = nullptr;
    AidPage *m_aid = nullptr;
    RegistryPage *m_registry = nullptr;
    ResidentsPage *m_residents = nullptr;
    SettingsPage *m_settings = nullptr;
    QComboBox *m_communityChooser = nullptr;
    QString m_pendingRestore;
};

} // namespace linli
