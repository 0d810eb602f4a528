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
    "SELECT c.type, c.source, c.accepted_on, c.averted_criminal, c.averted_suicide,"
    " c.averted_group_petition, c.averted_group_fight,"
    " (SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id"
    "   AND e.from_state IN ('accepted', 'investigating', 'mediating')"
    "   AND e.to_state NOT IN ('accepted', 'investigating', 'mediating')) AS concluded_at,"
    " (SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id"
    "   AND e.to_state = 'agreement_reached') AS succeeded_at,"
    " a.id IS NOT NULL AS written, coalesce(a.amount_fen, 0) AS agreed_fen, a.confirmed_on,"
    " a.signed_on,"
    " (SELECT count(*) FROM case_parties p WHERE p.case_id = c.id) AS parties"
    " FROM mediation_cases c LEFT JOIN agreements a ON a.case_id = c.id"
    " WHERE c.accepted_on <= :to"
    " AND (:scope_in_one = 0 OR c.community_id = :scope_community)"
    " ORDER BY c.id");

// The screening rounds of the year up to the month's end.
const QString kScreenings = QStringLiteral(
    "SELECT held_on, found, prevented FROM dispute_screenings"
    " WHERE held_on >= :from AND held_on <= :to"
    " AND (:scope_in_one = 0 OR community_id = :scope_community) ORDER BY held_on, id");

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
    QList<Averted> averted;
    int parties;
    qint64 agreedFen;
    QDate confirmed;
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
        for (const Averted what : c.averted)
            ++tally.averted[what];
    }
    if (within(c.succeeded, from, to)) {
        ++tally.succeeded;
        ++(c.written ? tally.written : tally.oral);
        tally.agreedFen += c.agreedFen;
    }
    if (within(c.confirmed, from, to))
        ++tally.confirmed;
}

void countScreening(MediationTally &tally, QDate heldOn, int found, int prevented, QDate from,
                    QDate to) {
    if (!within(heldOn, from, to))
        return;
    ++tally.screenings;
    tally.found += found;
    tally.prevented += prevented;
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
        QList<Averted> averted;
        for (const Averted what : kEveryAverted)
            if (query->flag(codes::avertedColumn(what)))
                averted << what;
        const CaseRow c{mapping->value(type, OfficialCategories::defaultFor(type)),
                        codes::caseSourceFrom(query->text("source")), query->date("accepted_on"),
                        query->moment("concluded_at").date(),
                        // Succeeded on the day the agreement was signed, when one was written
                        // (it may be put on file days later); else the day the case said so.
                        query->date("signed_on").isValid() &&
                                query->moment("succeeded_at").isValid()
                            ? query->date("signed_on")
                            : query->moment("succeeded_at").date(),
                        query->flag("written"), averted, int(query->integer("parties")),
                        query->integer("agreed_fen"), query->date("confirmed_on")};
        count(s.thisMonth, c, s.month, monthEnd);
        count(s.yearToDate, c, yearStart, monthEnd);
    }
    if (Status read = query->status(); !read)
        return read;
    auto rounds = sql::Statement::run(database.connection(), kScreenings,
                                      sql::Params{{"from", yearStart}, {"to", monthEnd}} +
                                          CommunityScope::params(database.session()));
    if (!rounds)
        return rounds.status();
    while (rounds->next()) {
        const QDate heldOn = rounds->date("held_on");
        const int found = int(rounds->integer("found"));
        const int prevented = int(rounds->integer("prevented"));
        countScreening(s.thisMonth, heldOn, found, prevented, s.month, monthEnd);
        countScreening(s.yearToDate, heldOn, found, prevented, yearStart, monthEnd);
    }
    if (Status read = rounds->status(); !read)
        return read;
    return s;
}

} // namespace linli
