#include "storage/sql.h"

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
    static QString corrupt() {
        return tr("The database file is damaged or is not a Linli database.");
    }
    static QString other(const QString &detail) {
        return tr("The database could not complete the operation: %1").arg(detail);
    }
};
} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      QSqlError *error) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool done = query.prepare(statement);
    if (done) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        done = query.exec();
    }
    if (!done) {
        if (error)
            *error = query.lastError();
        return Result<QSqlQuery>::failure(describe(query.lastError()));
    }
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values) {
    auto query = run(db, statement, values);
    if (!query)
        return query.status();
    if (!query->next())
        return QVariant();
    return query->value(0);
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

static int primaryCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isBusy(const QSqlError &error) {
    const int code = primaryCode(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

QString describe(const QSqlError &error) {
    switch (primaryCode(error)) {
    case 5:
    case 6:
        return Messages::busy();
    case 13: // SQLITE_FULL
        return Messages::full();
    case 8: // SQLITE_READONLY
        return Messages::readOnly();
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
