#include "widgets/documentprinter.h"

#include "documents/printeddocument.h"
#include "widgets/errorreporter.h"

#include <QDir>
#include <QFileDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace linli {

void DocumentPrinter::preview(QWidget *parent, QTextDocument &document, const QString &title,
                              int copies) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setCopyCount(std::max(1, copies));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(title));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { PrintedDocument::print(document, *target); });
    dialog.exec();
}

void DocumentPrinter::saveAsPdf(QWidget *parent, QTextDocument &document, const QString &title,
                                const QString &suggestedName) {
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"),
                                                      QDir::home().filePath(suggestedName),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = PrintedDocument::writePdf(document, path, title); !written)
        ErrorReporter::report(parent, tr("The PDF was not saved."), written.error());
}

} // namespace linli
