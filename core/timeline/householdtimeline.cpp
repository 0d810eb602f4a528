#include "timeline/householdtimeline.h"

#include <algorithm>

namespace linli {

void HouseholdTimeline::addSource(std::shared_ptr<const TimelineSource> source) {
    m_sources.push_back(std::move(source));
}

Result<QList<TimelineEntry>> HouseholdTimeline::entries(HouseholdId household) const {
    QList<TimelineEntry> all;
    for (const auto &source : m_sources) {
        auto part = source->entries(household);
        if (!part)
            return part.status();
        all.append(*part);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return all;
}

} // namespace linli
