#pragma once

#include "exchange/exporttable.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace linli {

class Database;

/// How a list page exports what it shows: a file chosen (.xlsx or .csv), then — for roles that
/// may see them — whether ID numbers and phones go in full, then the table core makes, written.
class ListExporter final {
    Q_DECLARE_TR_FUNCTIONS(linli::ListExporter)
public:
    using MakeTable = std::function<Result<ExportTable>(bool fullIdentifiers)>;
    /// Returns the rows written, or nothing when the user cancelled or it failed (reported).
    static std::optional<qsizetype> run(QWidget *parent, const Database &database,
                                        const QString &title, const QString &fileStem,
                                        const MakeTable &make);
};

} // namespace linli
