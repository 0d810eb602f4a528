#include "storage/servercopy.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>

namespace linli {

namespace {

// Rows go to the server a few hundred at a time: one statement per batch rather than per row.
constexpr int kBatchValues = 8000;

// The file's own tables: SQLite's statistics and the trigram index (which the server has not)
// stay behind.
const QString kTables = QStringLiteral(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    " AND name NOT LIKE 'residents_fts%' ORDER BY name");

/// A name from the file's schema, quoted for a statement (names cannot be bound).
QString quoted(QString name) {
    name.replace(u'"', QStringLiteral("\"\""));
    return u'"' + name + u'"';
}

Result<QStringList> columnsOf(const QSqlDatabase &db, const QString &table) {
    auto rows = sql::Statement::run(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    if (!rows)
        return rows.status();
    QStringList columns;
    while (rows->next())
        columns << rows->text("name");
    if (!rows->status())
        return rows->status();
    return columns;
}

} // namespace

Result<QStringList> ServerCopy::tablesInOrder(const Database &from) {
    const QSqlDatabase db = from.connection();
    auto names = sql::Statement::run(db, kTables);
    if (!names)
        return names.status();
    QStringList tables;
    while (names->next())
        tables << names->text("name");
    if (!names->status())
        return names->status();
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : std::as_const(tables)) {
        auto keys = sql::Statement::run(
            db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)));
        if (!keys)
            return keys.status();
        while (keys->next()) {
            const QString parent = keys->text("table");
            if (parent != table) // a row referring to its own table comes after it by id
                parents[table].insert(parent);
        }
        if (Status read = keys->status(); !read)
            return read;
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString &table : std::as_const(tables)) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString &parent : parents.value(table))
                ready = ready && (placed.contains(parent) || !tables.contains(parent));
            if (ready) {
                ordered << table;
                placed.insert(table);
            }
        }
        if (ordered.size() == before)
            return Result<QStringList>::failure(
                tr("The tables of the file refer to each other in a circle; they cannot be "
                   "copied one after another."));
    }
    return ordered;
}

Result<QList<ServerCopy::Table>> ServerCopy::copy(Database &from, Database &to) {
    using R = Result<QList<Table>>;
    if (from.isOnServer() || !to.isOnServer())
        return R::failure(tr("A copy goes from a database file to a database on the server."));
    if (to.isReadOnly())
        return R::failure(to.readOnlyReason());
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    for (const QString &table : {QStringLiteral("communities"), QStringLiteral("audit_log")}) {
        const auto rows =
            sql::Statement::single(target, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!rows)
            return rows.status();
        if (rows->toLongLong() != 0)
            return R::failure(tr("%1 holds Linli records already. Copy into a new, empty "
                                 "database, so that nothing there is mixed with the file's.")
                                  .arg(to.path()));
    }
    const auto tables = tablesInOrder(from);
    if (!tables)
        return tables.status();

    QList<Table> copied;
    const Status written = to.write([&](const WriteContext &context) -> Status {
        // What the server's schema steps wrote (the default categories, holidays, templates)
        // makes way for the file's own, children before parents.
        for (auto it = tables->crbegin(); it != tables->crend(); ++it) {
            if (auto cleared = context.run(QStringLiteral("DELETE FROM %1").arg(quoted(*it)));
                !cleared)
                return cleared.status();
        }
        for (const QString &table : *tables) {
            const auto columns = columnsOf(source, table);
            if (!columns)
                return columns.status();
            QStringList names;
            for (const QString &column : *columns)
                names << quoted(column);
            const QString list = names.join(QStringLiteral(", "));
            const int rowsPerBatch = std::max<int>(1, kBatchValues / int(columns->size()));
            auto rows = sql::Statement::run(
                source,
                QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(list, quoted(table)));
            if (!rows)
                return rows.status();
            qint64 count = 0;
            sql::Params values;
            int inBatch = 0;
            // A batch's values are named by their place: :v0, :v1, … (a batch of as many rows
            // is the same statement, prepared once).
            auto flush = [&]() -> Status {
                if (inBatch == 0)
                    return Status::success();
                QStringList tuples;
                for (int r = 0; r < inBatch; ++r) {
                    QStringList markers;
                    for (qsizetype c = 0; c < columns->size(); ++c)
                        markers << QStringLiteral(":v%1").arg(r * columns->size() + c);
                    tuples << u'(' + markers.join(QStringLiteral(", ")) + u')';
                }
                const auto done =
                    context.run(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(quoted(table), list, tuples.join(QStringLiteral(", "))),
                                values);
                values.clear();
                inBatch = 0;
                return done.status();
            };
            while (rows->next()) {
                for (int c = 0; c < columns->size(); ++c)
                    values << sql::Param(QStringLiteral("v%1").arg(values.size()),
                                         rows->valueAt(c));
                ++count;
                if (++inBatch == rowsPerBatch) {
                    if (Status sent = flush(); !sent)
                        return sent;
                }
            }
            if (!rows->status())
                return rows->status();
            if (Status sent = flush(); !sent)
                return sent;
            // Checked inside the transaction: a short table rolls the whole copy back.
            const auto onServer = sql::Statement::single(
                target, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
            if (!onServer)
                return onServer.status();
            if (onServer->toLongLong() != count)
                return Status::failure(tr("The table %1 has %2 rows in the file but %3 on the "
                                          "server after the copy; nothing was copied.")
                                           .arg(table)
                                           .arg(count)
                                           .arg(onServer->toLongLong()));
            copied << Table{table, count};
        }
        return Database::syncIdentities(context);
    });
    if (!written)
        return written;
    // The planner's statistics at once, not when autovacuum comes round: without them the
    // first hours on a sub-district's copy read whole tables (the tour took 25 s, not 7 s).
    // Table by table: ANALYZE of the whole database reaches for the server's own catalogs too.
    for (const Table &table : std::as_const(copied))
        (void)sql::Statement::run(target, QStringLiteral("ANALYZE %1").arg(quoted(table.name)));
    return copied;
}

} // namespace linli
