#include "registry/residentrepository.h"

#include "common/isotime.h"

#include "registry/idnumber.h"
#include "registry/pinyin.h"
#include "registry/registrycodes.h"
#include "storage/auditjson.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace linli {

namespace {

using sql::dateOrNull;

const QString kColumns = QStringLiteral(
    "r.id, r.household_id, r.name, r.gender, r.birth_date, r.id_number, r.mobile, r.relation,"
    " r.party_member, r.elderly_alone, r.volunteer, r.low_income, r.disabled, r.moved_out_on,"
    " r.version, r.anonymised_on, r.notes");

// The search's filter: an empty text is switched off by binding ''. A text of three
// characters or more is looked up in the trigram index (residents_fts); a shorter one is
// matched along the covering index. Binds: include moved out, text, text, text, scoped to
// grids, grid worker (and, for a session in one community, the community). A grid worker sees
// the households of the buildings in their grids only; a community's desk its community's.
const QString kScope =
    QStringLiteral(" AND (? = 0 OR r.household_id IN (SELECT h.id FROM grids g"
                   "  JOIN buildings b ON b.grid_id = g.id JOIN units u ON u.building_id = b.id"
                   "  JOIN households h ON h.unit_id = u.id WHERE g.worker_id = ?))");
// Added only for a session in one community, and bound without "? = 0 OR": SQLite then walks
// that community's households instead of every resident (a one-character search of a
// community's desk in the street demo: 16 ms instead of 80).
const QString kInCommunity =
    QStringLiteral(" AND r.household_id IN (SELECT h.id FROM compounds c JOIN buildings b"
                   "  ON b.compound_id = c.id JOIN units u ON u.building_id = b.id"
                   "  JOIN households h ON h.unit_id = u.id WHERE c.community_id = ?)");
const QString kScanFilter =
    QStringLiteral(" (? = 1 OR r.moved_out_on IS NULL)"
                   " AND (? = '' OR instr(r.search_text, ?) > 0 OR instr(r.address_text, ?) > 0)") +
    kScope;
const QString kIndexedFilter =
    QStringLiteral(" (? = 1 OR r.moved_out_on IS NULL)"
                   " AND r.id IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?)") +
    kScope;
constexpr int kTrigram = 3;

QString pageOf(const QString &filter) {
    // Keyset paging: the page's ids come from the covering index alone, then their rows. The
    // bound is written "key >= k AND (key > k OR id > i)" rather than "key > k OR (key = k AND
    // id > i)": with bound values SQLite walks the index from k only in the first form (three
    // times faster to scroll to the end, measured by tests/bench).
    return QStringLiteral("WITH page AS (SELECT r.id, r.sort_key FROM residents r WHERE") + filter +
           QStringLiteral(" AND r.sort_key >= ? AND (r.sort_key > ? OR r.id > ?)"
                          " ORDER BY r.sort_key, r.id LIMIT ?) SELECT ") +
           kColumns +
           QStringLiteral(", h.address, r.sort_key FROM page p"
                          " JOIN residents r ON r.id = p.id"
                          " JOIN households h ON h.id = r.household_id"
                          " ORDER BY p.sort_key, p.id");
}
// The page at a position, for a jump down the list (to its end, say): the ids before it are
// stepped over in the covering index, and only the page's own rows are read.
QString pageAtOf(const QString &filter, bool fromTheEnd = false) {
    return QStringLiteral("WITH page AS (SELECT r.id, r.sort_key FROM residents r WHERE") + filter +
           (fromTheEnd ? QStringLiteral(" ORDER BY r.sort_key DESC, r.id DESC LIMIT ? OFFSET ?)")
                       : QStringLiteral(" ORDER BY r.sort_key, r.id LIMIT ? OFFSET ?)")) +
           QStringLiteral(" SELECT ") + kColumns +
           QStringLiteral(", h.address, r.sort_key FROM page p"
                          " JOIN residents r ON r.id = p.id"
                          " JOIN households h ON h.id = r.household_id"
                          " ORDER BY p.sort_key, p.id");
}
// The matches' ids in list order, stopping past the count's limit; then the rows of a page of
// them (the ids bound as one JSON array).
QString idsOf(const QString &filter) {
    return QStringLiteral("SELECT r.id FROM residents r WHERE") + filter +
           QStringLiteral(" ORDER BY r.sort_key, r.id LIMIT ?");
}
const QString kRowsOfIds = QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(", h.address, r.sort_key FROM residents r"
                                          " JOIN households h ON h.id = r.household_id"
                                          " WHERE r.id IN (SELECT value FROM json_each(?))"
                                          " ORDER BY r.sort_key, r.id");
// A search's count stops past the limit: the list says "more than 1,000" instead.
QString countOf(const QString &filter) {
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM residents r WHERE") + filter +
           QStringLiteral(" LIMIT ?) matches");
}

// Every match with its place, in list order, for an export: one statement walking the sort
// index, each row's household, unit, building and compound found by their primary keys.
QString withPlaceOf(const QString &filter) {
    return QStringLiteral("SELECT ") + kColumns +
           QStringLiteral(", h.address, r.sort_key, h.room, c.name, b.name, u.name"
                          " FROM residents r JOIN households h ON h.id = r.household_id"
                          " LEFT JOIN units u ON u.id = h.unit_id"
                          " LEFT JOIN buildings b ON b.id = u.building_id"
                          " LEFT JOIN compounds c ON c.id = b.compound_id WHERE") +
           filter + QStringLiteral(" ORDER BY r.sort_key, r.id");
}

/// The statements of one kind of search.
struct SearchStatements {
    QString page;
    QString pageAt;
    QString pageAtFromTheEnd;
    QString ids;
    QString count;
    QString withPlace;
};
SearchStatements statementsOf(const QString &filter) {
    return {pageOf(filter), pageAtOf(filter), pageAtOf(filter, true),
            idsOf(filter),  countOf(filter),  withPlaceOf(filter)};
}
const SearchStatements kScan = statementsOf(kScanFilter);
const SearchStatements kIndexed = statementsOf(kIndexedFilter);
const SearchStatements kScanInCommunity = statementsOf(kScanFilter + kInCommunity);
const SearchStatements kIndexedInCommunity = statementsOf(kIndexedFilter + kInCommunity);

const QString kResident =
    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM residents r WHERE r.id = ?");
const QString kMembers = QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM residents r WHERE r.household_id = ?"
                                        " ORDER BY r.moved_out_on IS NOT NULL,"
                                        " r.relation <> 'head', r.birth_date, r.id");
const QString kLivingIn =
    QStringLiteral("SELECT ") + kColumns +
    QStringLiteral(", h.address, r.sort_key FROM residents r"
                   " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
                   " WHERE u.building_id = ? AND r.moved_out_on IS NULL ORDER BY r.sort_key, r.id");
const QString kHolder = QStringLiteral(
    "SELECT r.id, r.name, h.address FROM residents r JOIN households h ON h.id = r.household_id"
    " WHERE r.id_number = ?");
const QString kHead = QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM residents r WHERE r.household_id = ?"
                                     " AND r.relation = 'head' AND r.moved_out_on IS NULL");
const QString kInsert = QStringLiteral(
    "INSERT INTO residents (household_id, name, name_pinyin, name_initials, sort_key, gender,"
    " birth_date, id_number, mobile, relation, party_member, elderly_alone, volunteer,"
    " low_income, disabled, moved_out_on, search_text, notes, address_text)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " (SELECT address FROM households WHERE id = ?))");
const QString kUpdate = QStringLiteral(
    "UPDATE residents SET household_id = ?, name = ?, name_pinyin = ?, name_initials = ?,"
    " sort_key = ?, gender = ?, birth_date = ?, id_number = ?, mobile = ?, relation = ?,"
    " party_member = ?, elderly_alone = ?, volunteer = ?, low_income = ?, disabled = ?,"
    " moved_out_on = ?, search_text = ?, notes = ?,"
    " address_text = (SELECT address FROM households WHERE id = ?), version = version + 1"
    " WHERE id = ?");
const QString kMoveOut =
    QStringLiteral("UPDATE residents SET moved_out_on = ?, version = version + 1 WHERE id = ?");
const QString kRoles =
    QStringLiteral("SELECT (SELECT count(*) FROM neighbour_heads WHERE resident_id = ?)"
                   " + (SELECT count(*) FROM group_members WHERE resident_id = ?)");
const QString kDelete = QStringLiteral("DELETE FROM residents WHERE id = ?");

/// A resident's columns read on SQLite's API: the codes and days from UTF-8, without a QString
/// each (the residents list and its search read thousands a keystroke or a scroll).
Resident residentFrom(const sql::Rows &q) {
    Resident r;
    r.id = ResidentId{q.integer(0)};
    r.householdId = HouseholdId{q.integer(1)};
    r.name = q.text(2);
    r.gender = codes::genderFrom(q.utf8(3));
    r.birthDate = iso::date(q.utf8(4));
    r.idNumber = q.text(5);
    r.mobile = q.text(6);
    r.relation = codes::relationFrom(q.utf8(7));
    r.markers.partyMember = q.integer(8) != 0;
    r.markers.elderlyAlone = q.integer(9) != 0;
    r.markers.volunteer = q.integer(10) != 0;
    r.markers.lowIncome = q.integer(11) != 0;
    r.markers.disabled = q.integer(12) != 0;
    r.movedOutOn = iso::date(q.utf8(13));
    r.version = int(q.integer(14));
    r.anonymisedOn = iso::date(q.utf8(15));
    r.notes = q.text(16);
    return r;
}

ResidentListEntry listEntryFrom(const sql::Rows &q) {
    return {residentFrom(q), q.text(17), q.text(18)};
}

/// Which statements a search runs, and their values.
struct Search {
    bool indexed = false;
    bool empty = true;
    const SearchStatements *statements = &kScan;
    QVariantList values;
};

Search searchFor(const ResidentQuery &query, const UserSession &session, Engine engine) {
    QString text = toHalfWidth(query.text).simplified().toLower();
    // "zhang san" finds 张三丰 as "zhangsan" does.
    if (Pinyin::looksLikePinyin(text))
        text.remove(u' ');
    text = sql::notNull(text);
    Search search;
    search.empty = text.isEmpty();
    // The trigram index is SQLite's; on the server every search takes the plain path.
    search.indexed = text.size() >= kTrigram && engine == Engine::SQLite;
    search.values << (query.includeMovedOut ? 1 : 0);
    if (search.indexed) {
        // One phrase, quotes doubled: the text is matched as it stands, never as FTS syntax.
        QString phrase = text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        search.values << QString(u'"' + phrase + u'"');
    } else {
        search.values << text << text << text;
    }
    search.values << (session.seesOnlyOwnGrids() ? 1 : 0) << session.gridWorker.value;
    const bool inCommunity = session.community.isValid();
    if (inCommunity)
        search.values << session.community.value;
    search.statements = search.indexed ? (inCommunity ? &kIndexedInCommunity : &kIndexed)
                                       : (inCommunity ? &kScanInCommunity : &kScan);
    return search;
}

QVariantList valuesOf(const Resident &r) {
    const PinyinName pinyin = Pinyin::forName(r.name);
    return {r.householdId.value,
            r.name,
            pinyin.full,
            pinyin.initials,
            pinyin.sortKey,
            codes::gender(r.gender),
            dateOrNull(r.birthDate),
            sql::nullIfEmpty(r.idNumber),
            sql::notNull(r.mobile),
            codes::relation(r.relation),
            r.markers.partyMember,
            r.markers.elderlyAlone,
            r.markers.volunteer,
            r.markers.lowIncome,
            r.markers.disabled,
            dateOrNull(r.movedOutOn),
            residentSearchText(r.name, pinyin, r.mobile, r.idNumber),
            sql::notNull(r.notes)};
}

// What the audit trail keeps of a resident: the ID number and phone masked, so that the trail
// does not become a second copy of the sensitive data. Given to `put` in the keys' sorted order,
// as AuditJson needs them.
template<typename Put> void putAuditedFields(const Resident &r, Put put) {
    put(QLatin1StringView("birth_date"), r.birthDate.toString(Qt::ISODate));
    put(QLatin1StringView("disabled"), r.markers.disabled);
    put(QLatin1StringView("elderly_alone"), r.markers.elderlyAlone);
    put(QLatin1StringView("gender"), codes::gender(r.gender));
    put(QLatin1StringView("household_id"), r.householdId.value);
    put(QLatin1StringView("id_number"), IdNumber::masked(r.idNumber));
    put(QLatin1StringView("low_income"), r.markers.lowIncome);
    put(QLatin1StringView("mobile"), MobilePhone::masked(r.mobile));
    put(QLatin1StringView("moved_out_on"), r.movedOutOn.toString(Qt::ISODate));
    put(QLatin1StringView("name"), r.name);
    put(QLatin1StringView("notes"), r.notes);
    put(QLatin1StringView("party_member"), r.markers.partyMember);
    put(QLatin1StringView("relation"), codes::relation(r.relation));
    put(QLatin1StringView("volunteer"), r.markers.volunteer);
}

QJsonObject auditedFields(const Resident &r) {
    QJsonObject fields;
    putAuditedFields(r, [&fields](QLatin1StringView key, const auto &value) {
        fields.insert(key, QJsonValue(value));
    });
    return fields;
}

} // namespace

namespace {

// The list's rows of a page statement.
Result<QList<ResidentListEntry>> entriesOf(Result<sql::Rows> &rows, int limit) {
    if (!rows)
        return rows.status();
    QList<ResidentListEntry> list;
    list.reserve(limit);
    while (rows->next())
        list.append(listEntryFrom(*rows));
    if (!rows->status())
        return rows->status();
    return list;
}

} // namespace

Result<QList<ResidentListEntry>>
ResidentRepository::page(const ResidentQuery &query, const std::optional<ResidentPageKey> &after,
                         int limit) const {
    const Search search = searchFor(query, m_database.session(), m_database.engine());
    QVariantList values = search.values;
    const ResidentPageKey start = after.value_or(ResidentPageKey{});
    values << sql::notNull(start.sortKey) << sql::notNull(start.sortKey) << start.id << limit;
    auto rows = sql::select(m_database.connection(), search.statements->page, values);
    return entriesOf(rows, limit);
}

Result<QList<ResidentListEntry>> ResidentRepository::pageAt(const ResidentQuery &query, int offset,
                                                            int limit, int total) const {
    const Search search = searchFor(query, m_database.session(), m_database.engine());
    // Past the middle, from the end, so that the walk over the rows before the page stays
    // short; the page's own rows come back in list order either way.
    const int after = total - offset - limit;
    const bool fromTheEnd = offset > total / 2 && after >= -limit;
    const int wanted = fromTheEnd && after < 0 ? limit + after : limit;
    auto rows =
        sql::select(m_database.connection(),
                    fromTheEnd ? search.statements->pageAtFromTheEnd : search.statements->pageAt,
                    search.values + QVariantList{wanted, fromTheEnd ? std::max(0, after) : offset});
    return entriesOf(rows, limit);
}

Status ResidentRepository::forEachWithPlace(
    const ResidentQuery &query, const std::function<bool(const ResidentWithPlace &)> &each) const {
    const Search search = searchFor(query, m_database.session(), m_database.engine());
    auto rows = sql::select(m_database.connection(), search.statements->withPlace, search.values);
    if (!rows)
        return rows.status();
    ResidentWithPlace row;
    // The names of few places recur on every row: one QString each, shared.
    sql::SharedTexts compounds, buildings, units;
    while (rows->next()) {
        row.entry = listEntryFrom(*rows);
        row.room = rows->text(19);
        row.compound = rows->text(20, compounds);
        row.building = rows->text(21, buildings);
        row.unit = rows->text(22, units);
        if (!each(row))
            return Status::success();
    }
    return rows->status();
}

Result<int> ResidentRepository::count(const ResidentQuery &query) const {
    Search search = searchFor(query, m_database.session(), m_database.engine());
    // Everyone is counted in full; a search up to the limit (past it the list says so).
    search.values << (search.empty ? std::numeric_limits<int>::max() : countLimit + 1);
    const auto total =
        sql::scalar(m_database.connection(), search.statements->count, search.values);
    if (!total)
        return total.status();
    return total->toInt();
}

Result<ResidentFirstPage> ResidentRepository::firstPage(const ResidentQuery &query,
                                                        int limit) const {
    Search search = searchFor(query, m_database.session(), m_database.engine());
    ResidentFirstPage first;
    if (search.empty) {
        auto rows = page(query, std::nullopt, limit);
        if (!rows)
            return rows.status();
        first.rows = std::move(*rows);
        if (first.rows.size() < limit) {
            first.total = int(first.rows.size());
        } else {
            const auto total = count(query);
            if (!total)
                return total.status();
            first.total = *total;
        }
        return first;
    }
    search.values << countLimit + 1;
    auto ids = sql::select(m_database.connection(), search.statements->ids, search.values);
    if (!ids)
        return ids.status();
    QStringList pageIds;
    while (ids->next()) {
        if (first.total++ < limit)
            pageIds.append(QString::number(ids->integer(0)));
    }
    if (!ids->status())
        return ids->status();
    if (pageIds.isEmpty())
        return first;
    auto rows = sql::select(m_database.connection(), kRowsOfIds,
                            {QString(u'[' + pageIds.join(u',') + u']')});
    if (!rows)
        return rows.status();
    first.rows.reserve(pageIds.size());
    while (rows->next())
        first.rows.append(listEntryFrom(*rows));
    if (!rows->status())
        return rows->status();
    return first;
}

Result<Resident> ResidentRepository::resident(ResidentId id) const {
    auto query = sql::select(m_database.connection(), kResident, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return query->status() ? Result<Resident>::failure(tr("The resident no longer exists."))
                               : Result<Resident>(query->status());
    return residentFrom(*query);
}

Result<QList<Resident>> ResidentRepository::members(HouseholdId household) const {
    auto query = sql::select(m_database.connection(), kMembers, {household.value});
    if (!query)
        return query.status();
    QList<Resident> list;
    while (query->next())
        list.append(residentFrom(*query));
    if (!query->status())
        return query->status();
    return list;
}

Result<QList<ResidentListEntry>> ResidentRepository::livingIn(BuildingId building) const {
    auto query = sql::select(m_database.connection(), kLivingIn, {building.value});
    if (!query)
        return query.status();
    QList<ResidentListEntry> list;
    while (query->next())
        list.append(listEntryFrom(*query));
    if (!query->status())
        return query->status();
    return list;
}

Result<QHash<QString, ResidentId>> ResidentRepository::idNumbers() const {
    auto rows =
        sql::run(m_database.connection(), QStringLiteral("SELECT id_number, id FROM residents"
                                                         " WHERE id_number IS NOT NULL"));
    if (!rows)
        return rows.status();
    QHash<QString, ResidentId> holders;
    while (rows->next())
        holders.insert(rows->value(0).toString(), ResidentId{rows->value(1).toLongLong()});
    return holders;
}

Result<std::optional<IdNumberHolder>> ResidentRepository::holderOf(const QString &idNumber) const {
    auto query = sql::run(m_database.connection(), kHolder, {idNumber});
    if (!query)
        return query.status();
    if (!query->next())
        return std::optional<IdNumberHolder>();
    return std::optional<IdNumberHolder>(IdNumberHolder{ResidentId{query->value(0).toLongLong()},
                                                        query->value(1).toString(),
                                                        query->value(2).toString()});
}

Result<std::optional<Resident>> ResidentRepository::headOf(HouseholdId household) const {
    auto query = sql::select(m_database.connection(), kHead, {household.value});
    if (!query)
        return query.status();
    if (!query->next()) {
        if (!query->status())
            return query->status();
        return std::optional<Resident>();
    }
    return std::optional<Resident>(residentFrom(*query));
}

Result<ResidentId> ResidentRepository::add(const WriteContext &context, const Resident &resident) {
    auto id = context.insert(kInsert, valuesOf(resident) << resident.householdId.value);
    if (!id)
        return id.status();
    // Written without a QJsonObject: an import adds a roster's residents one by one.
    AuditJson fields;
    putAuditedFields(
        resident, [&fields](QLatin1StringView key, const auto &value) { fields.add(key, value); });
    if (Status audited = context.auditWritten(QStringLiteral("resident"), *id,
                                              WriteContext::Action::Create, fields);
        !audited)
        return audited;
    return ResidentId{*id};
}

Status ResidentRepository::update(const WriteContext &context, const Resident &before,
                                  const Resident &after) {
    if (Status fresh = RowVersion::check(context, QStringLiteral("residents"),
                                         QStringLiteral("resident"), after.id.value, after.version);
        !fresh)
        return fresh;
    QVariantList values = valuesOf(after);
    values << after.householdId.value << after.id.value;
    if (Status done = context.change(kUpdate, values, tr("The resident no longer exists.")); !done)
        return done;
    const QJsonObject old = auditedFields(before);
    const QJsonObject now = auditedFields(after);
    QJsonObject changes;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (old.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonArray{old.value(it.key()), it.value()});
    }
    return context.audit(QStringLiteral("resident"), after.id.value, WriteContext::Action::Update,
                         changes);
}

Status ResidentRepository::moveOut(const WriteContext &context, const Resident &resident,
                                   QDate on) {
    if (Status done = context.change(kMoveOut, {on.toString(Qt::ISODate), resident.id.value},
                                     tr("The resident no longer exists."));
        !done)
        return done;
    return context.audit(
        QStringLiteral("resident"), resident.id.value, WriteContext::Action::Update,
        {{QStringLiteral("moved_out_on"),
          QJsonArray{resident.movedOutOn.toString(Qt::ISODate), on.toString(Qt::ISODate)}},
         {QStringLiteral("household_id"), resident.householdId.value},
         {QStringLiteral("name"), resident.name}});
}

Status ResidentRepository::remove(const WriteContext &context, const Resident &resident) {
    const auto roles =
        sql::scalar(context.connection(), kRoles, {resident.id.value, resident.id.value});
    if (!roles)
        return roles.status();
    if (roles->toInt() > 0)
        return Status::failure(tr("%1 serves as a neighbour head or in a building group; end that "
                                  "role first, or record a move-out instead.")
                                   .arg(resident.name));
    if (Status done =
            context.change(kDelete, {resident.id.value}, tr("The resident no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("resident"), resident.id.value,
                         WriteContext::Action::Delete, auditedFields(resident));
}

} // namespace linli
