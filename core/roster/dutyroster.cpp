#include "roster/dutyroster.h"

#include "access/access.h"
#include "access/communityscope.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>

namespace linli {

namespace {

// Each community keeps its own roster: these bind the session's community.
const QString kBetween =
    QStringLiteral("SELECT r.day, s.id, s.community_id, s.name, s.role, s.mobile, s.active"
                   " FROM duty_roster r JOIN staff s ON s.id = r.staff_id"
                   " WHERE r.day >= :from AND r.day <= :to AND ") +
    CommunityScope::ofColumn(QStringLiteral("s.community_id")) +
    QStringLiteral(" ORDER BY r.day, s.name, s.id");
const QString kCandidates =
    QStringLiteral("SELECT id, community_id, name, role, mobile, active FROM staff"
                   " WHERE active = 1 AND ") +
    CommunityScope::ofColumn(QStringLiteral("community_id")) +
    QStringLiteral(" ORDER BY community_id, name, id");
const QString kClear =
    QStringLiteral("DELETE FROM duty_roster WHERE day = :day AND (:in_one = 0 OR staff_id IN"
                   " (SELECT id FROM staff WHERE community_id = :community))");
const QString kInsert =
    QStringLiteral("INSERT INTO duty_roster (day, staff_id) VALUES (:day, :staff)");

StaffRole roleFrom(const QString &code) {
    if (code == QStringLiteral("grid_worker"))
        return StaffRole::GridWorker;
    if (code == QStringLiteral("duty"))
        return StaffRole::DutyStaff;
    if (code == QStringLiteral("other"))
        return StaffRole::Other;
    return StaffRole::Cadre;
}

} // namespace

DutyRoster::DutyRoster(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

Result<QMap<QDate, QList<StaffMember>>> DutyRoster::between(QDate from, QDate to) const {
    sql::Params params{{"from", from}, {"to", to}};
    params << CommunityScope::params(m_database.session());
    auto query = sql::Statement::run(m_database.connection(), kBetween, params);
    if (!query)
        return query.status();
    QMap<QDate, QList<StaffMember>> days;
    while (query->next())
        days[query->date("day")].append({StaffId{query->integer("id")},
                                         CommunityId{query->integer("community_id")},
                                         query->text("name"), roleFrom(query->text("role")),
                                         query->text("mobile"), query->flag("active")});
    return days;
}

Result<QList<StaffMember>> DutyRoster::on(QDate day) const {
    const auto days = between(day, day);
    if (!days)
        return days.status();
    return days->value(day);
}

Result<QList<StaffMember>> DutyRoster::candidates() const {
    auto query = sql::Statement::run(m_database.connection(), kCandidates,
                                     CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<StaffMember> staff;
    while (query->next())
        staff.append({StaffId{query->integer("id")}, CommunityId{query->integer("community_id")},
                      query->text("name"), roleFrom(query->text("role")), query->text("mobile"),
                      query->flag("active")});
    if (Status read = query->status(); !read)
        return read;
    return staff;
}

Status DutyRoster::set(QDate day, const QList<StaffId> &staff) {
    if (Status allowed = m_database.require(Permission::EditRoster); !allowed)
        return allowed;
    if (!day.isValid())
        return Status::failure(QCoreApplication::translate("linli::DutyRoster", "Choose the day."));
    const Status done =
        m_database.write([&](const WriteContext &context) { return setDay(context, day, staff); });
    if (done)
        Q_EMIT changed();
    return done;
}

Status DutyRoster::setDay(const WriteContext &context, QDate day, const QList<StaffId> &staff) {
    if (auto cleared = context.run(kClear, {{"day", day},
                                            {"in_one", context.community().isValid()},
                                            {"community", context.community().value}});
        !cleared)
        return cleared.status();
    QJsonArray ids;
    for (const StaffId id : staff) {
        if (auto inserted = context.run(kInsert, {{"day", day}, {"staff", id.value}}); !inserted)
            return inserted.status();
        ids.append(id.value);
    }
    return context.audit(
        QStringLiteral("duty_roster"), day.toJulianDay(), WriteContext::Action::Update,
        {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("staff"), ids}});
}

} // namespace linli
