#pragma once

#include "registry/registrytreemodel.h"

#include <QWidget>

class QAction;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace linli {

class ElderCareService;
class HouseholdFileWidget;
class HouseholdTimeline;
class OfficeSettingsService;
class PlaceDetailsWidget;
class RegistryService;

/// The registry: the tree of places beside the details of what is chosen — a place's facts
/// or a household's file — with the actions to add, rename and delete.
class RegistryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)
public:
    RegistryPage(RegistryService &registry, const OfficeSettingsService &office,
                 const HouseholdTimeline &timeline, QWidget *parent = nullptr);

    void showHousehold(HouseholdId household);
    HouseholdFileWidget *householdFile() const { return m_householdFile; }
    /// Buildings then name their elders living alone and who waits for a visit.
    void showElderCareFrom(const ElderCareService &care);

private:
    void selectionChanged();
    RegistryTreeModel::NodeRef selected() const;
    /// The id of the nearest selected node or ancestor of `kind`, or 0.
    qint64 selectedAncestor(RegistryTreeModel::Kind kind) const;
    void select(RegistryTreeModel::Kind kind, qint64 id, const QModelIndex &parent);
    void addCommunity();
    void addCompound();
    void addBuilding();
    void addUnit();
    void addHousehold();
    void editSelected();
    void removeSelected();

    RegistryService &m_registry;
    const OfficeSettingsService &m_office;
    RegistryTreeModel *m_model;
    QTreeView *m_tree;
    QStackedWidget *m_details;
    PlaceDetailsWidget *m_placeDetails;
    HouseholdFileWidget *m_householdFile;
    QToolBar *m_toolBar;
    QAction *m_addCommunity;
    QAction *m_addCompound;
    QAction *m_addBuilding;
    QAction *m_addUnit;
    QAction *m_addHousehold;
    QAction *m_addResident;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace linli
