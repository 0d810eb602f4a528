#include "exchange/exportaudit.h"

#include "storage/database.h"

namespace linli {

Status ExportAudit::allowed(const Database &database, Permission needed) {
    return database.require(needed);
}

Status ExportAudit::record(Database &database, const QString &list, int rows) {
    return database.write([&](const WriteContext &context) {
        return context.audit(list + QStringLiteral("_export"), 0, WriteContext::Action::Reveal,
                             {{QStringLiteral("rows"), rows}});
    });
}

} // namespace linli
