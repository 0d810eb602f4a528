#pragma once

#include "timeline/timelinesource.h"

#include <QCoreApplication>

namespace linli {

class ComplaintRepository;

/// The complaints' part of a household's file: each complaint about the household, with where
/// it stands.
class ComplaintTimelineSource final : public TimelineSource {
    Q_DECLARE_TR_FUNCTIONS(linli::ComplaintTimelineSource)
public:
    explicit ComplaintTimelineSource(const ComplaintRepository &repository)
        : m_repository(repository) {}
    Result<QList<TimelineEntry>> entries(HouseholdId household) const override;

private:
    const ComplaintRepository &m_repository;
};

} // namespace linli
