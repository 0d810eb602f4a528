#include "firstrun/firstrunwizard.h"
#include "mainwindow.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "support/uitesting.h"
#include "widgets/tableviews.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

// The first start, driven as a user would: the office, the file, how to begin, Finish.
class TestFirstRunWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsEmptyWithTheOfficeSaved();
    void saysWhatIsMissingAndKeepsWhatWasTyped();
    void theDemoLivesInAFileOfItsOwn();
    void aDeskJoinsTheOfficesServer();
    void anEmptyOfficeSaysWhatToDoFirst_data();
    void anEmptyOfficeSaysWhatToDoFirst();

private:
    // Types the office's details, goes to the last page, picks how to begin, clicks Finish.
    static void drive(FirstRunWizard &wizard, const QString &community, const QString &path,
                      const char *start);
};

void TestFirstRunWizard::drive(FirstRunWizard &wizard, const QString &community,
                               const QString &path, const char *start) {
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("wizardCommunity"));
    name->clear();
    test::typeWithInputMethod(name, community);
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardSubdistrict"))
        ->setText(QStringLiteral("宝塔街道"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardDistrict"))
        ->setText(QStringLiteral("岳塘区"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardPhone"))
        ->setText(QStringLiteral("0731-58581234"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardSeal"))
        ->setText(QStringLiteral("湘潭市岳塘区宝塔街道红旗社区居民委员会"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto *file = wizard.findChild<QLineEdit *>(QStringLiteral("wizardPath"));
    QVERIFY(!file->text().isEmpty()); // a place is suggested
    file->setText(path);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    wizard.findChild<QRadioButton *>(QString::fromLatin1(start))->click();
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
}

void TestFirstRunWizard::startsEmptyWithTheOfficeSaved() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office/hongqi.linli"));
    FirstRunWizard wizard(dir.filePath(QStringLiteral("suggested.linli")));
    drive(wizard, QStringLiteral("红旗社区"), path, "wizardEmpty");
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.openedPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(wizard.choices().start, FirstRunChoices::Start::Empty);

    auto database = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(database, qPrintable(database.error()));
    OfficeSettingsService office(**database);
    const auto identity = office.identity();
    QVERIFY(identity);
    QCOMPARE(identity->community, QStringLiteral("红旗社区"));
    QCOMPARE(identity->district, QStringLiteral("岳塘区"));
    QCOMPARE(identity->phone, QStringLiteral("0731-58581234"));
    QVERIFY(!office.isDemo());
    const auto communities = RegistryService(**database).places().communities();
    QCOMPARE(communities->size(), 1);
    QCOMPARE(communities->first().name, QStringLiteral("红旗社区"));
    QCOMPARE(communities->first().subdistrict, QStringLiteral("宝塔街道"));
}

void TestFirstRunWizard::saysWhatIsMissingAndKeepsWhatWasTyped() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hongqi.linli"));
    FirstRunWizard wizard(path);
    drive(wizard, QString(), path, "wizardImport");
    // Still open on the last page, saying why; nothing created.
    QVERIFY(wizard.isVisible());
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("wizardProblem"))
                 ->text()
                 .contains(QStringLiteral("community's name")),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("wizardProblem"))->text()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(wizard.choices().identity.district, QStringLiteral("岳塘区"));

    // An existing file is not taken over either.
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    FirstRunChoices choices = wizard.choices();
    choices.identity.community = QStringLiteral("红旗社区");
    QVERIFY(FirstRun::problemWith(choices).contains(QStringLiteral("exists already")));
}

void TestFirstRunWizard::aDeskJoinsTheOfficesServer() {
    QTemporaryDir dir;
    const QString suggested = dir.filePath(QStringLiteral("suggested.linli"));
    FirstRunWizard wizard(suggested);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    test::whenDialogOpens(this, [](QWidget *dialog) {
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice"))->isChecked());
        server->setText(QStringLiteral("postgresql://linli@192.168.1.10/hongqi"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(wizard.findChild<QAbstractButton *>(QStringLiteral("wizardJoinServer")),
                      Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(wizard.joinedServer());
    QCOMPARE(wizard.openedPath(), QStringLiteral("postgresql://linli@192.168.1.10:5432/hongqi"));
    // Nothing was set up on this desk: no file of its own.
    QVERIFY(!QFileInfo::exists(suggested));
}

void TestFirstRunWizard::theDemoLivesInAFileOfItsOwn() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hongqi.linli"));
    FirstRunWizard wizard(path);
    drive(wizard, QString(), path, "wizardDemo"); // the demo needs no name
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.openedPath(), FirstRun::demoPathFor(path));
    QVERIFY(!QFileInfo::exists(path)); // the office's file is not made
    auto demo = Database::open(wizard.openedPath(), Database::Mode::OpenExisting);
    QVERIFY2(demo, qPrintable(demo.error()));
    QVERIFY(OfficeSettingsService(**demo).isDemo());
    QVERIFY(!RegistryService(**demo).places().communities()->isEmpty());
}

void TestFirstRunWizard::anEmptyOfficeSaysWhatToDoFirst_data() {
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("table");
    QTest::newRow("duty desk: today") << int(MainWindow::DutyDesk) << "todayTable";
    QTest::newRow("duty desk: overdue") << int(MainWindow::DutyDesk) << "overdueTable";
    QTest::newRow("complaints") << int(MainWindow::Complaints) << "complaintTable";
    QTest::newRow("mediation cases") << int(MainWindow::Mediation) << "caseTable";
    QTest::newRow("residents") << int(MainWindow::Residents) << "residentTable";
    QTest::newRow("buildings due") << int(MainWindow::CoGovernance) << "dueTable";
}

void TestFirstRunWizard::anEmptyOfficeSaysWhatToDoFirst() {
    QFETCH(int, page);
    QFETCH(QString, table);
    // The office just set up, empty: its lists say what to do first instead of staying blank.
    QTemporaryDir dir;
    FirstRunChoices choices;
    choices.identity.community = QStringLiteral("红旗社区");
    choices.databasePath = dir.filePath(QStringLiteral("hongqi.linli"));
    const auto opened = FirstRun::setUp(choices);
    QVERIFY2(opened, qPrintable(opened.error()));
    auto database = Database::open(*opened, Database::Mode::OpenExisting);
    QVERIFY(database);
    Workspace workspace(std::move(*database));
    MainWindow window(workspace);
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Page(page));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QTableView *>(table);
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(!emptyHintOf(list).isEmpty());
    // Drawn: the empty viewport holds more than its background.
    const QImage shown = list->viewport()->grab().toImage();
    const QRgb background = shown.pixel(1, 1);
    bool drawn = false;
    for (int y = 0; y < shown.height() && !drawn; y += 2)
        for (int x = 0; x < shown.width() && !drawn; x += 2)
            drawn = shown.pixel(x, y) != background;
    QVERIFY2(drawn, qPrintable(emptyHintOf(list)));
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
