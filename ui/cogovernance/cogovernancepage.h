#pragma once

#include "cogovernance/pact.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace linli {

class BuildingMeetingsWidget;
class CoGovernanceService;
class MeetingService;
class RegistryService;
class StringTableModel;

/// Building co-governance: every building with its hygiene pact, its signatures and its last
/// inspection; a building's pact (adopt, revise, print, who signed) and its inspections; the
/// buildings due for inspection; and a compound's pacts adopted or printed at once.
class CoGovernancePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoGovernancePage)
public:
    CoGovernancePage(CoGovernanceService &service, MeetingService &meetings,
                     const RegistryService &registry, QWidget *parent = nullptr);

    /// Chooses the building in the list, as a click would.
    void showBuilding(BuildingId building);

private:
    void reloadOverview();
    void reloadDue();
    void reloadBuilding();
    /// The overview, what is due and the chosen building, as now saved at any desk.
    void reloadAll();
    void adoptPact();
    void printPact(bool toPdf);
    void printCompound();
    void adoptForCompound();
    void markSigned(bool signedNow);
    void recordInspection();
    void exportInspections();
    QList<HouseholdId> chosenHouseholds() const;
    const BuildingPactStatus *chosen() const;

    void reloadFigures();

    CoGovernanceService &m_service;
    MeetingService &m_meetings;
    BuildingMeetingsWidget *m_meetingsWidget;
    QLabel *m_figures;
    const RegistryService &m_registry;
    QStandardItemModel *m_overview;
    QTreeView *m_tree;
    QSpinBox *m_dueDays;
    StringTableModel *m_dueModel;
    QTableView *m_dueTable;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QTextBrowser *m_clauses;
    StringTableModel *m_householdsModel;
    QTableView *m_householdsTable;
    StringTableModel *m_inspectionsModel;
    QTableView *m_inspectionsTable;
    QPushButton *m_adopt;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QPushButton *m_signed;
    QPushButton *m_notSigned;
    QPushButton *m_inspect;
    QList<BuildingPactStatus> m_buildings;
    QList<InspectionDue> m_due;
    QList<PactHousehold> m_households;
    BuildingId m_building;
    std::optional<Pact> m_pact;
};

} // namespace linli
