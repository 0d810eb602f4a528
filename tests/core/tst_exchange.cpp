#include "complaints/complaintservice.h"
#include "exchange/complaintexport.h"
#include "exchange/exporttable.h"
#include "exchange/residentexport.h"
#include "exchange/xlsxreader.h"
#include "support/registryfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

/// Lists leaving Linli for a spreadsheet: CSV with a BOM, .xlsx, the formula guard, and the
/// residents export — masked unless allowed, refused to roles that may not, always audited.
class TestExchange final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvCells_data();
    void csvCells();
    void csvFileAndXlsxFile();
    void residentsExport();
    void complaintsExport();
};

void TestExchange::csvCells_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("张桂兰") << QStringLiteral("张桂兰");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("plus") << QStringLiteral("+86 138") << QStringLiteral("'+86 138");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("comma") << QStringLiteral("3栋,2单元") << QStringLiteral("\"3栋,2单元\"");
    QTest::newRow("quote") << QStringLiteral("他说\"好\"") << QStringLiteral("\"他说\"\"好\"\"\"");
    QTest::newRow("formula with comma")
        << QStringLiteral("=HYPERLINK(\"x\",1)") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",1)\"");
}

void TestExchange::csvCells() {
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(SpreadsheetWriter::csvCell(text), cell);
}

void TestExchange::csvFileAndXlsxFile() {
    using T = ExportTable::Type;
    ExportTable table;
    table.headers = {QStringLiteral("姓名"), QStringLiteral("出生日期"), QStringLiteral("年龄")};
    table.types = {T::Text, T::Date, T::Number};
    table.rows = {{QStringLiteral("=cmd|' /C calc'!A0"), QDate(1944, 3, 15), 81},
                  {QStringLiteral("李秀英"), QVariant(), QVariant()}};
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(SpreadsheetWriter::write(table, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("姓名,出生日期,年龄"));
    QCOMPARE(lines.at(1), QStringLiteral("'=cmd|' /C calc'!A0,1944-03-15,81"));
    QCOMPARE(lines.at(2), QStringLiteral("李秀英,,"));

    const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
    QVERIFY(SpreadsheetWriter::write(table, xlsx));
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    const QByteArray zip = book.readAll();
    QVERIFY(zip.startsWith("PK"));
    QVERIFY(zip.contains("xl/worksheets/sheet1.xml"));
    // Written in constant memory: the strings inline in the sheet, read back as they went.
    const auto read = XlsxReader::read(xlsx);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->cell(1, 0), QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(read->cell(1, 1), QStringLiteral("1944-03-15"));
    QCOMPARE(read->cell(1, 2), QStringLiteral("81"));
    QCOMPARE(read->cell(2, 0), QStringLiteral("李秀英"));
    QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
    // A folder that does not exist: a clear refusal, nothing left behind.
    const Status refused =
        SpreadsheetWriter::write(table, dir.filePath(QStringLiteral("no/such/list.xlsx")));
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
}

void TestExchange::residentsExport() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    Resident r = f.resident(h, QStringLiteral("张桂兰"), Gender::Female, Relation::Head);
    r.idNumber = QStringLiteral("430302194403150028");
    r.mobile = QStringLiteral("13907321234");
    r.birthDate = QDate(1944, 3, 15);
    r.markers.elderlyAlone = true;
    QVERIFY(f.registry.addResident(r));
    QVERIFY(f.registry.addResident(f.resident(h, QStringLiteral("=1+1"), Gender::Male)));

    const auto masked = ResidentExport::table(*f.db, {}, false);
    QVERIFY2(masked, qPrintable(masked.error()));
    QCOMPARE(masked->rows.size(), 2);
    QCOMPARE(masked->headers.first(), QStringLiteral("姓名"));
    const QVariantList &zhang = masked->rows.first().at(0).toString() == QStringLiteral("张桂兰")
                                    ? masked->rows.first()
                                    : masked->rows.last();
    QCOMPARE(zhang.at(4).toString(), QStringLiteral("4303**********0028"));
    QCOMPARE(zhang.at(5).toString(), QStringLiteral("139****1234"));
    QCOMPARE(zhang.at(3).toInt(), 81);
    QCOMPARE(zhang.at(6).toString(), QStringLiteral("户主"));
    QCOMPARE(zhang.at(13).toString(), QStringLiteral("是"));
    const auto full = ResidentExport::table(*f.db, {QStringLiteral("张桂兰"), false}, true);
    QCOMPARE(full->rows.size(), 1);
    QCOMPARE(full->rows.first().at(4).toString(), QStringLiteral("430302194403150028"));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log"
                                    " WHERE entity = 'residents_export' AND action = 'reveal'")),
             2);

    // The office head reads, but takes no lists away; a grid worker has no full identifiers.
    f.db->setSession({AccountId{5}, QStringLiteral("王主任"), Role::ReadOnly, {}});
    const auto refused = ResidentExport::table(*f.db, {}, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("may not")), qPrintable(refused.error()));
    f.db->setSession({AccountId{6}, QStringLiteral("叶丽芳"), Role::DutyStaff, {}});
    QVERIFY(ResidentExport::table(*f.db, {}, true));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log"
                                    " WHERE entity = 'residents_export'")),
             3);
}

void TestExchange::complaintsExport() {
    test::RegistryFixture f;
    ComplaintService complaints(*f.db, f.registry);
    const CategoryId category = complaints.complaints().categories()->first().id;
    for (const QString &summary : {QStringLiteral("楼道堆物"), QStringLiteral("=HYPERLINK(1)")}) {
        Complaint c;
        c.receivedAt = f.db.clock().now();
        c.reporter = {{}, QStringLiteral("王阿姨"), QStringLiteral("13812345678")};
        c.place = {f.compound, f.building, f.unit, {}, QStringLiteral("明珠花园3栋2单元")};
        c.categoryId = category;
        c.summary = summary;
        QVERIFY(complaints.log(c));
    }
    const auto table = ComplaintExport::table(*f.db, {}, false);
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->headers.first(), QStringLiteral("编号"));
    QCOMPARE(table->rows.first().at(4).toString(), QStringLiteral("138****5678"));
    QCOMPARE(table->rows.first().at(1).toDate(), QDate(2025, 3, 27));
    QCOMPARE(table->rows.first().at(9).toString(), QStringLiteral("已登记"));
    ComplaintFilter one;
    one.text = QStringLiteral("楼道堆物");
    QCOMPARE(ComplaintExport::table(*f.db, one, false)->rows.size(), 1);
    QCOMPARE(ComplaintExport::table(*f.db, {}, true)->rows.first().at(4).toString(),
             QStringLiteral("13812345678"));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log"
                                    " WHERE entity = 'complaints_export'")),
             3);
    // The formula-like summary goes out as text.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    QVERIFY(SpreadsheetWriter::write(*table, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("'=HYPERLINK(1)")));
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
