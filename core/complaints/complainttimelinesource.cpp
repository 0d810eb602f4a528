#include "complaints/complainttimelinesource.h"

#include "complaints/complaintlabels.h"
#include "complaints/complaintrepository.h"

namespace linli {

Result<QList<TimelineEntry>> ComplaintTimelineSource::entries(HouseholdId household) const {
    ComplaintFilter filter;
    filter.householdId = household;
    const auto complaints = m_repository.page(filter, std::nullopt, 200);
    if (!complaints)
        return complaints.status();
    QList<TimelineEntry> list;
    for (const Complaint &c : *complaints) {
        list.append({c.receivedAt, tr("Complaint %1: %2").arg(c.number(), c.summary),
                     tr("%1 · %2").arg(c.categoryName, ComplaintLabels::state(c.state)),
                     c.loggedBy});
    }
    return list;
}

} // namespace linli
