#include "storage/engine.h"

#include <QUrl>

namespace linli {

Engine engineOf(const QSqlDatabase &db) {
    return db.driverName() == QStringLiteral("QPSQL") ? Engine::PostgreSQL : Engine::SQLite;
}

bool ServerAddress::isServerAddress(const QString &location) {
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &location) {
    using R = Result<ServerAddress>;
    const QString example = QStringLiteral("postgresql://linli@db.example:5432/linli");
    if (!isServerAddress(location))
        return R::failure(
            tr("\"%1\" is not a server address; write it as %2.").arg(location, example));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return R::failure(
            tr("\"%1\" is not a server address; write it as %2.").arg(location, example));
    if (!url.password().isEmpty())
        return R::failure(tr("Leave the password out of the server address: Linli asks for it, "
                             "or takes it from PGPASSWORD or ~/.pgpass, and never stores it."));
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.user.isEmpty())
        return R::failure(tr("The server address names no user; write it as %1.").arg(example));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return R::failure(tr("The server address names no database; write it as %1.").arg(example));
    return address;
}

QSqlDatabase ServerAddress::addConnection(const QString &name, const QString &password) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=linli"));
    return db;
}

QString ServerAddress::text() const {
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace linli
