#include "complaints/complaintrepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "complaints/complaintcodes.h"
#include "storage/database.h"
#include "storage/numbering.h"
#include "storage/sql.h"

#include <QJsonArray>

#include <algorithm>

namespace linli {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.year, c.seq, c.received_at, c.channel, c.reporter_resident_id, c.reporter_name,"
    " c.reporter_phone, c.compound_id, c.building_id, c.unit_id, c.household_id, c.place,"
    " c.category_id, k.name, c.urgency, c.summary, c.details, c.logged_by, c.state, c.level,"
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
    QStringLiteral("SELECT c.id, c.year, c.seq, c.received_at, c.channel, c.reporter_name,"
                   " c.place, k.name, c.summary, c.details, c.state, c.assignee, c.due_at,"
                   " c.community_id") +
    kFrom;
const QString kPageOrder = QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC LIMIT ?");
const QString kCountSelect = QStringLiteral("SELECT count(*) FROM complaints c");
const QString kOne =
    QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE c.id = ?");
const QString kDuplicates =
    QStringLiteral("SELECT ") + kColumns + kFrom +
    QStringLiteral(" WHERE c.building_id = ? AND c.category_id = ? AND c.received_at >= ?"
                   " AND (? = 0 OR c.unit_id IS NULL OR c.unit_id = ?)"
                   " ORDER BY c.received_at DESC LIMIT 20");
const QString kBetween = QStringLiteral("SELECT ") + kColumns + kFrom +
                         QStringLiteral(" WHERE c.received_at >= ? AND c.received_at < ? AND ") +
                         CommunityScope::ofColumn(QStringLiteral("c.community_id")) +
                         QStringLiteral(" ORDER BY c.received_at, c.id");
const QString kRepeat =
    QStringLiteral("SELECT max(c.reporter_name), max(c.reporter_phone), max(k.name), count(*),"
                   " max(c.received_at)"
                   " FROM complaints c JOIN complaint_categories k ON k.id = c.category_id"
                   " WHERE c.received_at >= ? AND ") +
    CommunityScope::ofColumn(QStringLiteral("c.community_id")) +
    QStringLiteral(" GROUP BY coalesce(CAST(c.reporter_resident_id AS TEXT), c.reporter_name || "
                   "'/' || c.reporter_phone),"
                   "  c.category_id HAVING count(*) > 1 ORDER BY count(*) DESC, max(c.received_at) "
                   "DESC LIMIT 200");
const QString kEvents = QStringLiteral(
    "SELECT at, operator, action, from_state, to_state, note, assignee FROM complaint_events"
    " WHERE complaint_id = ? ORDER BY at, id");
const QString kCategories =
    QStringLiteral("SELECT id, name, active FROM complaint_categories ORDER BY position, id");
const QString kBodies =
    QStringLiteral("SELECT id, name FROM referral_bodies WHERE active = 1 ORDER BY id");
const QString kCalendar = QStringLiteral("SELECT day, kind FROM calendar_days");
const QString kDueDays = QStringLiteral("SELECT value FROM settings WHERE key = ?");
const QString kInsert = QStringLiteral(
    "INSERT INTO complaints (year, seq, received_at, channel, reporter_resident_id, reporter_name,"
    " reporter_phone, compound_id, building_id, unit_id, household_id, place, category_id,"
    " urgency, summary, details, logged_by, state, due_at, community_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE complaints SET state = ?, level = ?, assignee = ?, referral_body_id = ?, due_at = ?,"
    " first_response_at = ?, resolved_at = ?, resolution = ?, answered_at = ?, answer_method = ?,"
    " satisfaction = ?, closed_at = ?, version = version + 1 WHERE id = ?");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO complaint_events (complaint_id, at, operator, action, from_state, to_state, note,"
    " assignee) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

QString timeText(const QDateTime &at) {
    return iso::text(at);
}
QVariant timeOrNull(const QDateTime &at) {
    return at.isValid() ? QVariant(timeText(at)) : QVariant();
}
QDateTime timeFrom(const QVariant &value) {
    return iso::moment(value.toString());
}

Complaint complaintFrom(const sql::Rows &q) {
    Complaint c;
    c.id = ComplaintId{q.integer(0)};
    c.year = int(q.integer(1));
    c.sequence = int(q.integer(2));
    c.receivedAt = iso::moment(q.text(3));
    c.channel = codes::channelFrom(q.text(4));
    c.reporter = {ResidentId{q.integer(5)}, q.text(6), q.text(7)};
    c.place = {CompoundId{q.integer(8)}, BuildingId{q.integer(9)}, UnitId{q.integer(10)},
               HouseholdId{q.integer(11)}, q.text(12)};
    c.categoryId = CategoryId{q.integer(13)};
    c.categoryName = q.text(14);
    c.urgency = codes::urgencyFrom(q.text(15));
    c.summary = q.text(16);
    c.details = q.text(17);
    c.loggedBy = q.text(18);
    c.state = codes::stateFrom(q.text(19));
    c.level = codes::levelFrom(q.text(20));
    c.assignee = q.text(21);
    c.referralBodyId = ReferralBodyId{q.integer(22)};
    c.dueAt = iso::moment(q.text(23));
    c.firstResponseAt = iso::moment(q.text(24));
    c.resolvedAt = iso::moment(q.text(25));
    c.resolution = q.text(26);
    c.answeredAt = iso::moment(q.text(27));
    c.answerMethod = q.text(28);
    c.satisfaction = codes::satisfactionFrom(q.text(29));
    c.closedAt = iso::moment(q.text(30));
    c.community = CommunityId{q.integer(31)};
    c.version = int(q.integer(32));
    return c;
}

struct Where {
    QStringList parts;
    QVariantList values;

    void add(const QString &part, const QVariantList &bound) {
        parts << part;
        values << bound;
    }
    QString clause() const {
        return parts.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

Where whereOf(const ComplaintFilter &f, const UserSession &session) {
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
    if (session.community.isValid())
        where.add(QStringLiteral("c.community_id = ?"), {session.community.value});
    if (!state.isEmpty())
        where.add(QStringLiteral("c.state = ?"), {state});
    if (f.openOnly)
        where.add(open, {});
    if (f.overdueOnly)
        where.add(open + QStringLiteral(" AND c.due_at < ?"), {timeText(f.now)});
    if (f.categoryId.isValid())
        where.add(QStringLiteral("c.category_id = ?"), {f.categoryId.value});
    if (!channel.isEmpty())
        where.add(QStringLiteral("c.channel = ?"), {channel});
    if (f.buildingId.isValid())
        where.add(QStringLiteral("c.building_id = ?"), {f.buildingId.value});
    if (f.householdId.isValid())
        where.add(QStringLiteral("c.household_id = ?"), {f.householdId.value});
    if (f.reporterId.isValid())
        where.add(QStringLiteral("c.reporter_resident_id = ?"), {f.reporterId.value});
    if (!f.assignee.trimmed().isEmpty())
        where.add(QStringLiteral("instr(c.assignee, ?) > 0"), {f.assignee.trimmed()});
    if (!from.isEmpty())
        where.add(QStringLiteral("c.received_at >= ?"), {from});
    if (!to.isEmpty())
        where.add(QStringLiteral("c.received_at < ?"), {to});
    if (!dueFrom.isEmpty())
        where.add(open + QStringLiteral(" AND c.due_at >= ? AND c.due_at < ?"), {dueFrom, dueTo});
    // A complaint number is read here, not compared as text in SQL: "2025-0466" is year 2025,
    // number 466, and never 10466. What looks like one may still be a phone (0731-845612).
    if (!text.isEmpty()) {
        const QString inText =
            QStringLiteral("instr(c.summary, ?) > 0 OR instr(c.details, ?) > 0"
                           " OR instr(c.reporter_name, ?) > 0 OR instr(c.reporter_phone, ?) > 0"
                           " OR instr(c.place, ?) > 0");
        const QVariantList texts = {text, text, text, text, text};
        if (const auto number = complaintNumberFrom(text))
            where.add(QStringLiteral("((c.year = ? AND c.seq = ?) OR ") + inText + u')',
                      QVariantList{number->first, number->second} + texts);
        else
            where.add(u'(' + inText + u')', texts);
    }
    return where;
}

// The filter and the page's start, newest first.
Where pageWhere(const ComplaintFilter &filter, const UserSession &session,
                const std::optional<ComplaintPageKey> &after) {
    Where where = whereOf(filter, session);
    // Start after a moment later than any complaint.
    const QString start = after ? timeText(after->receivedAt) : QStringLiteral("9999");
    // "at <= t AND (at < t OR id < i)", not "at < t OR (at = t AND id < i)": with bound values
    // SQLite bounds its walk of the index only in the first form (see the residents' page).
    where.add(QStringLiteral("c.received_at <= ? AND (c.received_at < ? OR c.id < ?)"),
              {start, start, after ? after->id : std::numeric_limits<qint64>::max()});
    return where;
}

template<typename Make>
auto listOf(const QSqlDatabase &db, const QString &statement, const QVariantList &values, Make make,
            qsizetype expected = 0) -> Result<QList<decltype(make(std::declval<sql::Rows &>()))>> {
    auto rows = sql::select(db, statement, values);
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
    auto rows = sql::select(m_database.connection(), kOne, {id.value});
    if (!rows)
        return rows.status();
    if (!rows->next())
        return rows->status() ? Result<Complaint>::failure(tr("The complaint no longer exists."))
                              : Result<Complaint>(rows->status());
    return complaintFrom(*rows);
}

Result<QList<ComplaintEvent>> ComplaintRepository::events(ComplaintId id) const {
    return listOf(m_database.connection(), kEvents, {id.value}, [](const sql::Rows &q) {
        ComplaintEvent e;
        e.at = timeFrom(q.value(0));
        e.operatorName = q.value(1).toString();
        e.isRegistration = q.value(2).toString() == QStringLiteral("register");
        e.action = codes::actionFrom(q.value(2).toString());
        e.from = codes::stateFrom(q.value(3).toString());
        e.to = codes::stateFrom(q.value(4).toString());
        e.note = q.value(5).toString();
        e.assignee = q.value(6).toString();
        return e;
    });
}

Result<QList<Complaint>> ComplaintRepository::page(const ComplaintFilter &filter,
                                                   const std::optional<ComplaintPageKey> &after,
                                                   int limit) const {
    const Where where = pageWhere(filter, m_database.session(), after);
    return listOf(m_database.connection(), kPageSelect + where.clause() + kPageOrder,
                  where.values + QVariantList{limit}, complaintFrom);
}

namespace {

// The list's rows of a statement ending in LIMIT ? [OFFSET ?].
Result<QList<ComplaintListEntry>> listEntries(const QSqlDatabase &connection,
                                              const QString &statement, const QVariantList &values,
                                              int limit) {
    // Scrolled to its end the list reads every complaint: no row makes a QString or a QDateTime
    // of its own (its texts go to the page's block, its category is shared; tests/bench).
    sql::SharedTexts categories;
    PageTexts texts(qsizetype(limit) * 96);
    auto list = listOf(
        connection, statement, values,
        [&categories, &texts](const sql::Rows &q) {
            ComplaintListEntry e;
            e.id = ComplaintId{q.integer(0)};
            e.year = int(q.integer(1));
            e.sequence = int(q.integer(2));
            e.received = q.moment(3);
            e.channel = codes::channelFrom(q.utf8(4));
            e.reporterSpan = texts.add(q.utf8(5));
            e.placeSpan = texts.add(q.utf8(6));
            e.categoryName = q.text(7, categories);
            e.summarySpan = texts.add(q.utf8(8));
            e.detailsSpan = texts.add(q.utf8(9));
            e.state = codes::stateFrom(q.utf8(10));
            e.assigneeSpan = texts.add(q.utf8(11));
            e.due = q.moment(12);
            e.community = CommunityId{q.integer(13)};
            return e;
        },
        limit);
    if (list) {
        const QByteArray block = texts.block();
        for (ComplaintListEntry &e : *list)
            e.texts = block;
    }
    return list;
}

} // namespace

Result<QList<ComplaintListEntry>>
ComplaintRepository::listPage(const ComplaintFilter &filter,
                              const std::optional<ComplaintPageKey> &after, int limit) const {
    const Where where = pageWhere(filter, m_database.session(), after);
    return listEntries(m_database.connection(), kListSelect + where.clause() + kPageOrder,
                       where.values + QVariantList{limit}, limit);
}

Result<QList<ComplaintListEntry>> ComplaintRepository::listPageAt(const ComplaintFilter &filter,
                                                                  int offset, int limit,
                                                                  int total) const {
    // SQLite walks past the rows before `offset` without building them, a walk that grows with
    // the position: past the middle of the list the page is found from its end instead, so that
    // Ctrl+End reads one page however long the list (tests/bench).
    const Where where = whereOf(filter, m_database.session());
    const int after = total - offset - limit;
    if (offset <= total / 2 || after < -limit)
        return listEntries(m_database.connection(),
                           kListSelect + where.clause() + kPageOrder + QStringLiteral(" OFFSET ?"),
                           where.values + QVariantList{limit, offset}, limit);
    const int rows = after < 0 ? limit + after : limit;
    auto page = listEntries(m_database.connection(),
                            kListSelect + where.clause() +
                                QStringLiteral(" ORDER BY c.received_at, c.id LIMIT ? OFFSET ?"),
                            where.values + QVariantList{rows, std::max(0, after)}, rows);
    if (page)
        std::reverse(page->begin(), page->end());
    return page;
}

Result<int> ComplaintRepository::count(const ComplaintFilter &filter) const {
    const Where where = whereOf(filter, m_database.session());
    const auto total =
        sql::scalar(m_database.connection(), kCountSelect + where.clause(), where.values);
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
                  {building.value, category.value, timeText(since), unit.value, unit.value},
                  complaintFrom);
}

Result<QList<RepeatReporter>> ComplaintRepository::repeatReporters(const QDateTime &since) const {
    return listOf(m_database.connection(), kRepeat,
                  QVariantList{timeText(since)} + CommunityScope::values(m_database.session()),
                  [](const sql::Rows &q) {
                      return RepeatReporter{q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toInt(),
                                            timeFrom(q.value(4))};
                  });
}

Result<QList<Complaint>> ComplaintRepository::receivedBetween(const QDateTime &from,
                                                              const QDateTime &to) const {
    return listOf(m_database.connection(), kBetween,
                  QVariantList{timeText(from), timeText(to)} +
                      CommunityScope::values(m_database.session()),
                  complaintFrom);
}

Result<QList<Category>> ComplaintRepository::categories() const {
    return listOf(m_database.connection(), kCategories, {}, [](const sql::Rows &q) {
        return Category{CategoryId{q.value(0).toLongLong()}, q.value(1).toString(),
                        q.value(2).toBool()};
    });
}

Result<QList<ReferralBody>> ComplaintRepository::referralBodies() const {
    return listOf(m_database.connection(), kBodies, {}, [](const sql::Rows &q) {
        return ReferralBody{ReferralBodyId{q.value(0).toLongLong()}, q.value(1).toString()};
    });
}

Result<WorkingCalendar> ComplaintRepository::calendar() const {
    auto query = sql::run(m_database.connection(), kCalendar);
    if (!query)
        return query.status();
    WorkingCalendar calendar;
    while (query->next())
        calendar.setException(iso::date(query->value(0).toString()),
                              query->value(1).toString() == QStringLiteral("workday")
                                  ? WorkingCalendar::DayKind::Workday
                                  : WorkingCalendar::DayKind::Holiday);
    return calendar;
}

Result<int> ComplaintRepository::dueDays(Urgency urgency) const {
    const QString key = urgency == Urgency::Urgent ? QStringLiteral("complaints.due_days.urgent")
                                                   : QStringLiteral("complaints.due_days.normal");
    const auto value = sql::scalar(m_database.connection(), kDueDays, {key});
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
    auto id = context.insert(kInsert, {c.year,
                                       c.sequence,
                                       timeText(c.receivedAt),
                                       codes::channel(c.channel),
                                       sql::idOrNull(c.reporter.residentId),
                                       c.reporter.name,
                                       sql::notNull(c.reporter.phone),
                                       sql::idOrNull(c.place.compoundId),
                                       sql::idOrNull(c.place.buildingId),
                                       sql::idOrNull(c.place.unitId),
                                       sql::idOrNull(c.place.householdId),
                                       sql::notNull(c.place.description),
                                       c.categoryId.value,
                                       codes::urgency(c.urgency),
                                       c.summary,
                                       sql::notNull(c.details),
                                       c.loggedBy,
                                       codes::state(c.state),
                                       timeText(c.dueAt),
                                       sql::idOrNull(c.community)});
    if (!id)
        return id.status();
    c.id = ComplaintId{*id};
    const QString registered = codes::state(ComplaintState::Registered);
    if (auto event =
            context.run(kInsertEvent, {c.id.value, timeText(context.at()), context.operatorName(),
                                       QStringLiteral("register"), registered, registered,
                                       QStringLiteral(""), QStringLiteral("")});
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
            {codes::state(after.state),
             after.level ? QVariant(codes::level(*after.level)) : QVariant(),
             sql::notNull(after.assignee), sql::idOrNull(after.referralBodyId),
             timeText(after.dueAt), timeOrNull(after.firstResponseAt), timeOrNull(after.resolvedAt),
             sql::notNull(after.resolution), timeOrNull(after.answeredAt),
             sql::notNull(after.answerMethod),
             after.satisfaction ? QVariant(codes::satisfaction(*after.satisfaction)) : QVariant(),
             timeOrNull(after.closedAt), after.id.value},
            tr("The complaint no longer exists."));
        !done)
        return done;
    if (auto done =
            context.run(kInsertEvent, {after.id.value, timeText(event.at), event.operatorName,
                                       codes::action(event.action), codes::state(event.from),
                                       codes::state(event.to), sql::notNull(event.note),
                                       sql::notNull(event.assignee)});
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
