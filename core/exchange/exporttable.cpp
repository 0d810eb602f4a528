#include "exchange/exporttable.h"

#include "common/privatefile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <utility>

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
    auto stream = SpreadsheetStream::open(path, table.headers, table.types);
    if (!stream)
        return stream.status();
    for (const QVariantList &row : table.rows) {
        if (Status added = (*stream)->add(row); !added)
            return added;
    }
    return (*stream)->finish();
}

/// How the rows are put in the .part file: CSV or .xlsx.
class SpreadsheetStream::Format {
public:
    virtual ~Format() = default;
    virtual Status row(const QVariantList &row) = 0;
    /// Completes the .part file; false when it could not be written whole.
    virtual bool close() = 0;
};

namespace {

using Type = ExportTable::Type;

class CsvFormat final : public SpreadsheetStream::Format {
public:
    CsvFormat(const QString &part, QList<Type> types)
        : m_file(part)
        , m_types(std::move(types)) {}

    bool open(const QStringList &headers) {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        m_out = QByteArray("\xEF\xBB\xBF");
        QStringList line;
        for (const QString &header : headers)
            line << SpreadsheetWriter::csvCell(header);
        m_out += line.join(u',').toUtf8() + "\r\n";
        return true;
    }

    Status row(const QVariantList &row) override {
        m_line.clear();
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_line += u',';
            const QVariant &value = row.at(i);
            const auto type = m_types.value(i, Type::Text);
            if (type == Type::Date)
                m_line += value.toDate().toString(Qt::ISODate);
            else if (type == Type::Number && !value.isNull())
                m_line += value.toString();
            else
                m_line += SpreadsheetWriter::csvCell(value.toString());
        }
        m_out += m_line.toUtf8();
        m_out += "\r\n";
        // Written in blocks of about a megabyte: the file, not memory, holds the list.
        if (m_out.size() >= (1 << 20) && !flush())
            return Status::failure(
                SpreadsheetStream::tr("The file cannot be written: %1").arg(m_file.errorString()));
        return Status::success();
    }

    QString error() const { return m_file.errorString(); }

    bool close() override {
        const bool written = flush() && m_file.flush();
        m_file.close();
        return written && m_file.error() == QFileDevice::NoError;
    }

private:
    bool flush() {
        const bool written = m_file.write(m_out) == m_out.size();
        m_out.clear();
        return written;
    }

    QFile m_file;
    QList<Type> m_types;
    QByteArray m_out;
    QString m_line;
};

class XlsxFormat final : public SpreadsheetStream::Format {
public:
    explicit XlsxFormat(QList<Type> types)
        : m_types(std::move(types)) {}
    ~XlsxFormat() override {
        if (m_workbook) // never closed: given up, nothing more is written
            lxw_workbook_free(m_workbook);
    }
    Q_DISABLE_COPY_MOVE(XlsxFormat)

    bool open(const QString &part, const QStringList &headers) {
        // Constant memory: each row goes to a temporary file as soon as the next one starts,
        // so a list of 160,000 residents takes a few megabytes, not hundreds. Rows must then
        // come in order, as they do here.
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        m_workbook = workbook_new_opt(QFile::encodeName(part).constData(), &options);
        if (!m_workbook)
            return false;
        m_sheet = workbook_add_worksheet(m_workbook, nullptr);
        lxw_format *bold = workbook_add_format(m_workbook);
        format_set_bold(bold);
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        if (!m_sheet)
            return false;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                                 m_types.value(c) == Type::Text ? 18 : 12, nullptr);
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                                   bold);
        }
        return true;
    }

    Status row(const QVariantList &row) override {
        const auto line = lxw_row_t(++m_line);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &value = row.at(c);
            if (value.isNull())
                continue;
            lxw_error done = LXW_NO_ERROR;
            switch (m_types.value(c, Type::Text)) {
            case Type::Number:
                if (value.toString().isEmpty())
                    continue;
                done =
                    worksheet_write_number(m_sheet, line, lxw_col_t(c), value.toDouble(), nullptr);
                break;
            case Type::Date: {
                const QDate d = value.toDate();
                if (!d.isValid())
                    continue;
                lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0};
                done = worksheet_write_datetime(m_sheet, line, lxw_col_t(c), &when, m_date);
                break;
            }
            case Type::Text: {
                const QString text = value.toString();
                if (text.isEmpty())
                    continue;
                // A string cell is never a formula, whatever it begins with.
                done = worksheet_write_string(m_sheet, line, lxw_col_t(c),
                                              text.toUtf8().constData(), nullptr);
                break;
            }
            }
            if (done != LXW_NO_ERROR)
                return Status::failure(SpreadsheetStream::tr("The file cannot be written: %1")
                                           .arg(QString::fromUtf8(lxw_strerror(done))));
        }
        return Status::success();
    }

    bool close() override {
        lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
        return workbook_close(workbook) == LXW_NO_ERROR;
    }

private:
    QList<Type> m_types;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_date = nullptr;
    qint64 m_line = 0;
};

} // namespace

SpreadsheetStream::SpreadsheetStream(QString path, std::unique_ptr<Format> format)
    : m_path(std::move(path))
    , m_format(std::move(format)) {}

SpreadsheetStream::~SpreadsheetStream() {
    if (!m_finished) {
        m_format.reset(); // given up: the .part, whole or not, goes
        QFile::remove(partOf(m_path));
    }
}

Result<std::unique_ptr<SpreadsheetStream>>
SpreadsheetStream::open(const QString &path, const QStringList &headers,
                        const QList<ExportTable::Type> &types) {
    const QString part = partOf(path);
    QFile::remove(part);
    // Owner-only before a row is written: the rows are often people's.
    if (Status prepared = PrivateFile::prepare(part); !prepared)
        return prepared;
    std::unique_ptr<Format> format;
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        auto xlsx = std::make_unique<XlsxFormat>(types);
        const bool opened = xlsx->open(part, headers);
        format = std::move(xlsx);
        if (!opened) {
            format.reset();
            QFile::remove(part);
            return Result<std::unique_ptr<SpreadsheetStream>>::failure(
                tr("%1 cannot be written.").arg(shown(path)));
        }
    } else {
        auto csv = std::make_unique<CsvFormat>(part, types);
        if (!csv->open(headers))
            return Result<std::unique_ptr<SpreadsheetStream>>::failure(
                tr("%1 cannot be written: %2").arg(shown(path), csv->error()));
        format = std::move(csv);
    }
    return std::unique_ptr<SpreadsheetStream>(new SpreadsheetStream(path, std::move(format)));
}

Status SpreadsheetStream::add(const QVariantList &row) {
    if (Status written = m_format->row(row); !written)
        return Status::failure(tr("%1 cannot be written: %2").arg(shown(m_path), written.error()));
    ++m_rows;
    return Status::success();
}

Status SpreadsheetStream::close() {
    if (!m_format)
        return Status::success();
    const bool closed = m_format->close();
    m_format.reset();
    if (!closed) {
        QFile::remove(partOf(m_path));
        return Status::failure(
            tr("%1 cannot be written; check the folder and free disk space.").arg(shown(m_path)));
    }
    return Status::success();
}

Status SpreadsheetStream::finish() {
    if (Status closed = close(); !closed) {
        m_finished = true;
        return closed;
    }
    m_finished = true;
    const QString part = partOf(m_path);
    // The old file, if any, goes only now that the new one is whole.
    QFile::remove(m_path);
    if (!QFile::rename(part, m_path)) {
        QFile::remove(part);
        return Status::failure(tr("%1 cannot be written.").arg(shown(m_path)));
    }
    return Status::success();
}

} // namespace linli
