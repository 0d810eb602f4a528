#pragma once

#include "aid/station.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QMap>

namespace linli {

class Database;

/// One line of the station's ledger: a donation in, or something taken out.
struct StationLedgerLine {
    QDate on;
    bool in = true;
    StationCategory category = StationCategory::Other;
    QString description;
    int quantity = 0;
    QString who; ///< donor (empty: anonymous) or taker
};

/// The mutual-aid station's shelf: donations, what was taken, and what is on hand — which is
/// never negative: a take is checked against the stock inside its transaction.
class StationRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::StationRepository)
public:
    explicit StationRepository(const Database &database)
        : m_database(database) {}

    /// Donations, newest first; only those with something left when `inStockOnly`.
    Result<QList<StationItem>> items(bool inStockOnly) const;
    Result<StationItem> item(StationItemId id) const;
    Result<QMap<StationCategory, int>> stock() const;
    /// The stock as it stood at the end of `day`: a past month's ledger closes with it.
    Result<QMap<StationCategory, int>> stockOn(QDate day) const;
    Result<QList<StationLedgerLine>> ledger(QDate from, QDate to) const;

    static Result<StationItemId> insert(const WriteContext &context, const StationItem &item);
    static Result<StationTakeId> insert(const WriteContext &context, const StationTake &take);

private:
    Result<QMap<StationCategory, int>> stockOf(const QString &statement,
                                               const sql::Params &params) const;

    const Database &m_database;
};

} // namespace linli
