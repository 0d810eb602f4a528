#include "exchange/csvreader.h"
#include "exchange/residentexport.h"
#include "exchange/rosterimport.h"
#include "exchange/xlsxreader.h"
#include "registry/idnumber.h"
#include "storage/backupkeeper.h"
#include "support/registryfixture.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;
using Verdict = RosterRow::Verdict;

Q_DECLARE_METATYPE(QList<int>)

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(TEST_DATA_DIR "/") + name;
}

QString verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::New:
        return QStringLiteral("new");
    case Verdict::Update:
        return QStringLiteral("update");
    case Verdict::Unchanged:
        return QStringLiteral("unchanged");
    case Verdict::Error:
        return QStringLiteral("error");
    }
    return {};
}

QStringList verdicts(const RosterPreview &preview) {
    QStringList names;
    for (const RosterRow &row : preview.rows)
        names << verdictName(row.verdict);
    return names;
}

} // namespace

/// The roster import: the CSV and .xlsx readers (fixtures written by libxlsxwriter and saved by
/// LibreOffice), header matching, each row's verdict with its reason, the places to be created,
/// nothing written before the confirmation, all or nothing after it, and the export read back.
class TestRosterImport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvParsing_data();
    void csvParsing();
    void csvEncodings_data();
    void csvEncodings();
    void xlsxFixtures_data();
    void xlsxFixtures();
    void headers_data();
    void headers();
    void values_data();
    void values();
    void addresses();
    void previewOfFixtures_data();
    void previewOfFixtures();
    void confirmWritesTheGoodRowsOnce();
    void changedRegistryIsRefused();
    void failedWriteLeavesNothing();
    void progressCountsEveryRow();
    void cancelledImportLeavesNothing();
    void rolesThatMayNotImport();
    void exportReadsBack_data();
    void exportReadsBack();
    void templateHasTheColumns();
    void longFileStreamsAsParsed();
    void longFileJudgesEveryRow();
};

void TestRosterImport::csvParsing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QByteArray("a,b\r\n1,2\r\n")
                           << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma and newline")
        << QByteArray("\"3栋,2单元\",\"第一行\n第二行\"\n")
        << QList<QStringList>{{QStringLiteral("3栋,2单元"), QStringLiteral("第一行\n第二行")}};
    QTest::newRow("doubled quote")
        << QByteArray("\"他说\"\"好\"\"\"\n") << QList<QStringList>{{QStringLiteral("他说\"好\"")}};
    QTest::newRow("tabs") << QByteArray("姓名\t性别\n张三\t男\n")
                          << QList<QStringList>{{QStringLiteral("姓名"), QStringLiteral("性别")},
                                                {QStringLiteral("张三"), QStringLiteral("男")}};
    QTest::newRow("semicolons") << QByteArray("a;b\n1;2\n")
                                << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("empty cells and an empty row")
        << QByteArray("a,,c\n\n,b,\n") << QList<QStringList>{{"a", "", "c"}, {}, {"", "b", ""}};
    QTest::newRow("formula guard taken off")
        << QByteArray("'=SUM(A1),\"'+86 138\",'plain\n")
        << QList<QStringList>{{"=SUM(A1)", "+86 138", "'plain"}};
}

void TestRosterImport::csvParsing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    const auto sheet = CsvReader::parse(bytes);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows, rows);
}

void TestRosterImport::csvEncodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("firstCell");
    const QString text = QStringLiteral("姓名,性别\n张桂兰,女\n");
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8" << QStringLiteral("姓名");
    QTest::newRow("UTF-8") << text.toUtf8() << "UTF-8" << QStringLiteral("姓名");
    QStringEncoder gbk("GB18030");
    QTest::newRow("GBK from an older Excel")
        << QByteArray(gbk(text)) << "GB18030" << QStringLiteral("姓名");
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16") << QByteArray(utf16(text)) << "UTF-16" << QStringLiteral("姓名");
    QTest::newRow("not text") << QByteArray("\xFF\xFF\x81\xFF\x80", 5) << ""
                              << "CSV UTF-8";
    QTest::newRow("binary") << QByteArray("SQLite format 3\0\0\x10", 18) << ""
                            << "neither";
}

void TestRosterImport::csvEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, firstCell);
    const auto sheet = CsvReader::parse(bytes);
    if (encoding.isEmpty()) {
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().contains(firstCell), qPrintable(sheet.error()));
        return;
    }
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->encoding, encoding);
    QCOMPARE(sheet->cell(0, 0), firstCell);
    QCOMPARE(sheet->cell(1, 0), QStringLiteral("张桂兰"));
}

void TestRosterImport::xlsxFixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("libxlsxwriter") << fixture(QStringLiteral("roster-libxlsxwriter.xlsx"));
    QTest::newRow("LibreOffice") << fixture(QStringLiteral("roster-libreoffice.xlsx"));
}

void TestRosterImport::xlsxFixtures() {
    QFETCH(QString, file);
    QVERIFY(XlsxReader::looksLikeXlsx(file));
    const auto sheet = XlsxReader::read(file);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->cell(0, 0), QStringLiteral("明珠社区居民花名册"));
    QCOMPARE(sheet->cell(1, 7), QStringLiteral("身份证号码"));
    QCOMPARE(sheet->cell(2, 2), QStringLiteral("3"));                  // a number cell
    QCOMPARE(sheet->cell(2, 7), QStringLiteral("430304196503120514")); // a text cell
    QCOMPARE(sheet->cell(2, 8), QStringLiteral("13812345678"));
    QCOMPARE(sheet->cell(2, 11), QStringLiteral("1965-03-12")); // a date cell
    QCOMPARE(sheet->cell(3, 11), QString());
    QCOMPARE(sheet->cell(4, 7), QStringLiteral("4.30304E+17")); // as Excel shows the number
    QCOMPARE(sheet->cell(9, 5), QStringLiteral("张小宝"));
    QCOMPARE(sheet->rows.size(), 10);

    // Not a workbook, though named like one: a clear refusal.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("fake.xlsx"));
    QFile out(fake);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("PK\x03\x04 but no archive follows");
    out.close();
    const auto refused = XlsxReader::read(fake);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("fake.xlsx")), qPrintable(refused.error()));
}

void TestRosterImport::headers_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::newRow("姓名") << QStringLiteral("姓名") << int(RosterField::Name);
    QTest::newRow("公民身份号码") << QStringLiteral("公民身份号码") << int(RosterField::IdNumber);
    QTest::newRow("身份证号（18位）") << QStringLiteral("身份证号") << int(RosterField::IdNumber);
    QTest::newRow("联系电话 with a colon")
        << QStringLiteral("联系电话：") << int(RosterField::Phone);
    QTest::newRow("是否党员") << QStringLiteral("是否党员") << int(RosterField::PartyMember);
    QTest::newRow("政治面貌") << QStringLiteral("政治面貌") << int(RosterField::PartyMember);
    QTest::newRow("楼号") << QStringLiteral("楼号") << int(RosterField::Building);
    QTest::newRow("门牌号") << QStringLiteral("门牌号") << int(RosterField::Room);
    QTest::newRow("English") << QStringLiteral("Phone") << int(RosterField::Phone);
    QTest::newRow("full-width spaces") << QStringLiteral("姓　名") << int(RosterField::Name);
    QTest::newRow("序号") << QStringLiteral("序号") << int(RosterField::Ignore);
}

void TestRosterImport::headers() {
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(RosterFields::forHeader(header)), field);
}

void TestRosterImport::values_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "" when refused
    QTest::newRow("relation 户主") << "relation" << QStringLiteral("户主") << "0";
    QTest::newRow("relation 妻子") << "relation" << QStringLiteral("妻子") << "1";
    QTest::newRow("relation 长女") << "relation" << QStringLiteral("长女") << "2";
    QTest::newRow("relation 外孙女") << "relation" << QStringLiteral("外孙女") << "4";
    QTest::newRow("relation 租客") << "relation" << QStringLiteral("租客") << "7";
    QTest::newRow("relation unknown") << "relation" << QStringLiteral("邻居") << "";
    QTest::newRow("yes √") << "yesno" << QStringLiteral("√") << "1";
    QTest::newRow("yes 中共党员") << "yesno" << QStringLiteral("中共党员") << "1";
    QTest::newRow("no 群众") << "yesno" << QStringLiteral("群众") << "0";
    QTest::newRow("no empty") << "yesno" << QString() << "0";
    QTest::newRow("yesno unclear") << "yesno" << QStringLiteral("也许") << "";
    QTest::newRow("date dashes") << "date" << QStringLiteral("1990-1-31") << "1990-01-31";
    QTest::newRow("date slashes") << "date" << QStringLiteral("1990/01/31") << "1990-01-31";
    QTest::newRow("date Chinese") << "date" << QStringLiteral("1990年1月31日") << "1990-01-31";
    QTest::newRow("date compact") << "date" << QStringLiteral("19900131") << "1990-01-31";
    QTest::newRow("date impossible") << "date" << QStringLiteral("1990-02-31") << "";
    QTest::newRow("mangled scientific") << "mangled" << QStringLiteral("4.30304E+17") << "1";
    QTest::newRow("mangled zeros") << "mangled" << QStringLiteral("430304199201150000") << "1";
    QTest::newRow("not mangled") << "mangled" << QStringLiteral("430304199201150316") << "0";
    QTest::newRow("building number") << "building" << QStringLiteral("3") << QStringLiteral("3栋");
    QTest::newRow("building named") << "building" << QStringLiteral("A座") << QStringLiteral("A座");
    QTest::newRow("unit number") << "unit" << QStringLiteral("２") << QStringLiteral("2单元");
    QTest::newRow("room 室") << "room" << QStringLiteral("302室") << QStringLiteral("302");
}

void TestRosterImport::values() {
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString got;
    if (kind == u"relation") {
        const auto relation = RosterValues::relation(text);
        got = relation && *relation ? QString::number(int(**relation)) : QString();
        if (!relation)
            QVERIFY(relation.error().contains(QStringLiteral("户主")));
    } else if (kind == u"yesno") {
        const auto flag = RosterValues::yesNo(text);
        got = flag ? QString::number(*flag) : QString();
    } else if (kind == u"date") {
        const auto day = RosterValues::date(text);
        got = day ? day->toString(Qt::ISODate) : QString();
    } else if (kind == u"mangled") {
        got = QString::number(RosterValues::looksMangledByExcel(text));
    } else if (kind == u"building") {
        got = RosterValues::building(text);
    } else if (kind == u"unit") {
        got = RosterValues::unit(text);
    } else {
        got = RosterValues::room(text);
    }
    QCOMPARE(got, expected);
}

void TestRosterImport::addresses() {
    const auto place = RosterValues::splitAddress(QStringLiteral("明珠花园3栋2单元302室"));
    QVERIFY(place);
    QCOMPARE(place->compound, QStringLiteral("明珠花园"));
    QCOMPARE(place->building, QStringLiteral("3栋"));
    QCOMPARE(place->unit, QStringLiteral("2单元"));
    QCOMPARE(place->room, QStringLiteral("302"));
    QVERIFY(!RosterValues::splitAddress(QStringLiteral("明珠花园302")));

    // A roster with the address in one column is matched and split the same way.
    test::RegistryFixture f;
    Sheet sheet;
    sheet.rows = {
        {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("家庭住址")},
        {QStringLiteral("刘洋"), QStringLiteral("男"), QStringLiteral("明珠花园3栋2单元601")},
        {QStringLiteral("陈静"), QStringLiteral("女"), QStringLiteral("明珠花园")}};
    const RosterMapping mapping = RosterFields::guess(sheet);
    QVERIFY(mapping.missing().isEmpty());
    RosterImport import(f.registry);
    const auto preview = import.preview(sheet, mapping);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(verdicts(*preview), (QStringList{"new", "error"}));
    QCOMPARE(preview->rows.at(0).place.address(), QStringLiteral("明珠花园3栋2单元601"));
    QCOMPARE(preview->rows.at(0).resident.relation, Relation::Head);
    QVERIFY(
        preview->rows.at(1).problems.join(u' ').contains(QStringLiteral("明珠花园3栋2单元302")));
}

void TestRosterImport::previewOfFixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("libxlsxwriter") << fixture(QStringLiteral("roster-libxlsxwriter.xlsx"));
    QTest::newRow("LibreOffice") << fixture(QStringLiteral("roster-libreoffice.xlsx"));
    QTest::newRow("CSV") << fixture(QStringLiteral("roster.csv"));
}

void TestRosterImport::previewOfFixtures() {
    QFETCH(QString, file);
    test::RegistryFixture f;
    const auto sheet = RosterImport::readFile(file);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    const RosterMapping mapping = RosterFields::guess(*sheet);
    QCOMPARE(mapping.headerRow, 1);                          // the title above is passed over
    QCOMPARE(mapping.columns.value(0), RosterField::Ignore); // 序号
    QCOMPARE(mapping.columns.value(7), RosterField::IdNumber);
    QCOMPARE(mapping.columns.value(10), RosterField::PartyMember);

    RosterImport import(f.registry);
    const auto preview = import.preview(*sheet, mapping);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(verdicts(*preview),
             (QStringList{"new", "new", "error", "error", "error", "error", "error", "new"}));
    auto problems = [&](int index) { return preview->rows.at(index).problems.join(u' '); };
    QCOMPARE(preview->rows.at(2).fileRow, 5);
    QVERIFY2(problems(2).contains(QStringLiteral("4.30304E+17")), qPrintable(problems(2)));
    QVERIFY2(problems(3).contains(QStringLiteral("check character")), qPrintable(problems(3)));
    QVERIFY2(problems(3).contains(QStringLiteral("11 digits")), qPrintable(problems(3)));
    QVERIFY2(problems(4).contains(QStringLiteral("contradicts")), qPrintable(problems(4)));
    QVERIFY2(problems(5).contains(QStringLiteral("row 9")), qPrintable(problems(5)));
    QVERIFY2(problems(6).contains(QStringLiteral("row 8")), qPrintable(problems(6)));

    const RosterRow &zhang = preview->rows.at(0);
    QCOMPARE(zhang.resident.name, QStringLiteral("张建国"));
    QCOMPARE(zhang.resident.birthDate, QDate(1965, 3, 12));
    QVERIFY(zhang.resident.markers.partyMember);
    QCOMPARE(zhang.resident.notes, QStringLiteral("楼栋长"));
    QCOMPARE(preview->rows.at(1).resident.mobile, QStringLiteral("0731-84561234"));
    QCOMPARE(preview->rows.at(1).resident.relation, Relation::Spouse);
    QCOMPARE(preview->rows.at(7).resident.mobile, QStringLiteral("13900001111"));
    QCOMPARE(preview->rows.at(7).resident.relation, Relation::Grandchild);
    QCOMPARE(preview->rows.at(7).resident.gender, Gender::Male);

    // 明珠花园3栋2单元 exists; 新建小区 and what is under it would be created.
    QCOMPARE(preview->newCompounds, QStringList{QStringLiteral("新建小区")});
    QCOMPARE(preview->newBuildings, QStringList{QStringLiteral("新建小区1栋")});
    QCOMPARE(preview->newUnits, QStringList{QStringLiteral("新建小区1栋1单元")});
    QCOMPARE(preview->newHouseholds, 2);
    // The preview wrote nothing.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM households")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM compounds")), 1);
}

void TestRosterImport::confirmWritesTheGoodRowsOnce() {
    test::RegistryFixture f;
    const auto sheet = RosterImport::readFile(fixture(QStringLiteral("roster-libxlsxwriter.xlsx")));
    QVERIFY(sheet);
    const RosterMapping mapping = RosterFields::guess(*sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(*sheet, mapping);
    QVERIFY(preview);
    const auto done = import.apply(*sheet, mapping, *preview);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(done->added, 3);
    QCOMPARE(done->updated, 0);
    QCOMPARE(done->skipped, 5);
    QCOMPARE(done->placesCreated, 3);
    if (test::testServer().isEmpty()) {
        QVERIFY(QFile::exists(done->backupPath));
        QVERIFY(done->backupPath.contains(QStringLiteral("import")));
    } else {
        QVERIFY(done->backupPath.isEmpty()); // the server's backups are the server's
    }

    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 3);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM households")), 2);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resident'")),
             3);
    QCOMPARE(
        f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'residents_import'")),
        1);
    const auto holder = f.registry.residents().holderOf(QStringLiteral("430304196503120514"));
    QVERIFY(holder && *holder);
    QCOMPARE((*holder)->address, QStringLiteral("明珠花园3栋2单元302"));
    const auto zhang = f.registry.residents().resident((*holder)->id);
    QCOMPARE(zhang->relation, Relation::Head);
    QCOMPARE(zhang->notes, QStringLiteral("楼栋长"));

    // Imported again: the same rows are unchanged, nothing is written twice.
    const auto again = import.preview(*sheet, mapping);
    QVERIFY(again);
    QCOMPARE(verdicts(*again), (QStringList{"unchanged", "unchanged", "error", "error", "error",
                                            "error", "error", "unchanged"}));
    QVERIFY(again->newCompounds.isEmpty());
    const auto second = import.apply(*sheet, mapping, *again);
    QVERIFY(second);
    QCOMPARE(second->added, 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 3);

    // A corrected roster updates the resident it names by ID number.
    Sheet corrected = *sheet;
    corrected.rows[2][8] = QStringLiteral("13899998888");
    const auto third = import.preview(corrected, mapping);
    QVERIFY(third);
    QCOMPARE(third->rows.at(0).verdict, Verdict::Update);
    const auto fourth = import.apply(corrected, mapping, *third);
    QVERIFY2(fourth, qPrintable(fourth.error()));
    QCOMPARE(fourth->updated, 1);
    QCOMPARE(f.registry.residents().resident((*holder)->id)->mobile, QStringLiteral("13899998888"));
}

void TestRosterImport::changedRegistryIsRefused() {
    test::RegistryFixture f;
    const auto sheet = RosterImport::readFile(fixture(QStringLiteral("roster.csv")));
    QVERIFY(sheet);
    const RosterMapping mapping = RosterFields::guess(*sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(*sheet, mapping);
    QVERIFY(preview);
    // Meanwhile another desk registers 张建国.
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("302"));
    Resident zhang = f.resident(household, QStringLiteral("张建国"), Gender::Male, Relation::Head);
    zhang.idNumber = QStringLiteral("430304196503120514");
    QVERIFY(f.registry.addResident(zhang));
    const auto refused = import.apply(*sheet, mapping, *preview, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("preview")), qPrintable(refused.error()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 1);
}

void TestRosterImport::failedWriteLeavesNothing() {
    test::RegistryFixture f;
    Sheet sheet;
    sheet.rows.append({QStringLiteral("小区"), QStringLiteral("楼栋"), QStringLiteral("单元"),
                       QStringLiteral("房号"), QStringLiteral("姓名"), QStringLiteral("性别")});
    for (int i = 0; i < 400; ++i)
        sheet.rows.append({QStringLiteral("明珠花园"), QString::number(10 + i / 40),
                           QStringLiteral("1"), QString::number(101 + i % 40),
                           QStringLiteral("住户%1").arg(i),
                           i % 2 ? QStringLiteral("女") : QStringLiteral("男")});
    const RosterMapping mapping = RosterFields::guess(sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(sheet, mapping);
    QVERIFY(preview);
    QCOMPARE(preview->count(Verdict::New), 400);
    QCOMPARE(preview->newBuildings.size(), 10);
    // The disk fills up halfway through the import (a file's own limit).
    LINLI_FILE_ONLY();
    const int pages = f.count(QStringLiteral("PRAGMA page_count"));
    QVERIFY(sql::Statement::run(f.db->connection(),
                                QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
    const auto failed = import.apply(sheet, mapping, *preview, false);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QStringLiteral("disk is full")), qPrintable(failed.error()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM households")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM buildings")), 1);
    QVERIFY(f.db->fullCheck());
}

namespace {

/// A roster of `count` new residents in buildings 明珠花园10栋…, forty rooms a building.
Sheet generatedRoster(int count) {
    Sheet sheet;
    sheet.rows.append({QStringLiteral("小区"), QStringLiteral("楼栋"), QStringLiteral("单元"),
                       QStringLiteral("房号"), QStringLiteral("姓名"), QStringLiteral("性别")});
    for (int i = 0; i < count; ++i)
        sheet.rows.append({QStringLiteral("明珠花园"), QString::number(10 + i / 40),
                           QStringLiteral("1"), QString::number(101 + i % 40),
                           QStringLiteral("住户%1").arg(i),
                           i % 2 ? QStringLiteral("女") : QStringLiteral("男")});
    return sheet;
}

} // namespace

void TestRosterImport::progressCountsEveryRow() {
    test::RegistryFixture f;
    // Past 1,000 rows: the bulk path, with the search index rebuilt (and merged) at the end.
    const Sheet sheet = generatedRoster(1200);
    const RosterMapping mapping = RosterFields::guess(sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(sheet, mapping);
    QVERIFY(preview);
    QCOMPARE(preview->count(Verdict::New), 1200);
    QList<int> told;
    const auto done = import.apply(sheet, mapping, *preview, false, [&](int written, int total) {
        told << written;
        return total == 1200;
    });
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(done->added, 1200);
    QCOMPARE(told, (QList<int>{0, 500, 1000, 1200}));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 1200);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM households")), 1200);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resident'")),
             1200);
    // The rebuilt search index finds them.
    QCOMPARE(f.registry.residents().count({QStringLiteral("住户1199"), false}).value(), 1);
}

void TestRosterImport::cancelledImportLeavesNothing() {
    test::RegistryFixture f;
    const Sheet sheet = generatedRoster(1200);
    const RosterMapping mapping = RosterFields::guess(sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(sheet, mapping);
    QVERIFY(preview);
    // Cancelled at the last moment, after every row went in but before the commit.
    const auto stopped = import.apply(sheet, mapping, *preview, false,
                                      [](int written, int total) { return written < total; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error(), RosterImport::cancelled());
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM households")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM buildings")), 1);
    QCOMPARE(
        f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity LIKE 'resident%'")), 0);
    // The search index's triggers are back: a resident added now is found.
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("302"));
    QVERIFY(f.registry.addResident(
        f.resident(household, QStringLiteral("欧阳娜娜"), Gender::Female, Relation::Head)));
    QCOMPARE(f.registry.residents().count({QStringLiteral("欧阳娜娜"), false}).value(), 1);
    // And the same preview imports whole afterwards.
    const auto again = import.preview(sheet, mapping);
    QVERIFY(again);
    const auto done = import.apply(sheet, mapping, *again, false);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(done->added, 1200);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 1201);
}

void TestRosterImport::rolesThatMayNotImport() {
    test::RegistryFixture f;
    const auto sheet = RosterImport::readFile(fixture(QStringLiteral("roster.csv")));
    QVERIFY(sheet);
    const RosterMapping mapping = RosterFields::guess(*sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(*sheet, mapping);
    QVERIFY(preview);
    for (const Role role : {Role::GridWorker, Role::Mediator, Role::ReadOnly}) {
        f.db->setSession({AccountId{7}, QStringLiteral("某人"), role, {}});
        const auto refused = import.apply(*sheet, mapping, *preview, false);
        QVERIFY(!refused);
    }
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 0);
    f.db->setSession({AccountId{8}, QStringLiteral("值班员"), Role::DutyStaff, {}});
    QVERIFY(import.apply(*sheet, mapping, *preview, true));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 3);
}

void TestRosterImport::exportReadsBack_data() {
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestRosterImport::exportReadsBack() {
    QFETCH(QString, suffix);
    test::RegistryFixture from;
    const UnitId otherUnit = *from.registry.addUnit({{}, from.building, QStringLiteral("1单元")});
    const HouseholdId first = *from.registry.addHousehold(from.unit, QStringLiteral("302"));
    const HouseholdId second = *from.registry.addHousehold(otherUnit, QStringLiteral("101"));
    struct Person {
        HouseholdId household;
        const char16_t *name;
        const char16_t *id;
        const char16_t *phone;
        Relation relation;
        bool party;
        const char16_t *notes;
    };
    const Person people[] = {
        {first, u"张建国", u"430304196503120514", u"13812345678", Relation::Head, true, u"楼栋长"},
        {first, u"李秀英", u"430304196807210623", u"0731-84561234", Relation::Spouse, false, u""},
        {first, u"张小宝", u"430304201001010116", u"", Relation::Grandchild, false, u"=不是公式"},
        {second, u"孙丽", u"430304195506060241", u"13700001111", Relation::Head, false, u""},
        {second, u"王某", u"", u"", Relation::Tenant, false, u"无证件"},
    };
    for (const Person &p : people) {
        Resident r =
            from.resident(p.household, QString::fromUtf16(p.name), Gender::Female, p.relation);
        r.idNumber = QString::fromUtf16(p.id);
        if (const auto facts = IdNumber::parse(r.idNumber, QDate(2025, 3, 27))) {
            r.gender = facts->gender;
            r.birthDate = facts->birthDate;
        }
        r.mobile = QString::fromUtf16(p.phone);
        r.markers.partyMember = p.party;
        r.markers.volunteer = p.relation == Relation::Tenant;
        r.notes = QString::fromUtf16(p.notes);
        QVERIFY2(from.registry.addResident(r), qPrintable(QString::fromUtf16(p.name)));
    }
    const auto table = ResidentExport::table(*from.db, {}, true);
    QVERIFY(table);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.") + suffix);
    QVERIFY(SpreadsheetWriter::write(*table, path));

    test::RegistryFixture to;
    const auto sheet = RosterImport::readFile(path);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    const RosterMapping mapping = RosterFields::guess(*sheet);
    RosterImport import(to.registry);
    const auto preview = import.preview(*sheet, mapping);
    QVERIFY2(preview, qPrintable(preview.error()));
    for (const RosterRow &row : preview->rows)
        QVERIFY2(row.verdict == Verdict::New, qPrintable(row.problems.join(u' ')));
    QVERIFY(import.apply(*sheet, mapping, *preview, false));

    auto everyone = [](test::RegistryFixture &f) {
        QStringList lines;
        const auto page = f.registry.residents().page({}, std::nullopt, 100);
        for (const ResidentListEntry &entry : *page) {
            const Resident &r = entry.resident;
            lines << QStringList{r.name,
                                 QString::number(int(r.gender)),
                                 r.birthDate.toString(Qt::ISODate),
                                 r.idNumber,
                                 r.mobile,
                                 QString::number(int(r.relation)),
                                 QString::number(r.markers.partyMember),
                                 QString::number(r.markers.volunteer),
                                 r.notes,
                                 entry.address}
                         .join(u'|');
        }
        lines.sort();
        return lines;
    };
    QCOMPARE(everyone(to), everyone(from));
    QCOMPARE(everyone(to).size(), 5);
}

void TestRosterImport::templateHasTheColumns() {
    const ExportTable table = RosterImport::templateTable();
    Sheet sheet;
    sheet.rows.append(table.headers);
    const RosterMapping mapping = RosterFields::guess(sheet);
    QVERIFY(mapping.missing().isEmpty());
    for (const RosterField field :
         {RosterField::IdNumber, RosterField::Phone, RosterField::Relation,
          RosterField::PartyMember, RosterField::Notes, RosterField::Gender})
        QVERIFY2(mapping.has(field), qPrintable(RosterFields::label(field)));
    QTemporaryDir dir;
    QVERIFY(SpreadsheetWriter::write(table, dir.filePath(QStringLiteral("template.xlsx"))));
    const auto back = XlsxReader::read(dir.filePath(QStringLiteral("template.xlsx")));
    QVERIFY(back);
    QCOMPARE(back->rows.value(0), table.headers);
}

namespace {

/// A valid ID number of someone born on `born`, the sequence `sequence` (odd: a man).
QString idNumberFor(QDate born, int sequence) {
    const QString first17 = QStringLiteral("430302") + born.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    const int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? QStringLiteral("X") : QString::number(check));
}

/// `count` residents of 明珠花园 as CSV lines, each with an ID number, after the headers.
QByteArray longRoster(int count, const std::function<QString(int, QString)> &edit = {}) {
    QByteArray bytes = "\xEF\xBB\xBF小区,楼栋,单元,房号,姓名,性别,身份证号,备注\r\n";
    for (int i = 0; i < count; ++i) {
        const QString id = idNumberFor(QDate(1970, 1, 1).addDays(i / 500), i % 500);
        QString line =
            QStringLiteral("明珠花园,%1栋,1单元,%2,住户%3,%4,%5,\"备注\"\"%3\"\"\n第二行\"")
                .arg(10 + i / 40)
                .arg(101 + i % 40)
                .arg(i)
                .arg(i % 500 % 2 ? QStringLiteral("男") : QStringLiteral("女"), id);
        if (edit)
            line = edit(i, line);
        bytes += line.toUtf8() + "\r\n";
    }
    return bytes;
}

} // namespace

void TestRosterImport::longFileStreamsAsParsed() {
    // Past the rows a file's sheet keeps, in pieces whose edges fall inside quoted cells.
    const QByteArray bytes = longRoster(6000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const auto whole = CsvReader::parse(bytes);
    QVERIFY2(whole, qPrintable(whole.error()));
    QCOMPARE(whole->rows.size(), 6001);
    const auto streamed = RosterImport::readFile(path);
    QVERIFY2(streamed, qPrintable(streamed.error()));
    QCOMPARE(streamed->encoding, QStringLiteral("UTF-8"));
    QVERIFY(streamed->stream);
    QVERIFY(streamed->rows.size() < 6001);
    QList<QStringList> rows;
    QList<qsizetype> indexes;
    QVERIFY(streamed->forEachRow([&](qsizetype r, const QStringList &cells) {
        indexes << r;
        rows << cells;
        return true;
    }));
    QCOMPARE(rows.size(), 6001);
    QCOMPARE(rows, whole->rows);
    QCOMPARE(indexes.last(), 6000);
    QCOMPARE(rows.at(6000).at(7), QStringLiteral("备注\"5999\"\n第二行"));
    // Its first rows are the file's.
    QCOMPARE(streamed->rows, rows.first(streamed->rows.size()));
}

void TestRosterImport::longFileJudgesEveryRow() {
    test::RegistryFixture f;
    // Row 2,502 of the file has no name, past the rows a preview shows in full; rows 12 and
    // 2,802 hold the same ID number. Every other row goes in.
    const QString twice = idNumberFor(QDate(1970, 1, 1), 10);
    const QByteArray bytes = longRoster(3000, [&](int i, QString line) {
        if (i == 2500)
            line.replace(QStringLiteral("住户2500"), QString());
        if (i == 2800)
            line.replace(idNumberFor(QDate(1970, 1, 1).addDays(5), 300), twice)
                .replace(QStringLiteral(",男,"), QStringLiteral(",女,"));
        return line;
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const auto sheet = RosterImport::readFile(path);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    const RosterMapping mapping = RosterFields::guess(*sheet);
    RosterImport import(f.registry);
    const auto preview = import.preview(*sheet, mapping);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->total(), 3000);
    QCOMPARE(preview->count(Verdict::New), 2997);
    QCOMPARE(preview->count(Verdict::Error), 3);
    QCOMPARE(preview->summary(),
             QStringLiteral("2997 new, 0 to update, 0 unchanged, 3 with errors"));
    // Shown: the first rows and every row with an error.
    QCOMPARE(preview->rows.size(), RosterPreview::kShownRows + 2);
    QStringList errors;
    for (const RosterRow &row : preview->rows) {
        if (row.verdict == Verdict::Error)
            errors << QStringLiteral("%1: %2").arg(row.fileRow).arg(row.problems.join(u' '));
    }
    QCOMPARE(errors, (QStringList{
                         QStringLiteral("12: The same ID number is on row 2802 as well."),
                         QStringLiteral("2502: The name is missing. Enter the resident's name."),
                         QStringLiteral("2802: The same ID number is on row 12 as well."),
                     }));
    QCOMPARE(preview->rows.at(RosterPreview::kShownRows - 1).fileRow,
             RosterPreview::kShownRows + 1);

    const auto done = import.apply(*sheet, mapping, *preview, false);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(done->added, 2997);
    QCOMPARE(done->skipped, 3);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 2997);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents WHERE name = '住户2499'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents WHERE name IN "
                                    "('住户10', '住户2800')")),
             0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resident'")),
             2997);
    // The indexes set aside while it wrote are back.
    QCOMPARE(f.count(f.db.onServer()
                         ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                          "('residents_search', 'audit_log_at')")
                         : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                          "'index' AND name IN ('residents_search', "
                                          "'audit_log_at')")),
             2);
    QCOMPARE(f.registry.residents().count({QStringLiteral("住户2999"), false}).value(), 1);
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
