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
    static Result<ExportTable> table(Database &database, const ResidentQuery &query,
                                     bool fullIdentifiers);
    /// The columns, in Chinese as the roster keeps them: 姓名, 性别, …
    static QStringList headers();
    static QString relationName(Relation relation);
};

} // namespace linli
