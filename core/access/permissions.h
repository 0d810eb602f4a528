#pragma once

#include "access/access.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// Which role may do what, as one table.
class Permissions final {
    Q_DECLARE_TR_FUNCTIONS(linli::Permissions)
public:
    static bool allows(Role role, Permission permission);
    /// Whether using the permission changes the file (a reveal does: it is audited). Reading
    /// mediation files and the audit trail does not.
    static bool changesData(Permission permission);
    /// Success, or a refusal that says which role may not do what.
    static Status check(const UserSession &session, Permission permission);
    static QString roleName(Role role);
    static QList<Role> roles();
    /// "change the registry": what the permission lets one do, for messages.
    static QString describe(Permission permission);
};

} // namespace linli
