#pragma once

#include "common/isotime.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;

namespace linli::sql {

/// Statements run through sql::Statement (storage/statement.h); what is here is what goes
/// around them: a connection's SQLite handle, errors told in words, and the values' forms.

/// Drops a connection's prepared statements; before the connection is removed.
void forgetStatements(const QString &connectionName);

/// SQLite's handle of a connection (null on another engine), and the statement running on it
/// stopped from any thread (sqlite3_interrupt).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
void interrupt(sqlite3 *handle);
/// Whether closing this connection, the file's last, may checkpoint its -wal into the file and
/// delete it. Off until the file has passed its checks, so that a file Linli refuses is never
/// written to, not even by the close.
void setCheckpointOnClose(sqlite3 *handle, bool allowed);

/// Escapes `%`, `_` and the escape character itself for a `LIKE … ESCAPE '\'` pattern.
QString escapeLike(const QString &text);

/// True for SQLITE_BUSY and its extended code SQLITE_BUSY_SNAPSHOT (517): worth a retry.
bool isBusy(const QSqlError &error);

/// How many statements this thread has seen fail because another connection wrote first
/// (SQLITE_BUSY; on the server a serialization failure, a deadlock or a lock wait given up):
/// compared before and after a unit of work, it says the unit is worth running again.
int conflictsSeen();

/// A translated sentence for a database error, for the UI or the command line.
QString describe(const QSqlError &error);
/// The sentence for a connection to the server that is gone.
QString connectionLost();

/// An empty, non-null string for a null one: Qt binds a null QString as SQL NULL, and
/// `x = NULL` is never true.
inline QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

/// Null for an empty string, so optional text columns hold NULL rather than ''.
inline QVariant nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Dates are stored as ISO text (2025-03-27).
inline QString dateText(QDate date) {
    return iso::text(date);
}

/// A date column as a variant; NULL for an unset date.
inline QVariant dateOrNull(QDate date) {
    return date.isValid() ? QVariant(dateText(date)) : QVariant();
}

/// A date read back; unset for NULL.
inline QDate dateFrom(const QVariant &value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

/// A database id column as a variant; NULL for an invalid (unset) id.
template<typename Id> QVariant idOrNull(Id id) {
    return id.isValid() ? QVariant(id.value) : QVariant();
}

} // namespace linli::sql
