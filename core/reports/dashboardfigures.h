#pragma once

#include "common/result.h"
#include "common/strongid.h"
#include "registry/places.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace linli {

class Database;

/// What the dashboard looks at: a period, and the whole community or one compound or building.
struct DashboardScope {
    QDate from;
    QDate to;
    CompoundId compound; ///< unset: every compound
    BuildingId building; ///< unset: every building of the compound (or all)
    /// One community of a sub-district's database; a session working in a community always
    /// looks at that one. Unset: every community.
    CommunityId community{};
};

/// The office head's tiles: each a count with a list behind it.
struct DashboardTiles {
    int complaintsOpen = 0;
    int complaintsOverdue = 0;
    int complaintsReceived = 0; ///< in the period
    int casesInMediation = 0;
    int sessionsThisWeek = 0;
    int eldersOverdue = 0;
    int openWishes = 0;
    int buildingsFailingInspection = 0;
};

/// The dashboard's figures, computed in core from the records — never in widgets — for a scope
/// and a moment, so that they are tested on a known data set.
class DashboardFigures final {
    Q_DECLARE_TR_FUNCTIONS(linli::DashboardFigures)
public:
    static Result<DashboardTiles> tiles(const Database &database, const DashboardScope &scope,
                                        const QDateTime &now);
    /// The same tiles for each community of the database, over the scope's period (the
    /// sub-district's view across its communities). The place in the scope is not used.
    static Result<QList<std::pair<Community, DashboardTiles>>>
    byCommunity(const Database &database, const DashboardScope &scope, const QDateTime &now);
    /// The community the figures are of: the session's, else the scope's (unset: all).
    static CommunityId communityOf(const Database &database, const DashboardScope &scope);
};

} // namespace linli
