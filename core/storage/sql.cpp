#include "storage/sql.h"

#include "storage/engine.h"
#include "storage/migrations.h"
#include "storage/postgresspelling.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cerrno>

#include <memory>
#include <optional>

namespace linli::sql {

namespace {
class Messages {
    Q_DECLARE_TR_FUNCTIONS(linli::sql::Messages)
public:
    static QString busy() {
        return tr("The database is busy in another window or program. Try again in a moment.");
    }
    static QString full() {
        return tr("The disk is full: the change was not saved. Free some space and try again.");
    }
    static QString readOnly() {
        return tr("The database file is read-only: the change was not saved.");
    }
    static QString io() {
        return tr("The database file could not be read or written: the disk may be full or "
                  "failing, or the file larger than this account may write. The change was not "
                  "saved.");
    }
    static QString corrupt() {
        return tr("The database file is damaged or is not a Linli database.");
    }
    static QString serverGone() {
        return tr("The connection to the database server was lost: the change was not saved. "
                  "Check the network, then do it again: Linli connects again by itself.");
    }
    static QString other(const QString &detail) {
        return tr("The database could not complete the operation: %1").arg(detail);
    }
};
} // namespace

namespace {

/// An error from the server always carries its SQLSTATE; one without it came from the client
/// library itself, about the connection (gone, or never there).
QString describeFromServer(const QSqlError &error) {
    return error.nativeErrorCode().isEmpty() ? Messages::serverGone() : describe(error);
}

/// A value as the server takes it: SQLite stores a bool as an integer and a date as its text, and
/// so does Linli on PostgreSQL, whose columns are typed.
QVariant forServer(const QVariant &value) {
    if (value.isNull())
        return value;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
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
        return value.toString();
    }
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      QSqlError *error) {
    QSqlQuery query(db);
    bool done = false;
    if (engineOf(db) == Engine::PostgreSQL) {
        // Not forward-only: Qt would then read the rows one at a time from the connection, and
        // a statement run before they are all read (a write inside a loop over a list) would
        // lose the rest. The whole result is fetched at once instead.
        const QString spelled = postgres::statement(statement);
        if (values.isEmpty()) {
            // Run as it stands: the server prepares only queries and writes, not schema.
            done = query.exec(spelled);
        } else {
            done = query.prepare(spelled);
            if (done) {
                for (const QVariant &value : values)
                    query.addBindValue(forServer(value));
                done = query.exec();
            }
        }
    } else {
        query.setForwardOnly(true);
        done = query.prepare(statement);
        if (done) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            done = query.exec();
        }
    }
    if (!done) {
        if (qEnvironmentVariableIsSet("LINLI_SQL_DEBUG"))
            qWarning("%s\n  in: %s", qPrintable(query.lastError().text()), qPrintable(statement));
        if (error)
            *error = query.lastError();
        return Result<QSqlQuery>::failure(engineOf(db) == Engine::PostgreSQL
                                              ? describeFromServer(query.lastError())
                                              : describe(query.lastError()));
    }
    return query;
}

namespace {

sqlite3 *handleOf(const QSqlDatabase &db) {
    if (db.driverName() != QStringLiteral("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

QSqlError errorOf(sqlite3 *db, int code) {
    // A write the system refused for want of room (a full disk, a quota, the file size limit
    // of `ulimit -f`) is SQLite's I/O error; it is told as the full disk it is.
    if ((code & 0xff) == SQLITE_IOERR) {
        const int cause = sqlite3_system_errno(db);
        if (cause == ENOSPC || cause == EFBIG || cause == EDQUOT)
            code = SQLITE_FULL;
    }
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(code));
}

bool bind(sqlite3_stmt *statement, int index, const QVariant &value) {
    if (value.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                                 SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(),
                                   int(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

} // namespace

/// A connection's prepared statements, those a Rows is reading and those prepared for one Rows
/// alone: all finalised when the connection goes (`forgetStatements`), before it is closed, for
/// SQLite cannot close a connection with a statement still open and keeps it, and its file, open.
class PreparedStatements {
public:
    sqlite3 *db = nullptr;
    QHash<QString, sqlite3_stmt *> statements;
    QSet<sqlite3_stmt *> inUse;
    QSet<sqlite3_stmt *> owned;
    bool finalised = false;

    void finaliseAll() {
        for (sqlite3_stmt *statement : std::as_const(statements))
            sqlite3_finalize(statement);
        for (sqlite3_stmt *statement : std::as_const(owned))
            sqlite3_finalize(statement);
        statements.clear();
        inUse.clear();
        owned.clear();
        finalised = true;
    }
    ~PreparedStatements() { finaliseAll(); }
};

namespace {

// Connection name → its prepared statements. One map for the process, not one a thread: a
// connection may be closed on another thread than the one that read through it last, and its
// statements must go with it all the same. Each connection is used by one thread at a time.
QMutex cachesMutex;
QHash<QString, std::shared_ptr<PreparedStatements>> preparedStatements;
// The same for connections to a server, whose writes go through Qt.
QHash<QString, QHash<QString, QSqlQuery>> serverStatements;
// And their reads: a statement in use by rows is held by them as well as here.
QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> serverReads;

std::shared_ptr<PreparedStatements> cacheOf(const QSqlDatabase &db, sqlite3 *handle) {
    const QMutexLocker locker(&cachesMutex);
    std::shared_ptr<PreparedStatements> &cache = preparedStatements[db.connectionName()];
    if (!cache || cache->db != handle) {
        // A connection opened again under the same name without being forgotten first.
        if (cache)
            cache->finaliseAll();
        cache = std::make_shared<PreparedStatements>();
        cache->db = handle;
    }
    return cache;
}

} // namespace

Rows::Rows(Rows &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_handle(other.m_handle)
    , m_owned(other.m_owned)
    , m_cache(std::move(other.m_cache))
    , m_query(std::move(other.m_query))
    , m_status(other.m_status) {}

Rows &Rows::operator=(Rows &&other) noexcept {
    if (this != &other) {
        release();
        m_statement = std::exchange(other.m_statement, nullptr);
        m_handle = other.m_handle;
        m_owned = other.m_owned;
        m_cache = std::move(other.m_cache);
        m_query = std::move(other.m_query);
        m_status = other.m_status;
    }
    return *this;
}

Rows::~Rows() {
    release();
}

void Rows::release() {
    if (m_query) {
        m_query->finish(); // the result goes; the prepared statement stays for the next rows
        m_query.reset();
    }
    if (!m_statement)
        return;
    if (m_cache && m_cache->finalised) {
        // The connection went first and took its statements with it.
    } else if (m_owned) {
        sqlite3_finalize(m_statement);
        if (m_cache)
            m_cache->owned.remove(m_statement);
    } else {
        // Reset, so that the statement holds no read lock and is ready for its next values.
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (m_cache)
            m_cache->inUse.remove(m_statement);
    }
    m_statement = nullptr;
}

bool Rows::next() {
    if (m_query)
        return m_query->next();
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        m_status = Status::failure(describe(errorOf(m_handle, sqlite3_extended_errcode(m_handle))));
    release();
    return false;
}

bool Rows::isNull(int column) const {
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Rows::integer(int column) const {
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

double Rows::real(int column) const {
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_statement, column);
}

QString Rows::text(int column) const {
    if (m_query)
        return m_query->value(column).toString();
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QString Rows::text(int column, SharedTexts &shared) const {
    return shared.of(utf8(column));
}

QUtf8StringView Rows::utf8(int column) const {
    if (m_query) {
        m_utf8 = m_query->value(column).toString().toUtf8();
        return QUtf8StringView(m_utf8.constData(), m_utf8.size());
    }
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    return QUtf8StringView(utf8, sqlite3_column_bytes(m_statement, column));
}

QString SharedTexts::of(QUtf8StringView utf8) {
    if (utf8.isEmpty())
        return {};
    const std::string_view key(utf8.data(), size_t(utf8.size()));
    for (const auto &[seen, text] : m_texts) {
        if (seen == key)
            return text;
    }
    QString text = utf8.toString();
    if (m_texts.size() < kMost)
        m_texts.emplace_back(std::string(key), text);
    return text;
}

QVariant Rows::value(int column) const {
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_statement, column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return text(column);
    }
}

Result<Rows> select(const QSqlDatabase &db, const QString &statement, const QVariantList &values) {
    Rows rows;
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        // The server: prepared once per connection too (one round trip a read, not three),
        // with a statement of its own for rows read inside the same list's loop.
        QMutexLocker locker(&cachesMutex);
        std::shared_ptr<QSqlQuery> &cached = serverReads[db.connectionName()][statement];
        std::shared_ptr<QSqlQuery> query = cached;
        locker.unlock();
        if (!query || query.use_count() > 2) {
            query = std::make_shared<QSqlQuery>(db);
            if (!query->prepare(postgres::statement(statement)))
                return Result<Rows>::failure(describeFromServer(query->lastError()));
            locker.relock();
            if (!cached)
                cached = query;
            locker.unlock();
        }
        for (int i = 0; i < values.size(); ++i)
            query->bindValue(i, forServer(values.at(i)));
        if (!query->exec()) {
            const QSqlError failed = query->lastError();
            query->finish();
            if (qEnvironmentVariableIsSet("LINLI_SQL_DEBUG"))
                qWarning("%s\n  in: %s", qPrintable(failed.text()), qPrintable(statement));
            return Result<Rows>::failure(describeFromServer(failed));
        }
        rows.m_query = std::move(query);
        return rows;
    }
    rows.m_handle = handle;
    const std::shared_ptr<PreparedStatements> cache = cacheOf(db, handle);
    auto fail = [&] {
        return Result<Rows>::failure(describe(errorOf(handle, sqlite3_extended_errcode(handle))));
    };
    sqlite3_stmt *prepared = cache->statements.value(statement);
    if (!prepared || cache->inUse.contains(prepared)) {
        // Not prepared yet, or being read by rows further up (the same list read inside its
        // own loop): a statement of its own for these rows.
        const QByteArray sql = statement.toUtf8();
        sqlite3_stmt *fresh = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &fresh, nullptr) !=
            SQLITE_OK)
            return fail();
        if (!prepared) {
            cache->statements.insert(statement, fresh);
            prepared = fresh;
        } else {
            rows.m_owned = true;
            prepared = fresh;
        }
    }
    rows.m_statement = prepared;
    rows.m_cache = cache;
    if (rows.m_owned)
        cache->owned.insert(prepared);
    else
        cache->inUse.insert(prepared);
    for (int i = 0; i < values.size(); ++i) {
        if (!bind(prepared, i + 1, values.at(i)))
            return fail(); // rows resets the statement as it goes
    }
    return rows;
}

Result<Executed> execute(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &values, QSqlError *error) {
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        // The server: through Qt. An insert into a table with an identity says the new row's id
        // itself (Qt's lastInsertId asks for an OID, which the tables do not have).
        static const QRegularExpression insert(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
        QString spelled = statement;
        const auto match = insert.match(statement);
        const bool returnsId = match.hasMatch() &&
                               tablesWithIdentity().contains(match.captured(1)) &&
                               !statement.contains(QStringLiteral("RETURNING"));
        if (returnsId)
            spelled += QStringLiteral(" RETURNING id");
        // Prepared once per connection, as on SQLite: a write is then one round trip to the
        // server instead of three (prepare, execute, deallocate).
        // A copy of a QSqlQuery shares its prepared statement.
        QMutexLocker locker(&cachesMutex);
        const auto &prepared = serverStatements[db.connectionName()];
        const auto found = prepared.constFind(spelled);
        std::optional<QSqlQuery> cached;
        if (found != prepared.constEnd())
            cached = *found;
        locker.unlock();
        if (!cached) {
            QSqlQuery fresh(db);
            if (!fresh.prepare(postgres::statement(spelled))) {
                if (error)
                    *error = fresh.lastError();
                return Result<Executed>::failure(describeFromServer(fresh.lastError()));
            }
            locker.relock();
            serverStatements[db.connectionName()].insert(spelled, fresh);
            locker.unlock();
            cached = fresh;
        }
        QSqlQuery &query = *cached;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, forServer(values.at(i)));
        if (!query.exec()) {
            if (error)
                *error = query.lastError();
            return Result<Executed>::failure(describeFromServer(query.lastError()));
        }
        Executed done{0, query.numRowsAffected()};
        if (returnsId && query.next())
            done.lastInsertId = query.value(0).toLongLong();
        query.finish();
        return done;
    }
    // Straight to SQLite: Qt's positional binding builds a placeholder name for every value,
    // which costs more than the insert itself when an import writes a few hundred thousand rows.
    const std::shared_ptr<PreparedStatements> cache = cacheOf(db, handle);
    sqlite3_stmt *&prepared = cache->statements[statement];
    auto fail = [&](int code) {
        const QSqlError failed = errorOf(handle, code);
        if (error)
            *error = failed;
        return Result<Executed>::failure(describe(failed));
    };
    if (!prepared) {
        const QByteArray sql = statement.toUtf8();
        const int code =
            sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr);
        if (code != SQLITE_OK) {
            const auto failed = fail(sqlite3_extended_errcode(handle));
            cache->statements.remove(statement);
            return failed;
        }
    }
    for (int i = 0; i < values.size(); ++i) {
        if (!bind(prepared, i + 1, values.at(i))) {
            const auto failed = fail(sqlite3_extended_errcode(handle));
            sqlite3_reset(prepared);
            sqlite3_clear_bindings(prepared);
            return failed;
        }
    }
    int code = sqlite3_step(prepared);
    while (code == SQLITE_ROW)
        code = sqlite3_step(prepared);
    const Executed done{sqlite3_last_insert_rowid(handle), sqlite3_changes(handle)};
    // Reset, so that the statement holds no lock and is ready for its next values.
    sqlite3_reset(prepared);
    sqlite3_clear_bindings(prepared);
    if (code != SQLITE_DONE)
        return fail(sqlite3_extended_errcode(handle));
    return done;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    return handleOf(db);
}

void interrupt(sqlite3 *handle) {
    sqlite3_interrupt(handle);
}

void setCheckpointOnClose(sqlite3 *handle, bool allowed) {
    if (handle)
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, allowed ? 0 : 1, nullptr);
}

void forgetStatements(const QString &connectionName) {
    std::shared_ptr<PreparedStatements> statements;
    QHash<QString, QSqlQuery> serverWrites;
    QHash<QString, std::shared_ptr<QSqlQuery>> serverReadsOf;
    {
        const QMutexLocker locker(&cachesMutex);
        statements = preparedStatements.take(connectionName);
        serverWrites = serverStatements.take(connectionName);
        serverReadsOf = serverReads.take(connectionName);
    }
    // Now, not when the last rows reading through them go: the connection closes next.
    if (statements)
        statements->finaliseAll();
    for (const auto &read : std::as_const(serverReadsOf))
        read->finish();
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values) {
    // Through select: prepared once per connection (a count per keystroke, a sequence number
    // per complaint written).
    auto rows = select(db, statement, values);
    if (!rows)
        return rows.status();
    if (!rows->next())
        return rows->status() ? Result<QVariant>(QVariant()) : Result<QVariant>(rows->status());
    return rows->value(0);
}

QString escapeLike(const QString &text) {
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

// PostgreSQL reports a SQLSTATE, always five characters; SQLite's extended codes have at most
// four digits.
static bool isSqlState(const QSqlError &error) {
    return error.nativeErrorCode().size() == 5;
}

static int primaryCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && !isSqlState(error) ? (code & 0xff) : -1;
}

bool isBusy(const QSqlError &error) {
    if (isSqlState(error)) {
        const QString state = error.nativeErrorCode();
        // serialization_failure, deadlock_detected, lock_not_available: another desk's write
        // came first, and running the unit again will see it.
        return state == u"40001" || state == u"40P01" || state == u"55P03";
    }
    const int code = primaryCode(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

QString connectionLost() {
    return Messages::serverGone();
}

namespace {
// Every failed statement's error is described here once, whichever way it ran: a write unit
// learns from this count that something in it (a read too) lost to another desk's write.
thread_local int t_conflicts = 0;
} // namespace

int conflictsSeen() {
    return t_conflicts;
}

QString describe(const QSqlError &error) {
    if (isBusy(error))
        ++t_conflicts;
    if (isSqlState(error)) {
        const QString state = error.nativeErrorCode();
        if (isBusy(error))
            return Messages::busy();
        if (state == u"53100") // disk_full
            return Messages::full();
        if (state == u"25006") // read_only_sql_transaction
            return Messages::readOnly();
        if (state.startsWith(u"08") || state.startsWith(u"57P"))
            return Messages::serverGone();
    }
    switch (primaryCode(error)) {
    case 5:
    case 6:
        return Messages::busy();
    case 13: // SQLITE_FULL
        return Messages::full();
    case 8: // SQLITE_READONLY
        return Messages::readOnly();
    case 10: // SQLITE_IOERR
        return Messages::io();
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Messages::corrupt();
    default:
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Messages::other(detail);
}

} // namespace linli::sql
