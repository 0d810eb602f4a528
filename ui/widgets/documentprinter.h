#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QWidget;

namespace linli {

/// Shows a printed document the way staff expect: a print preview with the printer a click
/// away, or a PDF file where they choose.
class DocumentPrinter final {
    Q_DECLARE_TR_FUNCTIONS(linli::DocumentPrinter)
public:
    /// `copies` is how many the printer makes: an agreement goes to each party and the file.
    static void preview(QWidget *parent, QTextDocument &document, const QString &title,
                        int copies = 1);
    static void saveAsPdf(QWidget *parent, QTextDocument &document, const QString &title,
                          const QString &suggestedName);
};

} // namespace linli
