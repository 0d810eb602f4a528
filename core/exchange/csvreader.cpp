#include "exchange/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace linli {

namespace {

constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

QChar delimiterOf(const QString &text) {
    // Count outside quotes on the first line only: a note may hold any of them.
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

// Linli's export (and careful users) write '=SUM as text; the apostrophe is not part of it.
QString withoutFormulaGuard(const QString &cell) {
    static const QString guarded = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.at(0) == u'\'' && guarded.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding) {
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(QStringConverter::Utf16);
        return QString(utf16(bytes));
    }
    // Text files have no NUL bytes; databases, images and old .xls files do.
    if (bytes.contains('\0'))
        return Result<QString>::failure(
            tr("The file is neither a CSV text file nor an Excel workbook (.xlsx)."));
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: most likely a CSV that an older Excel or WPS saved in the system's GBK.
    QStringDecoder gbk("GB18030");
    if (gbk.isValid()) {
        text = gbk(bytes);
        if (!gbk.hasError()) {
            *encoding = QStringLiteral("GB18030");
            return text;
        }
    }
    return Result<QString>::failure(
        tr("The file is neither UTF-8 nor GBK text. In Excel or WPS choose Save As and the type "
           "\"CSV UTF-8\", or import the .xlsx workbook itself."));
}

Result<Sheet> CsvReader::read(const QString &path) {
    QFile file(path);
    const QString shown = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<Sheet>::failure(tr("%1 cannot be opened: %2").arg(shown, file.errorString()));
    if (file.size() > kMaxBytes)
        return Result<Sheet>::failure(tr("%1 is larger than 512 MB; split it.").arg(shown));
    return parse(file.readAll());
}

Result<Sheet> CsvReader::parse(const QByteArray &bytes) {
    Sheet sheet;
    const auto text = decode(bytes, &sheet.encoding);
    if (!text)
        return text.status();
    const QChar delimiter = delimiterOf(*text);
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    auto endCell = [&] {
        row.append(withoutFormulaGuard(cell));
        cell.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        if (row.size() == 1 && row.constFirst().isEmpty())
            row.clear();
        sheet.rows.append(row);
        row.clear();
    };
    const QString &t = *text;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < t.size() && t.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < t.size() && t.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    if (quoted)
        return Result<Sheet>::failure(
            tr("The file ends inside a quoted cell; it was cut off or is not a CSV file."));
    return sheet;
}

} // namespace linli
