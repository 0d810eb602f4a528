#include "mediation/agreementrepository.h"

#include "common/isotime.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kAgreement = QStringLiteral("SELECT id, signed_on FROM agreements WHERE case_id = ?");
const QString kTerms = QStringLiteral("SELECT text, performance, due_on FROM agreement_terms WHERE "
                                      "agreement_id = ? ORDER BY position");
const QString kShares = QStringLiteral("SELECT id FROM cost_shares WHERE case_id = ? ORDER BY id");
const QString kShare =
    QStringLiteral("SELECT id, case_id, description, total_fen FROM cost_shares WHERE id = ?");
const QString kParts = QStringLiteral(
    "SELECT p.household_id, h.address, p.weight, p.amount_fen, p.paid FROM cost_share_parts p"
    " JOIN households h ON h.id = p.household_id WHERE p.cost_share_id = ?"
    " ORDER BY length(h.address), h.address");
const QString kFollowUps =
    QStringLiteral("SELECT visited_on, carried_out, notes FROM case_followups WHERE case_id = ? "
                   "ORDER BY visited_on, id");
const QString kInsertAgreement =
    QStringLiteral("INSERT INTO agreements (case_id, signed_on) VALUES (?, ?)");
const QString kUpdateAgreement = QStringLiteral("UPDATE agreements SET signed_on = ? WHERE id = ?");
const QString kClearTerms = QStringLiteral("DELETE FROM agreement_terms WHERE agreement_id = ?");
const QString kInsertTerm = QStringLiteral("INSERT INTO agreement_terms (agreement_id, position, "
                                           "text, performance, due_on) VALUES (?, ?, ?, ?, ?)");
const QString kInsertShare =
    QStringLiteral("INSERT INTO cost_shares (case_id, description, total_fen) VALUES (?, ?, ?)");
const QString kInsertPart = QStringLiteral("INSERT INTO cost_share_parts (cost_share_id, "
                                           "household_id, weight, amount_fen) VALUES (?, ?, ?, ?)");
const QString kSetPaid = QStringLiteral(
    "UPDATE cost_share_parts SET paid = ? WHERE cost_share_id = ? AND household_id = ?");
const QString kInsertFollowUp = QStringLiteral(
    "INSERT INTO case_followups (case_id, visited_on, carried_out, notes) VALUES (?, ?, ?, ?)");

} // namespace

Result<std::optional<Agreement>> AgreementRepository::agreement(CaseId id) const {
    auto query = sql::run(m_database.connection(), kAgreement, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return std::optional<Agreement>();
    Agreement a;
    a.id = query->value(0).toLongLong();
    a.caseId = id;
    a.signedOn = iso::date(query->value(1).toString());
    auto terms = sql::run(m_database.connection(), kTerms, {a.id});
    if (!terms)
        return terms.status();
    while (terms->next())
        a.terms.append({terms->value(0).toString(), terms->value(1).toString(),
                        iso::date(terms->value(2).toString())});
    return std::optional<Agreement>(a);
}

Result<CostShare> AgreementRepository::costShare(qint64 id) const {
    auto query = sql::run(m_database.connection(), kShare, {id});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<CostShare>::failure(tr("The cost share no longer exists."));
    CostShare share;
    share.id = query->value(0).toLongLong();
    share.caseId = CaseId{query->value(1).toLongLong()};
    share.description = query->value(2).toString();
    share.totalFen = query->value(3).toLongLong();
    auto parts = sql::run(m_database.connection(), kParts, {id});
    if (!parts)
        return parts.status();
    while (parts->next())
        share.parts.append({HouseholdId{parts->value(0).toLongLong()}, parts->value(1).toString(),
                            parts->value(2).toInt(), parts->value(3).toLongLong(),
                            parts->value(4).toBool()});
    return share;
}

Result<QList<CostShare>> AgreementRepository::costShares(CaseId id) const {
    auto query = sql::run(m_database.connection(), kShares, {id.value});
    if (!query)
        return query.status();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    QList<CostShare> shares;
    for (qint64 shareId : std::as_const(ids)) {
        auto share = costShare(shareId);
        if (!share)
            return share.status();
        shares.append(*share);
    }
    return shares;
}

Result<QList<CaseFollowUp>> AgreementRepository::followUps(CaseId id) const {
    auto query = sql::run(m_database.connection(), kFollowUps, {id.value});
    if (!query)
        return query.status();
    QList<CaseFollowUp> list;
    while (query->next())
        list.append({iso::date(query->value(0).toString()), query->value(1).toBool(),
                     query->value(2).toString()});
    return list;
}

Status AgreementRepository::saveAgreement(const WriteContext &context, const Agreement &a) {
    auto existing = sql::scalar(context.connection(),
                                QStringLiteral("SELECT id FROM agreements WHERE case_id = ?"),
                                {a.caseId.value});
    if (!existing)
        return existing.status();
    qint64 id = existing->toLongLong();
    if (id > 0) {
        if (auto done = context.run(kUpdateAgreement, {a.signedOn.toString(Qt::ISODate), id});
            !done)
            return done.status();
        if (auto done = context.run(kClearTerms, {id}); !done)
            return done.status();
    } else {
        auto inserted =
            context.insert(kInsertAgreement, {a.caseId.value, a.signedOn.toString(Qt::ISODate)});
        if (!inserted)
            return inserted.status();
        id = *inserted;
    }
    for (qsizetype i = 0; i < a.terms.size(); ++i) {
        const AgreementTerm &term = a.terms.at(i);
        if (auto done = context.run(
                kInsertTerm,
                {id, int(i + 1), term.text.trimmed(), sql::notNull(term.performance.trimmed()),
                 term.dueOn.isValid() ? QVariant(term.dueOn.toString(Qt::ISODate)) : QVariant()});
            !done)
            return done.status();
    }
    return context.audit(QStringLiteral("agreement"), id,
                         existing->toLongLong() > 0 ? WriteContext::Action::Update
                                                    : WriteContext::Action::Create,
                         {{QStringLiteral("case_id"), a.caseId.value},
                          {QStringLiteral("terms"), int(a.terms.size())}});
}

Result<qint64> AgreementRepository::insertCostShare(const WriteContext &context,
                                                    const CostShare &share) {
    auto id = context.insert(kInsertShare, {share.caseId.value, share.description, share.totalFen});
    if (!id)
        return id.status();
    for (const CostSharePart &part : share.parts) {
        if (auto done =
                context.run(kInsertPart, {*id, part.household.value, part.weight, part.amountFen});
            !done)
            return done.status();
    }
    if (Status audited =
            context.audit(QStringLiteral("cost_share"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("case_id"), share.caseId.value},
                           {QStringLiteral("total_fen"), share.totalFen},
                           {QStringLiteral("households"), int(share.parts.size())}});
        !audited)
        return audited;
    return *id;
}

Status AgreementRepository::setPaid(const WriteContext &context, qint64 costShare,
                                    HouseholdId household, bool paid) {
    if (Status done = context.change(kSetPaid, {paid, costShare, household.value},
                                     tr("The household is not part of this cost share."));
        !done)
        return done;
    return context.audit(
        QStringLiteral("cost_share"), costShare, WriteContext::Action::Update,
        {{QStringLiteral("household_id"), household.value}, {QStringLiteral("paid"), paid}});
}

Status AgreementRepository::insertFollowUp(const WriteContext &context, CaseId id,
                                           const CaseFollowUp &f) {
    auto inserted =
        context.insert(kInsertFollowUp, {id.value, f.visitedOn.toString(Qt::ISODate), f.carriedOut,
                                         sql::notNull(f.notes.trimmed())});
    if (!inserted)
        return inserted.status();
    return context.audit(
        QStringLiteral("case_followup"), *inserted, WriteContext::Action::Create,
        {{QStringLiteral("case_id"), id.value}, {QStringLiteral("carried_out"), f.carriedOut}});
}

} // namespace linli
