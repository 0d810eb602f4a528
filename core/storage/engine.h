#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace linli {

/// The engine under a Linli database: a SQLite file on one desk (the default), or a PostgreSQL
/// server that several desks share.
enum class Engine { SQLite, PostgreSQL };

/// Which engine a connection talks to.
Engine engineOf(const QSqlDatabase &db);

/// Where a server database is: `postgresql://user@host:port/dbname`. The password never
/// appears here — it comes from PGPASSWORD, ~/.pgpass or a prompt, and is never stored.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(linli::ServerAddress)
public:
    QString user;
    QString host;
    int port = 5432;
    QString database;

    /// True for text that names a server (postgresql:// or postgres://), not a file.
    static bool isServerAddress(const QString &location);
    /// Reads an address; a password in it is refused, so it cannot end up in a shell's history
    /// or a desk's settings.
    static Result<ServerAddress> parse(const QString &location);
    /// The address as the user writes it: postgresql://user@host:port/dbname.
    QString text() const;
    /// A QPSQL connection named `name` to this database, not yet open; with `password`, or
    /// PGPASSWORD and ~/.pgpass when it is empty.
    QSqlDatabase addConnection(const QString &name, const QString &password = {}) const;
};

} // namespace linli
