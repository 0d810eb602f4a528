#pragma once

#include "complaints/complaintrepository.h"
#include "exchange/exporttable.h"

#include <QCoreApplication>

namespace linli {

class Database;

/// The complaints list as a spreadsheet (诉求台账): what the list's filters show, reporters'
/// phones masked unless the full ones are asked for by a role that may see them; audited.
class ComplaintExport final {
    Q_DECLARE_TR_FUNCTIONS(linli::ComplaintExport)
public:
    static Result<ExportTable> table(Database &database, const ComplaintFilter &filter,
                                     bool fullIdentifiers);
};

} // namespace linli
