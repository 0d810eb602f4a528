#include "exchange/csvreader.h"
#include "exchange/exporttable.h"
#include "exchange/residentexport.h"
#include "exchange/xlsxreader.h"
#include "registry/residentrepository.h"
#include "storage/database.h"
#include "support/registryfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

/// The residents list written straight to a file as it is read (ResidentExport::write): every
/// row, the same file the whole table would make, masked unless asked in full, audited once
/// with its count, and never a half file — cancelled or failed, the .part goes and a file
/// already under the name stays as it was.
class TestResidentExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamsEveryRowAsTheTableWould();
    void xlsxHoldsTheSameCells();
    void maskedUnlessFull();
    void cancelledLeavesNothing();
    void failureLeavesNothing();
    void refusedBeforeAnyFile();

private:
    /// `households` households of `each` residents, in one transaction.
    static void fill(test::RegistryFixture &f, int households, int each);
    static QByteArray bytesOf(const QString &path);
    static int audits(test::RegistryFixture &f) {
        return f.count(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'residents_export'"));
    }
};

void TestResidentExport::fill(test::RegistryFixture &f, int households, int each) {
    QList<HouseholdId> ids;
    for (int h = 0; h < households; ++h)
        ids << *f.registry.addHousehold(f.unit, QString::number(101 + h));
    const Status written = f.db->write([&](const WriteContext &context) -> Status {
        for (int h = 0; h < households; ++h) {
            for (int i = 0; i < each; ++i) {
                Resident r = f.resident(ids.at(h), QStringLiteral("居民%1号").arg(h * each + i),
                                        i % 2 ? Gender::Female : Gender::Male,
                                        i == 0 ? Relation::Head : Relation::Child);
                r.birthDate = QDate(1950 + i, 1 + h % 12, 1 + i);
                r.mobile = QStringLiteral("139%1").arg(10000000 + h * each + i);
                r.markers.volunteer = i == 1;
                r.notes = i == 2 ? QStringLiteral("=SUM(A1)") : QString();
                if (const auto id = ResidentRepository::add(context, r); !id)
                    return id.status();
            }
        }
        return Status::success();
    });
    QVERIFY2(written, qPrintable(written.error()));
}

QByteArray TestResidentExport::bytesOf(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestResidentExport::streamsEveryRowAsTheTableWould() {
    test::RegistryFixture f;
    fill(f, 250, 5); // 1,250 rows: more than two of the progress's steps of 500
    QTemporaryDir dir;
    const QString streamed = dir.filePath(QStringLiteral("花名册.csv"));
    QList<qsizetype> told;
    const auto rows = ResidentExport::write(*f.db, {}, false, streamed, [&](qsizetype n) {
        told << n;
        return true;
    });
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(*rows, 1250);
    QCOMPARE(told, (QList<qsizetype>{500, 1000, 1250}));
    QVERIFY(!QFile::exists(SpreadsheetStream::partOf(streamed)));
    QCOMPARE(audits(f), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity ="
                                    " 'residents_export' AND changes LIKE '%\"rows\":1250%'")),
             1);

    // Byte for byte what the whole table, written at once, gives.
    const auto table = ResidentExport::table(*f.db, {}, false);
    QVERIFY(table);
    const QString whole = dir.filePath(QStringLiteral("whole.csv"));
    QVERIFY(SpreadsheetWriter::write(*table, whole));
    const QByteArray bytes = bytesOf(streamed);
    QCOMPARE(bytes, bytesOf(whole));

    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 1250 + 2); // the headers, the rows, and the empty tail
    QCOMPARE(lines.first(), ResidentExport::headers().join(u','));
    QVERIFY(lines.last().isEmpty());
    // In the list's order, with the place in its four columns and written out.
    const QStringList first = lines.at(1).split(u',');
    QCOMPARE(first.size(), ResidentExport::headers().size());
    QCOMPARE(first.at(0), QStringLiteral("居民0号"));
    QCOMPARE(first.at(1), QStringLiteral("男"));
    QCOMPARE(first.at(2), QStringLiteral("1950-01-01"));
    QCOMPARE(first.at(3), QStringLiteral("75"));
    QCOMPARE(first.at(6), QStringLiteral("户主"));
    QCOMPARE(first.mid(7, 4), (QStringList{QStringLiteral("明珠花园"), QStringLiteral("3栋"),
                                           QStringLiteral("2单元"), QStringLiteral("101")}));
    QVERIFY2(first.at(11).contains(QStringLiteral("明珠花园3栋2单元101")),
             qPrintable(first.at(11)));
    // The formula guard: a note that begins with = goes out as text.
    QVERIFY(bytes.contains("'=SUM(A1)"));
    QVERIFY(!bytes.contains(",=SUM(A1)"));
}

void TestResidentExport::xlsxHoldsTheSameCells() {
    test::RegistryFixture f;
    fill(f, 3, 4);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("花名册.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("花名册.csv"));
    QCOMPARE(*ResidentExport::write(*f.db, {}, false, xlsx), 12);
    QCOMPARE(*ResidentExport::write(*f.db, {}, false, csv), 12);
    QVERIFY(!QFile::exists(SpreadsheetStream::partOf(xlsx)));
    const auto book = XlsxReader::read(xlsx);
    QVERIFY2(book, qPrintable(book.error()));
    const auto sheet = CsvReader::read(csv);
    QVERIFY(sheet);
    QCOMPARE(book->rows.size(), 13);
    QCOMPARE(book->rows.first(), ResidentExport::headers());
    for (qsizetype r = 1; r < book->rows.size(); ++r) {
        for (qsizetype c = 0; c < ResidentExport::headers().size(); ++c) {
            QString expected = sheet->cell(r, c);
            if (expected.startsWith(QStringLiteral("'="))) // CSV's guard; .xlsx has a text cell
                expected.remove(0, 1);
            QCOMPARE(book->cell(r, c), expected);
        }
    }
}

void TestResidentExport::maskedUnlessFull() {
    test::RegistryFixture f;
    const HouseholdId h = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    Resident r = f.resident(h, QStringLiteral("张桂兰"), Gender::Female, Relation::Head);
    r.idNumber = QStringLiteral("430302194403150028");
    r.mobile = QStringLiteral("13907321234");
    QVERIFY(f.registry.addResident(r));
    QTemporaryDir dir;
    const QString masked = dir.filePath(QStringLiteral("masked.csv"));
    const QString full = dir.filePath(QStringLiteral("full.csv"));
    QCOMPARE(*ResidentExport::write(*f.db, {}, false, masked), 1);
    QCOMPARE(*ResidentExport::write(*f.db, {}, true, full), 1);
    const QStringList maskedRow = QString::fromUtf8(bytesOf(masked)).split(u'\n').at(1).split(u',');
    const QStringList fullRow = QString::fromUtf8(bytesOf(full)).split(u'\n').at(1).split(u',');
    QCOMPARE(maskedRow.at(4), QStringLiteral("4303**********0028"));
    QCOMPARE(maskedRow.at(5), QStringLiteral("139****1234"));
    QCOMPARE(fullRow.at(4), QStringLiteral("430302194403150028"));
    QCOMPARE(fullRow.at(5), QStringLiteral("13907321234"));
    QCOMPARE(f.count(QStringLiteral(
                 "SELECT count(*) FROM audit_log WHERE entity ="
                 " 'residents_export' AND changes LIKE '%\"full_identifiers\":true%'")),
             1);
}

void TestResidentExport::cancelledLeavesNothing() {
    test::RegistryFixture f;
    fill(f, 250, 4);
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("list.csv"), QStringLiteral("list.xlsx")}) {
        const QString path = dir.filePath(name);
        // A file of the same name from before stays as it was.
        {
            QFile before(path);
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("yesterday's list");
        }
        const auto stopped =
            ResidentExport::write(*f.db, {}, true, path, [](qsizetype n) { return n < 500; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error(), ResidentExport::cancelled());
        QCOMPARE(bytesOf(path), QByteArray("yesterday's list"));
        QVERIFY(!QFile::exists(SpreadsheetStream::partOf(path)));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    // Nothing left the program, so nothing is audited.
    QCOMPARE(audits(f), 0);
}

void TestResidentExport::failureLeavesNothing() {
    test::RegistryFixture f;
    fill(f, 2, 2);
    QTemporaryDir dir;
    // A folder that is not there: refused with the file's name, nothing made.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/list.xlsx"));
    const auto failed = ResidentExport::write(*f.db, {}, false, nowhere);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QStringLiteral("list.xlsx")), qPrintable(failed.error()));
    QVERIFY(!QFile::exists(SpreadsheetStream::partOf(nowhere)));
    // A stream given up half-way (an error while writing, the program stopping it) takes its
    // .part with it.
    const QString path = dir.filePath(QStringLiteral("half.csv"));
    {
        auto stream =
            SpreadsheetStream::open(path, ResidentExport::headers(), ResidentExport::types());
        QVERIFY(stream);
        QVERIFY((*stream)->add({QStringLiteral("张三")}));
        QVERIFY(QFile::exists(SpreadsheetStream::partOf(path)));
    }
    QVERIFY(!QFile::exists(SpreadsheetStream::partOf(path)));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(audits(f), 0);
}

void TestResidentExport::refusedBeforeAnyFile() {
    test::RegistryFixture f;
    fill(f, 1, 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    f.db->setSession({AccountId{5}, QStringLiteral("王主任"), Role::ReadOnly, {}});
    const auto refused = ResidentExport::write(*f.db, {}, false, path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("may not")), qPrintable(refused.error()));
    // Duty staff export.
    f.db->setSession({AccountId{6}, QStringLiteral("叶丽芳"), Role::DutyStaff, {}});
    QVERIFY(ResidentExport::write(*f.db, {}, false, path));
    QFile::remove(path);
    // A grid worker takes no lists away, in full or not.
    f.db->setSession({AccountId{7}, QStringLiteral("grid"), Role::GridWorker, {}});
    const auto noFull = ResidentExport::write(*f.db, {}, true, path);
    QVERIFY(!noFull);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(SpreadsheetStream::partOf(path)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestResidentExport)
#include "tst_residentexport.moc"
