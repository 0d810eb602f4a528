#include "storage/writecontext.h"

#include "storage/auditjson.h"

#include "storage/sql.h"

#include <QJsonDocument>

namespace linli {

namespace {
const QString kInsertAudit =
    QStringLiteral("INSERT INTO audit_log (at, operator, entity, entity_id, action, changes)"
                   " VALUES (:at, :operator, :entity, :entity_id, :action, :changes)");

QString actionName(WriteContext::Action action) {
    switch (action) {
    case WriteContext::Action::Create:
        return QStringLiteral("create");
    case WriteContext::Action::Update:
        return QStringLiteral("update");
    case WriteContext::Action::Delete:
        return QStringLiteral("delete");
    case WriteContext::Action::Reveal:
        return QStringLiteral("reveal");
    }
    return {};
}
} // namespace

WriteContext::WriteContext(QSqlDatabase db, QString operatorName, QDateTime at,
                           CommunityId community)
    : m_db(std::move(db))
    , m_operator(std::move(operatorName))
    , m_at(std::move(at))
    , m_community(community) {}

Result<CommunityId> WriteContext::communityOfNewRecord(const CommunityScope::Place &place) const {
    UserSession writer;
    writer.community = m_community;
    return CommunityScope::forNewRecord(m_db, writer, place);
}

Result<sql::Statement> WriteContext::run(const sql::Text &text, const sql::Params &params) const {
    const int conflictsBefore = sql::conflictsSeen();
    auto statement = sql::Statement::run(m_db, text, params);
    if (!statement && sql::conflictsSeen() != conflictsBefore)
        m_conflict = true;
    return statement;
}

Result<qint64> WriteContext::insert(const sql::Text &text, const sql::Params &params) const {
    auto statement = run(text, params);
    if (!statement)
        return statement.status();
    if (!statement->next()) {
        if (statement->status())
            qFatal("Linli: an insert that returns no id (RETURNING id is missing)");
        return statement->status();
    }
    const qint64 id = statement->integer("id");
    if (Status complete = statement->finish(); !complete)
        return complete;
    return id;
}

Status WriteContext::change(const sql::Text &text, const sql::Params &params,
                            const QString &missing) const {
    const auto statement = run(text, params);
    if (!statement)
        return statement.status();
    if (statement->rowsAffected() < 1)
        return Status::failure(missing);
    return Status::success();
}

Status WriteContext::audit(const QString &entity, qint64 entityId, Action action,
                           const QJsonObject &changes) const {
    return insertAudit(entity, entityId, action,
                       QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
}

Status WriteContext::auditWritten(const QString &entity, qint64 entityId, Action action,
                                  const AuditJson &changes) const {
    return insertAudit(entity, entityId, action, changes.text());
}

Status WriteContext::insertAudit(const QString &entity, qint64 entityId, Action action,
                                 const QString &json) const {
    return run(kInsertAudit, {{"at", m_at},
                              {"operator", m_operator},
                              {"entity", entity},
                              {"entity_id", entityId},
                              {"action", actionName(action)},
                              {"changes", json}})
        .status();
}

} // namespace linli
