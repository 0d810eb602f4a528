#include "registry/residentrepository.h"

#include "access/permissions.h"
#include "common/isotime.h"

#include "registry/idnumber.h"
#include "registry/pinyin.h"
#include "registry/registrycodes.h"
#include "storage/auditjson.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace linli {

namespace {

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
    QStringLiteral(" AND (:own_grids = 0 OR r.household_id IN (SELECT h.id FROM grids g"
                   "  JOIN buildings b ON b.grid_id = g.id JOIN units u ON u.building_id = b.id"
                   "  JOIN households h ON h.unit_id = u.id WHERE g.worker_id = :grid_worker))");
// Added only for a session in one community, and bound without ":x = 0 OR": SQLite then walks
// that community's households instead of every resident (a one-character search of a
// community's desk in the street demo: 16 ms instead of 80).
const QString kInCommunity =
    QStringLiteral(" AND r.household_id IN (SELECT h.id FROM compounds c JOIN buildings b"
                   "  ON b.compound_id = c.id JOIN units u ON u.building_id = b.id"
                   "  JOIN households h ON h.unit_id = u.id WHERE c.community_id = :community)");
// The text is found anywhere in the resident's search text or address: instr on SQLite,
// strpos on PostgreSQL, both by code point.
const QString kScanFilter = QStringLiteral(" (:include_moved_out = 1 OR r.moved_out_on IS NULL)"
                                           " AND (:text = '' OR instr(r.search_text, :text) > 0"
                                           " OR instr(r.address_text, :text) > 0)") +
                            kScope;
const QString kScanFilterOnServer =
    QStringLiteral(" (:include_moved_out = 1 OR r.moved_out_on IS NULL)"
                   " AND (:text = '' OR strpos(r.search_text, :text) > 0"
                   " OR strpos(r.address_text, :text) > 0)") +
    kScope;
// For a role that sees ID numbers and phones masked, digits find an address, or the last four
// characters of a number — what the masked form shows — and no more: a search for the middle
// digits would rebuild the whole number a digit at a time.
const QString kMaskedDigitsFilter =
    QStringLiteral(" (:include_moved_out = 1 OR r.moved_out_on IS NULL)"
                   " AND (instr(r.address_text, :text) > 0 OR (length(:text) <= 4"
                   " AND (substr(lower(r.id_number), -length(:text)) = :text"
                   " OR substr(r.mobile, -length(:text)) = :text)))") +
    kScope;
const QString kMaskedDigitsFilterOnServer =
    QStringLiteral(" (:include_moved_out = 1 OR r.moved_out_on IS NULL)"
                   " AND (strpos(r.address_text, :text) > 0 OR (length(:text) <= 4"
                   " AND (right(lower(r.id_number), length(:text)) = :text"
                   " OR right(r.mobile, length(:text)) = :text)))") +
    kScope;
// SQLite's alone: the server has no trigram index and always scans.
const QString kIndexedFilter =
    QStringLiteral(
        " (:include_moved_out = 1 OR r.moved_out_on IS NULL)"
        " AND r.id IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH :phrase)") +
    kScope;
constexpr int kTrigram = 3;

QString pageOf(const QString &filter) {
    // Keyset paging: the page's ids come from the covering index alone, then their rows. The
    // bound is written "key >= k AND (key > k OR id > i)" rather than "key > k OR (key = k AND
    // id > i)": with bound values SQLite walks the index from k only in the first form (three
    // times faster to scroll to the end, measured by tests/bench).
    return QStringLiteral("WITH page AS (SELECT r.id, r.sort_key FROM residents r WHERE") + filter +
           QStringLiteral(" AND r.sort_key >= :after_key AND (r.sort_key > :after_key"
                          " OR r.id > :after_id) ORDER BY r.sort_key, r.id LIMIT :limit) SELECT ") +
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
           (fromTheEnd
                ? QStringLiteral(
                      " ORDER BY r.sort_key DESC, r.id DESC LIMIT :limit OFFSET :offset)")
                : QStringLiteral(" ORDER BY r.sort_key, r.id LIMIT :limit OFFSET :offset)")) +
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
           QStringLiteral(" ORDER BY r.sort_key, r.id LIMIT :limit");
}
const QString kRowsOfIdsStart = QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(", h.address, r.sort_key FROM residents r"
                                               " JOIN households h ON h.id = r.household_id");
const sql::Text kRowsOfIds = sql::Text::perEngine(
    kRowsOfIdsStart + QStringLiteral(" WHERE r.id IN (SELECT value FROM json_each(:ids))"
                                     " ORDER BY r.sort_key, r.id"),
    kRowsOfIdsStart + QStringLiteral(" WHERE r.id IN (SELECT CAST(value AS BIGINT)"
                                     " FROM json_array_elements_text(CAST(:ids AS json)))"
                                     " ORDER BY r.sort_key, r.id"));
// A search's count stops past the limit: the list says "more than 1,000" instead.
QString countOf(const QString &filter) {
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM residents r WHERE") + filter +
           QStringLiteral(" LIMIT :limit) matches");
}

// Every match with its place, in list order, for an export: one statement walking the sort
// index, each row's household, unit, building and compound found by their primary keys.
QString withPlaceOf(const QString &filter) {
    return QStringLiteral("SELECT ") + kColumns +
           QStringLiteral(", h.address, r.sort_key, h.room, c.name AS compound_name,"
                          " b.name AS building_name, u.name AS unit_name"
                          " FROM residents r JOIN households h ON h.id = r.household_id"
                          " LEFT JOIN units u ON u.id = h.unit_id"
                          " LEFT JOIN buildings b ON b.id = u.building_id"
                          " LEFT JOIN compounds c ON c.id = b.compound_id WHERE") +
           filter + QStringLiteral(" ORDER BY r.sort_key, r.id");
}

/// The statements of one kind of search, for each engine.
struct SearchStatements {
    sql::Text page;
    sql::Text pageAt;
    sql::Text pageAtFromTheEnd;
    sql::Text ids;
    sql::Text count;
    sql::Text withPlace;
};
SearchStatements statementsOf(const QString &filter, const QString &onServer) {
    const auto both = [&](QString (*of)(const QString &)) {
        return sql::Text::perEngine(of(filter), of(onServer));
    };
    const auto fromTheEnd = [](const QString &f) { return pageAtOf(f, true); };
    return {both(pageOf),
            both([](const QString &f) { return pageAtOf(f); }),
            sql::Text::perEngine(fromTheEnd(filter), fromTheEnd(onServer)),
            both(idsOf),
            both(countOf),
            both(withPlaceOf)};
}
const SearchStatements kScan = statementsOf(kScanFilter, kScanFilterOnServer);
const SearchStatements kIndexed = statementsOf(kIndexedFilter, kIndexedFilter);
const SearchStatements kScanInCommunity =
    statementsOf(kScanFilter + kInCommunity, kScanFilterOnServer + kInCommunity);
const SearchStatements kIndexedInCommunity =
    statementsOf(kIndexedFilter + kInCommunity, kIndexedFilter + kInCommunity);
const SearchStatements kMaskedDigits =
    statementsOf(kMaskedDigitsFilter, kMaskedDigitsFilterOnServer);
const SearchStatements kMaskedDigitsInCommunity =
    statementsOf(kMaskedDigitsFilter + kInCommunity, kMaskedDigitsFilterOnServer + kInCommunity);

const QString kResident =
    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM residents r WHERE r.id = :id");
const QString kMembers = QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM residents r WHERE r.household_id = :household"
                                        " ORDER BY r.moved_out_on IS NOT NULL,"
                                        " r.relation <> 'head', r.birth_date, r.id");
const QString kLivingIn =
    QStringLiteral("SELECT ") + kColumns +
    QStringLiteral(", h.address, r.sort_key FROM residents r"
                   " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
                   " WHERE u.building_id = :building AND r.moved_out_on IS NULL"
                   " ORDER BY r.sort_key, r.id");
const QString kHolder = QStringLiteral(
    "SELECT r.id, r.name, h.address FROM residents r JOIN households h ON h.id = r.household_id"
    " WHERE r.id_number = :id_number");
const QString kHead = QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM residents r WHERE r.household_id = :household"
                                     " AND r.relation = 'head' AND r.moved_out_on IS NULL"
                                     " ORDER BY r.id");
const QString kInsert = QStringLiteral(
    "INSERT INTO residents (household_id, name, name_pinyin, name_initials, sort_key, gender,"
    " birth_date, id_number, mobile, relation, party_member, elderly_alone, volunteer,"
    " low_income, disabled, moved_out_on, search_text, notes, address_text)"
    " VALUES (:household_id, :name, :name_pinyin, :name_initials, :sort_key, :gender,"
    " :birth_date, :id_number, :mobile, :relation, :party_member, :elderly_alone, :volunteer,"
    " :low_income, :disabled, :moved_out_on, :search_text, :notes,"
    " (SELECT address FROM households WHERE id = :household_id)) RETURNING id");
const QString kUpdate = QStringLiteral(
    "UPDATE residents SET household_id = :household_id, name = :name, name_pinyin = :name_pinyin,"
    " name_initials = :name_initials, sort_key = :sort_key, gender = :gender,"
    " birth_date = :birth_date, id_number = :id_number, mobile = :mobile, relation = :relation,"
    " party_member = :party_member, elderly_alone = :elderly_alone, volunteer = :volunteer,"
    " low_income = :low_income, disabled = :disabled, moved_out_on = :moved_out_on,"
    " search_text = :search_text, notes = :notes,"
    " address_text = (SELECT address FROM households WHERE id = :household_id),"
    " version = version + 1 WHERE id = :id");
const QString kMoveOut = QStringLiteral(
    "UPDATE residents SET moved_out_on = :moved_out_on, version = version + 1 WHERE id = :id");
const QString kRoles =
    QStringLiteral("SELECT (SELECT count(*) FROM neighbour_heads WHERE resident_id = :id)"
                   " + (SELECT count(*) FROM group_members WHERE resident_id = :id)");
const QString kDelete = QStringLiteral("DELETE FROM residents WHERE id = :id");

/// A resident from the columns of kColumns, read by name.
Resident residentFrom(const sql::Statement &q) {
    Resident r;
    r.id = ResidentId{q.integer("id")};
    r.householdId = HouseholdId{q.integer("household_id")};
    r.name = q.text("name");
    r.gender = codes::genderFrom(q.text("gender"));
    r.birthDate = q.date("birth_date");
    r.idNumber = q.text("id_number");
    r.mobile = q.text("mobile");
    r.relation = codes::relationFrom(q.text("relation"));
    r.markers.partyMember = q.flag("party_member");
    r.markers.elderlyAlone = q.flag("elderly_alone");
    r.markers.volunteer = q.flag("volunteer");
    r.markers.lowIncome = q.flag("low_income");
    r.markers.disabled = q.flag("disabled");
    r.movedOutOn = q.date("moved_out_on");
    r.version = int(q.integer("version"));
    r.anonymisedOn = q.date("anonymised_on");
    r.notes = q.text("notes");
    return r;
}

ResidentListEntry listEntryFrom(const sql::Statement &q) {
    return {residentFrom(q), q.text("address"), q.text("sort_key")};
}

/// Which statements a search runs, and their values.
struct Search {
    bool indexed = false;
    bool empty = true;
    const SearchStatements *statements = &kScan;
    sql::Params params;
};

Search searchFor(const ResidentQuery &query, const UserSession &session, Engine engine) {
    QString text = toHalfWidth(query.text).simplified().toLower();
    // "zhang san" finds 张三丰 as "zhangsan" does.
    if (Pinyin::looksLikePinyin(text))
        text.remove(u' ');
    text = sql::notNull(text);
    Search search;
    search.empty = text.isEmpty();
    const bool maskedDigits =
        !Permissions::allows(session.role, Permission::RevealPersonalData) &&
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    // The trigram index is SQLite's; on the server every search takes the plain path.
    search.indexed = text.size() >= kTrigram && engine == Engine::SQLite && !maskedDigits;
    search.params << sql::Param("include_moved_out", query.includeMovedOut ? 1 : 0);
    if (search.indexed) {
        // One phrase, quotes doubled: the text is matched as it stands, never as FTS syntax.
        QString phrase = text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        search.params << sql::Param("phrase", QString(u'"' + phrase + u'"'));
    } else {
        search.params << sql::Param("text", text);
    }
    search.params << sql::Param("own_grids", session.seesOnlyOwnGrids() ? 1 : 0)
                  << sql::Param("grid_worker", session.gridWorker.value);
    const bool inCommunity = session.community.isValid();
    if (inCommunity)
        search.params << sql::Param("community", session.community.value);
    search.statements = maskedDigits ? (inCommunity ? &kMaskedDigitsInCommunity : &kMaskedDigits)
                        : search.indexed ? (inCommunity ? &kIndexedInCommunity : &kIndexed)
                                         : (inCommunity ? &kScanInCommunity : &kScan);
    return search;
}

/// The columns an insert and an update write, by name.
sql::Params paramsOf(const Resident &r) {
    const PinyinName pinyin = Pinyin::forName(r.name);
    return {{"household_id", r.householdId.value},
            {"name", r.name},
            {"name_pinyin", pinyin.full},
            {"name_initials", pinyin.initials},
            {"sort_key", pinyin.sortKey},
            {"gender", codes::gender(r.gender)},
            {"birth_date", r.birthDate},
            {"id_number", sql::nullIfEmpty(r.idNumber)},
            {"mobile", sql::notNull(r.mobile)},
            {"relation", codes::relation(r.relation)},
            {"party_member", r.markers.partyMember},
            {"elderly_alone", r.markers.elderlyAlone},
            {"volunteer", r.markers.volunteer},
            {"low_income", r.markers.lowIncome},
            {"disabled", r.markers.disabled},
            {"moved_out_on", r.movedOutOn},
            {"search_text", residentSearchText(r.name, pinyin, r.mobile, r.idNumber)},
            {"notes", sql::notNull(r.notes)}};
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
Result<QList<ResidentListEntry>> entriesOf(Result<sql::Statement> &rows, int limit) {
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
    const ResidentPageKey start = after.value_or(ResidentPageKey{});
    auto rows =
        sql::Statement::run(m_database.connection(), search.statements->page,
                            search.params + sql::Params{{"after_key", sql::notNull(start.sortKey)},
                                                        {"after_id", start.id},
                                                        {"limit", limit}});
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
    auto rows = sql::Statement::run(
        m_database.connection(),
        fromTheEnd ? search.statements->pageAtFromTheEnd : search.statements->pageAt,
        search.params +
            sql::Params{{"limit", wanted}, {"offset", fromTheEnd ? std::max(0, after) : offset}});
    return entriesOf(rows, limit);
}

Status ResidentRepository::forEachWithPlace(
    const ResidentQuery &query, const std::function<bool(const ResidentWithPlace &)> &each) const {
    const Search search = searchFor(query, m_database.session(), m_database.engine());
    auto rows =
        sql::Statement::run(m_database.connection(), search.statements->withPlace, search.params);
    if (!rows)
        return rows.status();
    ResidentWithPlace row;
    while (rows->next()) {
        row.entry = listEntryFrom(*rows);
        row.room = rows->text("room");
        row.compound = rows->text("compound_name");
        row.building = rows->text("building_name");
        row.unit = rows->text("unit_name");
        if (!each(row))
            return Status::success();
    }
    return rows->status();
}

Result<int> ResidentRepository::count(const ResidentQuery &query) const {
    Search search = searchFor(query, m_database.session(), m_database.engine());
    // Everyone is counted in full; a search up to the limit (past it the list says so).
    search.params << sql::Param("limit",
                                search.empty ? std::numeric_limits<int>::max() : countLimit + 1);
    const auto total =
        sql::Statement::single(m_database.connection(), search.statements->count, search.params);
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
    search.params << sql::Param("limit", countLimit + 1);
    auto ids = sql::Statement::run(m_database.connection(), search.statements->ids, search.params);
    if (!ids)
        return ids.status();
    QStringList pageIds;
    while (ids->next()) {
        if (first.total++ < limit)
            pageIds.append(QString::number(ids->integer("id")));
    }
    if (!ids->status())
        return ids->status();
    if (pageIds.isEmpty())
        return first;
    auto rows = sql::Statement::run(m_database.connection(), kRowsOfIds,
                                    {{"ids", QString(u'[' + pageIds.join(u',') + u']')}});
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
    auto query = sql::Statement::run(m_database.connection(), kResident, {{"id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return query->status() ? Result<Resident>::failure(tr("The resident no longer exists."))
                               : Result<Resident>(query->status());
    return residentFrom(*query);
}

Result<QList<Resident>> ResidentRepository::members(HouseholdId household) const {
    auto query =
        sql::Statement::run(m_database.connection(), kMembers, {{"household", household.value}});
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
    auto query =
        sql::Statement::run(m_database.connection(), kLivingIn, {{"building", building.value}});
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
    auto rows = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT id_number, id FROM residents WHERE id_number IS NOT NULL"
                       " ORDER BY id"));
    if (!rows)
        return rows.status();
    QHash<QString, ResidentId> holders;
    while (rows->next())
        holders.insert(rows->text("id_number"), ResidentId{rows->integer("id")});
    if (!rows->status())
        return rows->status();
    return holders;
}

Result<std::optional<IdNumberHolder>> ResidentRepository::holderOf(const QString &idNumber) const {
    auto query = sql::Statement::run(m_database.connection(), kHolder, {{"id_number", idNumber}});
    if (!query)
        return query.status();
    if (!query->next()) {
        if (!query->status())
            return query->status();
        return std::optional<IdNumberHolder>();
    }
    return std::optional<IdNumberHolder>(IdNumberHolder{
        ResidentId{query->integer("id")}, query->text("name"), query->text("address")});
}

Result<std::optional<Resident>> ResidentRepository::headOf(HouseholdId household) const {
    auto query =
        sql::Statement::run(m_database.connection(), kHead, {{"household", household.value}});
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
    auto id = context.insert(kInsert, paramsOf(resident));
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
    if (Status done = context.change(kUpdate, paramsOf(after) << sql::Param("id", after.id.value),
                                     tr("The resident no longer exists."));
        !done)
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
    if (Status done = context.change(kMoveOut, {{"moved_out_on", on}, {"id", resident.id.value}},
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
        sql::Statement::single(context.connection(), kRoles, {{"id", resident.id.value}});
    if (!roles)
        return roles.status();
    if (roles->toInt() > 0)
        return Status::failure(tr("%1 serves as a neighbour head or in a building group; end that "
                                  "role first, or record a move-out instead.")
                                   .arg(resident.name));
    if (Status done = context.change(kDelete, {{"id", resident.id.value}},
                                     tr("The resident no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("resident"), resident.id.value,
                         WriteContext::Action::Delete, auditedFields(resident));
}

} // namespace linli
