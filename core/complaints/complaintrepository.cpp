#include "complaints/complaintrepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "complaints/complaintcodes.h"
#include "storage/database.h"
#include "storage/numbering.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QJsonArray>

#include <algorithm>

namespace linli {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.year, c.seq, c.received_at, c.channel, c.reporter_resident_id, c.reporter_name,"
    " c.reporter_phone, c.compound_id, c.building_id, c.unit_id, c.household_id, c.place,"
    " c.category_id, k.name AS category_name, c.urgency, c.summary, c.details, c.logged_by, "
    "c.state, c.level,"
    " c.assignee, c.referral_body_id, c.due_at, c.first_response_at, c.resolved_at,"
    " c.resolution, c.answered_at, c.answer_method, c.satisfaction, c.closed_at, c.community_id,"
    " c.version");
const QString kFrom =
    QStringLiteral(" FROM complaints c JOIN complaint_categories k ON k.id = c.category_id");
const QString kOpen = QStringLiteral("('registered', 'assigned', 'in_progress')");

// The page and the count of the list, their WHERE made of the filter's parts in use only: a
// part switched off is left out rather than bound as "any", so that SQLite can use the indexes
// for what is left (measured by tests/bench). Every value is bound.
const QString kPageSelect = QStringLiteral("SELECT ") + kColumns + kFrom;
const QString kListSelect =
    QStringLiteral(
        "SELECT c.id, c.year, c.seq, c.received_at, c.channel, c.reporter_name,"
        " c.place, k.name AS category_name, c.summary, c.details, c.state, c.assignee, c.due_at,"
        " c.community_id") +
    kFrom;
const QString kPageOrder = QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC LIMIT :limit");
const QString kCountSelect = QStringLiteral("SELECT count(*) FROM complaints c");
const QString kOne =
    QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE c.id = :id");
const QString kDuplicates =
    QStringLiteral("SELECT ") + kColumns + kFrom +
    QStringLiteral(" WHERE c.building_id = :building AND c.category_id = :category"
                   " AND c.received_at >= :since"
                   " AND (:unit = 0 OR c.unit_id IS NULL OR c.unit_id = :unit)"
                   " ORDER BY c.received_at DESC, c.id DESC LIMIT 20");
const QString kBetween = QStringLiteral("SELECT ") + kColumns + kFrom +
                         QStringLiteral(" WHERE c.received_at >= :from AND c.received_at < :to"
                                        " AND ") +
                         CommunityScope::ofColumn(QStringLiteral("c.community_id")) +
                         QStringLiteral(" ORDER BY c.received_at, c.id");
const QString kRepeat =
    QStringLiteral("SELECT max(c.reporter_name) AS reporter_name,"
                   " max(c.reporter_phone) AS reporter_phone, max(k.name) AS category_name,"
                   " count(*) AS visits, max(c.received_at) AS last_at"
                   " FROM complaints c JOIN complaint_categories k ON k.id = c.category_id"
                   " WHERE c.received_at >= :since AND ") +
    CommunityScope::ofColumn(QStringLiteral("c.community_id")) +
    QStringLiteral(" GROUP BY coalesce(CAST(c.reporter_resident_id AS TEXT), c.reporter_name || "
                   "'/' || c.reporter_phone),"
                   "  c.category_id HAVING count(*) > 1"
                   " ORDER BY count(*) DESC, max(c.received_at) DESC, max(c.id) DESC LIMIT 200");
const QString kEvents = QStringLiteral(
    "SELECT at, operator, action, from_state, to_state, note, assignee FROM complaint_events"
    " WHERE complaint_id = :complaint ORDER BY at, id");
const QString kCategories =
    QStringLiteral("SELECT id, name, active FROM complaint_categories ORDER BY position, id");
const QString kBodies =
    QStringLiteral("SELECT id, name FROM referral_bodies WHERE active = 1 ORDER BY id");
const QString kCalendar = QStringLiteral("SELECT day, kind FROM calendar_days");
const QString kDueDays = QStringLiteral("SELECT value FROM settings WHERE key = :key");
const QString kInsert = QStringLiteral(
    "INSERT INTO complaints (year, seq, received_at, channel, reporter_resident_id, reporter_name,"
    " reporter_phone, compound_id, building_id, unit_id, household_id, place, category_id,"
    " urgency, summary, details, logged_by, state, due_at, community_id)"
    " VALUES (:year, :seq, :received_at, :channel, :reporter_resident_id, :reporter_name,"
    " :reporter_phone, :compound_id, :building_id, :unit_id, :household_id, :place, :category_id,"
    " :urgency, :summary, :details, :logged_by, :state, :due_at, :community_id) RETURNING id");
const QString kUpdate = QStringLiteral(
    "UPDATE complaints SET state = :state, level = :level, assignee = :assignee,"
    " referral_body_id = :referral_body_id, due_at = :due_at,"
    " first_response_at = :first_response_at, resolved_at = :resolved_at,"
    " resolution = :resolution, answered_at = :answered_at, answer_method = :answer_method,"
    " satisfaction = :satisfaction, closed_at = :closed_at, version = version + 1"
    " WHERE id = :id");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO complaint_events (complaint_id, at, operator, action, from_state, to_state, note,"
    " assignee) VALUES (:complaint_id, :at, :operator, :action, :from_state, :to_state, :note,"
    " :assignee)");

QString timeText(const QDateTime &at) {
    return iso::text(at);
}

Complaint complaintFrom(const sql::Statement &q) {
    Complaint c;
    c.id = ComplaintId{q.integer("id")};
    c.year = int(q.integer("year"));
    c.sequence = int(q.integer("seq"));
    c.receivedAt = q.moment("received_at");
    c.channel = codes::channelFrom(q.text("channel"));
    c.reporter = {ResidentId{q.integer("reporter_resident_id")}, q.text("reporter_name"),
                  q.text("reporter_phone")};
    c.place = {CompoundId{q.integer("compound_id")}, BuildingId{q.integer("building_id")},
               UnitId{q.integer("unit_id")}, HouseholdId{q.integer("household_id")},
               q.text("place")};
    c.categoryId = CategoryId{q.integer("category_id")};
    c.categoryName = q.text("category_name");
    c.urgency = codes::urgencyFrom(q.text("urgency"));
    c.summary = q.text("summary");
    c.details = q.text("details");
    c.loggedBy = q.text("logged_by");
    c.state = codes::stateFrom(q.text("state"));
    c.level = codes::levelFrom(q.text("level"));
    c.assignee = q.text("assignee");
    c.referralBodyId = ReferralBodyId{q.integer("referral_body_id")};
    c.dueAt = q.moment("due_at");
    c.firstResponseAt = q.moment("first_response_at");
    c.resolvedAt = q.moment("resolved_at");
    c.resolution = q.text("resolution");
    c.answeredAt = q.moment("answered_at");
    c.answerMethod = q.text("answer_method");
    c.satisfaction = codes::satisfactionFrom(q.text("satisfaction"));
    c.closedAt = q.moment("closed_at");
    c.community = CommunityId{q.integer("community_id")};
    c.version = int(q.integer("version"));
    return c;
}

/// The filter's parts in use, written for the connection's engine, and their values.
struct Where {
    Engine engine = Engine::SQLite;
    QStringList parts;
    sql::Params params;

    void add(const QString &part, const sql::Params &bound) {
        parts << part;
        params << bound;
    }
    /// "column contains the text": instr on SQLite, strpos on PostgreSQL (both by code point).
    QString contains(const QString &column, const QString &name) const {
        return (engine == Engine::PostgreSQL ? QStringLiteral("strpos(%1, :%2) > 0")
                                             : QStringLiteral("instr(%1, :%2) > 0"))
            .arg(column, name);
    }
    QString clause() const {
        return parts.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

Where whereOf(const ComplaintFilter &f, const UserSession &session, Engine engine) {
    const QString state = f.state ? codes::state(*f.state) : QString();
    const QString channel = f.channel ? codes::channel(*f.channel) : QString();
    const QString from = f.from.isValid() ? timeText(QDateTime(f.from, QTime(0, 0))) : QString();
    const QString to =
        f.to.isValid() ? timeText(QDateTime(f.to.addDays(1), QTime(0, 0))) : QString();
    const QString dueFrom =
        f.dueOn.isValid() ? timeText(QDateTime(f.dueOn, QTime(0, 0))) : QString();
    const QString dueTo =
        f.dueOn.isValid() ? timeText(QDateTime(f.dueOn.addDays(1), QTime(0, 0))) : QString();
    const QString text = f.text.trimmed();
    static const QString open = QStringLiteral("c.state IN ") + kOpen;
    Where where;
    where.engine = engine;
    if (session.community.isValid())
        where.add(QStringLiteral("c.community_id = :session_community"),
                  {{"session_community", session.community.value}});
    if (!state.isEmpty())
        where.add(QStringLiteral("c.state = :state"), {{"state", state}});
    if (f.openOnly)
        where.add(open, {});
    if (f.overdueOnly)
        where.add(open + QStringLiteral(" AND c.due_at < :now"), {{"now", timeText(f.now)}});
    if (f.categoryId.isValid())
        where.add(QStringLiteral("c.category_id = :category"), {{"category", f.categoryId.value}});
    if (!channel.isEmpty())
        where.add(QStringLiteral("c.channel = :channel"), {{"channel", channel}});
    if (f.buildingId.isValid())
        where.add(QStringLiteral("c.building_id = :building"), {{"building", f.buildingId.value}});
    if (f.householdId.isValid())
        where.add(QStringLiteral("c.household_id = :household"),
                  {{"household", f.householdId.value}});
    if (f.reporterId.isValid())
        where.add(QStringLiteral("c.reporter_resident_id = :reporter"),
                  {{"reporter", f.reporterId.value}});
    if (!f.assignee.trimmed().isEmpty())
        where.add(where.contains(QStringLiteral("c.assignee"), QStringLiteral("assignee")),
                  {{"assignee", f.assignee.trimmed()}});
    if (!from.isEmpty())
        where.add(QStringLiteral("c.received_at >= :from"), {{"from", from}});
    if (!to.isEmpty())
        where.add(QStringLiteral("c.received_at < :to"), {{"to", to}});
    if (!dueFrom.isEmpty())
        where.add(open + QStringLiteral(" AND c.due_at >= :due_from AND c.due_at < :due_to"),
                  {{"due_from", dueFrom}, {"due_to", dueTo}});
    // A complaint number is read here, not compared as text in SQL: "2025-0466" is year 2025,
    // number 466, and never 10466. What looks like one may still be a phone (0731-845612).
    if (!text.isEmpty()) {
        const QString word = QStringLiteral("text");
        const QString inText =
            where.contains(QStringLiteral("c.summary"), word) + QStringLiteral(" OR ") +
            where.contains(QStringLiteral("c.details"), word) + QStringLiteral(" OR ") +
            where.contains(QStringLiteral("c.reporter_name"), word) + QStringLiteral(" OR ") +
            where.contains(QStringLiteral("c.reporter_phone"), word) + QStringLiteral(" OR ") +
            where.contains(QStringLiteral("c.place"), word);
        if (const auto number = complaintNumberFrom(text))
            where.add(QStringLiteral("(((:any_year = 1 OR c.year = :year) AND c.seq = :seq) OR ") +
                          inText + u')',
                      {{"any_year", number->year == 0 ? 1 : 0},
                       {"year", number->year},
                       {"seq", number->sequence},
                       {"text", text}});
        else
            where.add(u'(' + inText + u')', {{"text", text}});
    }
    return where;
}

// The filter and the page's start, newest first.
Where pageWhere(const ComplaintFilter &filter, const UserSession &session, Engine engine,
                const std::optional<ComplaintPageKey> &after) {
    Where where = whereOf(filter, session, engine);
    // Start after a moment later than any complaint.
    const QString start = after ? timeText(after->receivedAt) : QStringLiteral("9999");
    // "at <= t AND (at < t OR id < i)", not "at < t OR (at = t AND id < i)": with bound values
    // SQLite bounds its walk of the index only in the first form (see the residents' page).
    where.add(
        QStringLiteral("c.received_at <= :start AND (c.received_at < :start OR c.id < :before)"),
        {{"start", start}, {"before", after ? after->id : std::numeric_limits<qint64>::max()}});
    return where;
}

template<typename Make>
auto listOf(const QSqlDatabase &db, const sql::Text &statement, const sql::Params &params,
            Make make, qsizetype expected = 0)
    -> Result<QList<decltype(make(std::declval<sql::Statement &>()))>> {
    auto rows = sql::Statement::run(db, statement, params);
    if (!rows)
        return rows.status();
    QList<decltype(make(*rows))> list;
    list.reserve(expected);
    while (rows->next())
        list.append(make(*rows));
    if (!rows->status())
        return rows->status();
    return list;
}

QJsonObject changesBetween(const Complaint &before, const Complaint &after) {
    QJsonObject changes;
    auto note = [&changes](const char *field, const QString &a, const QString &b) {
        if (a != b)
            changes.insert(QLatin1String(field), QJsonArray{a, b});
    };
    note("state", codes::state(before.state), codes::state(after.state));
    note("level", before.level ? codes::level(*before.level) : QString(),
         after.level ? codes::level(*after.level) : QString());
    note("assignee", before.assignee, after.assignee);
    note("due_at", timeText(before.dueAt), timeText(after.dueAt));
    note("resolution", before.resolution, after.resolution);
    note("answer_method", before.answerMethod, after.answerMethod);
    note("satisfaction",
         before.satisfaction ? codes::satisfaction(*before.satisfaction) : QString(),
         after.satisfaction ? codes::satisfaction(*after.satisfaction) : QString());
    return changes;
}

} // namespace

Result<Complaint> ComplaintRepository::complaint(ComplaintId id) const {
    auto rows = sql::Statement::run(m_database.connection(), kOne, {{"id", id.value}});
    if (!rows)
        return rows.status();
    if (!rows->next())
        return rows->status() ? Result<Complaint>::failure(tr("The complaint no longer exists."))
                              : Result<Complaint>(rows->status());
    return complaintFrom(*rows);
}

Result<QList<ComplaintEvent>> ComplaintRepository::events(ComplaintId id) const {
    return listOf(m_database.connection(), kEvents, {{"complaint", id.value}},
                  [](const sql::Statement &q) {
                      ComplaintEvent e;
                      e.at = q.moment("at");
                      e.operatorName = q.text("operator");
                      e.isRegistration = q.text("action") == QStringLiteral("register");
                      e.action = codes::actionFrom(q.text("action"));
                      e.from = codes::stateFrom(q.text("from_state"));
                      e.to = codes::stateFrom(q.text("to_state"));
                      e.note = q.text("note");
                      e.assignee = q.text("assignee");
                      return e;
                  });
}

Result<QList<Complaint>> ComplaintRepository::page(const ComplaintFilter &filter,
                                                   const std::optional<ComplaintPageKey> &after,
                                                   int limit) const {
    const Where where =
        pageWhere(filter, m_database.session(), engineOf(m_database.connection()), after);
    return listOf(m_database.connection(), kPageSelect + where.clause() + kPageOrder,
                  where.params + sql::Params{{"limit", limit}}, complaintFrom);
}

namespace {

// The list's rows of a statement ending in LIMIT :limit [OFFSET :offset].
Result<QList<ComplaintListEntry>> listEntries(const QSqlDatabase &connection,
                                              const QString &statement, const sql::Params &params,
                                              int limit) {
    return listOf(
        connection, statement, params,
        [](const sql::Statement &q) {
            ComplaintListEntry e;
            e.id = ComplaintId{q.integer("id")};
            e.year = int(q.integer("year"));
            e.sequence = int(q.integer("seq"));
            e.receivedAt = q.moment("received_at");
            e.channel = codes::channelFrom(q.text("channel"));
            e.reporterName = q.text("reporter_name");
            e.place = q.text("place");
            e.categoryName = q.text("category_name");
            e.summary = q.text("summary");
            e.details = q.text("details");
            e.state = codes::stateFrom(q.text("state"));
            e.assignee = q.text("assignee");
            e.dueAt = q.moment("due_at");
            e.community = CommunityId{q.integer("community_id")};
            return e;
        },
        limit);
}

} // namespace

Result<QList<ComplaintListEntry>>
ComplaintRepository::listPage(const ComplaintFilter &filter,
                              const std::optional<ComplaintPageKey> &after, int limit) const {
    const Where where =
        pageWhere(filter, m_database.session(), engineOf(m_database.connection()), after);
    return listEntries(m_database.connection(), kListSelect + where.clause() + kPageOrder,
                       where.params + sql::Params{{"limit", limit}}, limit);
}

Result<QList<ComplaintListEntry>> ComplaintRepository::listPageAt(const ComplaintFilter &filter,
                                                                  int offset, int limit,
                                                                  int total) const {
    // SQLite walks past the rows before `offset` without building them, a walk that grows with
    // the position: past the middle of the list the page is found from its end instead, so that
    // Ctrl+End reads one page however long the list (tests/bench).
    const Where where = whereOf(filter, m_database.session(), engineOf(m_database.connection()));
    const int after = total - offset - limit;
    if (offset <= total / 2 || after < -limit)
        return listEntries(m_database.connection(),
                           kListSelect + where.clause() + kPageOrder +
                               QStringLiteral(" OFFSET :offset"),
                           where.params + sql::Params{{"limit", limit}, {"offset", offset}}, limit);
    const int rows = after < 0 ? limit + after : limit;
    auto page = listEntries(
        m_database.connection(),
        kListSelect + where.clause() +
            QStringLiteral(" ORDER BY c.received_at, c.id LIMIT :limit OFFSET :offset"),
        where.params + sql::Params{{"limit", rows}, {"offset", std::max(0, after)}}, rows);
    if (page)
        std::reverse(page->begin(), page->end());
    return page;
}

Result<int> ComplaintRepository::count(const ComplaintFilter &filter) const {
    const Where where = whereOf(filter, m_database.session(), engineOf(m_database.connection()));
    const auto total = sql::Statement::single(m_database.connection(),
                                              kCountSelect + where.clause(), where.params);
    if (!total)
        return total.status();
    return total->toInt();
}

Result<QList<Complaint>> ComplaintRepository::possibleDuplicates(BuildingId building, UnitId unit,
                                                                 CategoryId category,
                                                                 const QDateTime &since) const {
    if (!building.isValid() || !category.isValid())
        return QList<Complaint>();
    return listOf(m_database.connection(), kDuplicates,
                  {{"building", building.value},
                   {"category", category.value},
                   {"since", timeText(since)},
                   {"unit", unit.value}},
                  complaintFrom);
}

Result<QList<RepeatReporter>> ComplaintRepository::repeatReporters(const QDateTime &since) const {
    return listOf(m_database.connection(), kRepeat,
                  sql::Params{{"since", timeText(since)}} +
                      CommunityScope::params(m_database.session()),
                  [](const sql::Statement &q) {
                      return RepeatReporter{q.text("reporter_name"), q.text("reporter_phone"),
                                            q.text("category_name"), int(q.integer("visits")),
                                            q.moment("last_at")};
                  });
}

Result<QList<Complaint>> ComplaintRepository::receivedBetween(const QDateTime &from,
                                                              const QDateTime &to) const {
    return listOf(m_database.connection(), kBetween,
                  sql::Params{{"from", timeText(from)}, {"to", timeText(to)}} +
                      CommunityScope::params(m_database.session()),
                  complaintFrom);
}

Result<QList<Category>> ComplaintRepository::categories() const {
    return listOf(m_database.connection(), kCategories, {}, [](const sql::Statement &q) {
        return Category{CategoryId{q.integer("id")}, q.text("name"), q.flag("active")};
    });
}

Result<QList<ReferralBody>> ComplaintRepository::referralBodies() const {
    return listOf(m_database.connection(), kBodies, {}, [](const sql::Statement &q) {
        return ReferralBody{ReferralBodyId{q.integer("id")}, q.text("name")};
    });
}

Result<WorkingCalendar> ComplaintRepository::calendar() const {
    auto query = sql::Statement::run(m_database.connection(), kCalendar);
    if (!query)
        return query.status();
    WorkingCalendar calendar;
    while (query->next())
        calendar.setException(query->date("day"), query->text("kind") == QStringLiteral("workday")
                                                      ? WorkingCalendar::DayKind::Workday
                                                      : WorkingCalendar::DayKind::Holiday);
    if (!query->status())
        return query->status();
    return calendar;
}

Result<int> ComplaintRepository::dueDays(Urgency urgency) const {
    const QString key = urgency == Urgency::Urgent ? QStringLiteral("complaints.due_days.urgent")
                                                   : QStringLiteral("complaints.due_days.normal");
    const auto value = sql::Statement::single(m_database.connection(), kDueDays, {{"key", key}});
    if (!value)
        return value.status();
    bool ok = false;
    const int days = value->toInt(&ok);
    return ok && days > 0 ? days : (urgency == Urgency::Urgent ? 1 : 3);
}

Result<Complaint> ComplaintRepository::insert(const WriteContext &context, Complaint c) {
    c.year = c.receivedAt.date().year();
    const auto next = Numbering::take(context, Numbering::Kind::Complaint, c.year);
    if (!next)
        return next.status();
    c.sequence = *next;
    c.loggedBy = context.operatorName();
    c.state = ComplaintState::Registered;
    c.version = 1; // the column's default
    if (!c.community.isValid()) {
        const auto community = context.communityOfNewRecord(
            {c.place.compoundId, c.place.buildingId, c.place.householdId, c.reporter.residentId});
        if (!community)
            return community.status();
        c.community = *community;
    }
    auto id =
        context.insert(kInsert, {{"year", c.year},
                                 {"seq", c.sequence},
                                 {"received_at", timeText(c.receivedAt)},
                                 {"channel", codes::channel(c.channel)},
                                 {"reporter_resident_id", sql::idOrNull(c.reporter.residentId)},
                                 {"reporter_name", c.reporter.name},
                                 {"reporter_phone", sql::notNull(c.reporter.phone)},
                                 {"compound_id", sql::idOrNull(c.place.compoundId)},
                                 {"building_id", sql::idOrNull(c.place.buildingId)},
                                 {"unit_id", sql::idOrNull(c.place.unitId)},
                                 {"household_id", sql::idOrNull(c.place.householdId)},
                                 {"place", sql::notNull(c.place.description)},
                                 {"category_id", c.categoryId.value},
                                 {"urgency", codes::urgency(c.urgency)},
                                 {"summary", c.summary},
                                 {"details", sql::notNull(c.details)},
                                 {"logged_by", c.loggedBy},
                                 {"state", codes::state(c.state)},
                                 {"due_at", timeText(c.dueAt)},
                                 {"community_id", sql::idOrNull(c.community)}});
    if (!id)
        return id.status();
    c.id = ComplaintId{*id};
    const QString registered = codes::state(ComplaintState::Registered);
    if (auto event = context.run(kInsertEvent, {{"complaint_id", c.id.value},
                                                {"at", context.at()},
                                                {"operator", context.operatorName()},
                                                {"action", QStringLiteral("register")},
                                                {"from_state", registered},
                                                {"to_state", registered},
                                                {"note", QStringLiteral("")},
                                                {"assignee", QStringLiteral("")}});
        !event)
        return event.status();
    if (Status audited =
            context.audit(QStringLiteral("complaint"), c.id.value, WriteContext::Action::Create,
                          {{QStringLiteral("number"), c.number()},
                           {QStringLiteral("summary"), c.summary},
                           {QStringLiteral("reporter"), c.reporter.name}});
        !audited)
        return audited;
    return c;
}

Status ComplaintRepository::update(const WriteContext &context, const Complaint &before,
                                   const Complaint &after, const ComplaintEvent &event) {
    if (Status done = context.change(
            kUpdate,
            {{"state", codes::state(after.state)},
             {"level", after.level ? QVariant(codes::level(*after.level)) : QVariant()},
             {"assignee", sql::notNull(after.assignee)},
             {"referral_body_id", sql::idOrNull(after.referralBodyId)},
             {"due_at", timeText(after.dueAt)},
             {"first_response_at", after.firstResponseAt},
             {"resolved_at", after.resolvedAt},
             {"resolution", sql::notNull(after.resolution)},
             {"answered_at", after.answeredAt},
             {"answer_method", sql::notNull(after.answerMethod)},
             {"satisfaction",
              after.satisfaction ? QVariant(codes::satisfaction(*after.satisfaction)) : QVariant()},
             {"closed_at", after.closedAt},
             {"id", after.id.value}},
            tr("The complaint no longer exists."));
        !done)
        return done;
    if (auto done = context.run(kInsertEvent, {{"complaint_id", after.id.value},
                                               {"at", event.at},
                                               {"operator", event.operatorName},
                                               {"action", codes::action(event.action)},
                                               {"from_state", codes::state(event.from)},
                                               {"to_state", codes::state(event.to)},
                                               {"note", sql::notNull(event.note)},
                                               {"assignee", sql::notNull(event.assignee)}});
        !done)
        return done.status();
    QJsonObject changes = changesBetween(before, after);
    changes.insert(QStringLiteral("action"), codes::action(event.action));
    if (!event.note.isEmpty())
        changes.insert(QStringLiteral("note"), event.note);
    return context.audit(QStringLiteral("complaint"), after.id.value, WriteContext::Action::Update,
                         changes);
}

} // namespace linli
