#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace linli::sql {

/// Prepares one statement, binds the values in order (positional `?`) and runs it.
/// Every statement in core goes through here, so no SQL is ever built from user text.
/// When it fails and `error` is given, the driver's error is stored there.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      const QVariantList &values = {}, QSqlError *error = nullptr);

/// What a write statement did.
struct Executed {
    qint64 lastInsertId = 0;
    int rowsAffected = 0;
};

/// Runs a write statement (INSERT, UPDATE, DELETE) that returns no rows, preparing it once per
/// connection and reusing it after: imports and the demo write hundreds of thousands of rows
/// with a handful of statements. The cache of a connection goes with `forgetStatements`.
Result<Executed> execute(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &values, QSqlError *error = nullptr);
/// Drops a connection's prepared statements; before the connection is removed.
void forgetStatements(const QString &connectionName);

/// Runs a statement that yields one value (a count, a pragma) and returns it.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values = {});

/// Escapes `%`, `_` and the escape character itself for a `LIKE … ESCAPE '\'` pattern.
QString escapeLike(const QString &text);

/// True for SQLITE_BUSY and its extended code SQLITE_BUSY_SNAPSHOT (517): worth a retry.
bool isBusy(const QSqlError &error);

/// A translated sentence for a database error, for the UI or the command line.
QString describe(const QSqlError &error);

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
    return date.toString(Qt::ISODate);
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
