#pragma once

#include "common/result.h"
#include "common/strongid.h"

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
};

} // namespace linli
