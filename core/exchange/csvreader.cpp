#include "exchange/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <memory>

namespace linli {

namespace {

constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
constexpr qint64 kChunkBytes = 256 * 1024;

QChar delimiterOf(QStringView text) {
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

QString endsInsideQuotes() {
    return CsvReader::tr(
        "The file ends inside a quoted cell; it was cut off or is not a CSV file.");
}

/// Cuts text into rows and cells, fed in pieces of any size: a quote or a line break may fall
/// on the edge between two pieces.
class CsvParser {
public:
    explicit CsvParser(QChar delimiter, const Sheet::Visit &visit)
        : m_delimiter(delimiter)
        , m_visit(visit) {}

    /// False once the visitor asked to stop.
    bool feed(QStringView text) {
        for (const QChar c : text) {
            if (m_stopped)
                return false;
            if (m_afterCr) {
                m_afterCr = false;
                if (c == u'\n')
                    continue;
            }
            if (m_quoteInQuotes) {
                m_quoteInQuotes = false;
                if (c == u'"') {
                    m_cell += u'"';
                    continue;
                }
                m_quoted = false; // the closing quote; this character is outside again
            }
            if (m_quoted) {
                if (c == u'"')
                    m_quoteInQuotes = true;
                else
                    m_cell += c;
            } else if (c == u'"' && m_cell.isEmpty()) {
                m_quoted = true;
                m_wasQuoted = true;
            } else if (c == m_delimiter) {
                endCell();
            } else if (c == u'\r' || c == u'\n') {
                m_afterCr = c == u'\r';
                endRow();
            } else {
                m_cell += c;
            }
        }
        return !m_stopped;
    }
    Status finish() {
        if (m_quoteInQuotes) {
            m_quoteInQuotes = false;
            m_quoted = false;
        }
        if (!m_stopped && (!m_cell.isEmpty() || !m_row.isEmpty() || m_wasQuoted))
            endRow();
        if (m_quoted && !m_stopped)
            return Status::failure(endsInsideQuotes());
        return Status::success();
    }

private:
    void endCell() {
        m_row.append(withoutFormulaGuard(m_cell));
        m_cell.clear();
        m_wasQuoted = false;
    }
    void endRow() {
        endCell();
        if (m_row.size() == 1 && m_row.constFirst().isEmpty())
            m_row.clear();
        if (!m_visit(m_rowIndex++, m_row))
            m_stopped = true;
        m_row.clear();
    }

    QChar m_delimiter;
    const Sheet::Visit &m_visit;
    QStringList m_row;
    QString m_cell;
    qsizetype m_rowIndex = 0;
    bool m_quoted = false;
    bool m_wasQuoted = false;
    bool m_quoteInQuotes = false;
    bool m_afterCr = false;
    bool m_stopped = false;
};

QString unreadable() {
    return CsvReader::tr(
        "The file is neither UTF-8 nor GBK text. In Excel or WPS choose Save As and the type "
        "\"CSV UTF-8\", or import the .xlsx workbook itself.");
}

QString notText() {
    return CsvReader::tr("The file is neither a CSV text file nor an Excel workbook (.xlsx).");
}

/// How a file's bytes are text: its encoding's name as the decoder knows it, and the bytes of
/// its byte order mark.
struct Encoding {
    QString shown; // UTF-8, UTF-16, GB18030
    QStringConverter::Encoding utf = QStringConverter::Utf8;
    bool gbk = false;
    qsizetype skip = 0;

    QStringDecoder decoder() const { return gbk ? QStringDecoder("GB18030") : QStringDecoder(utf); }
};

/// The file read in pieces through its decoder; `each` is told each piece of text.
Status readText(QFile &file, const Encoding &encoding,
                const std::function<bool(QStringView)> &each) {
    if (!file.seek(encoding.skip))
        return Status::failure(file.errorString());
    QStringDecoder decoder = encoding.decoder();
    QByteArray bytes;
    while (!file.atEnd()) {
        bytes = file.read(kChunkBytes);
        if (bytes.isEmpty())
            break;
        if (encoding.utf != QStringConverter::Utf16 && bytes.contains('\0'))
            return Status::failure(notText());
        const QString text = decoder(bytes);
        if (decoder.hasError())
            return Status::failure(unreadable());
        if (!each(text))
            return Status::success();
    }
    return Status::success();
}

/// Which encoding the whole file is in, reading it through once without keeping it.
Result<Encoding> encodingOf(QFile &file) {
    const QByteArray start = file.peek(4);
    if (start.startsWith("\xEF\xBB\xBF"))
        return Encoding{QStringLiteral("UTF-8"), QStringConverter::Utf8, false, 3};
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
        return Encoding{QStringLiteral("UTF-16"), QStringConverter::Utf16, false, 0};
    // Not UTF-8: most likely a CSV that an older Excel or WPS saved in the system's GBK.
    for (const Encoding &candidate :
         {Encoding{QStringLiteral("UTF-8"), QStringConverter::Utf8, false, 0},
          Encoding{QStringLiteral("GB18030"), QStringConverter::Utf8, true, 0}}) {
        if (candidate.gbk && !QStringDecoder("GB18030").isValid())
            break;
        const Status read = readText(file, candidate, [](QStringView) { return true; });
        if (read)
            return candidate;
        if (read.error() == notText())
            return read;
    }
    return Result<Encoding>::failure(unreadable());
}

Status parseFile(const QString &path, const Encoding &encoding, const Sheet::Visit &visit) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(CsvReader::tr("%1 cannot be opened: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    std::unique_ptr<CsvParser> parser;
    const Status read = readText(file, encoding, [&](QStringView text) {
        if (!parser)
            parser = std::make_unique<CsvParser>(delimiterOf(text), visit);
        return parser->feed(text);
    });
    if (!read)
        return read;
    return parser ? parser->finish() : Status::success();
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
        return Result<QString>::failure(notText());
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
    return Result<QString>::failure(unreadable());
}

Result<Sheet> CsvReader::read(const QString &path) {
    QFile file(path);
    const QString shown = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<Sheet>::failure(tr("%1 cannot be opened: %2").arg(shown, file.errorString()));
    if (file.size() > kMaxBytes)
        return Result<Sheet>::failure(tr("%1 is larger than 512 MB; split it.").arg(shown));
    const auto encoding = encodingOf(file);
    if (!encoding)
        return encoding.status();
    file.close();
    // The first rows kept; the rest read again from the file whenever all are needed.
    auto sheet = Sheet::streamed([path, encoding = *encoding](const Sheet::Visit &visit) {
        return parseFile(path, encoding, visit);
    });
    if (sheet)
        sheet->encoding = encoding->shown;
    return sheet;
}

Result<Sheet> CsvReader::parse(const QByteArray &bytes) {
    Sheet sheet;
    const auto text = decode(bytes, &sheet.encoding);
    if (!text)
        return text.status();
    const Sheet::Visit keep = [&sheet](qsizetype, const QStringList &cells) {
        sheet.rows.append(cells);
        return true;
    };
    CsvParser parser(delimiterOf(*text), keep);
    parser.feed(*text);
    if (Status done = parser.finish(); !done)
        return done;
    return sheet;
}

} // namespace linli
