#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace linli {

/// The cells of one spreadsheet as text, as a reader found them. Row i is the file's row i + 1,
/// so that a message can name the row the user sees in Excel.
///
/// A roster read from a file keeps only its first rows (enough to find the headers and show
/// samples) and reads the file again, row by row, each time all of them are needed: a roster
/// of any length then costs the memory of one row.
struct Sheet {
    /// Told each row in order with its index; returns false to stop early (not an error).
    using Visit = std::function<bool(qsizetype row, const QStringList &cells)>;
    using Stream = std::function<Status(const Visit &visit)>;

    QList<QStringList> rows; ///< every row; or, when `stream` is set, the first ones
    QString encoding; ///< how a CSV was decoded ("UTF-8", "GB18030", "UTF-16"); empty for .xlsx
    Stream stream;    ///< reads every row again from the file; empty when `rows` holds them all

    QString cell(qsizetype row, qsizetype column) const { return rows.value(row).value(column); }

    /// The sheet a file's `stream` reads: its first `kept` rows held (the headers' search and
    /// the columns' samples need no more), and the stream kept for every row when there are more.
    static Result<Sheet> streamed(Stream stream, qsizetype kept = 64) {
        Sheet sheet;
        bool more = false;
        const Status head = stream([&](qsizetype, const QStringList &cells) {
            if (sheet.rows.size() == kept) {
                more = true;
                return false;
            }
            sheet.rows.append(cells);
            return true;
        });
        if (!head)
            return head;
        if (more)
            sheet.stream = std::move(stream);
        return sheet;
    }

    /// Every row in order, from the file when the sheet streams, else from `rows`.
    Status forEachRow(const Visit &visit) const {
        if (stream)
            return stream(visit);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (!visit(r, rows.at(r)))
                break;
        }
        return Status::success();
    }
};

} // namespace linli
