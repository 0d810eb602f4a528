#include "reports/dashboardseries.h"

#include "common/isotime.h"

#include "complaints/complaintcodes.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <algorithm>

namespace linli {

namespace {

// Binds: from, to (exclusive), compound, compound, building, building, community, community.
const QString kPlace =
    QStringLiteral(" AND (? = 0 OR c.compound_id = ?) AND (? = 0 OR c.building_id = ?)"
                   " AND (? = 0 OR c.community_id = ?)");
// By the month's text ("2026-03"), as the index complaints_month holds it: the index then gives
// the groups in order and the year's complaints are never sorted. Binds: the first month and the
// month after the last, then the place.
const QString kByCategory =
    QStringLiteral("SELECT g.month, k.name, g.n FROM (SELECT substr(c.received_at, 1, 7) AS month,"
                   " c.category_id, count(*) AS n FROM complaints c"
                   " WHERE substr(c.received_at, 1, 7) >= ? AND substr(c.received_at, 1, 7) < ?") +
    kPlace +
    QStringLiteral(" GROUP BY substr(c.received_at, 1, 7), c.category_id) g"
                   " JOIN complaint_categories k ON k.id = g.category_id ORDER BY k.name");
const QString kSettled =
    QStringLiteral("SELECT substr(c.resolved_at, 1, 7), c.level, c.received_at, c.resolved_at"
                   " FROM complaints c WHERE c.resolved_at >= ? AND c.resolved_at < ?") +
    kPlace;
const QString kCases = QStringLiteral(
    "SELECT substr(m.accepted_on, 1, 7), count(*),"
    " sum(CASE WHEN EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = m.id) THEN 1 ELSE 0 END)"
    " FROM mediation_cases m WHERE m.accepted_on >= ? AND m.accepted_on < ?"
    " AND m.state NOT IN ('accepted', 'investigating', 'mediating')"
    " AND (? = 0 OR EXISTS (SELECT 1 FROM case_parties p JOIN households h ON h.id = p.household_id"
    "  JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id"
    "  WHERE p.case_id = m.id AND (? = 0 OR b.compound_id = ?) AND (? = 0 OR b.id = ?)))"
    " AND (? = 0 OR m.community_id = ?) GROUP BY 1");

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

} // namespace

Result<DashboardSeries> DashboardSeries::compute(const Database &database,
                                                 const DashboardScope &scope) {
    DashboardSeries s;
    const QDate first(scope.from.year(), scope.from.month(), 1);
    for (QDate m = first; m <= scope.to; m = m.addMonths(1))
        s.months.append(m);
    const int n = int(s.months.size());
    // A stored "2025-03…" → its month's place in the series (-1 outside it), read from SQLite's
    // UTF-8: the settled complaints of a sub-district's year are tens of thousands of rows.
    const int firstMonth = first.year() * 12 + first.month() - 1;
    const auto monthIndex = [firstMonth, n](QUtf8StringView stored) {
        const int index = iso::monthNumber(stored) - firstMonth;
        return index >= 0 && index < n ? index : -1;
    };
    // The months run from `first` up to (not including) `end`.
    const QDate end = s.months.isEmpty() ? first : s.months.constLast().addMonths(1);
    const QString from = first.startOfDay().toString(Qt::ISODate);
    const QString to = end.startOfDay().toString(Qt::ISODate);
    const CommunityId community = DashboardFigures::communityOf(database, scope);
    const QVariantList place = {scope.compound.value,        scope.compound.value,
                                scope.building.value,        scope.building.value,
                                community.isValid() ? 1 : 0, community.value};

    auto byCategory = sql::select(database.connection(), kByCategory,
                                  QVariantList{first.toString(QStringLiteral("yyyy-MM")),
                                               end.toString(QStringLiteral("yyyy-MM"))} +
                                      place);
    if (!byCategory)
        return byCategory.status();
    while (byCategory->next()) {
        const int month = monthIndex(byCategory->utf8(0));
        if (month < 0)
            continue;
        const QString category = byCategory->text(1);
        qsizetype row = s.categories.indexOf(category);
        if (row < 0) {
            s.categories.append(category);
            s.complaintsByCategory.append(QList<int>(n, 0));
            row = s.categories.size() - 1;
        }
        s.complaintsByCategory[row][month] += int(byCategory->integer(2));
    }
    if (!byCategory->status())
        return byCategory->status();

    for (const Level level : {Level::Building, Level::Community, Level::Mediation, Level::Referred})
        s.settledAt.insert(level, QList<int>(n, 0));
    QList<QList<double>> days(n);
    auto settled = sql::select(database.connection(), kSettled, QVariantList{from, to} + place);
    if (!settled)
        return settled.status();
    while (settled->next()) {
        const int month = monthIndex(settled->utf8(0));
        if (month < 0)
            continue;
        if (const auto level = codes::levelFrom(settled->utf8(1)))
            s.settledAt[*level][month] += 1;
        const qint64 received = iso::wallSeconds(settled->utf8(2));
        const qint64 resolved = iso::wallSeconds(settled->utf8(3));
        days[month].append(double(resolved - received) / 86400.0);
    }
    if (!settled->status())
        return settled->status();
    for (int i = 0; i < n; ++i) {
        int all = 0;
        for (const QList<int> &counts : std::as_const(s.settledAt))
            all += counts.at(i);
        s.buildingShare.append(all > 0 ? double(s.settledAt[Level::Building].at(i)) / all : 0);
        s.medianDaysToResolve.append(median(days.at(i)));
    }

    s.agreementRate = QList<double>(n, 0);
    const bool scoped = scope.compound.isValid() || scope.building.isValid();
    auto cases = sql::select(
        database.connection(), kCases,
        QVariantList{first.toString(Qt::ISODate), end.toString(Qt::ISODate), scoped ? 1 : 0} +
            place);
    if (!cases)
        return cases.status();
    while (cases->next()) {
        const int month = monthIndex(cases->utf8(0));
        const qint64 concluded = cases->integer(1);
        if (month >= 0 && concluded > 0)
            s.agreementRate[month] = double(cases->integer(2)) / double(concluded);
    }
    if (!cases->status())
        return cases->status();
    return s;
}

} // namespace linli
