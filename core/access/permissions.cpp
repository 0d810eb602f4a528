#include "access/permissions.h"

namespace linli {

namespace {

using P = Permission;
using R = Role;

struct Grant {
    Permission permission;
    std::initializer_list<Role> roles;
};

// The administrator may do everything; the others what their work needs. The office head reads
// everything except the mediation files and sensitive details, and changes nothing.
const Grant kGrants[] = {
    {P::ManageAccounts, {}},
    {P::EditSettings, {}},
    {P::ManageBackups, {}},
    {P::ViewAudit, {}},
    {P::EditRegistry, {R::DutyStaff, R::GridWorker}},
    {P::RevealPersonalData, {R::DutyStaff, R::GridWorker, R::Mediator}},
    {P::AnonymiseResidents, {}},
    {P::ExportPersonalData, {R::DutyStaff}},
    {P::HandleComplaints, {R::DutyStaff, R::GridWorker, R::Mediator}},
    {P::EditRoster, {R::DutyStaff}},
    {P::ViewMediation, {R::Mediator}},
    {P::EditMediation, {R::Mediator}},
    {P::EditCoGovernance, {R::DutyStaff, R::GridWorker}},
    {P::EditMutualAid, {R::DutyStaff, R::GridWorker}},
    {P::ImportRoster, {R::DutyStaff}},
};

} // namespace

bool Permissions::allows(Role role, Permission permission) {
    if (role == Role::Administrator)
        return true;
    for (const Grant &grant : kGrants) {
        if (grant.permission == permission)
            return std::find(grant.roles.begin(), grant.roles.end(), role) != grant.roles.end();
    }
    return false;
}

bool Permissions::changesData(Permission permission) {
    return permission != P::ViewAudit && permission != P::ViewMediation;
}

Status Permissions::check(const UserSession &session, Permission permission) {
    if (allows(session.role, permission))
        return Status::success();
    return Status::failure(tr("%1 works as %2, who may not %3. Ask an administrator.")
                               .arg(session.name, roleName(session.role), describe(permission)));
}

QString Permissions::roleName(Role role) {
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::DutyStaff:
        return tr("duty staff");
    case Role::Mediator:
        return tr("mediator");
    case Role::GridWorker:
        return tr("grid worker");
    case Role::ReadOnly:
        return tr("office head (read only)");
    }
    return {};
}

QList<Role> Permissions::roles() {
    return {Role::Administrator, Role::DutyStaff, Role::Mediator, Role::GridWorker, Role::ReadOnly};
}

QString Permissions::describe(Permission permission) {
    switch (permission) {
    case P::ManageAccounts:
        return tr("manage staff accounts");
    case P::EditSettings:
        return tr("change the office's settings");
    case P::ManageBackups:
        return tr("back up or restore the database");
    case P::ViewAudit:
        return tr("read the audit trail");
    case P::EditRegistry:
        return tr("change the registry");
    case P::RevealPersonalData:
        return tr("see full ID numbers and phone numbers");
    case P::AnonymiseResidents:
        return tr("anonymise residents");
    case P::ExportPersonalData:
        return tr("export lists of residents");
    case P::HandleComplaints:
        return tr("log or handle complaints");
    case P::EditRoster:
        return tr("change the duty roster");
    case P::ViewMediation:
        return tr("see mediation cases");
    case P::EditMediation:
        return tr("work on mediation cases");
    case P::EditCoGovernance:
        return tr("record building pacts, meetings and inspections");
    case P::EditMutualAid:
        return tr("record wishes, elder care and the mutual-aid station");
    case P::ImportRoster:
        return tr("import a roster of residents");
    }
    return {};
}

} // namespace linli
