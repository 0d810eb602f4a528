#include "mediation/costsplit.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace linli {

namespace {
constexpr qint64 kMaxTotalFen = 100'000'000'000LL; // a thousand million yuan: beyond any repair
constexpr int kMaxWeight = 1'000'000;
} // namespace

Result<QList<qint64>> CostSplit::byWeight(qint64 totalFen, const QList<int> &weights) {
    using R = Result<QList<qint64>>;
    if (weights.isEmpty())
        return R::failure(tr("Choose at least one household to share the cost."));
    if (totalFen < 0)
        return R::failure(tr("The amount cannot be negative."));
    if (totalFen > kMaxTotalFen)
        return R::failure(tr("The amount is too large."));
    for (int weight : weights) {
        if (weight <= 0 || weight > kMaxWeight)
            return R::failure(
                tr("Each household's weight must be a whole number from 1 to %1.").arg(kMaxWeight));
    }
    const qint64 weightSum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    QList<qint64> parts(weights.size());
    QList<qint64> remainders(weights.size());
    qint64 assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        // total ≤ 1e11 and weight ≤ 1e6 keep the product inside 64 bits.
        const qint64 exact = totalFen * weights.at(i);
        parts[i] = exact / weightSum;
        remainders[i] = exact % weightSum;
        assigned += parts[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
        return remainders[a] > remainders[b];
    });
    for (qint64 left = totalFen - assigned, k = 0; left > 0; --left, ++k)
        ++parts[order.at(k)];
    return parts;
}

Result<QList<qint64>> CostSplit::equally(qint64 totalFen, int households) {
    if (households <= 0)
        return Result<QList<qint64>>::failure(
            tr("Choose at least one household to share the cost."));
    return byWeight(totalFen, QList<int>(households, 1));
}

QString CostSplit::yuan(qint64 fen) {
    const bool negative = fen < 0;
    const qint64 absolute = negative ? -fen : fen;
    QString whole = QString::number(absolute / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + whole + u'.' +
           QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

Result<qint64> CostSplit::parseYuan(const QString &text) {
    static const QRegularExpression kAmount(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    QString clean = text.trimmed();
    clean.remove(u',');
    clean.remove(u'，');
    const auto match = kAmount.match(clean);
    if (!match.hasMatch())
        return Result<qint64>::failure(
            tr("Write the amount in yuan, with at most two decimals, e.g. 1280 or 1280.50."));
    qint64 fen = match.captured(1).toLongLong() * 100;
    const QString decimals = match.captured(2);
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toInt() * 10 : decimals.toInt();
    if (fen > kMaxTotalFen)
        return Result<qint64>::failure(tr("The amount is too large."));
    return fen;
}

} // namespace linli
