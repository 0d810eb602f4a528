#include "settings/officesettingsservice.h"

#include "access/access.h"
#include "storage/database.h"

namespace linli {

OfficeSettingsService::OfficeSettingsService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Status OfficeSettingsService::save(const OfficeIdentity &identity) {
    if (Status allowed = m_database.require(Permission::EditSettings); !allowed)
        return allowed;
    const auto before = m_repository.identity();
    if (!before)
        return before.status();
    const Status done = m_database.write([&](const WriteContext &context) {
        return OfficeSettingsRepository::save(context, *before, identity);
    });
    if (done)
        Q_EMIT identityChanged();
    return done;
}

bool OfficeSettingsService::isDemo() const {
    return m_repository.isDemo();
}

} // namespace linli
