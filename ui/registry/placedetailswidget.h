#pragma once

#include "registry/registrytreemodel.h"

#include <QWidget>

class QLabel;

namespace linli {

class BuildingRolesWidget;
class ElderCareService;
class RegistryService;

/// What the office knows of a community, compound, building or unit: its kind and size, and
/// for a building its grid and grid worker, neighbour heads and self-governance group.
class PlaceDetailsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceDetailsWidget)
public:
    explicit PlaceDetailsWidget(RegistryService &registry, QWidget *parent = nullptr);
    void showPlace(RegistryTreeModel::NodeRef place);
    /// A building then also names its elders living alone and who is overdue for a visit.
    void setElderCare(const ElderCareService *care) { m_care = care; }

private:
    QString describeCommunity(CommunityId id) const;
    QString describeCompound(CompoundId id) const;
    QString describeBuilding(BuildingId id) const;
    QString describeUnit(UnitId id) const;

    RegistryService &m_registry;
    QLabel *m_text;
    BuildingRolesWidget *m_roles;
    const ElderCareService *m_care = nullptr;
};

} // namespace linli
