#include "widgets/documentprinter.h"

#include "documents/printeddocument.h"
#include "widgets/errorreporter.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTextDocument>
#include <QToolBar>

namespace linli {

void DocumentPrinter::preview(QWidget *parent, QTextDocument &document, const QString &title,
                              int copies) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setCopyCount(std::max(1, copies));
    printer.setPageLayout(PrintedDocument::pageLayout(document));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(title));
    // A page tall, but never taller than the screen (1280×800 laptops are common in offices).
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    dialog.resize(qMin(900, room.width() * 9 / 10), qMin(1000, room.height() * 9 / 10));
    // Every paper can also be kept as a PDF, from its preview.
    if (auto *tools = dialog.findChild<QToolBar *>()) {
        tools->addSeparator();
        QAction *pdf = tools->addAction(tr("Save as PDF…"));
        pdf->setObjectName(QStringLiteral("previewSaveAsPdf"));
        QObject::connect(pdf, &QAction::triggered, &dialog, [&] {
            saveAsPdf(&dialog, document, title, title + QStringLiteral(".pdf"));
        });
    }
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { PrintedDocument::print(document, *target); });
    dialog.exec();
}

void DocumentPrinter::saveAsPdf(QWidget *parent, QTextDocument &document, const QString &title,
                                const QString &suggestedName) {
    const QString path =
        FileDialogs::saveFileName(parent, tr("Save as PDF"), QDir::home().filePath(suggestedName),
                                  tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = PrintedDocument::writePdf(document, path, title); !written)
        ErrorReporter::report(parent, tr("The PDF was not saved."), written.error());
}

} // namespace linli
