#pragma once

#include "complaints/complaint.h"
#include "complaints/complaintfigures.h"
#include "mediation/mediation.h"
#include "mediation/mediationfigures.h"
#include "reports/dashboardfigures.h"
#include "reports/dashboardseries.h"
#include "settings/officeidentity.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace linli {

class Database;

/// The monthly work report (月度工作报告): the month's figures from every module, the last six
/// months as charts, and the notable matters — overdue complaints and red-risk disputes.
class MonthlyReport final {
    Q_DECLARE_TR_FUNCTIONS(linli::MonthlyReport)
public:
    struct Contents {
        QDate month; ///< its first day
        ComplaintFigures complaints;
        MediationFigures mediation;
        DashboardTiles atMonthEnd; ///< elders overdue, open wishes, failing buildings…
        int wishesPosted = 0;
        int wishesFulfilled = 0;
        int careVisits = 0;
        int eventSignUps = 0;
        DashboardSeries lastSixMonths;
        QList<Complaint> overdueComplaints; ///< the oldest first, at most ten
        QList<MediationCase> redRiskCases;  ///< accepted in the month; only for those who may see
        /// For the whole sub-district of a database of several communities: the month's
        /// figures of each community (else empty).
        QList<std::pair<Community, DashboardTiles>> byCommunity;
    };

    /// Gathers the month `month` (any day of it), judged at `now` for the current month and at
    /// the month's end for a past one.
    static Result<Contents> gather(const Database &database, QDate month, const QDateTime &now);
    /// The report in Chinese on A4, with the charts as images.
    static std::unique_ptr<QTextDocument> document(const Contents &contents,
                                                   const OfficeIdentity &office);
};

} // namespace linli
