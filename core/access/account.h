#pragma once

#include "access/access.h"

#include <QDateTime>

namespace linli {

/// A staff account: who logs in, under which role.
struct Account {
    AccountId id;
    QString username;
    QString displayName;
    Role role = Role::DutyStaff;
    StaffId staffId; ///< the staff member who works under it; gives a grid worker their grids
    /// The community the account works in; unset: the whole sub-district (it chooses one).
    CommunityId community;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime lastLoginAt;
    int version = 0; ///< the row version it was read at (see RowVersion)
};

} // namespace linli
