#include "documents/printeddocument.h"

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

#include <algorithm>

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

void PrintedDocument::print(QTextDocument &document, QPagedPaintDevice &device) {
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    const QSizeF page = document.pageSize();
    // The device's printable area and the document's page have the same shape; only the
    // resolution differs (a printer's 1200 dpi, a PDF's 300).
    const double scale = device.width() / page.width();
    const int pages = document.pageCount();
    const QList<int> starts = sectionStarts(document);
    QFont footerFont(DocumentFonts::sans());
    footerFont.setPointSizeF(9);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        if (printingDemo) {
            // In the band under the text, where no signature line or table can be: across the
            // middle of the page it lay over the lines people sign on.
            painter.save();
            QFont mark(DocumentFonts::sans());
            mark.setPointSizeF(10);
            mark.setBold(true);
            painter.setFont(mark);
            painter.setPen(QColor(120, 120, 120));
            painter.drawText(QRectF(0, page.height() * scale, device.width(),
                                    device.height() - page.height() * scale),
                             Qt::AlignRight | Qt::AlignVCenter,
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
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            painter.drawText(
                QRectF(0, page.height() * scale, device.width(),
                       device.height() - page.height() * scale),
                Qt::AlignCenter,
                QStringLiteral("第 %1 页 共 %2 页").arg(index - first + 1).arg(end - first));
        }
    }
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
