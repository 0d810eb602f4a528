#pragma once

#include "common/result.h"
#include "mediation/agreement.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <optional>

namespace linli {

class Database;

/// Agreements with their terms, cost shares with each household's part, and follow-up visits.
class AgreementRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::AgreementRepository)
public:
    explicit AgreementRepository(const Database &database)
        : m_database(database) {}

    Result<std::optional<Agreement>> agreement(CaseId id) const;
    Result<QList<CostShare>> costShares(CaseId id) const;
    Result<CostShare> costShare(qint64 id) const;
    Result<QList<CaseFollowUp>> followUps(CaseId id) const;

    /// Stores the agreement, replacing its terms when it exists.
    static Status saveAgreement(const WriteContext &context, const Agreement &agreement);
    static Result<qint64> insertCostShare(const WriteContext &context, const CostShare &share);
    static Status setPaid(const WriteContext &context, qint64 costShare, HouseholdId household,
                          bool paid);
    static Status voidCostShare(const WriteContext &context, qint64 costShare, QDate on,
                                const QString &by, const QString &reason);
    static Status insertFollowUp(const WriteContext &context, CaseId id,
                                 const CaseFollowUp &followUp);

private:
    const Database &m_database;
};

} // namespace linli
