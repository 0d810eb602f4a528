#include "demo/demogenerator.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "workspace/documentgallery.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace linli;

// Every kind of paper Linli prints, made from the demo as the tour makes them, written to PDF
// and read back raw: each extracts to the characters printed, with no radical, compatibility
// ideograph or 戶 in place of the character Linli printed.
class TestDocumentGallery final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPaperReadsAsPrinted();
};

void TestDocumentGallery::everyPaperReadsAsPrinted() {
    QTemporaryDir dir;
    const QDateTime now(QDate(2025, 3, 27), QTime(16, 0));
    auto database = Database::open(dir.filePath(QStringLiteral("demo.linli")));
    QVERIFY2(database, qPrintable(database.error()));
    (*database)->setClock(std::make_shared<FixedClock>(now));
    QVERIFY(DemoGenerator(**database, DemoGenerator::Scale::Community).generate(now));
    Workspace workspace(std::move(*database));
    auto papers = DocumentGallery::make(workspace);
    QVERIFY2(papers, qPrintable(papers.error()));

    QSet<QString> kinds;
    for (DocumentGallery::Paper &paper : *papers) {
        kinds << paper.name;
        const QString pdf = dir.filePath(paper.name + QStringLiteral(".pdf"));
        QVERIFY(PrintedDocument::writePdf(*paper.document, pdf, paper.title));
        const QString text = test::pdfText(pdf);
        QVERIFY2(test::misreadCharacters(text).isEmpty(),
                 qPrintable(paper.name + QStringLiteral(": ") + test::misreadCharacters(text)));
        // Every character printed is in the text as often as printed (tables wrap cells and
        // interleave lines, so the order is pdftotext's; the footers add their own).
        QHash<QChar, int> extracted;
        for (const QChar c : text)
            ++extracted[c];
        QHash<QChar, int> printed;
        for (const QChar c : test::squeezed(paper.document->toPlainText()))
            ++printed[c];
        QVERIFY2(printed.size() > 20, qPrintable(paper.name));
        QString short_;
        for (auto it = printed.cbegin(); it != printed.cend(); ++it)
            // An image (a chart) stands in the text as U+FFFC and in the PDF as a picture.
            if (!it.key().isSpace() && it.key() != QChar::ObjectReplacementCharacter &&
                extracted.value(it.key()) < it.value())
                short_ += it.key();
        QVERIFY2(short_.isEmpty(),
                 qPrintable(paper.name + QStringLiteral(": fewer in the PDF: ") + short_));
    }
    const QSet<QString> expected{
        QStringLiteral("complaint-receipt"),   QStringLiteral("duty-log"),
        QStringLiteral("mediation-agreement"), QStringLiteral("mediation-cost-share"),
        QStringLiteral("mediation-case-file"), QStringLiteral("mediation-statistics"),
        QStringLiteral("hygiene-pact"),        QStringLiteral("meeting-attendance"),
        QStringLiteral("meeting-minutes"),     QStringLiteral("meeting-notice"),
        QStringLiteral("wish-wall"),           QStringLiteral("station-ledger"),
        QStringLiteral("event-sign-up"),       QStringLiteral("monthly-report")};
    QCOMPARE(kinds, expected);
}

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestDocumentGallery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentgallery.moc"
