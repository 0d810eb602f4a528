#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace linli {

/// Shared pieces of Linli's printed documents: A4, in Chinese, in Noto Serif CJK SC as Linli
/// derives it (DocumentFonts), with dates written the Chinese way.
class PrintedDocument final {
    Q_DECLARE_TR_FUNCTIONS(linli::PrintedDocument)
public:
    /// The sheet a document is printed on: A4, or A5 for a slip handed over the desk.
    enum class Paper { A4, A5 };
    /// The printable area of a page, in the pixels documents are laid out in.
    static QSizeF pageSize(Paper paper = Paper::A4);
    /// The page a document made here is printed on, its margins included.
    static QPageLayout pageLayout(const QTextDocument &document);
    /// A document from HTML body content, with the house style applied, laid out in A4 pages.
    static std::unique_ptr<QTextDocument> fromHtml(const QString &body);
    /// The same on another sheet.
    static std::unique_ptr<QTextDocument> fromHtml(const QString &body, Paper paper);
    /// The same, with images the HTML names by `<img src='NAME'>` (charts drawn for the page).
    static std::unique_ptr<QTextDocument> fromHtml(const QString &body,
                                                   const QList<std::pair<QString, QImage>> &images);
    /// Prints the document page by page on a printer or PDF writer, with 第 N 页 共 M 页 under
    /// each page when there is more than one.
    static void print(QTextDocument &document, QPagedPaintDevice &device);
    /// The pages as printed, whole sheets with their margins, at `dpi`: for looking at.
    static QList<QImage> renderPages(QTextDocument &document, int dpi);
    /// Whether the database open is a demo: then every printed page says so across it
    /// (演示数据), so that a demo printout is never taken for a real one. Set when a database
    /// is opened (Workspace, linli-cli's printing).
    static void setDemoMark(bool demo);
    static bool demoMark();
    /// The anchor that starts section `index` of a document: pages are numbered per section,
    /// so each building of a compound's pacts counts its own 第 N 页 共 M 页.
    static QString sectionAnchor(int index);
    /// Writes the document to a PDF file, on its sheet.
    static Status writePdf(QTextDocument &document, const QString &path, const QString &title);
    /// 2025年3月27日
    static QString chineseDate(QDate date);
    /// 2025年3月27日 14:05
    static QString chineseDateTime(const QDateTime &at);
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }
};

} // namespace linli
