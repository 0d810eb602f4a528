#pragma once

#include "access/access.h"
#include "common/result.h"

#include <QCoreApplication>

namespace linli {

class Database;

/// The rule every list export follows: refused to a role without the list's permission, and
/// written to the audit trail (which list, how many rows) when it leaves the program.
class ExportAudit final {
    Q_DECLARE_TR_FUNCTIONS(linli::ExportAudit)
public:
    static Status allowed(const Database &database, Permission needed);
    static Status record(Database &database, const QString &list, int rows);
};

} // namespace linli
