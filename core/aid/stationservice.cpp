#include "aid/stationservice.h"

#include "access/access.h"
#include "storage/database.h"

#include <QSet>

#include <algorithm>

namespace linli {

namespace {

// Chinese has no spaces: two texts are compared by the character pairs they share.
QSet<QString> bigrams(const QString &text) {
    QSet<QString> pairs;
    QString letters;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            letters += c.toLower();
        else
            letters += u' ';
    }
    for (qsizetype i = 0; i + 1 < letters.size(); ++i) {
        if (!letters.at(i).isSpace() && !letters.at(i + 1).isSpace())
            pairs.insert(letters.mid(i, 2));
    }
    return pairs;
}

// Words a wish uses for each shelf category.
QStringList wordsFor(StationCategory category) {
    switch (category) {
    case StationCategory::Books:
        return {QStringLiteral("书"), QStringLiteral("绘本"), QStringLiteral("课本")};
    case StationCategory::Toys:
        return {QStringLiteral("玩具"), QStringLiteral("积木")};
    case StationCategory::DailyGoods:
        return {QStringLiteral("日用"), QStringLiteral("毛巾"), QStringLiteral("锅"),
                QStringLiteral("碗"),   QStringLiteral("轮椅"), QStringLiteral("拐杖")};
    case StationCategory::Clothes:
        return {QStringLiteral("衣"), QStringLiteral("被"), QStringLiteral("鞋"),
                QStringLiteral("裤")};
    case StationCategory::Other:
        return {};
    }
    return {};
}

} // namespace

StationService::StationService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Result<StationItemId> StationService::donate(StationItem item) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    item.description = item.description.simplified();
    item.donorName = item.donorName.simplified();
    if (item.description.isEmpty())
        return Result<StationItemId>::failure(tr("Say what was donated."));
    if (item.quantity < 1)
        return Result<StationItemId>::failure(tr("A donation is at least one piece."));
    if (!item.donatedOn.isValid())
        item.donatedOn = m_database.clock().today();
    if (item.donatedOn > m_database.clock().today())
        return Result<StationItemId>::failure(tr("A donation is recorded on the day it came."));
    const auto id = m_database.writeReturning<StationItemId>(
        [&](const WriteContext &context) { return StationRepository::insert(context, item); });
    if (id)
        Q_EMIT stationChanged();
    return id;
}

Result<StationTakeId> StationService::take(StationTake take) {
    if (Status allowed = m_database.require(Permission::EditMutualAid); !allowed)
        return allowed;
    take.takerName = take.takerName.simplified();
    if (take.takerName.isEmpty())
        return Result<StationTakeId>::failure(tr("Say who took it."));
    if (take.quantity < 1)
        return Result<StationTakeId>::failure(tr("Take at least one piece."));
    if (!take.takenOn.isValid())
        take.takenOn = m_database.clock().today();
    const auto id = m_database.writeReturning<StationTakeId>(
        [&](const WriteContext &context) { return StationRepository::insert(context, take); });
    if (id)
        Q_EMIT stationChanged();
    return id;
}

Result<QList<StationItem>> StationService::sittingLong(int days) const {
    const auto items = m_repository.items(true);
    if (!items)
        return items.status();
    const QDate cutoff = m_database.clock().today().addDays(-days);
    QList<StationItem> old;
    for (const StationItem &item : *items) {
        if (item.donatedOn < cutoff)
            old.append(item);
    }
    std::sort(old.begin(), old.end(),
              [](const StationItem &a, const StationItem &b) { return a.donatedOn < b.donatedOn; });
    return old;
}

Result<QList<StationItem>> StationService::suggestionsFor(const Wish &wish) const {
    if (wish.kind != WishKind::Item)
        return QList<StationItem>();
    const auto items = m_repository.items(true);
    if (!items)
        return items.status();
    const QSet<QString> wished = bigrams(wish.text);
    QList<std::pair<int, StationItem>> scored;
    for (const StationItem &item : *items) {
        int score = int((bigrams(item.description) & wished).size()) * 2;
        for (const QString &word : wordsFor(item.category)) {
            if (wish.text.contains(word) && item.description.contains(word))
                score += 2;
            else if (wish.text.contains(word))
                score += 1;
        }
        if (score > 0)
            scored.append({score, item});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<StationItem> best;
    for (const auto &[score, item] : scored)
        best.append(item);
    return best;
}

} // namespace linli
