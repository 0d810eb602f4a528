#include "storage/writecontext.h"

#include "storage/auditjson.h"

#include <QRegularExpression>

#include "storage/sql.h"

#include <QJsonDocument>

namespace linli {

namespace {
const QString kInsertAudit =
    QStringLiteral("INSERT INTO audit_log (at, operator, entity, entity_id, action, changes) "
                   "VALUES (?, ?, ?, ?, ?, ?)");

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

Result<QSqlQuery> WriteContext::run(const QString &statement, const QVariantList &values) const {
    QSqlError error;
    // The writes of a transaction are prepared once per connection and reused; reads are not,
    // as their results may be iterated while the same statement runs again.
    static const QRegularExpression write(QStringLiteral("^\\s*(INSERT|UPDATE|DELETE)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (write.match(statement).hasMatch()) {
        const auto done = execute(statement, values);
        if (!done)
            return done.status();
        return QSqlQuery();
    }
    auto query = sql::run(m_db, statement, values, &error);
    if (!query && sql::isBusy(error))
        m_conflict = true;
    return query;
}

Result<sql::Executed> WriteContext::execute(const QString &statement,
                                            const QVariantList &values) const {
    QSqlError error;
    auto done = sql::execute(m_db, statement, values, &error);
    if (!done && sql::isBusy(error))
        m_conflict = true;
    return done;
}

Result<qint64> WriteContext::insert(const QString &statement, const QVariantList &values) const {
    const auto done = execute(statement, values);
    if (!done)
        return done.status();
    return done->lastInsertId;
}

Status WriteContext::change(const QString &statement, const QVariantList &values,
                            const QString &missing) const {
    const auto done = execute(statement, values);
    if (!done)
        return done.status();
    if (done->rowsAffected < 1)
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
    return execute(kInsertAudit,
                   {iso::text(m_at), m_operator, entity, entityId, actionName(action), json})
        .status();
}

} // namespace linli
