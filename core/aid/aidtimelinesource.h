#pragma once

#include "timeline/timelinesource.h"

#include <QCoreApplication>

namespace linli {

class Database;

/// Mutual aid's part of a household's file: the wishes its members made and where they stand,
/// and the visits to an elder living alone there.
class AidTimelineSource final : public TimelineSource {
    Q_DECLARE_TR_FUNCTIONS(linli::AidTimelineSource)
public:
    explicit AidTimelineSource(const Database &database)
        : m_database(database) {}
    Result<QList<TimelineEntry>> entries(HouseholdId household) const override;

private:
    const Database &m_database;
};

} // namespace linli
