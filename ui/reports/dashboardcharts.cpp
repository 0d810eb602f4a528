#include "reports/dashboardcharts.h"

#include "complaints/complaintlabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace linli {

namespace {

QStringList monthNames(const QList<QDate> &months) {
    QStringList names;
    // Short month names (1月, Jan) fit under a bar; the year shows when months span two.
    const bool years = !months.isEmpty() && months.first().year() != months.last().year();
    for (const QDate &m : months) {
        const QString name = QLocale().standaloneMonthName(m.month(), QLocale::ShortFormat);
        names << (years && m.month() == 1 ? QStringLiteral("%1 %2").arg(m.year()).arg(name) : name);
    }
    return names;
}

// A fresh chart with the months along the bottom.
QBarCategoryAxis *monthAxis(QChart *chart, const QList<QDate> &months) {
    auto *axis = new QBarCategoryAxis(chart);
    axis->append(monthNames(months));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, double max, const QString &format, Qt::Alignment side) {
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, max);
    axis->setLabelFormat(format);
    chart->addAxis(axis, side);
    return axis;
}

void setUp(QChart *chart, const QString &title) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

// A line over the months' category axis, drawn at the bars' centres.
QLineSeries *line(const QString &name, const QList<double> &values, double scale = 1) {
    auto *series = new QLineSeries;
    series->setName(name);
    for (qsizetype i = 0; i < values.size(); ++i)
        series->append(double(i), values.at(i) * scale);
    return series;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(this);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        grid->addWidget(view, i / 2, i % 2);
        m_views.append(view);
    }
}

QList<QChart *> DashboardCharts::charts() const {
    QList<QChart *> list;
    for (QChartView *view : m_views)
        list.append(view->chart());
    return list;
}

void DashboardCharts::show(const DashboardSeries &series) {
    // Each reload draws on fresh charts and deletes the old ones whole. Emptying a chart and
    // filling it again left its old items in the scene: after 60 reloads a reload took six
    // times as long and the window held 170 MB more (docs/performance.md).
    QList<QChart *> chart;
    for (QChartView *view : std::as_const(m_views)) {
        QChart *old = view->chart();
        view->setChart(new QChart);
        delete old;
        chart.append(view->chart());
    }

    // Complaints per month by category, stacked.
    setUp(chart.at(0), tr("Complaints per month, by category"));
    auto *byCategory = new QStackedBarSeries;
    int most = 1;
    QList<int> totals(series.months.size(), 0);
    for (qsizetype c = 0; c < series.categories.size(); ++c) {
        auto *set = new QBarSet(series.categories.at(c));
        for (qsizetype m = 0; m < series.months.size(); ++m) {
            *set << series.complaintsByCategory.at(c).at(m);
            totals[m] += series.complaintsByCategory.at(c).at(m);
        }
        byCategory->append(set);
    }
    for (const int t : std::as_const(totals))
        most = std::max(most, t);
    chart.at(0)->addSeries(byCategory);
    // Many categories: listed down the side, where their names fit.
    chart.at(0)->legend()->setAlignment(Qt::AlignRight);
    byCategory->attachAxis(monthAxis(chart.at(0), series.months));
    byCategory->attachAxis(valueAxis(chart.at(0), most, QStringLiteral("%d"), Qt::AlignLeft));

    // Where matters were settled, with the share kept in the building as a line.
    setUp(chart.at(1), tr("Where complaints were settled"));
    auto *levels = new QStackedBarSeries;
    QList<int> settled(series.months.size(), 0);
    for (auto it = series.settledAt.cbegin(); it != series.settledAt.cend(); ++it) {
        auto *set = new QBarSet(ComplaintLabels::level(it.key()));
        for (qsizetype m = 0; m < it.value().size(); ++m) {
            *set << it.value().at(m);
            settled[m] += it.value().at(m);
        }
        levels->append(set);
    }
    most = 1;
    for (const int t : std::as_const(settled))
        most = std::max(most, t);
    chart.at(1)->addSeries(levels);
    QBarCategoryAxis *months = monthAxis(chart.at(1), series.months);
    levels->attachAxis(months);
    levels->attachAxis(valueAxis(chart.at(1), most, QStringLiteral("%d"), Qt::AlignLeft));
    QLineSeries *share = line(tr("settled in the building (%)"), series.buildingShare, 100);
    chart.at(1)->addSeries(share);
    share->attachAxis(months);
    share->attachAxis(valueAxis(chart.at(1), 100, QStringLiteral("%d%%"), Qt::AlignRight));

    // The mediation agreement rate.
    setUp(chart.at(2), tr("Mediation: cases ending in an agreement"));
    QLineSeries *rate = line(tr("agreement rate (%)"), series.agreementRate, 100);
    chart.at(2)->addSeries(rate);
    rate->attachAxis(monthAxis(chart.at(2), series.months));
    rate->attachAxis(valueAxis(chart.at(2), 100, QStringLiteral("%d%%"), Qt::AlignLeft));

    // How long a complaint took to resolve.
    setUp(chart.at(3), tr("Median days to resolve a complaint"));
    QLineSeries *days = line(tr("median days"), series.medianDaysToResolve);
    double longest = 1;
    for (const double d : series.medianDaysToResolve)
        longest = std::max(longest, d);
    chart.at(3)->addSeries(days);
    days->attachAxis(monthAxis(chart.at(3), series.months));
    days->attachAxis(
        valueAxis(chart.at(3), std::ceil(longest), QStringLiteral("%.1f"), Qt::AlignLeft));
}

} // namespace linli
