#include "complaints/complaintlists.h"

#include "common/isotime.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace linli {

namespace {

const QString kDays = QStringLiteral(
    "SELECT day, kind, name FROM calendar_days WHERE day >= ? AND day < ? ORDER BY day");
const QString kBodies = QStringLiteral("SELECT id, name, active FROM referral_bodies ORDER BY id");
const QString kNameTaken =
    QStringLiteral("SELECT count(*) FROM complaint_categories WHERE name = ? AND id <> ?");
const QString kNextPosition =
    QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM complaint_categories");
const QString kInsertCategory =
    QStringLiteral("INSERT INTO complaint_categories (name, position) VALUES (?, ?)");
const QString kRenameCategory =
    QStringLiteral("UPDATE complaint_categories SET name = ? WHERE id = ?");
const QString kActivateCategory =
    QStringLiteral("UPDATE complaint_categories SET active = ? WHERE id = ?");
const QString kBodyTaken = QStringLiteral("SELECT count(*) FROM referral_bodies WHERE name = ?");
const QString kInsertBody =
    QStringLiteral("INSERT INTO referral_bodies (name, kind) VALUES (?, 'other')");
const QString kActivateBody = QStringLiteral("UPDATE referral_bodies SET active = ? WHERE id = ?");
// Engine-specific: an upsert (PostgreSQL spells it the same).
const QString kUpsertDay =
    QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"
                   " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name");
const QString kDeleteDay = QStringLiteral("DELETE FROM calendar_days WHERE day = ?");
const QString kUpsertSetting =
    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value");

QString dueKey(Urgency urgency) {
    return urgency == Urgency::Urgent ? QStringLiteral("complaints.due_days.urgent")
                                      : QStringLiteral("complaints.due_days.normal");
}

} // namespace

Result<QList<CalendarDay>> ComplaintLists::calendarDays(int year) const {
    auto query = sql::run(
        m_database.connection(), kDays,
        {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year + 1, 1, 1).toString(Qt::ISODate)});
    if (!query)
        return query.status();
    QList<CalendarDay> days;
    while (query->next())
        days.append({iso::date(query->value(0).toString()),
                     query->value(1).toString() == QStringLiteral("workday"),
                     query->value(2).toString()});
    return days;
}

Result<QList<std::pair<ReferralBody, bool>>> ComplaintLists::referralBodies() const {
    auto query = sql::run(m_database.connection(), kBodies);
    if (!query)
        return query.status();
    QList<std::pair<ReferralBody, bool>> bodies;
    while (query->next())
        bodies.append(
            {ReferralBody{ReferralBodyId{query->value(0).toLongLong()}, query->value(1).toString()},
             query->value(2).toBool()});
    return bodies;
}

Result<CategoryId> ComplaintLists::addCategory(const WriteContext &context, const QString &name) {
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<CategoryId>::failure(tr("Enter the category's name."));
    const auto taken = sql::scalar(context.connection(), kNameTaken, {clean, 0});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Result<CategoryId>::failure(tr("There is a category named %1 already.").arg(clean));
    const auto position = sql::scalar(context.connection(), kNextPosition);
    if (!position)
        return position.status();
    auto id = context.insert(kInsertCategory, {clean, position->toInt()});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("complaint_category"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), clean}});
        !audited)
        return audited;
    return CategoryId{*id};
}

Status ComplaintLists::renameCategory(const WriteContext &context, CategoryId id,
                                      const QString &name) {
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Status::failure(tr("Enter the category's name."));
    const auto taken = sql::scalar(context.connection(), kNameTaken, {clean, id.value});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Status::failure(tr("There is a category named %1 already.").arg(clean));
    if (Status done = context.change(kRenameCategory, {clean, id.value},
                                     tr("The category no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("complaint_category"), id.value,
                         WriteContext::Action::Update, {{QStringLiteral("name"), clean}});
}

Status ComplaintLists::setCategoryActive(const WriteContext &context, CategoryId id, bool active) {
    // Categories in use are never deleted: old complaints keep theirs, new ones cannot pick it.
    if (Status done = context.change(kActivateCategory, {active, id.value},
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
    const auto taken = sql::scalar(context.connection(), kBodyTaken, {clean});
    if (!taken)
        return taken.status();
    if (taken->toInt() > 0)
        return Result<ReferralBodyId>::failure(tr("%1 is on the list already.").arg(clean));
    auto id = context.insert(kInsertBody, {clean});
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
    if (Status done =
            context.change(kActivateBody, {active, id.value}, tr("The body no longer exists."));
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
    if (auto done = context.run(
            kUpsertDay, {day.day.toString(Qt::ISODate),
                         day.workday ? QStringLiteral("workday") : QStringLiteral("holiday"),
                         sql::notNull(day.name.simplified())});
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
            context.change(kDeleteDay, {day.toString(Qt::ISODate)},
                           tr("%1 is not on the calendar.").arg(day.toString(Qt::ISODate)));
        !done)
        return done;
    return context.audit(QStringLiteral("calendar_day"), day.toJulianDay(),
                         WriteContext::Action::Delete,
                         {{QStringLiteral("day"), day.toString(Qt::ISODate)}});
}

Status ComplaintLists::setDueDays(const WriteContext &context, Urgency urgency, int days) {
    if (days < 1 || days > 60)
        return Status::failure(tr("The time limit must be between 1 and 60 working days."));
    if (auto done = context.run(kUpsertSetting, {dueKey(urgency), QString::number(days)}); !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{dueKey(urgency), days}});
}

} // namespace linli
