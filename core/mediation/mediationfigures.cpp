#include "mediation/mediationfigures.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "mediation/casestatemachine.h"
#include "mediation/mediationcodes.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <algorithm>

namespace linli {

namespace {

const QString kCases = QStringLiteral(
    "SELECT c.type, c.source, c.state, c.accepted_on, c.closed_on,"
    " EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id),"
    " (SELECT coalesce(sum(s.total_fen), 0) FROM cost_shares s WHERE s.case_id = c.id),"
    " c.averted_criminal"
    " FROM mediation_cases c WHERE c.accepted_on >= ? AND c.accepted_on <= ?"
    " AND (? = 0 OR c.community_id = ?)");

} // namespace

Result<MediationFigures> MediationFigures::compute(const Database &database, QDate from, QDate to) {
    auto query = sql::run(database.connection(), kCases,
                          QVariantList{from.toString(Qt::ISODate), to.toString(Qt::ISODate)} +
                              CommunityScope::values(database.session()));
    if (!query)
        return query.status();
    MediationFigures f;
    QList<qint64> daysToClose;
    while (query->next()) {
        const CaseState state = codes::caseStateFrom(query->value(2).toString());
        ++f.accepted;
        ++f.byType[codes::caseTypeFrom(query->value(0).toString())];
        ++f.bySource[codes::caseSourceFrom(query->value(1).toString())];
        ++f.byState[state];
        if (!CaseStateMachine::isOpen(state)) {
            ++f.concluded;
            const bool agreed = query->value(5).toBool() && state != CaseState::NoAgreement &&
                                state != CaseState::Withdrawn && state != CaseState::Referred;
            if (agreed)
                ++f.agreements;
        }
        f.costSharedFen += query->value(6).toLongLong();
        f.avertedCriminal += query->value(7).toBool() ? 1 : 0;
        const QDate accepted = iso::date(query->value(3).toString());
        const QDate closed = iso::date(query->value(4).toString());
        if (closed.isValid())
            daysToClose << accepted.daysTo(closed);
    }
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
