#include "documents/printeddocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace linli {

namespace {

const QString kStyle = QStringLiteral(
    "body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }"
    "h1 { font-size: 18pt; text-align: center; margin-bottom: 4pt; }"
    "h2 { font-size: 13pt; margin-top: 10pt; }"
    "p.sub { text-align: center; color: #333; }"
    "table.grid { border-collapse: collapse; width: 100%; }"
    "table.grid th { background: #eeeeee; font-family: 'Noto Sans CJK SC'; font-size: 9.5pt; }"
    "table.grid td { font-size: 9.5pt; }"
    "td.label { color: #333; width: 22%; }"
    "p.foot { font-size: 9pt; color: #333; }");

} // namespace

std::unique_ptr<QTextDocument> PrintedDocument::fromHtml(const QString &body) {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(kStyle);
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
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
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
