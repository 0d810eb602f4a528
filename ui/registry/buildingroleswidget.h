#pragma once

#include "registry/people.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace linli {

class RegistryService;
class StringTableModel;

/// A building's neighbour heads and self-governance group, with the actions to appoint, end a
/// term, add and remove.
class BuildingRolesWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildingRolesWidget)
public:
    explicit BuildingRolesWidget(RegistryService &registry, QWidget *parent = nullptr);
    void showBuilding(BuildingId building);

private:
    void reload();
    void appointHead();
    void endTerm();
    void addMember();
    void removeMember();
    int selectedRow(QTableView *table) const;

    RegistryService &m_registry;
    BuildingId m_building;
    QList<NeighbourHead> m_heads;
    QList<GroupMember> m_group;
    StringTableModel *m_headsModel;
    StringTableModel *m_groupModel;
    QTableView *m_headsTable;
    QTableView *m_groupTable;
    QPushButton *m_endTerm;
    QPushButton *m_remove;
};

} // namespace linli
