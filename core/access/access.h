#pragma once

#include "common/strongid.h"

#include <QString>

namespace linli {

using AccountId = StrongId<struct AccountTag>;

/// What a staff account may do: an office's administrator, duty staff at the desk, mediators,
/// grid workers, and the read-only office head.
enum class Role { Administrator, DutyStaff, Mediator, GridWorker, ReadOnly };

/// The operations core guards. Each service asks before it acts, so that a call a role may not
/// make is refused in core, whatever the screen shows.
enum class Permission {
    ManageAccounts,
    EditSettings,
    ManageBackups,
    ViewAudit,
    EditRegistry,
    RevealPersonalData,
    AnonymiseResidents,
    ExportPersonalData,
    HandleComplaints,
    EditRoster,
    ViewMediation,
    EditMediation,
    EditCoGovernance,
    EditMutualAid,
    ImportRoster,
};

/// Who is working: the logged-in account, or the system itself (the command line, the first
/// start, tests), which may do everything.
struct UserSession {
    AccountId accountId;
    QString name;
    Role role = Role::Administrator;
    /// For a grid worker, the staff member whose grids bound what the session sees of the
    /// registry (none at all while the account is linked to nobody); unset for everyone else.
    StaffId gridWorker;
    bool seesOnlyOwnGrids() const { return role == Role::GridWorker; }
    /// The community the session works in: it reads that community's records only and files new
    /// ones under it. Unset: the whole sub-district (every community of the database).
    CommunityId community{};
    /// The account belongs to one community, so the session may not choose another.
    bool boundToCommunity = false;

    static UserSession system(const QString &name) { return {{}, name, Role::Administrator, {}}; }
};

} // namespace linli
