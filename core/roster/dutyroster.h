#pragma once

#include "common/result.h"
#include "registry/people.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QObject>

namespace linli {

class Database;
class WriteContext;

/// The mediation room's duty roster (值班表): which staff are on duty which day. The duty desk
/// shows today's; the roster dialog sets a week.
class DutyRoster final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyRoster)
public:
    explicit DutyRoster(Database &database, QObject *parent = nullptr);

    /// Who is on duty on each day of [from, to], by day.
    Result<QMap<QDate, QList<StaffMember>>> between(QDate from, QDate to) const;
    Result<QList<StaffMember>> on(QDate day) const;
    /// The staff who can be on duty: active, of every community in the file.
    Result<QList<StaffMember>> candidates() const;
    /// Sets who is on duty on `day`, replacing what was there.
    Status set(QDate day, const QList<StaffId> &staff);
    /// The same inside a write already open: the demo's weeks of duty.
    static Status setDay(const WriteContext &context, QDate day, const QList<StaffId> &staff);

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
};

} // namespace linli
