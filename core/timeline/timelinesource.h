#pragma once

#include "common/result.h"
#include "common/strongid.h"
#include "timeline/timelineentry.h"

#include <QList>

namespace linli {

/// What a module implements to add its entries to a household's timeline. Each module
/// (registry, complaints, cases, wishes, visits, pact signatures) registers one source with the
/// HouseholdTimeline; the household page shows their entries merged.
class TimelineSource {
public:
    virtual ~TimelineSource() = default;
    virtual Result<QList<TimelineEntry>> entries(HouseholdId household) const = 0;
};

} // namespace linli
