#include "aid/stationrepository.h"

#include "access/communityscope.h"
#include "aid/aidcodes.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kOnHand = QStringLiteral("i.quantity - coalesce((SELECT sum(t.quantity) FROM "
                                       "station_takes t WHERE t.item_id = i.id), 0)");
// Each community keeps its own station. Binds: the session's community, twice.
const QString kInScope = CommunityScope::ofColumn(QStringLiteral("i.community_id"));
const QString kColumns =
    QStringLiteral("i.id, i.category, i.description, i.quantity, i.donor_resident_id, i.donor_name,"
                   " i.donated_on, ") +
    kOnHand;
const QString kItems = QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM station_items i WHERE (? = 0 OR ") + kOnHand +
                       QStringLiteral(" > 0) AND ") + kInScope +
                       QStringLiteral(" ORDER BY i.donated_on DESC, i.id DESC");
const QString kItem =
    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM station_items i WHERE i.id = ?");
const QString kStock = QStringLiteral("SELECT i.category, sum(") + kOnHand +
                       QStringLiteral(") FROM station_items i WHERE ") + kInScope +
                       QStringLiteral(" GROUP BY i.category");
const QString kLedger =
    QStringLiteral("SELECT i.donated_on, 1, i.category, i.description, i.quantity, i.donor_name,"
                   " i.id FROM station_items i WHERE i.donated_on BETWEEN ? AND ? AND ") +
    kInScope +
    QStringLiteral(" UNION ALL SELECT t.taken_on, 0, i.category, i.description, t.quantity,"
                   " t.taker_name, t.id FROM station_takes t JOIN station_items i"
                   " ON i.id = t.item_id WHERE t.taken_on BETWEEN ? AND ? AND ") +
    kInScope + QStringLiteral(" ORDER BY 1, 2 DESC, 7");
const QString kInsertItem = QStringLiteral(
    "INSERT INTO station_items (category, description, quantity, donor_resident_id, donor_name,"
    " donated_on, recorded_by, community_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertTake = QStringLiteral(
    "INSERT INTO station_takes (item_id, taken_on, taker_resident_id, taker_name, quantity,"
    " wish_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)");

StationItem itemFrom(const QSqlQuery &q) {
    StationItem item;
    item.id = StationItemId{q.value(0).toLongLong()};
    item.category = aidcodes::stationCategoryFrom(q.value(1).toString());
    item.description = q.value(2).toString();
    item.quantity = q.value(3).toInt();
    item.donorId = ResidentId{q.value(4).toLongLong()};
    item.donorName = q.value(5).toString();
    item.donatedOn = sql::dateFrom(q.value(6));
    item.onHand = q.value(7).toInt();
    return item;
}

} // namespace

Result<QList<StationItem>> StationRepository::items(bool inStockOnly) const {
    auto query =
        sql::run(m_database.connection(), kItems,
                 QVariantList{inStockOnly ? 1 : 0} + CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<StationItem> list;
    while (query->next())
        list.append(itemFrom(*query));
    return list;
}

Result<StationItem> StationRepository::item(StationItemId id) const {
    auto query = sql::run(m_database.connection(), kItem, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<StationItem>::failure(tr("The donation no longer exists."));
    return itemFrom(*query);
}

Result<QMap<StationCategory, int>> StationRepository::stock() const {
    auto query =
        sql::run(m_database.connection(), kStock, CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QMap<StationCategory, int> stock;
    while (query->next())
        stock.insert(aidcodes::stationCategoryFrom(query->value(0).toString()),
                     query->value(1).toInt());
    return stock;
}

Result<QList<StationLedgerLine>> StationRepository::ledger(QDate from, QDate to) const {
    auto query = sql::run(m_database.connection(), kLedger,
                          QVariantList{sql::dateText(from), sql::dateText(to)} +
                              CommunityScope::values(m_database.session()) +
                              QVariantList{sql::dateText(from), sql::dateText(to)} +
                              CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<StationLedgerLine> lines;
    while (query->next())
        lines.append({sql::dateFrom(query->value(0)), query->value(1).toInt() == 1,
                      aidcodes::stationCategoryFrom(query->value(2).toString()),
                      query->value(3).toString(), query->value(4).toInt(),
                      query->value(5).toString()});
    return lines;
}

Result<StationItemId> StationRepository::insert(const WriteContext &context,
                                                const StationItem &item) {
    const auto community = context.communityOfNewRecord({{}, {}, {}, item.donorId});
    if (!community)
        return community.status();
    auto id =
        context.insert(kInsertItem, {aidcodes::stationCategory(item.category), item.description,
                                     item.quantity, sql::idOrNull(item.donorId),
                                     sql::notNull(item.donorName), sql::dateText(item.donatedOn),
                                     context.operatorName(), sql::idOrNull(*community)});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("station_item"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("description"), item.description},
                           {QStringLiteral("quantity"), item.quantity}});
        !audited)
        return audited;
    return StationItemId{*id};
}

Result<StationTakeId> StationRepository::insert(const WriteContext &context,
                                                const StationTake &take) {
    // Checked here, inside the write: two desks cannot both take the last one.
    auto left = context.run(QStringLiteral("SELECT ") + kOnHand +
                                QStringLiteral(" FROM station_items i WHERE i.id = ?"),
                            {take.itemId.value});
    if (!left)
        return left.status();
    if (!left->next())
        return Result<StationTakeId>::failure(tr("The donation no longer exists."));
    const int onHand = left->value(0).toInt();
    if (take.quantity > onHand)
        return Result<StationTakeId>::failure(
            onHand == 0 ? tr("None of it is left on the shelf.")
                        : tr("Only %1 left on the shelf; %2 cannot be taken.")
                              .arg(onHand)
                              .arg(take.quantity));
    auto id =
        context.insert(kInsertTake, {take.itemId.value, sql::dateText(take.takenOn),
                                     sql::idOrNull(take.takerId), take.takerName, take.quantity,
                                     take.wishId > 0 ? QVariant(take.wishId) : QVariant(),
                                     context.operatorName()});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("station_take"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("item_id"), take.itemId.value},
                           {QStringLiteral("quantity"), take.quantity},
                           {QStringLiteral("taker"), take.takerName}});
        !audited)
        return audited;
    return StationTakeId{*id};
}

} // namespace linli
