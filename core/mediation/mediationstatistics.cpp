#include "mediation/mediationstatistics.h"

#include "access/communityscope.h"
#include "mediation/mediationcodes.h"
#include "mediation/mediationrepository.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>

namespace linli {

namespace {

// Every case that may count this year: accepted by the month's end. The day it left mediation
// and the day it reached an agreement come from its history, whatever happened after.
const QString kCases = QStringLiteral(
    "SELECT c.type, c.source, c.accepted_on, c.averted_criminal,"
    " (SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id"
    "   AND e.from_state IN ('accepted', 'investigating', 'mediating')"
    "   AND e.to_state NOT IN ('accepted', 'investigating', 'mediating')) AS concluded_at,"
    " (SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id"
    "   AND e.to_state = 'agreement_reached') AS succeeded_at,"
    " EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id) AS written,"
    " (SELECT count(*) FROM case_parties p WHERE p.case_id = c.id) AS parties,"
    " (SELECT coalesce(sum(s.total_fen), 0) FROM cost_shares s WHERE s.case_id = c.id"
    "   AND s.voided_on IS NULL)"
    "  AS cost_shared_fen"
    " FROM mediation_cases c WHERE c.accepted_on <= :to"
    " AND (:scope_in_one = 0 OR c.community_id = :scope_community)"
    " ORDER BY c.id");

bool within(QDate day, QDate from, QDate to) {
    return day.isValid() && day >= from && day <= to;
}

struct CaseRow {
    OfficialCategory category;
    CaseSource source;
    QDate accepted;
    QDate concluded;
    QDate succeeded;
    bool written;
    bool avertedCriminal;
    int parties;
    qint64 costSharedFen;
};

void count(MediationTally &tally, const CaseRow &c, QDate from, QDate to) {
    if (within(c.accepted, from, to)) {
        ++tally.accepted;
        ++tally.acceptedByCategory[c.category];
        ++tally.acceptedBySource[c.source];
        tally.parties += c.parties;
    }
    if (within(c.concluded, from, to)) {
        ++tally.concluded;
        tally.daysToConclude << int(c.accepted.daysTo(c.concluded));
        if (c.avertedCriminal)
            ++tally.avertedCriminal;
    }
    if (within(c.succeeded, from, to)) {
        ++tally.succeeded;
        ++(c.written ? tally.written : tally.oral);
        tally.costSharedFen += c.costSharedFen;
    }
}

} // namespace

std::optional<double> MediationTally::successRate() const {
    if (concluded == 0)
        return std::nullopt;
    return double(succeeded) / concluded;
}

std::optional<double> MediationTally::medianDaysToConclude() const {
    if (daysToConclude.isEmpty())
        return std::nullopt;
    QList<int> days = daysToConclude;
    std::sort(days.begin(), days.end());
    const qsizetype middle = days.size() / 2;
    return days.size() % 2 ? double(days.at(middle))
                           : (days.at(middle - 1) + days.at(middle)) / 2.0;
}

Result<MediationStatistics> MediationStatistics::compute(const Database &database, QDate month) {
    MediationStatistics s;
    s.month = QDate(month.year(), month.month(), 1);
    const QDate monthEnd = s.month.addMonths(1).addDays(-1);
    const QDate yearStart(month.year(), 1, 1);
    const auto mapping = MediationRepository(database).officialCategories();
    if (!mapping)
        return mapping.status();
    auto query = sql::Statement::run(database.connection(), kCases,
                                     sql::Params{{"to", monthEnd}} +
                                         CommunityScope::params(database.session()));
    if (!query)
        return query.status();
    while (query->next()) {
        const CaseType type = codes::caseTypeFrom(query->text("type"));
        const CaseRow c{mapping->value(type, OfficialCategories::defaultFor(type)),
                        codes::caseSourceFrom(query->text("source")),
                        query->date("accepted_on"),
                        query->moment("concluded_at").date(),
                        query->moment("succeeded_at").date(),
                        query->flag("written"),
                        query->flag("averted_criminal"),
                        int(query->integer("parties")),
                        query->integer("cost_shared_fen")};
        count(s.thisMonth, c, s.month, monthEnd);
        count(s.yearToDate, c, yearStart, monthEnd);
    }
    if (Status read = query->status(); !read)
        return read;
    return s;
}

} // namespace linli
