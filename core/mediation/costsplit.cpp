#include "mediation/costsplit.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace linli {

namespace {
constexpr qint64 kMaxTotalFen = 100'000'000'000LL; // a thousand million yuan: beyond any repair
constexpr qint64 kMaxWeight = 10'000'000;          // 100,000.00: beyond any floor area
} // namespace

Result<QList<qint64>> CostSplit::byWeight(qint64 totalFen, const QList<qint64> &weights) {
    using R = Result<QList<qint64>>;
    if (weights.isEmpty())
        return R::failure(tr("Choose at least one household to share the cost."));
    if (totalFen < 0)
        return R::failure(tr("The amount cannot be negative."));
    if (totalFen > kMaxTotalFen)
        return R::failure(tr("The amount is too large."));
    for (const qint64 weight : weights) {
        if (weight <= 0 || weight > kMaxWeight)
            return R::failure(tr("Each household's weight must be from 0.01 to 100,000."));
    }
    const qint64 weightSum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    QList<qint64> parts(weights.size());
    QList<qint64> remainders(weights.size());
    qint64 assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        // total ≤ 1e11 and weight ≤ 1e7 keep the product inside 64 bits.
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
    return byWeight(totalFen, QList<qint64>(households, 100));
}

QString CostSplit::weightText(qint64 hundredths) {
    QString text = QString::number(hundredths / 100);
    if (const qint64 cents = hundredths % 100; cents != 0) {
        text += u'.' + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

Result<qint64> CostSplit::parseWeight(const QString &text) {
    static const QRegularExpression kWeight(QStringLiteral("^(\\d{1,6})(?:\\.(\\d{1,2}))?$"));
    const auto match = kWeight.match(text.trimmed());
    const qint64 hundredths =
        match.hasMatch() ? match.captured(1).toLongLong() * 100 +
                               (match.captured(2).isEmpty()
                                    ? 0
                                    : match.captured(2).leftJustified(2, u'0').toLongLong())
                         : 0;
    if (hundredths <= 0 || hundredths > kMaxWeight)
        return Result<qint64>::failure(
            tr("A weight is a number above 0 with at most two decimals, e.g. 1, 2 or a floor "
               "area of 89.5."));
    return hundredths;
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
