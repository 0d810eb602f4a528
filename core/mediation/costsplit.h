#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// Splits a sum of money, held as integer fen, across households — equally or by weight — so
/// that the parts add up to the total exactly: each part is its exact share rounded down, and
/// the fen left over go one each to the parts whose shares lost the most in rounding (ties to
/// the earlier household). A repair of 100 fen over three households is 34 + 33 + 33.
class CostSplit final {
    Q_DECLARE_TR_FUNCTIONS(linli::CostSplit)
public:
    /// By weights in hundredths (a weight of 1 is 100; a floor area of 89.5 m² is 8950).
    static Result<QList<qint64>> byWeight(qint64 totalFen, const QList<qint64> &weights);
    static Result<QList<qint64>> equally(qint64 totalFen, int households);
    /// "1,234.56" — fen as yuan for documents and lists.
    static QString yuan(qint64 fen);
    /// Reads "1234.5" or "1,234.56" yuan; fails on anything else (and on more than two decimals).
    static Result<qint64> parseYuan(const QString &text);
    /// A weight in hundredths as typed and printed: "2", "89.5", "0.25".
    static QString weightText(qint64 hundredths);
    /// Reads a weight of up to two decimals, above 0 and at most 100,000, into hundredths.
    static Result<qint64> parseWeight(const QString &text);
};

} // namespace linli
