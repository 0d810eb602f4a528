#include "residents/residentspage.h"
#include "support/registryfixture.h"
#include "support/uitesting.h"

#include "exchange/residentexport.h"
#include "registry/residentrepository.h"
#include "storage/database.h"
#include "widgets/backgroundexport.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace linli;

/// The residents list exported from its page as a user does it: the file chosen, the question
/// of full identifiers answered, the rows written off the window's thread behind a progress
/// dialog — and Cancel, which leaves no file and no .part behind.
class TestResidentExportPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void exportsFromThePage();
    void cancelLeavesNoFile();

private:
    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestResidentExportPage::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
    test::RegistryFixture &f = *m_f;
    QList<HouseholdId> households;
    for (int h = 0; h < 300; ++h)
        households << *f.registry.addHousehold(f.unit, QString::number(101 + h));
    const Status written = f.db->write([&](const WriteContext &context) -> Status {
        for (int i = 0; i < 1200; ++i) {
            Resident r = f.resident(households.at(i / 4), QStringLiteral("居民%1").arg(i),
                                    i % 2 ? Gender::Female : Gender::Male,
                                    i % 4 == 0 ? Relation::Head : Relation::Child);
            r.mobile = QStringLiteral("139%1").arg(10000000 + i);
            if (const auto id = ResidentRepository::add(context, r); !id)
                return id.status();
        }
        return Status::success();
    });
    QVERIFY2(written, qPrintable(written.error()));
}

void TestResidentExportPage::cleanup() {
    m_f.reset();
    m_dir.reset();
}

void TestResidentExportPage::exportsFromThePage() {
    ResidentsPage page(m_f->registry, *m_f->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *count = page.findChild<QLabel *>(QStringLiteral("residentCount"));
    QTRY_VERIFY(count->text().contains(QStringLiteral("1200")));
    const QString csv = m_dir->filePath(QStringLiteral("花名册.csv"));
    test::whenFileDialogOpens(this, csv);
    // Then: masked, please. Then the progress dialog, which closes when the file is whole.
    bool askedForFull = false;
    // A question box in particular: the file dialog comes first.
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, &askedForFull] {
        if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            askedForFull = question->objectName() == QStringLiteral("fullIdentifiersBox");
            question->button(QMessageBox::No)->click();
        }
    });
    timer->start();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportResidentsButton")),
                      Qt::LeftButton);
    QVERIFY(askedForFull);
    QVERIFY(QFileInfo::exists(csv));
    QVERIFY(!QFileInfo::exists(csv + QStringLiteral(".part")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 1200 + 2);
    QVERIFY(lines.at(0).endsWith(ResidentExport::headers().join(u',')));
    QVERIFY2(lines.at(1).section(u',', 5, 5).contains(QStringLiteral("****")),
             qPrintable(lines.at(1)));
    QCOMPARE(count->text(), QStringLiteral("1200 resident(s) exported."));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity ="
                                       " 'residents_export' AND changes LIKE '%\"rows\":1200%'")),
             1);
}

void TestResidentExportPage::cancelLeavesNoFile() {
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString xlsx = m_dir->filePath(QStringLiteral("花名册.xlsx"));
    // The worker waits at its first 500 rows until the user has clicked Cancel: no race with
    // a list that would be written before the click.
    QSemaphore clicked;
    bool sawProgress = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *progress = qobject_cast<QProgressDialog *>(dialog);
        sawProgress = progress && progress->objectName() == QStringLiteral("exportProgress");
        if (auto *cancel = dialog->findChild<QPushButton *>())
            QTest::mouseClick(cancel, Qt::LeftButton);
        clicked.release();
    });
    const auto outcome = BackgroundExport::run(
        &window, *m_f->db, QStringLiteral("Export"),
        [&](Database &own, const ExportProgress &progress) {
            return ResidentExport::write(own, {}, true, xlsx, [&](qsizetype rows) {
                clicked.acquire();
                clicked.release();
                return progress(rows);
            });
        },
        1200);
    QVERIFY(sawProgress);
    QVERIFY(!outcome); // cancelled: nothing to report
    QVERIFY(!QFileInfo::exists(xlsx));
    QVERIFY(!QFileInfo::exists(xlsx + QStringLiteral(".part")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 0);
    QCOMPARE(m_f->count(QStringLiteral(
                 "SELECT count(*) FROM audit_log WHERE entity = 'residents_export'")),
             0);
}

QTEST_MAIN(TestResidentExportPage)
#include "tst_residentexportpage.moc"
