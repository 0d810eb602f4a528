#include "access/audittrail.h"

#include "common/privatefile.h"
#include "exchange/exporttable.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace linli {

namespace {

// Newest first by the time index, so that a page reads its own entries and stops: ordered by
// id, SQLite sorted every entry of the period first (1.5 s in a month with a roster import).
// "Older entries" go on from the last one shown, by its time and then its id.
const QString kEntries = QStringLiteral(
    "SELECT id, at, operator, entity, entity_id, action, changes FROM audit_log"
    " WHERE (:operator = '' OR operator = :operator) AND (:entity = '' OR entity = :entity)"
    " AND (:action = '' OR action = :action)"
    " AND at >= :since AND at < :until"
    " AND (:before_id = 0 OR (at, id) < ((SELECT at FROM audit_log WHERE id = :before_id),"
    " :before_id))"
    " ORDER BY at DESC, id DESC LIMIT :limit");

} // namespace

Result<QList<AuditEntry>> AuditTrail::entries(const AuditFilter &f) const {
    if (Status allowed = m_database.require(Permission::ViewAudit); !allowed)
        return allowed;
    const QString from = f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000");
    const QString to =
        f.to.isValid() ? f.to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999");
    // Unset filters bind as '' (a null string would bind NULL, which equals nothing).
    const QString who = sql::notNull(f.operatorName);
    const QString what = sql::notNull(f.entity);
    const QString how = sql::notNull(f.action);
    auto q = sql::Statement::run(m_database.connection(), kEntries,
                                 {{"operator", who},
                                  {"entity", what},
                                  {"action", how},
                                  {"since", from},
                                  {"until", to},
                                  {"before_id", f.beforeId},
                                  {"limit", f.limit}});
    if (!q)
        return q.status();
    QList<AuditEntry> list;
    while (q->next())
        list.append({q->integer("id"), q->moment("at"), q->text("operator"), q->text("entity"),
                     q->integer("entity_id"), q->text("action"), q->text("changes")});
    return list;
}

// The trail holds hundreds of thousands of entries and a few dozen names: each next name is
// one seek in the column's index (a skip scan), not a pass over every entry.
Result<QStringList> AuditTrail::operators() const {
    return distinct(QStringLiteral(
        "WITH RECURSIVE names (name) AS (SELECT min(operator) FROM audit_log"
        " UNION ALL SELECT (SELECT min(operator) FROM audit_log WHERE operator > name)"
        "  FROM names WHERE name IS NOT NULL)"
        " SELECT name FROM names WHERE name IS NOT NULL"));
}

Result<QStringList> AuditTrail::entities() const {
    return distinct(
        QStringLiteral("WITH RECURSIVE names (name) AS (SELECT min(entity) FROM audit_log"
                       " UNION ALL SELECT (SELECT min(entity) FROM audit_log WHERE entity > name)"
                       "  FROM names WHERE name IS NOT NULL)"
                       " SELECT name FROM names WHERE name IS NOT NULL"));
}

Result<QStringList> AuditTrail::distinct(const QString &statement) const {
    if (Status allowed = m_database.require(Permission::ViewAudit); !allowed)
        return allowed;
    auto q = sql::Statement::run(m_database.connection(), statement);
    if (!q)
        return q.status();
    QStringList list;
    while (q->next())
        list << q->text("name");
    if (Status read = q->status(); !read)
        return read;
    return list;
}

QString AuditTrail::csvCell(const QString &text) {
    // One formula guard and quoting rule for every CSV Linli writes.
    return SpreadsheetWriter::csvCell(text);
}

Result<int> AuditTrail::exportCsv(AuditFilter filter, const QString &path) const {
    // The trail names people and what was done to their records: owner-only, and the save
    // file takes that mode from the file prepared here.
    if (Status prepared = PrivateFile::prepare(path); !prepared)
        return prepared;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // The byte-order mark tells Excel and WPS the file is UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write("time,operator,record,record id,action,changes\r\n");
    int written = 0;
    filter.beforeId = 0;
    filter.limit = 2000;
    for (;;) {
        const auto page = entries(filter);
        if (!page)
            return page.status();
        for (const AuditEntry &e : *page) {
            const QStringList cells = {e.at.toString(Qt::ISODate),  e.operatorName, e.entity,
                                       QString::number(e.entityId), e.action,       e.changes};
            QStringList escaped;
            for (const QString &cell : cells)
                escaped << csvCell(cell);
            file.write(escaped.join(u',').toUtf8() + "\r\n");
            ++written;
        }
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->constLast().id;
    }
    if (!file.commit())
        return Result<int>::failure(tr("%1 could not be saved; check the free disk space.")
                                        .arg(QDir::toNativeSeparators(path)));
    return written;
}

} // namespace linli
