#pragma once

#include "exchange/exporttable.h"
#include "registry/residentrepository.h"

#include <QCoreApplication>

namespace linli {

class Database;

/// The residents list as a spreadsheet (花名册), with the columns an office keeps: what the
/// list's search shows, ID numbers and phones masked unless the full ones are asked for — which
/// only roles allowed to see them may do. Every export is written to the audit trail.
class ResidentExport final {
    Q_DECLARE_TR_FUNCTIONS(linli::ResidentExport)
public:
    /// The whole list in memory: for short lists and tests.
    static Result<ExportTable> table(Database &database, const ResidentQuery &query,
                                     bool fullIdentifiers);
    /// Writes the list to `path` (.xlsx or CSV) as it is read, in one statement, memory flat
    /// whatever its size; returns the rows written. The file appears under its name only when
    /// whole and audited: `progress` returning false stops it (a failure saying so, nothing
    /// left behind, nothing audited). May run on any thread, on a connection of its own.
    static Result<qsizetype> write(Database &database, const ResidentQuery &query,
                                   bool fullIdentifiers, const QString &path,
                                   const ExportProgress &progress = {});
    /// What a stopped export says.
    static QString cancelled();
    /// The columns, in Chinese as the roster keeps them: 姓名, 性别, …
    static QStringList headers();
    static QString relationName(Relation relation);
    static QList<ExportTable::Type> types();

private:
    /// Checks the permissions, then hands every row to `sink`; returns how many.
    static Result<qsizetype> rows(Database &database, const ResidentQuery &query,
                                  bool fullIdentifiers, RowSink &sink,
                                  const ExportProgress &progress);
    static Status audit(Database &database, const ResidentQuery &query, bool fullIdentifiers,
                        qsizetype rows);
};

} // namespace linli
