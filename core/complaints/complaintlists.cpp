#include "complaints/complaintlists.h"

#include "common/isotime.h"

#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QLocale>

namespace linli {

namespace {

const QString kDays = QStringLiteral(
    "SELECT day, kind, name FROM calendar_days WHERE day >= :from AND day < :to ORDER BY day");
const QString kBodies = QStringLiteral("SELECT id, name, active FROM referral_bodies ORDER BY id");
const QString kNameTaken =
    QStringLiteral("SELECT count(*) FROM complaint_categories WHERE name = :name AND id <> :id");
const QString kNextPosition =
    QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM complaint_categories");
const QString kInsertCategory = QStringLiteral(
    "INSERT INTO complaint_categories (name, position) VALUES (:name, :position) RETURNING id");
const QString kRenameCategory =
    QStringLiteral("UPDATE complaint_categories SET name = :name WHERE id = :id AND name = :seen");
const QString kCategoryExists =
    QStringLiteral("SELECT count(*) FROM complaint_categories WHERE id = :id");
const QString kActivateCategory =
    QStringLiteral("UPDATE complaint_categories SET active = :active WHERE id = :id");
const QString kCategoryInUse =
    QStringLiteral("SELECT name, active FROM complaint_categories WHERE id = :id");
const QString kBodyTaken =
    QStringLiteral("SELECT count(*) FROM referral_bodies WHERE name = :name");
const QString kInsertBody =
    QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES (:name, 'other') RETURNING id");
const QString kActivateBody =
    QStringLiteral("UPDATE referral_bodies SET active = :active WHERE id = :id");
// An upsert: both engines spell it the same.
const QString kUpsertDay =
    QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (:day, :kind, :name)"
                   " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name");
const QString kDeleteDay = QStringLiteral("DELETE FROM calendar_days WHERE day = :day");
const QString kUpsertSetting =
    QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value");

QString dueKey(Urgency urgency) {
    return urgency == Urgency::Urgent ? QStringLiteral("complaints.due_days.urgent")
                                      : QStringLiteral("complaints.due_days.normal");
}

} // namespace

Result<QList<CalendarDay>> ComplaintLists::calendarDays(int year) const {
    auto query = sql::Statement::run(m_database.connection(), kDays,
                                     {{"from", QDate(year, 1, 1)}, {"to", QDate(year + 1, 1, 1)}});
    if (!query)
        return query.status();
    QList<CalendarDay> days;
    while (query->next())
        days.append({query->date("day"), query->text("kind") == QStringLiteral("workday"),
                     query->text("name")});
    if (!query->status())
        return query->status();
    return days;
}

Result<QList<std::pair<ReferralBody, bool>>> ComplaintLists::referralBodies() const {
    auto query = sql::Statement::run(m_database.connection(), kBodies);
    if (!query)
        return query.status();
    QList<std::pair<ReferralBody, bool>> bodies;
    while (query->next())
        bodies.append({ReferralBody{ReferralBodyId{query->integer("id")}, query->text("name")},
                       query->flag("active")});
    if (!query->status())
        return query->status();
    return bodies;
}

Status ComplaintLists::checkCategoryName(const QString &clean) {
    if (clean.isEmpty())
        return Status::failure(tr("Enter the category's name."));
    if (clean.size() > kLongestCategoryName)
        return Status::failure(
            tr("Keep the category's name within %1 characters: it heads columns in the ledger "
               "and the dashboard.")
                .arg(kLongestCategoryName));
    return Status::success();
}

Result<CategoryId> ComplaintLists::addCategory(const WriteContext &context, const QString &name) {
    const QString clean = name.simplified();
    if (Status fits = checkCategoryName(clean); !fits)
        return fits;
    const auto taken =
        sql::Statement::single(context.connection(), kNameTaken, {{"name", clean}, {"id", 0}});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Result<CategoryId>::failure(tr("There is a category named %1 already.").arg(clean));
    const auto position = sql::Statement::single(context.connection(), kNextPosition);
    if (!position)
        return position.status();
    auto id = context.insert(kInsertCategory, {{"name", clean}, {"position", position->toInt()}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("complaint_category"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), clean}});
        !audited)
        return audited;
    return CategoryId{*id};
}

Status ComplaintLists::checkCategoryInUse(const WriteContext &context, CategoryId id) {
    auto query = sql::Statement::run(context.connection(), kCategoryInUse, {{"id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return query->status() ? Status::failure(tr("The category no longer exists."))
                               : query->status();
    if (query->flag("active"))
        return Status::success();
    const QString name = query->text("name");
    const auto retired =
        RowVersion::lastChange(context, QStringLiteral("complaint_category"), id.value);
    if (!retired)
        return retired.status();
    if (!retired->has_value())
        return Status::failure(
            tr("The category %1 is no longer in use; choose another.").arg(name));
    return Status::failure(
        tr("%1 retired the category %2 at %3; choose another. The list now "
           "shows the categories in use.")
            .arg((*retired)->who, name, QLocale().toString((*retired)->at, QLocale::ShortFormat)));
}

Status ComplaintLists::renameCategory(const WriteContext &context, const Category &seen,
                                      const QString &name) {
    const CategoryId id = seen.id;
    const QString clean = name.simplified();
    if (Status fits = checkCategoryName(clean); !fits)
        return fits;
    const auto taken = sql::Statement::single(context.connection(), kNameTaken,
                                              {{"name", clean}, {"id", id.value}});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Status::failure(tr("There is a category named %1 already.").arg(clean));
    // Renamed only from the name the desk showed: of two desks renaming it, the second is told
    // who renamed it first.
    auto renamed =
        context.run(kRenameCategory, {{"name", clean}, {"id", id.value}, {"seen", seen.name}});
    if (!renamed)
        return renamed.status();
    if (renamed->rowsAffected() == 0) {
        const auto exists =
            sql::Statement::single(context.connection(), kCategoryExists, {{"id", id.value}});
        if (!exists)
            return exists.status();
        if (exists->toInt() == 0)
            return Status::failure(tr("The category no longer exists."));
        return RowVersion::changedFirst(context, QStringLiteral("complaint_category"), id.value);
    }
    return context.audit(QStringLiteral("complaint_category"), id.value,
                         WriteContext::Action::Update, {{QStringLiteral("name"), clean}});
}

Status ComplaintLists::setCategoryActive(const WriteContext &context, CategoryId id, bool active) {
    // Categories in use are never deleted: old complaints keep theirs, new ones cannot pick it.
    if (Status done = context.change(kActivateCategory, {{"active", active}, {"id", id.value}},
                                     tr("The category no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("complaint_category"), id.value,
                         WriteContext::Action::Update, {{QStringLiteral("active"), active}});
}

Result<ReferralBodyId> ComplaintLists::addReferralBody(const WriteContext &context,
                                                       const QString &name) {
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<ReferralBodyId>::failure(tr("Enter the body's name."));
    if (clean.size() > kLongestBodyName)
        return Result<ReferralBodyId>::failure(
            tr("Keep the body's name within %1 characters.").arg(kLongestBodyName));
    const auto taken = sql::Statement::single(context.connection(), kBodyTaken, {{"name", clean}});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Result<ReferralBodyId>::failure(tr("%1 is on the list already.").arg(clean));
    auto id = context.insert(kInsertBody, {{"name", clean}});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("referral_body"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), clean}});
        !audited)
        return audited;
    return ReferralBodyId{*id};
}

Status ComplaintLists::setReferralBodyActive(const WriteContext &context, ReferralBodyId id,
                                             bool active) {
    if (Status done = context.change(kActivateBody, {{"active", active}, {"id", id.value}},
                                     tr("The body no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("referral_body"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("active"), active}});
}

Status ComplaintLists::setCalendarDay(const WriteContext &context, const CalendarDay &day) {
    if (!day.day.isValid())
        return Status::failure(tr("Choose the day."));
    const bool weekend = day.day.dayOfWeek() > 5;
    if (day.workday && !weekend)
        return Status::failure(tr("%1 is a weekday: only a Saturday or Sunday can be a make-up "
                                  "working day.")
                                   .arg(day.day.toString(Qt::ISODate)));
    if (auto done = context.run(kUpsertDay, {{"day", day.day},
                                             {"kind", day.workday ? QStringLiteral("workday")
                                                                  : QStringLiteral("holiday")},
                                             {"name", sql::notNull(day.name.simplified())}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("calendar_day"), day.day.toJulianDay(),
                         WriteContext::Action::Update,
                         {{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
                          {QStringLiteral("workday"), day.workday},
                          {QStringLiteral("name"), day.name.simplified()}});
}

Status ComplaintLists::removeCalendarDay(const WriteContext &context, QDate day) {
    if (Status done =
            context.change(kDeleteDay, {{"day", day}},
                           tr("%1 is not on the calendar.").arg(day.toString(Qt::ISODate)));
        !done)
        return done;
    return context.audit(QStringLiteral("calendar_day"), day.toJulianDay(),
                         WriteContext::Action::Delete,
                         {{QStringLiteral("day"), day.toString(Qt::ISODate)}});
}

QString ComplaintLists::dueDaysKey(Urgency urgency) {
    return dueKey(urgency);
}

Status ComplaintLists::setDueDays(const WriteContext &context, Urgency urgency, int days) {
    if (days < 1 || days > 60)
        return Status::failure(tr("The time limit must be between 1 and 60 working days."));
    if (auto done = context.run(kUpsertSetting,
                                {{"key", dueKey(urgency)}, {"value", QString::number(days)}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{dueKey(urgency), days}});
}

} // namespace linli
