#include "mediation/mediationfigures.h"

#include "access/communityscope.h"
#include "mediation/casestatemachine.h"
#include "mediation/mediationcodes.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>

namespace linli {

namespace {

const QString kCases = QStringLiteral(
    "SELECT c.type, c.source, c.state, c.accepted_on, c.closed_on,"
    " EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id) AS has_agreement,"
    " (SELECT coalesce(sum(s.total_fen), 0) FROM cost_shares s WHERE s.case_id = c.id"
    "   AND s.voided_on IS NULL)"
    "  AS cost_shared_fen,"
    " c.averted_criminal"
    " FROM mediation_cases c WHERE c.accepted_on >= :from AND c.accepted_on <= :to"
    " AND (:scope_in_one = 0 OR c.community_id = :scope_community)");

} // namespace

Result<MediationFigures> MediationFigures::compute(const Database &database, QDate from, QDate to) {
    auto query = sql::Statement::run(database.connection(), kCases,
                                     sql::Params{{"from", from}, {"to", to}} +
                                         CommunityScope::params(database.session()));
    if (!query)
        return query.status();
    MediationFigures f;
    QList<qint64> daysToClose;
    while (query->next()) {
        const CaseState state = codes::caseStateFrom(query->text("state"));
        ++f.accepted;
        ++f.byType[codes::caseTypeFrom(query->text("type"))];
        ++f.bySource[codes::caseSourceFrom(query->text("source"))];
        ++f.byState[state];
        if (!CaseStateMachine::isOpen(state)) {
            ++f.concluded;
            const bool agreed = query->flag("has_agreement") && state != CaseState::NoAgreement &&
                                state != CaseState::Withdrawn && state != CaseState::Referred;
            if (agreed)
                ++f.agreements;
        }
        f.costSharedFen += query->integer("cost_shared_fen");
        f.avertedCriminal += query->flag("averted_criminal") ? 1 : 0;
        const QDate accepted = query->date("accepted_on");
        const QDate closed = query->date("closed_on");
        if (closed.isValid())
            daysToClose << accepted.daysTo(closed);
    }
    if (Status read = query->status(); !read)
        return read;
    if (f.concluded > 0)
        f.agreementRate = double(f.agreements) / f.concluded;
    if (!daysToClose.isEmpty()) {
        std::sort(daysToClose.begin(), daysToClose.end());
        const qsizetype middle = daysToClose.size() / 2;
        f.medianDaysToClose = daysToClose.size() % 2
                                  ? double(daysToClose.at(middle))
                                  : (daysToClose.at(middle - 1) + daysToClose.at(middle)) / 2.0;
    }
    return f;
}

} // namespace linli
