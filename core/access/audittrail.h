#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace linli {

class Database;

/// One entry of the audit trail: who did what to which record, when.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString entity;
    qint64 entityId = 0;
    QString action;  ///< create, update, delete, reveal
    QString changes; ///< the fields touched, as JSON, identifiers masked
};

/// What the viewer asks for; empty fields match everything.
struct AuditFilter {
    QString operatorName;
    QString entity;
    QString action;
    QDate from;
    QDate to;
    qint64 beforeId = 0; ///< for the next page: entries older than this one
    int limit = 500;
};

/// The administrator's view of the audit trail, newest first, filtered by person, record,
/// action and dates, and its export to CSV. Reading it is itself a guarded operation.
class AuditTrail final {
    Q_DECLARE_TR_FUNCTIONS(linli::AuditTrail)
public:
    explicit AuditTrail(const Database &database)
        : m_database(database) {}

    Result<QList<AuditEntry>> entries(const AuditFilter &filter) const;
    /// Who and what appear in the trail, for the filters.
    Result<QStringList> operators() const;
    Result<QStringList> entities() const;
    /// Every entry the filter matches, to a CSV file Excel and WPS open as UTF-8; a cell that
    /// would start a formula is written as text. Returns how many.
    Result<int> exportCsv(AuditFilter filter, const QString &path) const;
    /// A CSV cell: quoted when it must be, and never taken for a formula.
    static QString csvCell(const QString &text);

private:
    /// The distinct values one of the trail's columns holds (`statement` is a constant that
    /// names them `name`).
    Result<QStringList> distinct(const QString &statement) const;
    const Database &m_database;
};

} // namespace linli
