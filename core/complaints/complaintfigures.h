#pragma once

#include "common/result.h"
#include "complaints/complaint.h"

#include <QDate>
#include <QMap>

namespace linli {

class ComplaintRepository;

/// The office's figures for complaints received in a period.
struct ComplaintFigures {
    int received = 0;
    int resolved = 0;
    int overdue = 0;            ///< open and past due now
    QMap<Level, int> settledAt; ///< resolved complaints by the level they were settled at
    double buildingShare = 0;   ///< settled in the building / all resolved, 0..1
    double medianHoursToFirstResponse = 0;
    double medianHoursToResolution = 0;

    /// Computes them over [from, to] (whole days), judging overdue at `now`.
    static Result<ComplaintFigures> compute(const ComplaintRepository &repository, QDate from,
                                            QDate to, const QDateTime &now);
};

} // namespace linli
