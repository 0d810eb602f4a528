#pragma once

#include "registry/people.h"
#include "registry/resident.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace linli {

class RegistryService;

/// Chooses a resident of a building for a role: appointing a neighbour head (with the date
/// the term starts) or adding a member to the self-governance group (with a role).
class RoleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDialog)
public:
    enum class Role { NeighbourHead, GroupMember };

    RoleDialog(RegistryService &registry, BuildingId building, Role role,
               QWidget *parent = nullptr);
    void accept() override;

private:
    RegistryService &m_registry;
    BuildingId m_building;
    Role m_role;
    QComboBox *m_resident;
    QDateEdit *m_termStart = nullptr;
    QComboBox *m_groupRole = nullptr;
    QLabel *m_error;
};

} // namespace linli
