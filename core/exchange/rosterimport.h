#pragma once

#include "common/result.h"
#include "exchange/exporttable.h"
#include "exchange/rosterfields.h"
#include "exchange/rostervalues.h"
#include "registry/resident.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace linli {

class Database;
class RegistryService;

/// One data row of a roster as the import would take it.
struct RosterRow {
    enum class Verdict {
        New,       ///< a resident Linli does not have yet
        Update,    ///< a resident Linli has (same ID number, or same name in the household)
        Unchanged, ///< a resident Linli has exactly so
        Error,     ///< not imported; `problems` says why
    };
    int fileRow = 0; ///< as Excel numbers it, from 1
    Verdict verdict = Verdict::Error;
    QStringList problems;
    RosterPlace place;
    Resident resident; ///< normalised; for an update, the stored resident with the roster's values
};

/// What an import would do, before anything is written. It keeps every row's verdict, and in
/// full only the rows a preview shows — the first `kShownRows` and every row with an error —,
/// so that a roster of a street's 160,000 residents costs a few bytes a row.
struct RosterPreview {
    static constexpr int kShownRows = 2000;

    QList<RosterRow> rows;    ///< the rows shown, in file order
    QByteArray verdicts;      ///< every data row's verdict in file order, one byte each
    QStringList newCompounds; ///< 明珠花园
    QStringList newBuildings; ///< 明珠花园3栋
    QStringList newUnits;     ///< 明珠花园3栋2单元
    int newHouseholds = 0;

    int count(RosterRow::Verdict verdict) const;
    /// Every data row, shown or not.
    int total() const { return int(verdicts.size()); }
    /// One line for the user: 120 new, 3 to update, 2 unchanged, 4 with errors.
    QString summary() const;
};

struct RosterImportResult {
    int added = 0;
    int updated = 0;
    int skipped = 0; ///< rows with errors, left out
    int placesCreated = 0;
    QString backupPath;
};

/// Moves an office's Excel roster (花名册) into the registry: reads .xlsx or CSV, matches the
/// columns, judges every row (new, update, unchanged or error, with reasons) and lists the places
/// it would create, writing nothing; then, once the user confirms, writes it all in one
/// transaction after a backup. Rows with errors are left out; the rest go in whole or not at all.
class RosterImport final {
    Q_DECLARE_TR_FUNCTIONS(linli::RosterImport)
public:
    explicit RosterImport(RegistryService &registry);

    /// A .xlsx workbook (recognised by its content, whatever its name) or a CSV file.
    static Result<Sheet> readFile(const QString &path);
    /// The template: the columns the import expects, as the export writes them.
    static ExportTable templateTable();

    Result<RosterPreview> preview(const Sheet &sheet, const RosterMapping &mapping) const;
    /// Writes what `seen` showed. Judges each row again inside the write's transaction, as it
    /// goes in, and rolls it all back when a verdict differs from the one seen (the registry or
    /// the file changed meanwhile), so that what is written is what the user confirmed.
    /// `progress` is told the rows written so far out of those going in, every few hundred
    /// rows; returning false stops the import before its commit: nothing is written.
    using Progress = std::function<bool(int written, int total)>;
    Result<RosterImportResult> apply(const Sheet &sheet, const RosterMapping &mapping,
                                     const RosterPreview &seen, bool backupFirst = true,
                                     const Progress &progress = {});
    /// What a stopped import says.
    static QString cancelled();

private:
    RegistryService &m_registry;
    Database &m_database;
};

} // namespace linli
