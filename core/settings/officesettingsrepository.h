#pragma once

#include "common/result.h"
#include "common/strongid.h"
#include "settings/officeidentity.h"
#include "storage/writecontext.h"

namespace linli {

class Database;

/// Business settings kept in the database (never in QSettings, which is per desk).
class OfficeSettingsRepository final {
public:
    explicit OfficeSettingsRepository(const Database &database)
        : m_database(database) {}

    /// The identity printed on the documents of the session's community (the shared one for
    /// the whole sub-district).
    Result<OfficeIdentity> identity() const;
    /// The identity printed on a community's documents (unset: the shared one).
    Result<OfficeIdentity> identityOf(CommunityId community) const;
    bool isDemo() const;
    /// Marks the file as holding demo data (the window says so in its title).
    static Status markAsDemo(const WriteContext &context);
    /// Months after moving out that a resident's name and identifiers are kept; 0 keeps them.
    int retentionMonths() const;
    static constexpr int defaultRetentionMonths = 36;
    static Status setRetentionMonths(const WriteContext &context, int months);
    static Status setBackupFolder(const WriteContext &context, const QString &folder);
    static Status save(const WriteContext &context, const OfficeIdentity &before,
                       const OfficeIdentity &after);

private:
    const Database &m_database;
};

} // namespace linli
