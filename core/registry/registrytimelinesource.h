#pragma once

#include "timeline/timelinesource.h"

#include <QCoreApplication>

namespace linli {

class Database;

/// The registry's part of a household's file, read from the audit trail: when the household
/// was registered, who moved in and out, what was corrected.
class RegistryTimelineSource final : public TimelineSource {
    Q_DECLARE_TR_FUNCTIONS(linli::RegistryTimelineSource)
public:
    explicit RegistryTimelineSource(const Database &database)
        : m_database(database) {}
    Result<QList<TimelineEntry>> entries(HouseholdId household) const override;

private:
    const Database &m_database;
};

} // namespace linli
