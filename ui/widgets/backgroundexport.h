#pragma once

#include "common/result.h"
#include "exchange/exporttable.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace linli {

class Database;

/// A long export run off the window's thread, so that the window never freezes: on a worker
/// thread with a database connection of its own (SQLite's connections stay on their thread),
/// while a progress dialog counts the rows written and offers Cancel.
class BackgroundExport final {
    Q_DECLARE_TR_FUNCTIONS(linli::BackgroundExport)
public:
    /// Writes the file on `own`, the worker's connection, calling `progress` as it goes and
    /// stopping when it returns false; returns the rows written.
    using Job = std::function<Result<qsizetype>(Database &own, const ExportProgress &progress)>;

    /// Runs `job` and waits for it, the window responsive meanwhile. `expected` rows (0 when not
    /// known) make the bar fill. Returns the job's outcome, or nothing when the user cancelled
    /// (the job then leaves no file behind).
    static std::optional<Result<qsizetype>> run(QWidget *parent, const Database &database,
                                                const QString &title, const Job &job,
                                                qsizetype expected = 0);
};

} // namespace linli
