#include "complaints/complaintservice.h"
#include "documents/complaintdocuments.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace linli;

class TestComplaintDocuments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void chineseDates();
    void dutyLogNamesTheDaysComplaints();
    void dutyLogOfAQuietDay();
    void receiptCarriesNumberAndOfficePhone();

private:
    Complaint log(const QString &summary, const QString &reporter, const QDateTime &at);

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<ComplaintService> m_service;
    OfficeIdentity m_office{QStringLiteral("红旗社区居民委员会"), QStringLiteral("宝塔街道"),
                            QStringLiteral("湘潭市岳塘区"), QStringLiteral("0731-55550101"),
                            QStringLiteral("湘潭市岳塘区宝塔街道红旗社区居民委员会")};
};

void TestComplaintDocuments::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_service = std::make_unique<ComplaintService>(*m_f->db, m_f->registry);
}

void TestComplaintDocuments::cleanup() {
    m_service.reset();
    m_f.reset();
}

Complaint TestComplaintDocuments::log(const QString &summary, const QString &reporter,
                                      const QDateTime &at) {
    m_f->db.clock().set(at);
    Complaint c;
    c.receivedAt = at;
    c.channel = Channel::Phone;
    c.reporter = {{}, reporter, QStringLiteral("13812345678")};
    c.place.description = QStringLiteral("明珠花园3栋2单元");
    c.categoryId = m_service->complaints().categories()->first().id;
    c.summary = summary;
    const auto logged = m_service->log(c);
    if (!logged)
        qFatal("%s", qPrintable(logged.error()));
    return *logged;
}

void TestComplaintDocuments::chineseDates() {
    QCOMPARE(PrintedDocument::chineseDate(QDate(2025, 3, 7)), QStringLiteral("2025年3月7日"));
    QCOMPARE(PrintedDocument::chineseDateTime(QDateTime(QDate(2025, 3, 27), QTime(9, 5))),
             QStringLiteral("2025年3月27日 09:05"));
}

void TestComplaintDocuments::dutyLogNamesTheDaysComplaints() {
    log(QStringLiteral("昨天的化粪池堵塞"), QStringLiteral("李四"),
        QDateTime(QDate(2025, 3, 26), QTime(16, 0)));
    const Complaint a = log(QStringLiteral("楼道灯不亮"), QStringLiteral("张三"),
                            QDateTime(QDate(2025, 3, 27), QTime(9, 0)));
    const Complaint b = log(QStringLiteral("邻居占用走廊"), QStringLiteral("王五"),
                            QDateTime(QDate(2025, 3, 27), QTime(14, 30)));
    QVERIFY(m_service->assign(b.id, Level::Building, QStringLiteral("邻长王海"), {}, {}));

    const auto document =
        ComplaintDocuments::dutyLog(m_service->complaints(), QDate(2025, 3, 27), m_office);
    QVERIFY(document);
    const QString pdf = m_f->db.dir() + QStringLiteral("/duty.pdf");
    QVERIFY(PrintedDocument::writePdf(**document, pdf, QStringLiteral("值班日志")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    QVERIFY2(test::pdfHas(text, QStringLiteral("红旗社区居民委员会值班日志")), qPrintable(text));
    QVERIFY(test::pdfHas(text, QStringLiteral("2025年3月27日")));
    QVERIFY(test::pdfHas(text, QStringLiteral("值班人员：测试员")));
    QVERIFY(test::pdfHas(text, QStringLiteral("当日受理诉求共2件（来电2件）")));
    QVERIFY(test::pdfHas(text, a.number()));
    QVERIFY(test::pdfHas(text, b.number()));
    QVERIFY(test::pdfHas(text, QStringLiteral("楼道灯不亮")));
    QVERIFY(test::pdfHas(text, QStringLiteral("邻居占用走廊")));
    QVERIFY(test::pdfHas(text, QStringLiteral("邻长王海")));
    QVERIFY(!test::pdfHas(text, QStringLiteral("昨天的化粪池堵塞")));
}

void TestComplaintDocuments::dutyLogOfAQuietDay() {
    const auto document =
        ComplaintDocuments::dutyLog(m_service->complaints(), QDate(2025, 3, 29), m_office);
    const QString pdf = m_f->db.dir() + QStringLiteral("/quiet.pdf");
    QVERIFY(PrintedDocument::writePdf(**document, pdf, QStringLiteral("值班日志")));
    QVERIFY(test::squeezed(test::pdfText(pdf)).contains(QStringLiteral("当日无来访来电登记")));
}

void TestComplaintDocuments::receiptCarriesNumberAndOfficePhone() {
    const Complaint c = log(QStringLiteral("楼道灯不亮"), QStringLiteral("张三"),
                            QDateTime(QDate(2025, 3, 27), QTime(9, 0)));
    const auto document =
        ComplaintDocuments::receipt(*m_service->complaints().complaint(c.id), m_office);
    const QString pdf = m_f->db.dir() + QStringLiteral("/receipt.pdf");
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("回执")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    QVERIFY2(test::pdfHas(text, QStringLiteral("诉求受理回执")), qPrintable(text));
    QVERIFY(test::pdfHas(text, QStringLiteral("2025-0001")));
    QVERIFY(test::pdfHas(text, QStringLiteral("张三")));
    QVERIFY(test::pdfHas(text, QStringLiteral("0731-55550101")));
    QVERIFY(test::pdfHas(text, QStringLiteral("2025年4月1日前"))); // three working days
    // A slip: one A5 page, not a whole A4 sheet.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished());
    const QString facts = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(facts.contains(QStringLiteral("(A5)")), qPrintable(facts));
    QVERIFY2(facts.contains(QRegularExpression(QStringLiteral("Pages: +1\\n"))), qPrintable(facts));
    // A real office's printout is not marked as a demo; a demo's is, on every page.
    QVERIFY(!test::pdfHas(text, QStringLiteral("演示数据")));
    PrintedDocument::setDemoMark(true);
    const QString demo = m_f->db.dir() + QStringLiteral("/demo-receipt.pdf");
    QVERIFY(PrintedDocument::writePdf(*document, demo, QStringLiteral("回执")));
    PrintedDocument::setDemoMark(false);
    QVERIFY(test::pdfHas(test::squeezed(test::pdfText(demo)), QStringLiteral("演示数据")));
}

int main(int argc, char *argv[]) {
    // Laying out text needs a GUI application, not a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestComplaintDocuments test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_complaintdocuments.moc"
