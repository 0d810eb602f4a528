#pragma once

#include "registry/registrytreemodel.h"

#include <QWidget>

class QLabel;

namespace linli {

class BuildingRolesWidget;
class RegistryService;

/// What the office knows of a community, compound, building or unit: its kind and size, and
/// for a building its grid and grid worker, neighbour heads and self-governance group.
class PlaceDetailsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceDetailsWidget)
public:
    explicit PlaceDetailsWidget(RegistryService &registry, QWidget *parent = nullptr);
    void showPlace(RegistryTreeModel::NodeRef place);

private:
    QString describeCommunity(CommunityId id) const;
    QString describeCompound(CompoundId id) const;
    QString describeBuilding(BuildingId id) const;
    QString describeUnit(UnitId id) const;

    RegistryService &m_registry;
    QLabel *m_text;
    BuildingRolesWidget *m_roles;
};

} // namespace linli
