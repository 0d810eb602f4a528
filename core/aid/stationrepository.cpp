#include "aid/stationrepository.h"

#include "access/communityscope.h"
#include "aid/aidcodes.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

namespace linli {

namespace {

const QString kOnHand = QStringLiteral("i.quantity - coalesce((SELECT sum(t.quantity) FROM "
                                       "station_takes t WHERE t.item_id = i.id), 0)");
// Each community keeps its own station. Binds: the session's community.
const QString kInScope = CommunityScope::ofColumn(QStringLiteral("i.community_id"));
const QString kColumns =
    QStringLiteral("i.id, i.category, i.description, i.quantity, i.donor_resident_id, i.donor_name,"
                   " i.donated_on, ") +
    kOnHand + QStringLiteral(" AS on_hand");
const QString kItems = QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM station_items i WHERE (:in_stock_only = 0 OR ") +
                       kOnHand + QStringLiteral(" > 0) AND ") + kInScope +
                       QStringLiteral(" ORDER BY i.donated_on DESC, i.id DESC");
const QString kItem = QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM station_items i WHERE i.id = :item");
const QString kStock = QStringLiteral("SELECT i.category, sum(") + kOnHand +
                       QStringLiteral(") AS on_hand FROM station_items i WHERE ") + kInScope +
                       QStringLiteral(" GROUP BY i.category ORDER BY i.category");
// As the stock stood at the end of :day: what had come in by then, less what had gone out.
const QString kStockOn =
    QStringLiteral("SELECT i.category, sum(i.quantity - coalesce((SELECT sum(t.quantity) FROM"
                   " station_takes t WHERE t.item_id = i.id AND t.taken_on <= :day), 0))"
                   " AS on_hand FROM station_items i WHERE i.donated_on <= :day AND ") +
    kInScope + QStringLiteral(" GROUP BY i.category ORDER BY i.category");
// Both halves are of the session's community and between the same two days.
const QString kLedger =
    QStringLiteral("SELECT i.donated_on AS day, 1 AS incoming, i.category, i.description,"
                   " i.quantity, i.donor_name AS party, i.id FROM station_items i"
                   " WHERE i.donated_on BETWEEN :from AND :to AND ") +
    kInScope +
    QStringLiteral(" UNION ALL SELECT t.taken_on, 0, i.category, i.description, t.quantity,"
                   " t.taker_name, t.id FROM station_takes t JOIN station_items i"
                   " ON i.id = t.item_id WHERE t.taken_on BETWEEN :from AND :to AND ") +
    kInScope + QStringLiteral(" ORDER BY 1, 2 DESC, 7");
const QString kInsertItem = QStringLiteral(
    "INSERT INTO station_items (category, description, quantity, donor_resident_id, donor_name,"
    " donated_on, recorded_by, community_id) VALUES (:category, :description, :quantity, :donor,"
    " :donor_name, :donated_on, :recorded_by, :community) RETURNING id");
const QString kInsertTake = QStringLiteral(
    "INSERT INTO station_takes (item_id, taken_on, taker_resident_id, taker_name, quantity,"
    " wish_id, recorded_by) VALUES (:item, :taken_on, :taker, :taker_name, :quantity, :wish,"
    " :recorded_by) RETURNING id");
const QString kLeft = QStringLiteral("SELECT ") + kOnHand +
                      QStringLiteral(" AS on_hand FROM station_items i WHERE i.id = :item");

StationItem itemFrom(const sql::Statement &q) {
    StationItem item;
    item.id = StationItemId{q.integer("id")};
    item.category = aidcodes::stationCategoryFrom(q.text("category"));
    item.description = q.text("description");
    item.quantity = int(q.integer("quantity"));
    item.donorId = ResidentId{q.integer("donor_resident_id")};
    item.donorName = q.text("donor_name");
    item.donatedOn = q.date("donated_on");
    item.onHand = int(q.integer("on_hand"));
    return item;
}

} // namespace

Result<QList<StationItem>> StationRepository::items(bool inStockOnly) const {
    sql::Params params{{"in_stock_only", inStockOnly}};
    params << CommunityScope::params(m_database.session());
    auto query = sql::Statement::run(m_database.connection(), kItems, params);
    if (!query)
        return query.status();
    QList<StationItem> list;
    while (query->next())
        list.append(itemFrom(*query));
    return list;
}

Result<StationItem> StationRepository::item(StationItemId id) const {
    auto query = sql::Statement::run(m_database.connection(), kItem, {{"item", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<StationItem>::failure(tr("The donation no longer exists."));
    return itemFrom(*query);
}

Result<QMap<StationCategory, int>> StationRepository::stock() const {
    return stockOf(kStock, CommunityScope::params(m_database.session()));
}

Result<QMap<StationCategory, int>> StationRepository::stockOn(QDate day) const {
    sql::Params params{{"day", day}};
    params << CommunityScope::params(m_database.session());
    return stockOf(kStockOn, params);
}

Result<QMap<StationCategory, int>> StationRepository::stockOf(const QString &statement,
                                                              const sql::Params &params) const {
    auto query = sql::Statement::run(m_database.connection(), statement, params);
    if (!query)
        return query.status();
    QMap<StationCategory, int> stock;
    while (query->next())
        stock.insert(aidcodes::stationCategoryFrom(query->text("category")),
                     int(query->integer("on_hand")));
    if (Status read = query->status(); !read)
        return read;
    return stock;
}

Result<QList<StationLedgerLine>> StationRepository::ledger(QDate from, QDate to) const {
    sql::Params params{{"from", from}, {"to", to}};
    params << CommunityScope::params(m_database.session());
    auto query = sql::Statement::run(m_database.connection(), kLedger, params);
    if (!query)
        return query.status();
    QList<StationLedgerLine> lines;
    while (query->next())
        lines.append({query->date("day"), query->integer("incoming") == 1,
                      aidcodes::stationCategoryFrom(query->text("category")),
                      query->text("description"), int(query->integer("quantity")),
                      query->text("party")});
    if (Status read = query->status(); !read)
        return read;
    return lines;
}

Result<StationItemId> StationRepository::insert(const WriteContext &context,
                                                const StationItem &item) {
    const auto community = context.communityOfNewRecord({{}, {}, {}, item.donorId});
    if (!community)
        return community.status();
    auto id = context.insert(kInsertItem, {{"category", aidcodes::stationCategory(item.category)},
                                           {"description", item.description},
                                           {"quantity", item.quantity},
                                           {"donor", sql::idOrNull(item.donorId)},
                                           {"donor_name", sql::notNull(item.donorName)},
                                           {"donated_on", item.donatedOn},
                                           {"recorded_by", context.operatorName()},
                                           {"community", sql::idOrNull(*community)}});
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
    auto left = context.run(kLeft, {{"item", take.itemId.value}});
    if (!left)
        return left.status();
    if (!left->next())
        return Result<StationTakeId>::failure(tr("The donation no longer exists."));
    const int onHand = int(left->integer("on_hand"));
    if (take.quantity > onHand)
        return Result<StationTakeId>::failure(
            onHand == 0 ? tr("None of it is left on the shelf.")
                        : tr("Only %1 left on the shelf; %2 cannot be taken.")
                              .arg(onHand)
                              .arg(take.quantity));
    auto id =
        context.insert(kInsertTake, {{"item", take.itemId.value},
                                     {"taken_on", take.takenOn},
                                     {"taker", sql::idOrNull(take.takerId)},
                                     {"taker_name", take.takerName},
                                     {"quantity", take.quantity},
                                     {"wish", take.wishId > 0 ? QVariant(take.wishId) : QVariant()},
                                     {"recorded_by", context.operatorName()}});
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
