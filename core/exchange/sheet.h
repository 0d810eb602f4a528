#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace linli {

/// The cells of one spreadsheet as text, as a reader found them. Row i is the file's row i + 1,
/// so that a message can name the row the user sees in Excel.
struct Sheet {
    QList<QStringList> rows;
    QString encoding; ///< how a CSV was decoded ("UTF-8", "GB18030", "UTF-16"); empty for .xlsx

    QString cell(qsizetype row, qsizetype column) const { return rows.value(row).value(column); }
};

} // namespace linli
