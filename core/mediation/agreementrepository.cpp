#include "mediation/agreementrepository.h"

#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kAgreement =
    QStringLiteral("SELECT id, signed_on, amount_fen, confirmed_on, confirmed_by, version"
                   " FROM agreements WHERE case_id = :case_id");
const QString kTerms = QStringLiteral("SELECT text, performance, due_on FROM agreement_terms WHERE "
                                      "agreement_id = :agreement ORDER BY position, id");
const QString kShares =
    QStringLiteral("SELECT id FROM cost_shares WHERE case_id = :case_id ORDER BY id");
const QString kShare =
    QStringLiteral("SELECT id, case_id, description, total_fen, voided_on, voided_by, void_reason"
                   " FROM cost_shares WHERE id = :cost_share");
const QString kParts =
    QStringLiteral("SELECT p.household_id, h.address, p.weight_hundredths, p.amount_fen, p.paid"
                   " FROM cost_share_parts p"
                   " JOIN households h ON h.id = p.household_id WHERE p.cost_share_id = :cost_share"
                   " ORDER BY length(h.address), h.address, p.household_id");
const QString kFollowUps =
    QStringLiteral("SELECT visited_on, carried_out, notes FROM case_followups WHERE case_id = "
                   ":case_id ORDER BY visited_on, id");
const QString kInsertAgreement = QStringLiteral(
    "INSERT INTO agreements (case_id, signed_on, amount_fen, confirmed_on, confirmed_by)"
    " VALUES (:case_id, :signed_on, :amount_fen, :confirmed_on, :confirmed_by) RETURNING id");
const QString kUpdateAgreement =
    QStringLiteral("UPDATE agreements SET signed_on = :signed_on, amount_fen = :amount_fen,"
                   " confirmed_on = :confirmed_on, confirmed_by = :confirmed_by,"
                   " version = version + 1 WHERE id = :agreement");
const QString kClearTerms =
    QStringLiteral("DELETE FROM agreement_terms WHERE agreement_id = :agreement");
const QString kInsertTerm =
    QStringLiteral("INSERT INTO agreement_terms (agreement_id, position, text, performance, due_on)"
                   " VALUES (:agreement, :position, :text, :performance, :due_on)");
const QString kInsertShare =
    QStringLiteral("INSERT INTO cost_shares (case_id, description, total_fen)"
                   " VALUES (:case_id, :description, :total_fen) RETURNING id");
const QString kInsertPart =
    QStringLiteral("INSERT INTO cost_share_parts (cost_share_id, household_id, weight,"
                   " weight_hundredths, amount_fen)"
                   " VALUES (:cost_share, :household, :weight, :weight_hundredths, :amount_fen)");
const QString kSetPaid =
    QStringLiteral("UPDATE cost_share_parts SET paid = :paid WHERE cost_share_id = :cost_share"
                   " AND household_id = :household");
const QString kInsertFollowUp =
    QStringLiteral("INSERT INTO case_followups (case_id, visited_on, carried_out, notes)"
                   " VALUES (:case_id, :visited_on, :carried_out, :notes) RETURNING id");

} // namespace

Result<std::optional<Agreement>> AgreementRepository::agreement(CaseId id) const {
    auto query = sql::Statement::run(m_database.connection(), kAgreement, {{"case_id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return std::optional<Agreement>();
    Agreement a;
    a.id = query->integer("id");
    a.caseId = id;
    a.signedOn = query->date("signed_on");
    a.amountFen = query->integer("amount_fen");
    a.confirmedOn = query->date("confirmed_on");
    a.confirmedBy = query->text("confirmed_by");
    a.version = int(query->integer("version"));
    auto terms = sql::Statement::run(m_database.connection(), kTerms, {{"agreement", a.id}});
    if (!terms)
        return terms.status();
    while (terms->next())
        a.terms.append({terms->text("text"), terms->text("performance"), terms->date("due_on")});
    if (Status read = terms->status(); !read)
        return read;
    return std::optional<Agreement>(a);
}

Result<CostShare> AgreementRepository::costShare(qint64 id) const {
    auto query = sql::Statement::run(m_database.connection(), kShare, {{"cost_share", id}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<CostShare>::failure(tr("The cost share no longer exists."));
    CostShare share;
    share.id = query->integer("id");
    share.caseId = CaseId{query->integer("case_id")};
    share.description = query->text("description");
    share.totalFen = query->integer("total_fen");
    share.voidedOn = query->date("voided_on");
    share.voidedBy = query->text("voided_by");
    share.voidReason = query->text("void_reason");
    auto parts = sql::Statement::run(m_database.connection(), kParts, {{"cost_share", id}});
    if (!parts)
        return parts.status();
    while (parts->next())
        share.parts.append({HouseholdId{parts->integer("household_id")}, parts->text("address"),
                            parts->integer("weight_hundredths"), parts->integer("amount_fen"),
                            parts->flag("paid")});
    if (Status read = parts->status(); !read)
        return read;
    return share;
}

Result<QList<CostShare>> AgreementRepository::costShares(CaseId id) const {
    auto query = sql::Statement::run(m_database.connection(), kShares, {{"case_id", id.value}});
    if (!query)
        return query.status();
    QList<qint64> ids;
    while (query->next())
        ids << query->integer("id");
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
    auto query = sql::Statement::run(m_database.connection(), kFollowUps, {{"case_id", id.value}});
    if (!query)
        return query.status();
    QList<CaseFollowUp> list;
    while (query->next())
        list.append({query->date("visited_on"), query->flag("carried_out"), query->text("notes")});
    if (Status read = query->status(); !read)
        return read;
    return list;
}

Status AgreementRepository::saveAgreement(const WriteContext &context, const Agreement &a) {
    auto existing = sql::Statement::single(
        context.connection(), QStringLiteral("SELECT id FROM agreements WHERE case_id = :case_id"),
        {{"case_id", a.caseId.value}});
    if (!existing)
        return existing.status();
    qint64 id = existing->toLongLong();
    const sql::Params fields{{"signed_on", a.signedOn},
                             {"amount_fen", a.amountFen},
                             {"confirmed_on", a.confirmedOn},
                             {"confirmed_by", sql::notNull(a.confirmedBy.trimmed())}};
    // Of two desks writing a case's agreement, the second is told who saved first: the form
    // opened on none while one was put on file, or on a version saved over since.
    if (id > 0 && a.id != id)
        return RowVersion::changedFirst(context, QStringLiteral("agreement"), id);
    if (id > 0) {
        if (Status fresh = RowVersion::check(context, QStringLiteral("agreements"),
                                             QStringLiteral("agreement"), id, a.version);
            !fresh)
            return fresh;
        if (auto done = context.run(kUpdateAgreement, fields + sql::Params{{"agreement", id}});
            !done)
            return done.status();
        if (auto done = context.run(kClearTerms, sql::Params{{"agreement", id}}); !done)
            return done.status();
    } else {
        auto inserted =
            context.insert(kInsertAgreement, fields + sql::Params{{"case_id", a.caseId.value}});
        if (!inserted)
            return inserted.status();
        id = *inserted;
    }
    for (qsizetype i = 0; i < a.terms.size(); ++i) {
        const AgreementTerm &term = a.terms.at(i);
        if (auto done =
                context.run(kInsertTerm, {{"agreement", id},
                                          {"position", int(i + 1)},
                                          {"text", term.text.trimmed()},
                                          {"performance", sql::notNull(term.performance.trimmed())},
                                          {"due_on", term.dueOn}});
            !done)
            return done.status();
    }
    return context.audit(QStringLiteral("agreement"), id,
                         existing->toLongLong() > 0 ? WriteContext::Action::Update
                                                    : WriteContext::Action::Create,
                         {{QStringLiteral("case_id"), a.caseId.value},
                          {QStringLiteral("terms"), int(a.terms.size())},
                          {QStringLiteral("amount_fen"), a.amountFen},
                          {QStringLiteral("confirmed_on"), a.confirmedOn.toString(Qt::ISODate)},
                          {QStringLiteral("confirmed_by"), a.confirmedBy.trimmed()}});
}

Result<qint64> AgreementRepository::insertCostShare(const WriteContext &context,
                                                    const CostShare &share) {
    auto id = context.insert(kInsertShare, {{"case_id", share.caseId.value},
                                            {"description", share.description},
                                            {"total_fen", share.totalFen}});
    if (!id)
        return id.status();
    for (const CostSharePart &part : share.parts) {
        if (auto done = context.run(
                kInsertPart, {{"cost_share", *id},
                              {"household", part.household.value},
                              // The whole-number column older copies read.
                              {"weight", std::max<qint64>(1, (part.weightHundredths + 50) / 100)},
                              {"weight_hundredths", part.weightHundredths},
                              {"amount_fen", part.amountFen}});
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

Status AgreementRepository::voidCostShare(const WriteContext &context, qint64 costShare, QDate on,
                                          const QString &by, const QString &reason) {
    if (Status done = context.change(
            QStringLiteral("UPDATE cost_shares SET voided_on = :on, voided_by = :by,"
                           " void_reason = :reason WHERE id = :cost_share AND voided_on IS NULL"),
            {{"on", on}, {"by", by}, {"reason", reason}, {"cost_share", costShare}},
            tr("The cost share is voided already, or no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("cost_share"), costShare, WriteContext::Action::Update,
                         {{QStringLiteral("voided_on"), sql::dateText(on)},
                          {QStringLiteral("void_reason"), reason}});
}

Status AgreementRepository::setPaid(const WriteContext &context, qint64 costShare,
                                    HouseholdId household, bool paid) {
    if (Status done = context.change(
            kSetPaid, {{"paid", paid}, {"cost_share", costShare}, {"household", household.value}},
            tr("The household is not part of this cost share."));
        !done)
        return done;
    return context.audit(
        QStringLiteral("cost_share"), costShare, WriteContext::Action::Update,
        {{QStringLiteral("household_id"), household.value}, {QStringLiteral("paid"), paid}});
}

Status AgreementRepository::insertFollowUp(const WriteContext &context, CaseId id,
                                           const CaseFollowUp &f) {
    auto inserted = context.insert(kInsertFollowUp, {{"case_id", id.value},
                                                     {"visited_on", f.visitedOn},
                                                     {"carried_out", f.carriedOut},
                                                     {"notes", sql::notNull(f.notes.trimmed())}});
    if (!inserted)
        return inserted.status();
    return context.audit(
        QStringLiteral("case_followup"), *inserted, WriteContext::Action::Create,
        {{QStringLiteral("case_id"), id.value}, {QStringLiteral("carried_out"), f.carriedOut}});
}

} // namespace linli
