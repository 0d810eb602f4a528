#include "access/audittrail.h"
#include "documents/printeddocument.h"
#include "exchange/exporttable.h"
#include "support/registryfixture.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <sys/stat.h>

using namespace linli;

// Files Linli writes that hold personal data — a PDF, an export as .xlsx or CSV, the audit
// trail as CSV — are readable by their owner alone, whether new or written over a file that
// others could read, under the usual umask of 022.
class TestPrivateFiles final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void aPdfIsTheOwnersAlone();
    void anExportIsTheOwnersAlone_data();
    void anExportIsTheOwnersAlone();
    void theAuditTrailIsTheOwnersAlone();

private:
    /// A file others may read, where the next write will go.
    QString readableByAll(const QString &name);
    static bool closedToOthers(const QString &path);
    static bool ownerOnly(const QString &path);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestPrivateFiles::initTestCase() {
    ::umask(022);
}

void TestPrivateFiles::init() {
    m_path.clear();
}

QString TestPrivateFiles::readableByAll(const QString &name) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("old");
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    return path;
}

bool TestPrivateFiles::closedToOthers(const QString &path) {
    const QFileInfo info(path);
    return info.exists() &&
           (info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                  QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther)) == 0;
}

bool TestPrivateFiles::ownerOnly(const QString &path) {
    return closedToOthers(path) && QFileInfo(path).size() > 3; // written, not the old text
}

void TestPrivateFiles::aPdfIsTheOwnersAlone() {
    auto document = PrintedDocument::fromHtml(QStringLiteral("<p>张大爷 13812345678</p>"));
    const QString fresh = m_dir.filePath(QStringLiteral("new.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, fresh, QStringLiteral("回执")));
    QVERIFY(ownerOnly(fresh));
    const QString over = readableByAll(QStringLiteral("old.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, over, QStringLiteral("回执")));
    QVERIFY(ownerOnly(over));
}

void TestPrivateFiles::anExportIsTheOwnersAlone_data() {
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral(".xlsx");
    QTest::newRow("csv") << QStringLiteral(".csv");
}

void TestPrivateFiles::anExportIsTheOwnersAlone() {
    QFETCH(QString, suffix);
    for (const QString &path : {m_dir.filePath(QStringLiteral("new") + suffix),
                                readableByAll(QStringLiteral("old") + suffix)}) {
        auto stream =
            SpreadsheetStream::open(path, {QStringLiteral("姓名"), QStringLiteral("身份证号")},
                                    {ExportTable::Type::Text, ExportTable::Type::Text});
        QVERIFY2(stream, qPrintable(stream.error()));
        QVERIFY((*stream)->add({QStringLiteral("张大爷"), QStringLiteral("430304195001011234")}));
        // While it is written, under its .part name, it is already the owner's alone.
        QVERIFY(closedToOthers(SpreadsheetStream::partOf(path)));
        QVERIFY((*stream)->finish());
        QVERIFY2(ownerOnly(path), qPrintable(path));
    }
}

void TestPrivateFiles::theAuditTrailIsTheOwnersAlone() {
    test::RegistryFixture f; // its saves are in the trail
    const AuditTrail trail(*f.db);
    const QString fresh = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(trail.exportCsv({}, fresh));
    QVERIFY(ownerOnly(fresh));
    const QString over = readableByAll(QStringLiteral("old-audit.csv"));
    QVERIFY(trail.exportCsv({}, over));
    QVERIFY(ownerOnly(over));
}

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPrivateFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_privatefiles.moc"
