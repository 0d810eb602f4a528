#include "registry/registrylabels.h"

#include <QStringList>

namespace linli {

QString RegistryLabels::compoundKind(CompoundKind kind) {
    switch (kind) {
    case CompoundKind::NewBuilt:
        return tr("New-built");
    case CompoundKind::Old:
        return tr("Old");
    case CompoundKind::Resettlement:
        return tr("Resettlement");
    case CompoundKind::WorkUnit:
        return tr("Work-unit self-built");
    case CompoundKind::Scattered:
        return tr("Scattered");
    }
    return {};
}

QString RegistryLabels::gender(Gender gender) {
    return gender == Gender::Male ? tr("Male") : tr("Female");
}

QString RegistryLabels::relation(Relation relation) {
    switch (relation) {
    case Relation::Head:
        return tr("Head of household");
    case Relation::Spouse:
        return tr("Spouse");
    case Relation::Child:
        return tr("Child");
    case Relation::Parent:
        return tr("Parent");
    case Relation::Grandchild:
        return tr("Grandchild");
    case Relation::Sibling:
        return tr("Sibling");
    case Relation::OtherRelative:
        return tr("Other relative");
    case Relation::Tenant:
        return tr("Tenant");
    case Relation::Other:
        return tr("Other");
    }
    return {};
}

QString RegistryLabels::staffRole(StaffRole role) {
    switch (role) {
    case StaffRole::Cadre:
        return tr("Community cadre");
    case StaffRole::GridWorker:
        return tr("Grid worker");
    case StaffRole::DutyStaff:
        return tr("Duty staff");
    case StaffRole::Other:
        return tr("Other staff");
    }
    return {};
}

QString RegistryLabels::groupRole(GroupRole role) {
    switch (role) {
    case GroupRole::Leader:
        return tr("Group leader");
    case GroupRole::Member:
        return tr("Group member");
    case GroupRole::Representative:
        return tr("Resident representative");
    }
    return {};
}

QString RegistryLabels::markers(const ResidentMarkers &markers) {
    QStringList words;
    if (markers.partyMember)
        words << tr("Party member");
    if (markers.elderlyAlone)
        words << tr("Elderly living alone");
    if (markers.volunteer)
        words << tr("Volunteer");
    if (markers.lowIncome)
        words << tr("Low-income");
    if (markers.disabled)
        words << tr("Disabled");
    return words.join(tr(", "));
}

const QList<CompoundKind> &RegistryLabels::compoundKinds() {
    static const QList<CompoundKind> kinds = {CompoundKind::NewBuilt, CompoundKind::Old,
                                              CompoundKind::Resettlement, CompoundKind::WorkUnit,
                                              CompoundKind::Scattered};
    return kinds;
}

const QList<Relation> &RegistryLabels::relations() {
    static const QList<Relation> all = {
        Relation::Head,          Relation::Spouse,     Relation::Child,
        Relation::Parent,        Relation::Grandchild, Relation::Sibling,
        Relation::OtherRelative, Relation::Tenant,     Relation::Other};
    return all;
}

} // namespace linli
