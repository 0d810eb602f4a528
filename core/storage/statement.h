#pragma once

#include "common/result.h"
#include "storage/engine.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringBuilder>
#include <QVariant>

#include <memory>

namespace linli::sql {

/// A statement's text: one for both engines, or one for each where they differ (written side
/// by side, so a reader sees both). Parameters are named, `:household`; a name may appear more
/// than once.
class Text final {
public:
    Text(const QString &both) // NOLINT: a QString is the common case
        : m_sqlite(both)
        , m_postgres(both) {}
    /// A text put together with `+` (QStringBuilder).
    template<typename A, typename B>
    Text(const QStringBuilder<A, B> &both) // NOLINT
        : Text(QString(both)) {}
    static Text perEngine(const QString &sqlite, const QString &postgres) {
        Text text(sqlite);
        text.m_postgres = postgres;
        return text;
    }
    const QString &of(Engine engine) const {
        return engine == Engine::PostgreSQL ? m_postgres : m_sqlite;
    }

private:
    QString m_sqlite;
    QString m_postgres;
};

/// One named value for a statement: {"household", id.value}. A QDate is stored as its ISO
/// text, a QDateTime as local ISO text, a bool as 0 or 1, an invalid date or a null QString
/// as NULL.
struct Param {
    Param(const char *named, QVariant bound)
        : name(QLatin1StringView(named))
        , value(std::move(bound)) {}
    Param(QString named, QVariant bound)
        : name(std::move(named))
        , value(std::move(bound)) {}
    QString name;
    QVariant value;
};
using Params = QList<Param>;

class PreparedStatement;

/// The one way Linli runs SQL: a statement prepared once per connection (through Qt SQL) and
/// reused with new values, its parameters bound by name and its columns read by name. Reading
/// a column the statement does not have is a programming error and stops the program with the
/// name, so that a renamed column can never be read as another one.
///
/// Move-only. The rows are read with next(); the statement's result (and on SQLite its read
/// lock) goes when the Statement does.
class Statement final {
public:
    /// Prepares (or reuses) the text for this connection's engine, binds `params` and runs it.
    static Result<Statement> run(const QSqlDatabase &db, const Text &text,
                                 const Params &params = {});
    /// The first column of the first row (null when there is none): a count, a pragma.
    static Result<QVariant> single(const QSqlDatabase &db, const Text &text,
                                   const Params &params = {});

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    /// The next row; false at the end, or when reading failed (then `status` says why).
    bool next();
    const Status &status() const { return m_status; }

    bool isNull(const char *column) const;
    qint64 integer(const char *column) const;
    /// integer() != 0, for the 0/1 flags.
    bool flag(const char *column) const { return integer(column) != 0; }
    double real(const char *column) const;
    /// Empty (and null) for NULL.
    QString text(const char *column) const;
    /// A date stored as ISO text; invalid for NULL.
    QDate date(const char *column) const;
    /// A moment stored as local ISO text; invalid for NULL.
    QDateTime moment(const char *column) const;
    QVariant value(const char *column) const;
    /// The columns by position, for code that copies whole rows without knowing what they hold
    /// (a file's tables copied to the server). Everything else reads by name.
    int columnCount() const;
    QVariant valueAt(int column) const;

    /// Reads what is left to the end, and says whether the statement completed. A write with
    /// RETURNING is complete only at its end: SQLite may still refuse it there (a full disk),
    /// and resetting it before would roll it back without a word.
    Status finish();

    /// Rows an INSERT, UPDATE or DELETE wrote.
    int rowsAffected() const;

private:
    Statement() = default;
    int column(const char *name) const;
    void release();

    std::shared_ptr<PreparedStatement> m_prepared;
    Status m_status = Status::success();
    int m_rowsAffected = 0;
};

/// Drops a connection's prepared statements; before the connection is removed.
void forgetPreparedStatements(const QString &connectionName);

} // namespace linli::sql
