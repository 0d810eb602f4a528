#pragma once

#include "timeline/timelinesource.h"

#include <memory>
#include <vector>

namespace linli {

/// The merged timeline of one household, newest first, from every registered source.
class HouseholdTimeline final {
public:
    void addSource(std::shared_ptr<const TimelineSource> source);
    Result<QList<TimelineEntry>> entries(HouseholdId household) const;

private:
    std::vector<std::shared_ptr<const TimelineSource>> m_sources;
};

} // namespace linli
