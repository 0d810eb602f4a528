#pragma once

#include "access/communityscope.h"
#include "common/result.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace linli {

class AuditJson;

/// What a unit of work inside one write transaction may use: the connection, the operator and
/// the moment of the change, and the audit trail, which is written in the same transaction.
class WriteContext final {
public:
    WriteContext(QSqlDatabase db, QString operatorName, QDateTime at, CommunityId community = {});

    const QSqlDatabase &connection() const { return m_db; }
    const QString &operatorName() const { return m_operator; }
    const QDateTime &at() const { return m_at; }
    /// The community the writer works in (unset: the whole sub-district); see CommunityScope.
    CommunityId community() const { return m_community; }
    /// The community a new record goes to, by CommunityScope's rule.
    Result<CommunityId> communityOfNewRecord(const CommunityScope::Place &place = {}) const;

    /// Runs a statement inside the unit: a read of what a guard checks, or a write.
    Result<sql::Statement> run(const sql::Text &text, const sql::Params &params = {}) const;
    /// Runs an `INSERT … RETURNING id` and returns the new row's id.
    Result<qint64> insert(const sql::Text &text, const sql::Params &params) const;
    /// Runs an UPDATE or DELETE and fails with `missing` when it touched no row.
    Status change(const sql::Text &text, const sql::Params &params, const QString &missing) const;

    /// Reveal: someone was shown a masked detail in full (an ID number, a phone).
    enum class Action { Create, Update, Delete, Reveal };
    /// Records who did what to which entity; `changes` holds the fields touched.
    Status audit(const QString &entity, qint64 entityId, Action action,
                 const QJsonObject &changes) const;
    /// The same with the fields already written (AuditJson: bulk writes).
    Status auditWritten(const QString &entity, qint64 entityId, Action action,
                        const AuditJson &changes) const;

    /// True once a statement failed because another connection wrote first: the whole unit
    /// is worth running again.
    bool hadConflict() const { return m_conflict; }

private:
    Status insertAudit(const QString &entity, qint64 entityId, Action action,
                       const QString &json) const;

    QSqlDatabase m_db;
    mutable bool m_conflict = false;
    QString m_operator;
    QDateTime m_at;
    CommunityId m_community;
};

} // namespace linli
