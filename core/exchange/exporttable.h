#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantList>

namespace linli {

/// A list as it leaves Linli for a spreadsheet: headers, each column's type, and the rows.
struct ExportTable {
    enum class Type { Text, Number, Date };
    QStringList headers;
    QList<Type> types;
    QList<QVariantList> rows;

    /// A date cell: the date, or an empty cell for none.
    static QVariant dateCell(QDate date) { return date.isValid() ? QVariant(date) : QVariant(); }
};

/// Writes an ExportTable as a spreadsheet: CSV in UTF-8 with a BOM (so Excel and WPS read
/// Chinese), or .xlsx with real cell types. A text that a spreadsheet would take for a formula
/// (= + - @ at its start) is kept as text: quoted in CSV, a string cell in .xlsx.
class SpreadsheetWriter final {
    Q_DECLARE_TR_FUNCTIONS(linli::SpreadsheetWriter)
public:
    /// By the file's suffix: .xlsx, or .csv.
    static Status write(const ExportTable &table, const QString &path);
    static Status writeCsv(const ExportTable &table, const QString &path);
    static Status writeXlsx(const ExportTable &table, const QString &path);
    /// The text as a CSV cell: quoted where needed, and a leading ' for a would-be formula.
    static QString csvCell(const QString &text);
};

} // namespace linli
