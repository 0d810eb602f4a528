#include "reports/dashboardseries.h"

#include "common/isotime.h"

#include "complaints/complaintcodes.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>

namespace linli {

namespace {

// The place: :compound, :building and :community (0: any), with :by_community 0 for any
// community. Every statement also takes :from and :to (exclusive).
const QString kPlace = QStringLiteral(" AND (:compound = 0 OR c.compound_id = :compound)"
                                      " AND (:building = 0 OR c.building_id = :building)"
                                      " AND (:by_community = 0 OR c.community_id = :community)");
// By the month's text ("2026-03"), as the index complaints_month holds it: the index then gives
// the groups in order and the year's complaints are never sorted. :from is the first month and
// :to the month after the last.
const QString kByCategory =
    QStringLiteral("SELECT g.month, k.name, g.n FROM (SELECT substr(c.received_at, 1, 7) AS month,"
                   " c.category_id, count(*) AS n FROM complaints c"
                   " WHERE substr(c.received_at, 1, 7) >= :from"
                   " AND substr(c.received_at, 1, 7) < :to") +
    kPlace +
    QStringLiteral(" GROUP BY substr(c.received_at, 1, 7), c.category_id) g"
                   " JOIN complaint_categories k ON k.id = g.category_id"
                   " ORDER BY k.name, k.id, g.month");
// In the order of the index complaints_resolved: SQLite sorts nothing, and both engines give the
// rows in one order (rows that tie on all three read alike).
const QString kSettled =
    QStringLiteral("SELECT substr(c.resolved_at, 1, 7) AS month, c.level, c.received_at,"
                   " c.resolved_at FROM complaints c"
                   " WHERE c.resolved_at >= :from AND c.resolved_at < :to") +
    kPlace + QStringLiteral(" ORDER BY c.resolved_at, c.level, c.received_at");
const QString kCases = QStringLiteral(
    "SELECT substr(m.accepted_on, 1, 7) AS month, count(*) AS concluded,"
    " sum(CASE WHEN EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = m.id) THEN 1 ELSE 0 END)"
    " AS agreed FROM mediation_cases m WHERE m.accepted_on >= :from AND m.accepted_on < :to"
    " AND m.state NOT IN ('accepted', 'investigating', 'mediating')"
    " AND (:scoped = 0 OR EXISTS (SELECT 1 FROM case_parties p JOIN households h"
    "  ON h.id = p.household_id JOIN units u ON u.id = h.unit_id"
    "  JOIN buildings b ON b.id = u.building_id WHERE p.case_id = m.id"
    "  AND (:compound = 0 OR b.compound_id = :compound) AND (:building = 0 OR b.id = :building)))"
    " AND (:by_community = 0 OR m.community_id = :community) GROUP BY 1 ORDER BY 1");

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
    // A stored "2025-03…" → its month's place in the series (-1 outside it).
    const int firstMonth = first.year() * 12 + first.month() - 1;
    const auto monthIndex = [firstMonth, n](const QString &stored) {
        const int index = iso::monthNumber(QStringView(stored)) - firstMonth;
        return index >= 0 && index < n ? index : -1;
    };
    // The months run from `first` up to (not including) `end`.
    const QDate end = s.months.isEmpty() ? first : s.months.constLast().addMonths(1);
    const CommunityId community = DashboardFigures::communityOf(database, scope);
    const sql::Params place = {{"compound", scope.compound.value},
                               {"building", scope.building.value},
                               {"by_community", community.isValid() ? 1 : 0},
                               {"community", community.value}};

    auto byCategory =
        sql::Statement::run(database.connection(), kByCategory,
                            sql::Params{{"from", first.toString(QStringLiteral("yyyy-MM"))},
                                        {"to", end.toString(QStringLiteral("yyyy-MM"))}} +
                                place);
    if (!byCategory)
        return byCategory.status();
    while (byCategory->next()) {
        const int month = monthIndex(byCategory->text("month"));
        if (month < 0)
            continue;
        const QString category = byCategory->text("name");
        qsizetype row = s.categories.indexOf(category);
        if (row < 0) {
            s.categories.append(category);
            s.complaintsByCategory.append(QList<int>(n, 0));
            row = s.categories.size() - 1;
        }
        s.complaintsByCategory[row][month] += int(byCategory->integer("n"));
    }
    if (!byCategory->status())
        return byCategory->status();

    for (const Level level : {Level::Building, Level::Community, Level::Mediation, Level::Referred})
        s.settledAt.insert(level, QList<int>(n, 0));
    QList<QList<double>> days(n);
    auto settled = sql::Statement::run(
        database.connection(), kSettled,
        sql::Params{{"from", first.startOfDay()}, {"to", end.startOfDay()}} + place);
    if (!settled)
        return settled.status();
    while (settled->next()) {
        const int month = monthIndex(settled->text("month"));
        if (month < 0)
            continue;
        if (const auto level = codes::levelFrom(settled->text("level")))
            s.settledAt[*level][month] += 1;
        // Wall-clock seconds from the stored text, with no QDateTime and no time zone looked up
        // (there is no daylight saving time in China): the year's settled complaints are read
        // on every reload of the dashboard.
        const qint64 received = iso::wallSeconds(settled->text("received_at"));
        const qint64 resolved = iso::wallSeconds(settled->text("resolved_at"));
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
    auto cases = sql::Statement::run(
        database.connection(), kCases,
        sql::Params{{"from", first}, {"to", end}, {"scoped", scoped ? 1 : 0}} + place);
    if (!cases)
        return cases.status();
    while (cases->next()) {
        const int month = monthIndex(cases->text("month"));
        const qint64 concluded = cases->integer("concluded");
        if (month >= 0 && concluded > 0)
            s.agreementRate[month] = double(cases->integer("agreed")) / double(concluded);
    }
    if (!cases->status())
        return cases->status();
    return s;
}

} // namespace linli
