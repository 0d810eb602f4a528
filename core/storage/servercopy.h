#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace linli {

class Database;

/// A Linli database file copied onto an empty database on the server (`linli-cli
/// migrate-to-postgres`): every table's rows with their ids, in one transaction, then each
/// table's count checked on both sides. Anything short of an exact copy leaves the server
/// database as it was.
class ServerCopy final {
    Q_DECLARE_TR_FUNCTIONS(linli::ServerCopy)
public:
    struct Table {
        QString name;
        qint64 rows = 0; ///< in the file, and (checked) on the server
    };

    /// Copies `from` (a file, brought up to date first) into `to` (on the server, empty of
    /// Linli's records: no community, no audit entry yet). Returns the tables copied.
    static Result<QList<Table>> copy(Database &from, Database &to);

    /// The file's tables in an order where each comes after those it refers to.
    static Result<QStringList> tablesInOrder(const Database &from);
};

} // namespace linli
