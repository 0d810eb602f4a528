#pragma once

#include "common/result.h"
#include "complaints/complaint.h"
#include "reports/dashboardfigures.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace linli {

/// The dashboard's charts, month by month over a scope: complaints by category, the level at
/// which complaints were settled with the share settled inside the building ("small matters stay
/// in the building"), the mediation agreement rate, and the median days to resolve a complaint.
/// Every list has one value per month.
struct DashboardSeries {
    QList<QDate> months; ///< the first day of each month in the scope
    QStringList categories;
    QList<QList<int>> complaintsByCategory; ///< [category][month]
    QMap<Level, QList<int>> settledAt;      ///< resolved in the month, by level
    QList<double> buildingShare;            ///< settled in the building / all settled, 0..1
    QList<double> agreementRate;            ///< of cases accepted in the month and concluded
    QList<double> medianDaysToResolve;      ///< of complaints resolved in the month

    static Result<DashboardSeries> compute(const Database &database, const DashboardScope &scope);
};

} // namespace linli
