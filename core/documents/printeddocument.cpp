#include "documents/printeddocument.h"

#include "common/privatefile.h"
#include "documents/documentfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace linli {

namespace {

QString houseStyle() {
    return QStringLiteral(
               "body { font-family: '%1'; font-size: 11pt; }"
               "h1 { font-size: 18pt; text-align: center; margin-bottom: 4pt; }"
               "h2 { font-size: 13pt; margin-top: 10pt; }"
               "p.sub { text-align: center; color: #333; }"
               "table.grid { border-collapse: collapse; width: 100%; }"
               "table.grid th { background: #eeeeee; font-family: '%2'; font-size: 9.5pt; }"
               "table.grid td { font-size: 9.5pt; }"
               "td.label { color: #333; width: 22%; }"
               "p.foot { font-size: 9pt; color: #333; }")
        .arg(DocumentFonts::serif(), DocumentFonts::sans());
}

constexpr int kResolution = 300;
// The band under each page's text where 第 N 页 共 M 页 goes.
constexpr double kFooterMillimetres = 8;

QPageLayout layoutOf(PrintedDocument::Paper paper) {
    if (paper == PrintedDocument::Paper::A5)
        return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait,
                           QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16),
                       QPageLayout::Millimeter);
}

// Where a document keeps the sheet it was laid out for.
const char *const kPaperProperty = "linliPaper";

// Documents are laid out for a 300 dpi page, not for the screen: with the screen's 96 dpi a
// page measured in printer pixels holds text at a third of its size. A QImage is the one paint
// device that needs neither a window nor a printer; it lives as long as the program.
QPaintDevice *printDevice() {
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMetre = qRound(kResolution / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return image;
    }();
    return &device;
}

} // namespace

QSizeF PrintedDocument::pageSize(Paper paper) {
    QSizeF size = layoutOf(paper).paintRectPixels(kResolution).size();
    size.rheight() -= kFooterMillimetres / 25.4 * kResolution;
    return size;
}

QPageLayout PrintedDocument::pageLayout(const QTextDocument &document) {
    return layoutOf(Paper(document.property(kPaperProperty).toInt()));
}

QString PrintedDocument::sectionAnchor(int index) {
    return QStringLiteral("linli-section-%1").arg(index);
}

namespace {

// The first page of each section (by its anchor), always including the first page.
QList<int> sectionStarts(QTextDocument &document) {
    QList<int> starts = {0};
    const qreal pageHeight = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
                    return name.startsWith(QLatin1String("linli-section-"));
                })) {
                const int page =
                    int(document.documentLayout()->blockBoundingRect(block).top() / pageHeight);
                if (!starts.contains(page))
                    starts << page;
            }
        }
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

/// Where each row of a bordered table ends, in document coordinates, and the line's extent.
struct RowEdges {
    qreal left = 0;
    qreal right = 0;
    qreal padding = 0;
    qreal border = 0;
    QBrush brush;
    QList<std::pair<qreal, qreal>> rows; ///< the top and bottom of each row's text
};

QList<RowEdges> borderedTables(QTextDocument &document) {
    QList<RowEdges> tables;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().border() <= 0)
            continue;
        RowEdges edges;
        const QRectF box = layout->frameBoundingRect(table);
        // The format's lengths are CSS pixels, laid out at the print device's resolution.
        const qreal scale =
            layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0;
        edges.border = table->format().border() * scale;
        // Measured on the page: the borders as drawn stand one cell padding left of the
        // bounding rectangle, and span its width less the outer borders.
        edges.left = box.left() - table->format().cellPadding() * scale;
        edges.right = edges.left + box.width() - 2 * edges.border;
        edges.padding = table->format().cellPadding() * scale + edges.border / 2;
        // As Qt draws a cell's horizontal edges in the house style's (outset) tables.
        QColor colour = table->format().borderBrush().color();
        if (table->format().borderStyle() == QTextFrameFormat::BorderStyle_Outset)
            colour = colour.lighter(150);
        edges.brush = colour;
        for (int row = 0; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
                const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
                top = std::min(top, first.top());
                bottom = std::max(bottom, last.bottom());
            }
            edges.rows.append({top, bottom});
        }
        tables << edges;
    }
    return tables;
}

/// Qt leaves out the bottom border of a table's last row on a page when the next row moves
/// to the next page: drawn here, on the page from `top` to `bottom`.
void closeTablesAtPageBreak(QPainter &painter, const QList<RowEdges> &tables, qreal top,
                            qreal bottom) {
    painter.save();
    for (const RowEdges &table : tables) {
        painter.setPen(QPen(table.brush, table.border, Qt::SolidLine, Qt::FlatCap));
        for (qsizetype row = 0; row + 1 < table.rows.size(); ++row) {
            const auto &[rowTop, rowBottom] = table.rows.at(row);
            const qreal nextTop = table.rows.at(row + 1).first;
            if (rowTop >= top && rowBottom <= bottom && nextTop >= bottom) {
                const qreal y = rowBottom + table.padding;
                // Below it the column borders run on to the page's end: cleared, as nothing
                // else is printed there.
                painter.fillRect(QRectF(QPointF(table.left - table.border, y),
                                        QPointF(table.right + table.border, bottom)),
                                 Qt::white);
                painter.drawLine(QPointF(table.left - table.border / 2, y),
                                 QPointF(table.right + table.border / 2, y));
            }
        }
    }
    painter.restore();
}

} // namespace

namespace {
bool printingDemo = false;
} // namespace

void PrintedDocument::setDemoMark(bool demo) {
    printingDemo = demo;
}

bool PrintedDocument::demoMark() {
    return printingDemo;
}

namespace {

/// Draws page `index` of the document into `area` (the printable area, in the device's
/// pixels) at the painter's origin, with the footer band under it.
void drawPage(QPainter &painter, QTextDocument &document, int index, const QSizeF &area,
              const QList<int> &starts, const QList<RowEdges> &tables) {
    const QSizeF page = document.pageSize();
    // The device's printable area and the document's page have the same shape; only the
    // resolution differs (a printer's 1200 dpi, a PDF's 300).
    const double scale = area.width() / page.width();
    const int pages = document.pageCount();
    const QRectF band(0, page.height() * scale, area.width(),
                      area.height() - page.height() * scale);
    if (PrintedDocument::demoMark()) {
        // In the band under the text, where no signature line or table can be: across the
        // middle of the page it lay over the lines people sign on.
        painter.save();
        QFont mark(DocumentFonts::sans());
        mark.setPointSizeF(10);
        mark.setBold(true);
        painter.setFont(mark);
        painter.setPen(QColor(120, 120, 120));
        painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("演示数据 非真实信息"));
        painter.restore();
    }
    painter.save();
    painter.scale(scale, scale);
    painter.translate(0, -index * page.height());
    const QRectF view(0, index * page.height(), page.width(), page.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    closeTablesAtPageBreak(painter, tables, view.top(), view.bottom());
    painter.restore();
    // Which section the page is in, and where that section ends.
    int first = 0;
    int end = pages;
    for (qsizetype s = 0; s < starts.size(); ++s) {
        if (starts.at(s) <= index) {
            first = starts.at(s);
            end = s + 1 < starts.size() ? starts.at(s + 1) : pages;
        }
    }
    if (end - first > 1) {
        QFont footerFont(DocumentFonts::sans());
        footerFont.setPointSizeF(9);
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(
            band, Qt::AlignCenter,
            QStringLiteral("第 %1 页 共 %2 页").arg(index - first + 1).arg(end - first));
        painter.restore();
    }
}

} // namespace

void PrintedDocument::print(QTextDocument &document, QPagedPaintDevice &device) {
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    const QList<int> starts = sectionStarts(document);
    const QList<RowEdges> tables = borderedTables(document);
    for (int index = 0; index < document.pageCount(); ++index) {
        if (index > 0)
            device.newPage();
        drawPage(painter, document, index, QSizeF(device.width(), device.height()), starts, tables);
    }
}

QList<QImage> PrintedDocument::renderPages(QTextDocument &document, int dpi) {
    const QPageLayout layout = pageLayout(document);
    const QRect full = layout.fullRectPixels(dpi);
    const QRect paint = layout.paintRectPixels(dpi);
    const QList<int> starts = sectionStarts(document);
    const QList<RowEdges> tables = borderedTables(document);
    QList<QImage> pages;
    for (int index = 0; index < document.pageCount(); ++index) {
        QImage image(full.size(), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(paint.topLeft());
        drawPage(painter, document, index, paint.size(), starts, tables);
        painter.end();
        pages << image;
    }
    return pages;
}

std::unique_ptr<QTextDocument> PrintedDocument::fromHtml(const QString &body) {
    return fromHtml(body, QList<std::pair<QString, QImage>>{});
}

std::unique_ptr<QTextDocument> PrintedDocument::fromHtml(const QString &body, Paper paper) {
    auto document = fromHtml(body, QList<std::pair<QString, QImage>>{});
    document->setProperty(kPaperProperty, int(paper));
    document->setPageSize(pageSize(paper));
    return document;
}

std::unique_ptr<QTextDocument>
PrintedDocument::fromHtml(const QString &body, const QList<std::pair<QString, QImage>> &images) {
    auto document = std::make_unique<QTextDocument>();
    for (const auto &[name, image] : images)
        document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    document->documentLayout()->setPaintDevice(printDevice());
    document->setPageSize(pageSize());
    QFont font(DocumentFonts::serif());
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(houseStyle());
    document->setHtml(QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>"));
    return document;
}

Status PrintedDocument::writePdf(QTextDocument &document, const QString &path,
                                 const QString &title) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("The folder for %1 cannot be created.")
                                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    // Papers name people: the PDF is the owner's alone, like the database.
    if (Status prepared = PrivateFile::prepare(path); !prepared)
        return prepared;
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Linli"));
    writer.setResolution(kResolution);
    writer.setPageLayout(pageLayout(document));
    print(document, writer);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Status::failure(tr("The PDF %1 could not be written; check the folder and free disk "
                                  "space.")
                                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    return Status::success();
}

QString PrintedDocument::chineseDate(QDate date) {
    return date.toString(QStringLiteral("yyyy年M月d日"));
}

QString PrintedDocument::chineseDateTime(const QDateTime &at) {
    return chineseDate(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm"));
}

} // namespace linli
