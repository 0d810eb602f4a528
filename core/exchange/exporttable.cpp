#include "exchange/exporttable.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace linli {

namespace {

bool looksLikeFormula(const QString &text) {
    return !text.isEmpty() &&
           (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' ||
            text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r');
}

QString shown(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QString SpreadsheetWriter::csvCell(const QString &text) {
    QString cell = looksLikeFormula(text) ? u'\'' + text : text;
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
        cell.contains(u'\r')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

Status SpreadsheetWriter::write(const ExportTable &table, const QString &path) {
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(table, path);
    return writeCsv(table, path);
}

Status SpreadsheetWriter::writeCsv(const ExportTable &table, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(shown(path), file.errorString()));
    QByteArray out("\xEF\xBB\xBF");
    QStringList line;
    for (const QString &header : table.headers)
        line << csvCell(header);
    out += line.join(u',').toUtf8() + "\r\n";
    for (const QVariantList &row : table.rows) {
        line.clear();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QVariant &value = row.at(i);
            const auto type = i < table.types.size() ? table.types.at(i) : ExportTable::Type::Text;
            if (type == ExportTable::Type::Date)
                line << value.toDate().toString(Qt::ISODate);
            else if (type == ExportTable::Type::Number && !value.isNull())
                line << value.toString();
            else
                line << csvCell(value.toString());
        }
        out += line.join(u',').toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit())
        return Status::failure(
            tr("%1 cannot be written; check the folder and free disk space.").arg(shown(path)));
    return Status::success();
}

Status SpreadsheetWriter::writeXlsx(const ExportTable &table, const QString &path) {
    // Written to a temporary name and renamed, so a failed export leaves no half a file.
    const QString part = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(part).constData());
    if (!workbook)
        return Status::failure(tr("%1 cannot be written.").arg(shown(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(),
                               bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             table.types.value(c) == ExportTable::Type::Text ? 18 : 12, nullptr);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        const auto line = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &value = row.at(c);
            if (value.isNull() || value.toString().isEmpty())
                continue;
            switch (table.types.value(c, ExportTable::Type::Text)) {
            case ExportTable::Type::Number:
                worksheet_write_number(sheet, line, lxw_col_t(c), value.toDouble(), nullptr);
                break;
            case ExportTable::Type::Date: {
                const QDate d = value.toDate();
                lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, line, lxw_col_t(c), &when, date);
                break;
            }
            case ExportTable::Type::Text:
                // A string cell is never a formula, whatever it begins with.
                worksheet_write_string(sheet, line, lxw_col_t(c),
                                       value.toString().toUtf8().constData(), nullptr);
                break;
            }
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        QFile::remove(part);
        return Status::failure(
            tr("%1 cannot be written; check the folder and free disk space.").arg(shown(path)));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Status::failure(tr("%1 cannot be written.").arg(shown(path)));
    }
    return Status::success();
}

} // namespace linli
