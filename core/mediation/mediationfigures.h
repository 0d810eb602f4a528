#pragma once

#include "common/result.h"
#include "mediation/mediation.h"

#include <QDate>
#include <QMap>

namespace linli {

class Database;

/// The mediation figures for cases accepted in a period: what the office head and the monthly
/// people's-mediation statistics ask for.
struct MediationFigures {
    int accepted = 0;
    int concluded = 0;        ///< no longer open: settled, not settled, withdrawn, referred, closed
    int agreements = 0;       ///< concluded with a written agreement
    double agreementRate = 0; ///< agreements / concluded, 0..1
    qint64 costSharedFen = 0; ///< repair costs split by the cases' agreements
    int avertedCriminal = 0;  ///< disputes kept from turning criminal (防止民转刑)
    double medianDaysToClose = 0;
    QMap<CaseType, int> byType;
    QMap<CaseSource, int> bySource;
    QMap<CaseState, int> byState;

    /// Computes them over [from, to] (accepted between those days, inclusive).
    static Result<MediationFigures> compute(const Database &database, QDate from, QDate to);
};

} // namespace linli
