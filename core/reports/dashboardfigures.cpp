#include "reports/dashboardfigures.h"

#include "aid/eldercarerepository.h"
#include "aid/visitschedule.h"
#include "registry/placerepository.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QSet>

namespace linli {

namespace {

// Every statement takes the place as :compound, :building and :community (0: any), with
// :by_community 0 for any community.
const QString kComplaintPlace =
    QStringLiteral(" AND (:compound = 0 OR c.compound_id = :compound)"
                   " AND (:building = 0 OR c.building_id = :building)"
                   " AND (:by_community = 0 OR c.community_id = :community)");
const QString kOpenStates = QStringLiteral(" c.state IN ('registered', 'assigned', 'in_progress')");
const QString kComplaintsOpen =
    QStringLiteral("SELECT count(*) FROM complaints c WHERE") + kOpenStates + kComplaintPlace;
const QString kComplaintsOverdue = QStringLiteral("SELECT count(*) FROM complaints c WHERE") +
                                   kOpenStates + QStringLiteral(" AND c.due_at < :now") +
                                   kComplaintPlace;
const QString kComplaintsReceived =
    QStringLiteral("SELECT count(*) FROM complaints c WHERE c.received_at >= :from"
                   " AND c.received_at < :to") +
    kComplaintPlace;
// A case belongs to a place through its parties' households.
const QString kCasePlace = QStringLiteral(
    " AND (:scoped = 0 OR EXISTS (SELECT 1 FROM case_parties p JOIN households h"
    "  ON h.id = p.household_id JOIN units u ON u.id = h.unit_id"
    "  JOIN buildings b ON b.id = u.building_id WHERE p.case_id = m.id"
    "  AND (:compound = 0 OR b.compound_id = :compound) AND (:building = 0 OR b.id = :building)))"
    " AND (:by_community = 0 OR m.community_id = :community)");
const QString kCasesOpen =
    QStringLiteral("SELECT count(*) FROM mediation_cases m WHERE m.state IN ('accepted',"
                   " 'investigating', 'mediating')") +
    kCasePlace;
const QString kSessionsWeek =
    QStringLiteral("SELECT count(*) FROM mediation_sessions s JOIN mediation_cases m"
                   " ON m.id = s.case_id WHERE s.cancelled = 0 AND s.starts_at >= :from"
                   " AND s.starts_at < :to") +
    kCasePlace;
const QString kBuildingPlace =
    QStringLiteral(" AND (:compound = 0 OR b.compound_id = :compound)"
                   " AND (:building = 0 OR b.id = :building)"
                   " AND (:by_community = 0 OR b.compound_id IN (SELECT id FROM compounds"
                   "  WHERE community_id = :community))");
const QString kWishesOpen =
    QStringLiteral(" w.state IN ('posted', 'open', 'claimed', 'dispatched')");
const QString kOpenWishes =
    QStringLiteral("SELECT count(*) FROM wishes w LEFT JOIN buildings b ON b.id = w.building_id"
                   " WHERE") +
    kWishesOpen +
    QStringLiteral(" AND (:compound = 0 OR b.compound_id = :compound)"
                   " AND (:building = 0 OR b.id = :building)"
                   " AND (:by_community = 0 OR w.community_id = :community)");
// A building fails when the latest of its inspections failed any item.
const QString kFailingFrom =
    QStringLiteral(" FROM buildings b JOIN inspections i"
                   " ON i.id = (SELECT j.id FROM inspections j WHERE j.building_id = b.id"
                   "  ORDER BY j.inspected_on DESC, j.id DESC LIMIT 1)"
                   " WHERE (i.corridor_clear = 0 OR i.no_clutter = 0 OR i.lighting = 0"
                   "  OR i.bins = 0)");
const QString kFailing = QStringLiteral("SELECT count(*)") + kFailingFrom + kBuildingPlace;

// The same counts by community, for the sub-district's table (no place binds).
const QString kOpenByCommunity =
    QStringLiteral("SELECT c.community_id, count(*) AS n FROM complaints c WHERE") + kOpenStates +
    QStringLiteral(" GROUP BY c.community_id");
const QString kOverdueByCommunity =
    QStringLiteral("SELECT c.community_id, count(*) AS n FROM complaints c WHERE") + kOpenStates +
    QStringLiteral(" AND c.due_at < :now GROUP BY c.community_id");
const QString kReceivedByCommunity =
    QStringLiteral("SELECT c.community_id, count(*) AS n FROM complaints c"
                   " WHERE c.received_at >= :from AND c.received_at < :to"
                   " GROUP BY c.community_id");
const QString kCasesByCommunity =
    QStringLiteral("SELECT m.community_id, count(*) AS n FROM mediation_cases m WHERE m.state IN"
                   " ('accepted', 'investigating', 'mediating') GROUP BY m.community_id");
const QString kSessionsByCommunity =
    QStringLiteral("SELECT m.community_id, count(*) AS n FROM mediation_sessions s"
                   " JOIN mediation_cases m ON m.id = s.case_id WHERE s.cancelled = 0"
                   " AND s.starts_at >= :from AND s.starts_at < :to GROUP BY m.community_id");
const QString kWishesByCommunity =
    QStringLiteral("SELECT w.community_id, count(*) AS n FROM wishes w WHERE") + kWishesOpen +
    QStringLiteral(" GROUP BY w.community_id");
const QString kFailingByCommunity =
    QStringLiteral("SELECT (SELECT c.community_id FROM compounds c WHERE c.id = b.compound_id)"
                   " AS community_id, count(*) AS n") +
    kFailingFrom + QStringLiteral(" GROUP BY 1");
const QString kCommunityOfBuildings = QStringLiteral("SELECT b.id, c.community_id FROM buildings b"
                                                     " JOIN compounds c ON c.id = b.compound_id"
                                                     " ORDER BY b.id");
const QString kBuildingsInScope =
    QStringLiteral("SELECT b.id FROM buildings b WHERE 1 = 1") + kBuildingPlace;

sql::Params place(const DashboardScope &scope, CommunityId community) {
    return {{"compound", scope.compound.value},
            {"building", scope.building.value},
            {"by_community", community.isValid() ? 1 : 0},
            {"community", community.value}};
}

Result<int> count(const Database &database, const QString &statement, const sql::Params &params) {
    const auto value = sql::Statement::single(database.connection(), statement, params);
    if (!value)
        return value.status();
    return value->toInt();
}

// The elders overdue for a visit by the care list's own rule, in the session's scope.
Result<QList<OverdueElder>> overdueElders(const Database &database, const QDateTime &now) {
    const ElderCareRepository care(database);
    const auto elders = care.elders();
    const auto records = care.visitRecords();
    const auto periods = care.periods();
    if (!elders || !records || !periods)
        return !elders ? elders.status() : !records ? records.status() : periods.status();
    return VisitSchedule::overdue(*elders, *records, *periods, now.date());
}

} // namespace

Result<DashboardTiles> DashboardFigures::tiles(const Database &database,
                                               const DashboardScope &scope, const QDateTime &now) {
    DashboardTiles tiles;
    const CommunityId community = communityOf(database, scope);
    const sql::Params where = place(scope, community);
    const bool scoped = scope.compound.isValid() || scope.building.isValid();
    const sql::Params casePlace = sql::Params{{"scoped", scoped ? 1 : 0}} + where;
    const QDate monday = now.date().addDays(1 - now.date().dayOfWeek());
    struct Count {
        int *into;
        const QString *statement;
        sql::Params params;
    };
    const QList<Count> counts = {
        {&tiles.complaintsOpen, &kComplaintsOpen, where},
        {&tiles.complaintsOverdue, &kComplaintsOverdue, sql::Params{{"now", now}} + where},
        {&tiles.complaintsReceived, &kComplaintsReceived,
         sql::Params{{"from", scope.from.startOfDay()}, {"to", scope.to.addDays(1).startOfDay()}} +
             where},
        {&tiles.casesInMediation, &kCasesOpen, casePlace},
        {&tiles.sessionsThisWeek, &kSessionsWeek,
         sql::Params{{"from", monday.startOfDay()}, {"to", monday.addDays(7).startOfDay()}} +
             casePlace},
        {&tiles.openWishes, &kOpenWishes, where},
        {&tiles.buildingsFailingInspection, &kFailing, where},
    };
    for (const Count &c : counts) {
        const auto value = count(database, *c.statement, c.params);
        if (!value)
            return value.status();
        *c.into = *value;
    }

    // Elders overdue: the care list's own rule, kept to the buildings in scope.
    const auto overdue = overdueElders(database, now);
    if (!overdue)
        return overdue.status();
    QSet<qint64> buildings;
    const bool bounded = scoped || community.isValid();
    if (bounded) {
        auto q = sql::Statement::run(database.connection(), kBuildingsInScope, where);
        if (!q)
            return q.status();
        while (q->next())
            buildings.insert(q->integer("id"));
        if (Status read = q->status(); !read)
            return read;
    }
    for (const OverdueElder &line : *overdue) {
        if (!bounded || buildings.contains(line.elder.buildingId.value))
            ++tiles.eldersOverdue;
    }
    return tiles;
}

CommunityId DashboardFigures::communityOf(const Database &database, const DashboardScope &scope) {
    const CommunityId own = database.session().community;
    return own.isValid() ? own : scope.community;
}

Result<QList<std::pair<Community, DashboardTiles>>>
DashboardFigures::byCommunity(const Database &database, const DashboardScope &scope,
                              const QDateTime &now) {
    const auto communities = PlaceRepository(database).allCommunities();
    if (!communities)
        return communities.status();
    QHash<qint64, DashboardTiles> tiles;
    const QDate monday = now.date().addDays(1 - now.date().dayOfWeek());
    struct Count {
        int DashboardTiles::*into;
        const QString *statement;
        sql::Params params;
    };
    const QList<Count> counts = {
        {&DashboardTiles::complaintsOpen, &kOpenByCommunity, {}},
        {&DashboardTiles::complaintsOverdue, &kOverdueByCommunity, {{"now", now}}},
        {&DashboardTiles::complaintsReceived,
         &kReceivedByCommunity,
         {{"from", scope.from.startOfDay()}, {"to", scope.to.addDays(1).startOfDay()}}},
        {&DashboardTiles::casesInMediation, &kCasesByCommunity, {}},
        {&DashboardTiles::sessionsThisWeek,
         &kSessionsByCommunity,
         {{"from", monday.startOfDay()}, {"to", monday.addDays(7).startOfDay()}}},
        {&DashboardTiles::openWishes, &kWishesByCommunity, {}},
        {&DashboardTiles::buildingsFailingInspection, &kFailingByCommunity, {}},
    };
    for (const Count &c : counts) {
        auto q = sql::Statement::run(database.connection(), *c.statement, c.params);
        if (!q)
            return q.status();
        while (q->next())
            tiles[q->integer("community_id")].*c.into = int(q->integer("n"));
    }

    const auto overdue = overdueElders(database, now);
    if (!overdue)
        return overdue.status();
    QHash<qint64, qint64> communityOfBuilding;
    auto q = sql::Statement::run(database.connection(), kCommunityOfBuildings);
    if (!q)
        return q.status();
    while (q->next())
        communityOfBuilding.insert(q->integer("id"), q->integer("community_id"));
    if (Status read = q->status(); !read)
        return read;
    for (const OverdueElder &line : *overdue)
        ++tiles[communityOfBuilding.value(line.elder.buildingId.value)].eldersOverdue;

    QList<std::pair<Community, DashboardTiles>> table;
    for (const Community &community : *communities)
        table.append({community, tiles.value(community.id.value)});
    return table;
}

} // namespace linli
