#pragma once

#include "common/isotime.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

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

/// SQLite's handle of a connection (null on another engine), and the statement running on it
/// stopped from any thread (sqlite3_interrupt).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
void interrupt(sqlite3 *handle);
/// Whether closing this connection, the file's last, may checkpoint its -wal into the file and
/// delete it. Off until the file has passed its checks, so that a file Linli refuses is never
/// written to, not even by the close.
void setCheckpointOnClose(sqlite3 *handle, bool allowed);

class PreparedStatements;

/// The texts a reading loop has made, by their UTF-8: see Rows::text(int, SharedTexts &).
class SharedTexts {
public:
    QString of(QUtf8StringView utf8);

private:
    /// Looked through in order: a column of few values has a handful. Past `kMost` values the
    /// column was not one of few, and its texts are made as any other's.
    static constexpr size_t kMost = 32;
    std::vector<std::pair<std::string, QString>> m_texts;
};

/// The rows of a read statement, read column by column. On SQLite straight from the engine,
/// with the statement prepared once per connection: through QSqlQuery every value becomes a
/// QVariant first, and a list of 56,000 complaints read ten times slower than SQLite gives it
/// (tests/bench). On another engine through QSqlQuery. Move-only; the statement is reset when
/// the rows go.
class Rows final {
public:
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    /// The next row; false at the end, or when reading failed (then `status` says why).
    bool next();
    const Status &status() const { return m_status; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    /// Empty (and null) for NULL.
    QString text(int column) const;
    /// A column with few distinct values (a category's name): made once per value and shared
    /// by the rows that hold it, with no conversion and no allocation a row.
    QString text(int column, SharedTexts &shared) const;
    /// The column's UTF-8 as stored, without a QString: for codes and stored moments read on
    /// hot paths. Valid until the next row, or (on the server) the next call.
    QUtf8StringView utf8(int column) const;
    iso::StoredMoment moment(int column) const { return iso::StoredMoment::fromText(utf8(column)); }
    /// As QSqlQuery::value gives it, for code that reads both.
    QVariant value(int column) const;

private:
    friend Result<Rows> select(const QSqlDatabase &, const QString &, const QVariantList &);
    Rows() = default;
    void release();

    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_handle = nullptr;
    bool m_owned = false; ///< prepared for these rows alone: the cached one was in use
    std::shared_ptr<PreparedStatements> m_cache;
    std::shared_ptr<QSqlQuery> m_query; ///< on the server: shared with the connection's cache
    mutable QByteArray m_utf8;          ///< on the server: the last column read by utf8()
    Status m_status = Status::success();
};

/// Prepares (once per connection, on SQLite) a read statement, binds the values in order and
/// returns its rows.
Result<Rows> select(const QSqlDatabase &db, const QString &statement,
                    const QVariantList &values = {});

/// Runs a statement that yields one value (a count, a pragma) and returns it.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values = {});

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
