#pragma once

#include "common/result.h"
#include "mediation/mediation.h"
#include "mediation/officialcategory.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace linli {

class Database;

/// What the people's-mediation statistics count over one period. Each thing is counted in the
/// period it happened: a case accepted in October and settled in November is October's
/// acceptance and November's success; a court's confirmation counts on its own day, a
/// screening round on the day it was held.
struct MediationTally {
    int accepted = 0;
    int concluded = 0;    ///< left mediation: agreement reached, no agreement, withdrawn, referred
    int succeeded = 0;    ///< concluded with an agreement (调解成功)
    int written = 0;      ///< of them, with a written agreement (书面协议)
    int oral = 0;         ///< of them, agreed by word only (口头协议)
    int parties = 0;      ///< the parties of the cases accepted (涉及当事人)
    qint64 agreedFen = 0; ///< the money the period's agreements settle (协议涉及金额)
    int confirmed = 0;    ///< agreements a court confirmed in the period (司法确认)
    /// Concluded cases kept from turning into each of the outcomes (防止民转刑 …).
    QMap<Averted, int> averted;
    int screenings = 0; ///< rounds of screening held (排查纠纷, 次)
    int found = 0;      ///< disputes they found (排查发现纠纷)
    int prevented = 0;  ///< of those, settled before they became cases (预防纠纷)
    QMap<OfficialCategory, int> acceptedByCategory;
    QMap<CaseSource, int> acceptedBySource;
    /// Days from acceptance to conclusion of each case concluded in the period.
    QList<int> daysToConclude;

    /// Succeeded ÷ concluded; none when nothing was concluded.
    std::optional<double> successRate() const;
    std::optional<double> medianDaysToConclude() const;
};

/// The month's figures and the year's up to the month's end (本年累计).
struct MediationStatistics {
    QDate month; ///< its first day
    MediationTally thisMonth;
    MediationTally yearToDate;

    static Result<MediationStatistics> compute(const Database &database, QDate month);
};

} // namespace linli
