#pragma once

#include "access/access.h"
#include "exchange/exporttable.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QPushButton;
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

    /// For long lists: core writes the file itself, row by row as it reads them, on a worker
    /// thread and a connection of its own, with a progress dialog and Cancel (see
    /// BackgroundExport). `write` is given that connection, the choice of full identifiers,
    /// the file and the progress to report. `expected` rows, when known, fill the bar.
    using WriteFile = std::function<Result<qsizetype>(
        Database &own, bool fullIdentifiers, const QString &path, const ExportProgress &progress)>;
    static std::optional<qsizetype> runStreamed(QWidget *parent, const Database &database,
                                                const QString &title, const QString &fileStem,
                                                const WriteFile &write, qsizetype expected = 0);

    /// What a table shows, as it shows it (headers, then each row's displayed texts; dates and
    /// numbers keep their type): for lists whose model holds all their rows. `list` names it
    /// in the audit trail; `needed` is the permission to export it.
    static ExportTable tableOf(const QAbstractItemModel &model);
    /// A table core makes on demand (after the file is chosen), for lists whose model does not
    /// hold all their rows or that have no table on screen; checked and audited as above.
    using MakePlainTable = std::function<Result<ExportTable>()>;
    static std::optional<qsizetype> runTable(QWidget *parent, Database &database,
                                             const QString &title, const QString &fileStem,
                                             const MakePlainTable &make, const QString &list,
                                             Permission needed);
    static std::optional<qsizetype> runModel(QWidget *parent, Database &database,
                                             const QString &title, const QString &fileStem,
                                             const QAbstractItemModel &model, const QString &list,
                                             Permission needed);
    /// An Export… button for such a list, shown to the roles that may export it.
    /// The file to write, asked with a suggested name; empty when the user cancelled.
    static QString chooseFile(QWidget *parent, const Database &database, const QString &title,
                              const QString &fileStem);
    static QPushButton *button(QWidget *parent, Database &database, const QString &objectName,
                               const QString &title, const QString &fileStem,
                               const QAbstractItemModel &model, const QString &list,
                               Permission needed);
};

} // namespace linli
