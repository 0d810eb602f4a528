#pragma once

#include "reports/dashboardseries.h"

#include <QWidget>

class QChart;
class QChartView;

namespace linli {

/// The dashboard's four charts, drawn from core's monthly series: complaints per month by
/// category; the level at which they were settled, with the in-building share as a line; the
/// mediation agreement rate; the median days to resolve a complaint.
class DashboardCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)
public:
    explicit DashboardCharts(QWidget *parent = nullptr);
    void show(const DashboardSeries &series);
    /// The charts, for tests and the tour: categories, settled, agreement, days.
    QList<QChart *> charts() const;

private:
    QList<QChartView *> m_views;
};

} // namespace linli
