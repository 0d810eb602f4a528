#include "exchange/xlsxreader.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>
#include <memory>

namespace linli {

namespace {

// A part larger than this is not a roster but a zip bomb or a mistake.
constexpr quint64 kMaxPartBytes = 256ULL * 1024 * 1024;
constexpr int kMaxColumns = 16384;

/// The parts of a zip archive by name.
class ZipArchive {
public:
    explicit ZipArchive(const QString &path)
        : m_zip(unzOpen64(QFile::encodeName(path).constData()), &unzClose) {}
    bool isOpen() const { return m_zip != nullptr; }
    bool has(const QString &name) const {
        return unzLocateFile(m_zip.get(), name.toUtf8().constData(), 1) == UNZ_OK;
    }
    /// The part's bytes; empty with `ok` false when it is missing or damaged.
    QByteArray read(const QString &name, bool *ok) const {
        *ok = false;
        unzFile zip = m_zip.get();
        if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK)
            return {};
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.uncompressed_size > kMaxPartBytes)
            return {};
        if (unzOpenCurrentFile(zip) != UNZ_OK)
            return {};
        QByteArray bytes;
        bytes.resize(qsizetype(info.uncompressed_size));
        qsizetype done = 0;
        while (done < bytes.size()) {
            const int got =
                unzReadCurrentFile(zip, bytes.data() + done, unsigned(bytes.size() - done));
            if (got <= 0)
                break;
            done += got;
        }
        // unzCloseCurrentFile checks the CRC once everything was read.
        const bool whole = done == bytes.size() && unzCloseCurrentFile(zip) == UNZ_OK;
        *ok = whole;
        return whole ? bytes : QByteArray();
    }

private:
    std::unique_ptr<void, int (*)(unzFile)> m_zip;
};

/// One part of a zip archive read as it is inflated, for a worksheet of any size: the archive
/// is opened again for it, so that each reading has its own.
class ZipPartDevice final : public QIODevice {
public:
    ZipPartDevice(const QString &path, const QString &part)
        : m_zip(unzOpen64(QFile::encodeName(path).constData()), &unzClose) {
        if (m_zip && unzLocateFile(m_zip.get(), part.toUtf8().constData(), 1) == UNZ_OK &&
            unzOpenCurrentFile(m_zip.get()) == UNZ_OK) {
            m_open = true;
            QIODevice::open(QIODevice::ReadOnly);
        }
    }
    ~ZipPartDevice() override {
        if (m_open)
            unzCloseCurrentFile(m_zip.get());
    }
    bool isSequential() const override { return true; }
    bool damaged() const { return m_damaged; }

protected:
    qint64 readData(char *data, qint64 size) override {
        const int got =
            unzReadCurrentFile(m_zip.get(), data, unsigned(std::min<qint64>(size, 1 << 20)));
        if (got < 0)
            m_damaged = true;
        m_total += std::max(got, 0);
        if (m_total > qint64(kMaxPartBytes))
            m_damaged = true;
        return m_damaged ? -1 : got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<void, int (*)(unzFile)> m_zip;
    bool m_open = false;
    bool m_damaged = false;
    qint64 m_total = 0;
};

/// The text of an element, the phonetic guides (<rPh>) of East Asian strings left out.
QString textOf(QXmlStreamReader &xml) {
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray &bytes) {
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(textOf(xml));
    }
    return strings;
}

// A number format shows a date when it has day, month or year codes outside quotes and
// brackets (the built-in ones by their ids: 14-22, 27-36, 45-47 and 50-58 are dates in the
// Chinese, Japanese and Korean versions of Excel).
bool isDateFormat(int id, const QString &code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
        (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    static const QRegularExpression quotedOrBracketed(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]"));
    QString plain = code;
    plain.remove(quotedOrBracketed);
    plain = plain.toLower();
    return plain.contains(u'y') || plain.contains(u'd') || plain.contains(QStringLiteral("m/")) ||
           plain.contains(QStringLiteral("m-"));
}

/// For each cell style (the s attribute), whether it shows a date.
QList<bool> dateStyles(const QByteArray &bytes) {
    QHash<int, QString> formats;
    QList<bool> styles;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styles.append(isDateFormat(id, formats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return styles;
}

/// "BC12" → column 54 (zero-based), -1 when it is not a cell reference.
int columnOf(QStringView reference) {
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i)
        column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
    if (i == 0 || column > kMaxColumns)
        return -1;
    return column - 1;
}

QString generalNumber(const QString &raw) {
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    // Beyond 15 digits Excel has lost digits already; show it as Excel does, so that the
    // user recognises the mangled ID number.
    if (std::fabs(value) >= 1e15)
        return QString::number(value, 'G', 6);
    if (value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString dateFromSerial(const QString &raw, bool from1904) {
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    if (!ok || serial < 1 || serial > 2958465)
        return raw;
    const QDate epoch = from1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    return epoch.addDays(qint64(std::floor(serial))).toString(Qt::ISODate);
}

struct WorkbookInfo {
    QString firstSheetPart;
    bool dates1904 = false;
};

WorkbookInfo workbookInfo(const ZipArchive &zip) {
    WorkbookInfo info;
    bool ok = false;
    const QByteArray workbook = zip.read(QStringLiteral("xl/workbook.xml"), &ok);
    QString relationId;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto flag = xml.attributes().value(QLatin1String("date1904"));
            info.dates1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet" && relationId.isEmpty()) {
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id")
                    relationId = attribute.value().toString();
            }
        }
    }
    const QByteArray relations = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &ok);
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship" &&
            rels.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            info.firstSheetPart =
                target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    if (info.firstSheetPart.isEmpty() || !zip.has(info.firstSheetPart))
        info.firstSheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    return info;
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

namespace {

/// What reading a worksheet's rows needs besides the sheet itself, read once.
struct Parts {
    QStringList strings;
    QList<bool> dates;
    bool dates1904 = false;
};

/// The worksheet's rows in order, each told to `visit` as soon as it is complete; rows the file
/// leaves out are told empty.
Status readRows(const QString &path, const QString &part, const Parts &parts,
                const Sheet::Visit &visit) {
    const QString shown = QFileInfo(path).fileName();
    ZipPartDevice device(path, part);
    if (!device.isOpen())
        return Status::failure(
            XlsxReader::tr("%1 has no readable worksheet; it may be damaged.").arg(shown));
    QXmlStreamReader xml(&device);
    qsizetype rowIndex = -1; // the row being read
    qsizetype told = 0;      // the rows told so far
    QStringList row;
    bool stopped = false;
    // Tells the rows up to `upTo`, the one read last among them.
    auto tellUpTo = [&](qsizetype upTo) {
        while (!stopped && told < upTo) {
            const bool current = told == rowIndex;
            if (!visit(told, current ? row : QStringList()))
                stopped = true;
            ++told;
        }
    };
    while (!stopped && !xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const qsizetype numbered = xml.attributes().value(QLatin1String("r")).toLongLong();
            const qsizetype next = numbered > 0 ? numbered - 1 : rowIndex + 1;
            if (next > 1048575)
                break;
            if (rowIndex >= 0)
                tellUpTo(rowIndex + 1);
            row.clear();
            rowIndex = std::max(next, told);
            continue;
        }
        if (xml.name() != u"c" || rowIndex < 0)
            continue;
        const auto attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("t")).toString();
        const int style = attributes.value(QLatin1String("s")).toInt();
        int column = columnOf(attributes.value(QLatin1String("r")));
        if (column < 0)
            column = int(row.size());
        QString raw;
        QString inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"v")
                raw = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"is")
                inlineText = textOf(xml);
            else if (xml.isEndElement() && xml.name() == u"c")
                break;
        }
        QString value;
        if (type == u"s")
            value = parts.strings.value(raw.toInt());
        else if (type == u"inlineStr")
            value = inlineText;
        else if (type == u"str" || type == u"e")
            value = raw;
        else if (type == u"b")
            value = raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        else if (type == u"d")
            value = raw.left(10);
        else if (raw.isEmpty())
            value = QString();
        else if (parts.dates.value(style))
            value = dateFromSerial(raw, parts.dates1904);
        else
            value = generalNumber(raw);
        if (value.isEmpty())
            continue;
        while (row.size() <= column)
            row.append(QString());
        row[column] = value;
    }
    if (stopped)
        return Status::success();
    if (device.damaged() ||
        (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError))
        return Status::failure(XlsxReader::tr("%1 cannot be read: its worksheet is damaged (%2).")
                                   .arg(shown, xml.errorString()));
    if (rowIndex >= 0)
        tellUpTo(rowIndex + 1);
    return Status::success();
}

} // namespace

Result<Sheet> XlsxReader::read(const QString &path) {
    const QString shown = QFileInfo(path).fileName();
    const ZipArchive zip(path);
    if (!zip.isOpen())
        return Result<Sheet>::failure(
            tr("%1 is not an Excel workbook (.xlsx), or it is damaged. An old .xls file must be "
               "saved as .xlsx first.")
                .arg(shown));
    const WorkbookInfo workbook = workbookInfo(zip);
    if (!zip.has(workbook.firstSheetPart))
        return Result<Sheet>::failure(
            tr("%1 has no readable worksheet; it may be damaged.").arg(shown));
    // The shared strings are the one part kept whole: any row may name any of them.
    bool ok = false;
    auto parts = std::make_shared<Parts>();
    parts->strings = sharedStrings(zip.read(QStringLiteral("xl/sharedStrings.xml"), &ok));
    parts->dates = dateStyles(zip.read(QStringLiteral("xl/styles.xml"), &ok));
    parts->dates1904 = workbook.dates1904;

    return Sheet::streamed(
        [path, part = workbook.firstSheetPart, parts = std::shared_ptr<const Parts>(parts)](
            const Sheet::Visit &visit) { return readRows(path, part, *parts, visit); });
}

} // namespace linli
