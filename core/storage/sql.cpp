#include "storage/sql.h"

#include "storage/engine.h"
#include "storage/statement.h"

#include <QSqlDriver>

#include <sqlite3.h>

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

sqlite3 *handleOf(const QSqlDatabase &db) {
    if (db.driverName() != QStringLiteral("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

} // namespace

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
    forgetPreparedStatements(connectionName);
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
