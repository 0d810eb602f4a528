#include "roster/dutyroster.h"

#include "common/isotime.h"

#include "access/access.h"
#include "access/communityscope.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace linli {

namespace {

// Each community keeps its own roster: these bind the session's community twice at the end.
const QString kBetween =
    QStringLiteral("SELECT r.day, s.id, s.community_id, s.name, s.role, s.mobile, s.active"
                   " FROM duty_roster r JOIN staff s ON s.id = r.staff_id"
                   " WHERE r.day >= ? AND r.day <= ? AND ") +
    CommunityScope::ofColumn(QStringLiteral("s.community_id")) +
    QStringLiteral(" ORDER BY r.day, s.name");
const QString kCandidates =
    QStringLiteral("SELECT id, community_id, name, role, mobile, active FROM staff"
                   " WHERE active = 1 AND ") +
    CommunityScope::ofColumn(QStringLiteral("community_id")) +
    QStringLiteral(" ORDER BY community_id, name");
const QString kClear =
    QStringLiteral("DELETE FROM duty_roster WHERE day = ? AND (? = 0 OR staff_id IN"
                   " (SELECT id FROM staff WHERE community_id = ?))");
const QString kInsert = QStringLiteral("INSERT INTO duty_roster (day, staff_id) VALUES (?, ?)");

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
    auto query = sql::run(m_database.connection(), kBetween,
                          QVariantList{from.toString(Qt::ISODate), to.toString(Qt::ISODate)} +
                              CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QMap<QDate, QList<StaffMember>> days;
    while (query->next())
        days[iso::date(query->value(0).toString())].append(
            {StaffId{query->value(1).toLongLong()}, CommunityId{query->value(2).toLongLong()},
             query->value(3).toString(), roleFrom(query->value(4).toString()),
             query->value(5).toString(), query->value(6).toBool()});
    return days;
}

Result<QList<StaffMember>> DutyRoster::on(QDate day) const {
    const auto days = between(day, day);
    if (!days)
        return days.status();
    return days->value(day);
}

Result<QList<StaffMember>> DutyRoster::candidates() const {
    auto query = sql::run(m_database.connection(), kCandidates,
                          CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<StaffMember> staff;
    while (query->next())
        staff.append({StaffId{query->value(0).toLongLong()},
                      CommunityId{query->value(1).toLongLong()}, query->value(2).toString(),
                      roleFrom(query->value(3).toString()), query->value(4).toString(),
                      query->value(5).toBool()});
    return staff;
}

Status DutyRoster::set(QDate day, const QList<StaffId> &staff) {
    if (Status allowed = m_database.require(Permission::EditRoster); !allowed)
        return allowed;
    if (!day.isValid())
        return Status::failure(QCoreApplication::translate("linli::DutyRoster", "Choose the day."));
    const Status done = m_database.write([&](const WriteContext &context) {
        if (auto cleared = context.run(kClear, {day.toString(Qt::ISODate),
                                                context.community().isValid() ? 1 : 0,
                                                context.community().value});
            !cleared)
            return cleared.status();
        QJsonArray ids;
        for (const StaffId id : staff) {
            if (auto inserted = context.run(kInsert, {day.toString(Qt::ISODate), id.value});
                !inserted)
                return inserted.status();
            ids.append(id.value);
        }
        return context.audit(
            QStringLiteral("duty_roster"), day.toJulianDay(), WriteContext::Action::Update,
            {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("staff"), ids}});
    });
    if (done)
        Q_EMIT changed();
    return done;
}

} // namespace linli
