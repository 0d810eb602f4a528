#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

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

/// Where an export's rows go as they are read, one at a time: a file being written
/// (SpreadsheetStream), or a table in memory for a short list.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual Status add(const QVariantList &row) = 0;
};

/// Told how many rows an export has written so far, every few hundred rows and at the end;
/// returns false to stop it (the user cancelled).
using ExportProgress = std::function<bool(qsizetype rowsWritten)>;

/// A spreadsheet written row by row as the rows come, so that memory stays flat whatever the
/// list's size: CSV through a buffered file, .xlsx in libxlsxwriter's constant-memory mode. The
/// rows go to NAME.part, which finish() renames to NAME once whole; a stream destroyed before
/// finish() (cancelled, failed) removes the .part, so no half a file is ever left under the
/// chosen name — and a file already there is kept until the new one is complete.
class SpreadsheetStream final : public RowSink {
    Q_DECLARE_TR_FUNCTIONS(linli::SpreadsheetStream)
public:
    /// By the file's suffix: .xlsx, or CSV.
    static Result<std::unique_ptr<SpreadsheetStream>>
    open(const QString &path, const QStringList &headers, const QList<ExportTable::Type> &types);
    ~SpreadsheetStream() override;
    Q_DISABLE_COPY_MOVE(SpreadsheetStream)

    Status add(const QVariantList &row) override;
    /// Completes the .part file (an .xlsx is only written out now): what can fail, fails here.
    Status close();
    /// Closes the file if need be and puts it in place under its name.
    Status finish();
    qsizetype rows() const { return m_rows; }
    /// The name the rows are written under until finish().
    static QString partOf(const QString &path) { return path + QStringLiteral(".part"); }

    class Format;

private:
    SpreadsheetStream(QString path, std::unique_ptr<Format> format);
    QString m_path;
    std::unique_ptr<Format> m_format;
    qsizetype m_rows = 0;
    bool m_finished = false;
};

/// Writes a whole ExportTable as a spreadsheet (through SpreadsheetStream): CSV in UTF-8 with a BOM
/// (so Excel and WPS read Chinese), or .xlsx with real cell types. A text that a spreadsheet would
/// take for a formula
/// (= + - @ at its start) is kept as text: quoted in CSV, a string cell in .xlsx.
class SpreadsheetWriter final {
    Q_DECLARE_TR_FUNCTIONS(linli::SpreadsheetWriter)
public:
    /// By the file's suffix: .xlsx, or .csv.
    static Status write(const ExportTable &table, const QString &path);
    /// The text as a CSV cell: quoted where needed, and a leading ' for a would-be formula.
    static QString csvCell(const QString &text);
};

/// Collects an export's rows in memory: for short lists, and for callers that want the table.
class TableSink final : public RowSink {
public:
    explicit TableSink(ExportTable &table)
        : m_table(table) {}
    Status add(const QVariantList &row) override {
        m_table.rows.append(row);
        return Status::success();
    }

private:
    ExportTable &m_table;
};

} // namespace linli
