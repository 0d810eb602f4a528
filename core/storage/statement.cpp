#include "storage/statement.h"

#include "common/isotime.h"
#include "storage/sql.h"
#include "storage/statementobserver.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <utility>
#include <vector>

namespace linli::sql {

/// One text prepared on one connection: the query, the parameter names in the order of its
/// positional markers, and its columns by name once looked up.
class PreparedStatement {
public:
    PreparedStatement(const QSqlDatabase &connection, QString written)
        : connectionName(connection.connectionName())
        , query(connection)
        , text(std::move(written)) {}

    /// The connection's name, not a copy of it: a copy would keep it open after it is removed.
    QString connectionName;
    QSqlQuery query;
    QString text;               ///< as written, with named parameters
    QStringList parameterNames; ///< one a `?` of the prepared text, in order
    QSet<QString> parameterSet; ///< the same, to check the names given against
    QStringList columnNames;    ///< read from the first result
    /// Columns looked up before, by the address of the name's literal: a list of 56,000 rows
    /// reads each column by name without comparing a string.
    std::vector<std::pair<const char *, int>> seenColumns;
    bool prepared = false;
    bool inUse = false;
    bool cached = false;
};

namespace {

thread_local StatementObserver *t_observer = nullptr;

/// At most this many texts are kept prepared a connection; statements written with a varying
/// number of markers (an IN list) would otherwise grow the cache without end.
constexpr int kMostCached = 400;

/// A connection's prepared statements, and the driver they were prepared on: a connection
/// removed without forgetting its statements and opened again under its name has a new driver,
/// and the old statements are dropped then.
struct Cache {
    QPointer<QSqlDriver> driver;
    QHash<QString, std::shared_ptr<PreparedStatement>> statements;
};
QMutex cacheMutex;
QHash<QString, Cache> caches;

/// `:name` markers turned into `?`, the names kept in order: both drivers then bind alike, a
/// name used twice is bound twice, and no driver's own rewriting (which differs between them)
/// is involved. Quoted text, quoted names and PostgreSQL's `::` casts are left alone, and so is
/// a colon right after a name. Comments are dropped: Qt's drivers look for markers of their own
/// in the text and would take a colon in a comment for one. (For the same reason no statement
/// may hold a colon before a letter or digit inside a `$$` body or an array slice.)
QString positional(const QString &text, QStringList &names) {
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    const auto isNameChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    // The index just past `closing`, searched from `from`, or the end when it never comes.
    const auto past = [&](QStringView closing, qsizetype from) {
        const qsizetype end = text.indexOf(closing, from);
        return end < 0 ? n : end + closing.size();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'\'' || c == u'"') {
            const qsizetype end = past(QStringView(&c, 1), i + 1);
            out += QStringView(text).sliced(i, end - i);
            i = end - 1;
        } else if (c == u'-' && next == u'-') {
            i = past(u"\n", i) - 1;
            out += u'\n';
        } else if (c == u'/' && next == u'*') {
            i = past(u"*/", i + 2) - 1;
            out += u' ';
        } else if (c == u':' && next == u':') {
            out += QStringLiteral("::");
            ++i;
        } else if (c == u':' && (next.isLetter() || next == u'_') &&
                   (i == 0 || !isNameChar(text.at(i - 1)))) {
            qsizetype end = i + 1;
            while (end < n && isNameChar(text.at(end)))
                ++end;
            names << text.sliced(i + 1, end - i - 1);
            out += u'?';
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

/// A value as it is stored: dates and moments as ISO text (so both engines compare and sort
/// them as text), a bool as 0 or 1. Anything else as Qt binds it (a null QString as NULL).
QVariant stored(const QVariant &value, Engine engine) {
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QDate: {
        const QDate day = value.toDate();
        return day.isValid() ? QVariant(iso::text(day)) : QVariant();
    }
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        return at.isValid() ? QVariant(iso::text(at)) : QVariant();
    }
    case QMetaType::UnknownType:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return value;
    default:
        // The server's typed columns take anything else as text, as SQLite stores it.
        return engine == Engine::PostgreSQL && !value.isNull() ? QVariant(value.toString()) : value;
    }
}

/// The sentence for a failed statement. A write SQLite's I/O refused for want of room (a full
/// disk, a quota, the file size limit of `ulimit -f`) is told as the full disk it is; an error
/// from the server without a SQLSTATE came from the client library: the connection is gone.
QString failureOf(const QSqlDatabase &db, const QSqlError &error) {
    if (engineOf(db) == Engine::PostgreSQL) {
        if (error.nativeErrorCode().isEmpty())
            return connectionLost();
        return describe(error);
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && (code & 0xff) == SQLITE_IOERR) {
        if (sqlite3 *handle = sqliteHandle(db)) {
            const int cause = sqlite3_system_errno(handle);
            if (cause == ENOSPC || cause == EFBIG || cause == EDQUOT)
                return describe(QSqlError(QString(), error.databaseText(),
                                          QSqlError::StatementError, QString::number(SQLITE_FULL)));
        }
    }
    return describe(error);
}

void report(const QSqlError &error, const QString &text) {
    if (qEnvironmentVariableIsSet("LINLI_SQL_DEBUG"))
        qWarning("%s\n  in: %s", qPrintable(error.text()), qPrintable(text));
}

/// Statements the server will not prepare (schema, settings) run as they stand; they are the
/// ones written without parameters that are not reads or writes of rows.
bool runsUnprepared(const QString &text, Engine engine) {
    if (engine != Engine::PostgreSQL)
        return false;
    const QStringView start = QStringView(text).trimmed();
    for (const char *verb : {"SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "VALUES"}) {
        if (start.startsWith(QLatin1StringView(verb), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

/// The connection's prepared statement for `text`, or one of its own for this use when that
/// one is being read (the same list read inside its own loop).
std::shared_ptr<PreparedStatement> preparedFor(const QSqlDatabase &db, const QString &text) {
    const QMutexLocker locker(&cacheMutex);
    Cache &connection = caches[db.connectionName()];
    if (connection.driver != db.driver()) {
        connection.statements.clear();
        connection.driver = db.driver();
    }
    auto &cache = connection.statements;
    std::shared_ptr<PreparedStatement> &slot = cache[text];
    if (slot && !slot->inUse)
        return slot;
    auto fresh = std::make_shared<PreparedStatement>(db, text);
    if (!slot) {
        if (cache.size() <= kMostCached) {
            fresh->cached = true;
            slot = fresh;
        } else {
            cache.remove(text);
        }
    }
    return fresh;
}

} // namespace

Result<Statement> Statement::run(const QSqlDatabase &db, const Text &text, const Params &params) {
    const Engine engine = engineOf(db);
    const QString &written = text.of(engine);
    Statement statement;
    statement.m_prepared = preparedFor(db, written);
    PreparedStatement &p = *statement.m_prepared;
    p.inUse = true;
    QSqlQuery &query = p.query;
    const bool unprepared = params.isEmpty() && runsUnprepared(written, engine);
    bool done = false;
    if (unprepared) {
        done = query.exec(written);
    } else {
        if (!p.prepared) {
            // On the server the whole result is fetched at once: read a row at a time, a
            // statement run before the rest is read (a write inside a loop over a list) would
            // lose it.
            query.setForwardOnly(engine == Engine::SQLite);
            p.parameterNames.clear();
            const QString markers = positional(written, p.parameterNames);
            p.parameterSet = QSet<QString>(p.parameterNames.cbegin(), p.parameterNames.cend());
            if (!query.prepare(markers)) {
                const QSqlError error = query.lastError();
                report(error, written);
                statement.release();
                return Result<Statement>::failure(failureOf(db, error));
            }
            p.prepared = true;
        }
        for (const Param &param : params) {
            if (!p.parameterSet.contains(param.name))
                qFatal("Linli: the statement has no parameter :%s\n%s", qPrintable(param.name),
                       qPrintable(written));
        }
        // Looked up by name; a statement of many values (rows sent to the server in batches)
        // through a hash, the usual handful by walking the list.
        QHash<QString, qsizetype> byName;
        if (params.size() > 16) {
            for (qsizetype i = 0; i < params.size(); ++i)
                byName.insert(params.at(i).name, i);
        }
        for (qsizetype i = 0; i < p.parameterNames.size(); ++i) {
            const QString &name = p.parameterNames.at(i);
            qsizetype found = -1;
            if (!byName.isEmpty()) {
                found = byName.value(name, -1);
            } else {
                for (qsizetype j = 0; j < params.size() && found < 0; ++j) {
                    if (params.at(j).name == name)
                        found = j;
                }
            }
            if (found < 0)
                qFatal("Linli: no value given for :%s\n%s", qPrintable(name), qPrintable(written));
            query.bindValue(int(i), stored(params.at(found).value, engine));
        }
        done = query.exec();
    }
    if (!done) {
        // Qt finalises a statement whose run failed: it is prepared again next time.
        statement.m_prepared->prepared = false;
        const QSqlError error = query.lastError();
        report(error, written);
        statement.release();
        return Result<Statement>::failure(failureOf(db, error));
    }
    if (t_observer)
        t_observer->ran(written);
    statement.m_rowsAffected = query.numRowsAffected();
    if (!query.isSelect())
        statement.release(); // a write without RETURNING: nothing to read, no lock to hold
    return statement;
}

Result<QVariant> Statement::single(const QSqlDatabase &db, const Text &text, const Params &params) {
    auto statement = run(db, text, params);
    if (!statement)
        return statement.status();
    if (!statement->next())
        return statement->status() ? Result<QVariant>(QVariant())
                                   : Result<QVariant>(statement->status());
    return statement->m_prepared->query.value(0);
}

Statement::Statement(Statement &&other) noexcept
    : m_prepared(std::move(other.m_prepared))
    , m_status(std::move(other.m_status))
    , m_rowsAffected(other.m_rowsAffected) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        release();
        m_prepared = std::move(other.m_prepared);
        m_status = std::move(other.m_status);
        m_rowsAffected = other.m_rowsAffected;
    }
    return *this;
}

Statement::~Statement() {
    release();
}

void Statement::release() {
    if (!m_prepared)
        return;
    // The result goes (on SQLite the statement is reset and holds no read lock); the prepared
    // statement stays for the next use.
    m_prepared->query.finish();
    m_prepared->inUse = false;
    m_prepared.reset();
}

bool Statement::next() {
    if (!m_prepared)
        return false;
    QSqlQuery &query = m_prepared->query;
    if (query.next()) {
        if (t_observer) {
            QVariantList row;
            for (int i = 0, n = query.record().count(); i < n; ++i)
                row << query.value(i);
            t_observer->row(row);
        }
        return true;
    }
    if (query.lastError().isValid())
        m_status = Status::failure(failureOf(
            QSqlDatabase::database(m_prepared->connectionName, false), query.lastError()));
    // SQLite counts a write's rows when it ends: a write with RETURNING ends here, not at exec.
    m_rowsAffected = query.numRowsAffected();
    release();
    return false;
}

Status Statement::finish() {
    while (next()) {
    }
    return m_status;
}

int Statement::column(const char *name) const {
    if (!m_prepared)
        qFatal("Linli: column \"%s\" read from a statement with no row", name);
    PreparedStatement &p = *m_prepared;
    for (const auto &[seen, index] : p.seenColumns) {
        if (seen == name)
            return index;
    }
    if (p.columnNames.isEmpty()) {
        const QSqlRecord record = p.query.record();
        for (int i = 0; i < record.count(); ++i)
            p.columnNames << record.fieldName(i);
    }
    const int index = int(p.columnNames.indexOf(QLatin1StringView(name)));
    if (index < 0)
        qFatal("Linli: the statement has no column \"%s\" (it has %s)\n%s", name,
               qPrintable(p.columnNames.join(u", ")), qPrintable(p.text));
    p.seenColumns.emplace_back(name, index);
    return index;
}

bool Statement::isNull(const char *column) const {
    return m_prepared->query.isNull(this->column(column));
}

qint64 Statement::integer(const char *column) const {
    return m_prepared->query.value(this->column(column)).toLongLong();
}

double Statement::real(const char *column) const {
    return m_prepared->query.value(this->column(column)).toDouble();
}

QString Statement::text(const char *column) const {
    return m_prepared->query.value(this->column(column)).toString();
}

QDate Statement::date(const char *column) const {
    return iso::date(QStringView(text(column)));
}

QDateTime Statement::moment(const char *column) const {
    return iso::moment(QStringView(text(column)));
}

QVariant Statement::value(const char *column) const {
    return m_prepared->query.value(this->column(column));
}

int Statement::columnCount() const {
    return m_prepared ? m_prepared->query.record().count() : 0;
}

QVariant Statement::valueAt(int column) const {
    if (!m_prepared)
        qFatal("Linli: column %d read from a statement with no row", column);
    return m_prepared->query.value(column);
}

int Statement::rowsAffected() const {
    return m_rowsAffected;
}

void observeStatements(StatementObserver observer) {
    delete t_observer;
    t_observer = new StatementObserver(std::move(observer));
}

void stopObservingStatements() {
    delete t_observer;
    t_observer = nullptr;
}

void forgetPreparedStatements(const QString &connectionName) {
    QHash<QString, std::shared_ptr<PreparedStatement>> cache;
    {
        const QMutexLocker locker(&cacheMutex);
        cache = caches.take(connectionName).statements;
    }
    // Now, before the connection closes: SQLite keeps a file open while a statement on it is.
    for (const auto &prepared : std::as_const(cache))
        prepared->query.finish();
}

} // namespace linli::sql
