#include "cogovernance/cogovernancepage.h"
#include "registry/registryservice.h"
#include "support/pdftext.h"
#include "support/uitesting.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace linli;

// A building's hygiene pact from adoption to the signed, printed and exported sheet, and its
// inspections, clicked through the page.
class TestCoGovernancePage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void adoptsAPactAndTicksSignatures();
    void aSigningRefusedForANewVersionShowsTheVersionInForce();
    void previewsAndExportsThePact();
    void recordsAFailedInspection();
    void exportsTheInspectionLedger();
    void refusesAPactTheBuildingCannotFill();
    void runsAMeetingFromOpinionToDecision();

private:
    template<typename T> T *child(const char *name) {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CoGovernancePage> m_page;
    BuildingId m_building;
    BuildingId m_headless;
};

// Each test on a file and a page of its own; a test that needs a pact or an inspection first
// makes it with the test that shows how.
void TestCoGovernancePage::init() {
    auto database =
        Database::open(m_dir.filePath(QStringLiteral("cogovernance-%1.linli").arg(++m_files)));
    QVERIFY2(database, qPrintable(database.error()));
    (*database)->setClock(
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0))));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
    RegistryService &registry = m_workspace->registry();
    const CommunityId community = *registry.addCommunity({{}, QStringLiteral("红旗社区"), {}, {}});
    const CompoundId compound =
        *registry.addCompound({{}, community, QStringLiteral("明珠花园"), CompoundKind::Old});
    m_building = *registry.addBuilding({{}, compound, QStringLiteral("3栋"), {}});
    m_headless = *registry.addBuilding({{}, compound, QStringLiteral("5栋"), {}});
    const UnitId unit = *registry.addUnit({{}, m_building, QStringLiteral("1单元")});
    ResidentId first;
    int n = 0;
    for (const char *room : {"101", "102", "201", "202"}) {
        const HouseholdId h = *registry.addHousehold(unit, QString::fromLatin1(room));
        Resident head;
        head.householdId = h;
        head.name = QStringLiteral("住户%1").arg(++n);
        head.relation = Relation::Head;
        const ResidentId id = *registry.addResident(head);
        if (!first.isValid())
            first = id;
    }
    NeighbourHead head;
    head.residentId = first;
    head.termStart = QDate(2024, 1, 1);
    head.buildings = {m_building};
    QVERIFY(registry.addNeighbourHead(head));
    m_page = std::make_unique<CoGovernancePage>(m_workspace->coGovernance(),
                                                m_workspace->meetings(), registry);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCoGovernancePage::cleanup() {
    m_page.reset();
    m_workspace.reset();
}

void TestCoGovernancePage::adoptsAPactAndTicksSignatures() {
    m_page->showBuilding(m_building);
    QTRY_COMPARE(child<QLabel>("buildingHeader")->text(), QStringLiteral("明珠花园3栋"));
    QVERIFY(!child<QPushButton>("printPactButton")->isEnabled()); // nothing to print yet

    bool adopted = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        // The default template is offered and filled in; the building met on the 20th.
        dialog->findChild<QDateEdit *>(QStringLiteral("pactAdoptedOn"))
            ->setDate(QDate(2025, 3, 20));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pactOk")),
                          Qt::LeftButton);
        adopted = !dialog->isVisible();
    });
    QTest::mouseClick(child<QPushButton>("adoptPactButton"), Qt::LeftButton);
    QVERIFY(adopted);
    QTRY_VERIFY2(child<QLabel>("pactSummary")->text().startsWith(QStringLiteral("Version 1")),
                 qPrintable(child<QLabel>("pactSummary")->text()));
    QVERIFY(child<QPushButton>("printPactButton")->isEnabled());

    // The first two households signed yesterday.
    auto *households = child<QTableView>("pactHouseholds");
    QCOMPARE(households->model()->rowCount(), 4);
    households->selectionModel()->select(
        QItemSelection(households->model()->index(0, 0), households->model()->index(1, 3)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("signedOn"));
        date->setDate(QDate(2025, 3, 26));
        auto buttons = dialog->findChildren<QPushButton *>();
        auto ok = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == QStringLiteral("OK") || b->text() == QStringLiteral("&OK");
        });
        QTest::mouseClick(*ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("signedButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>("pactSummary")->text().contains(QStringLiteral("2 of 4 households")));
    QVERIFY(households->model()->index(0, 3).data().toString().contains(QStringLiteral("住户1")));
    QCOMPARE(households->model()->index(2, 3).data().toString(), QStringLiteral("not yet signed"));
    auto *tree = child<QTreeView>("buildingTree");
    QCOMPARE(tree->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("2 of 4"));
}

// Another desk adopts version 2 while this page shows version 1. Ticking a household here is
// refused, and the page shows version 2 at once, so the same OK then signs the version in force.
void TestCoGovernancePage::aSigningRefusedForANewVersionShowsTheVersionInForce() {
    CoGovernanceService &service = m_workspace->coGovernance();
    Pact draft;
    draft.buildingId = m_building;
    draft.title = QStringLiteral("卫生公约");
    draft.clauses = {QStringLiteral("楼道不堆放杂物。")};
    draft.adoptedOn = QDate(2025, 3, 20);
    const auto first = service.adopt(draft);
    QVERIFY2(first, qPrintable(first.error()));
    m_page->showBuilding(m_building);
    QTRY_VERIFY(child<QLabel>("pactSummary")->text().startsWith(QStringLiteral("Version 1")));

    m_workspace->database().setOperatorName(QStringLiteral("甲台"));
    auto otherDesk = Database::open(m_workspace->database().path(), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    (*otherDesk)->setOperatorName(QStringLiteral("乙台"));
    Pact revised = *first;
    revised.version = 2;
    revised.adoptedOn = QDate(2025, 3, 25);
    revised.clauses << QStringLiteral("垃圾袋装，定点投放。");
    QVERIFY(CoGovernanceService(**otherDesk).adopt(revised));

    auto *households = child<QTableView>("pactHouseholds");
    households->selectRow(0);
    QString refusal;
    QString summaryAfterRefusal;
    bool closedOnSecondOk = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        dialog->findChild<QDateEdit *>(QStringLiteral("signedOn"))->setDate(QDate(2025, 3, 26));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("formOk"));
        QTest::mouseClick(ok, Qt::LeftButton);
        refusal = dialog->findChild<QLabel *>(QStringLiteral("formError"))->text();
        summaryAfterRefusal = child<QLabel>("pactSummary")->text();
        QTest::mouseClick(ok, Qt::LeftButton);
        closedOnSecondOk = !dialog->isVisible();
    });
    QTest::mouseClick(child<QPushButton>("signedButton"), Qt::LeftButton);
    QVERIFY2(refusal.startsWith(QStringLiteral("乙台 adopted version 2 of this pact")),
             qPrintable(refusal));
    QVERIFY2(summaryAfterRefusal.startsWith(QStringLiteral("Version 2")),
             qPrintable(summaryAfterRefusal));
    QVERIFY(closedOnSecondOk);
    QTRY_VERIFY2(child<QLabel>("pactSummary")->text().contains(QStringLiteral("1 of 4 households")),
                 qPrintable(child<QLabel>("pactSummary")->text()));
    QVERIFY(households->model()->index(0, 3).data().toString().contains(QStringLiteral("住户1")));
    const auto inForce = *service.repository().currentPact(m_building);
    QCOMPARE(inForce->version, 2);
    QVERIFY(service.repository().households(m_building, inForce->id)->first().signedOn.isValid());
    QVERIFY(!service.repository().households(m_building, first->id)->first().signedOn.isValid());
}

void TestCoGovernancePage::previewsAndExportsThePact() {
    adoptsAPactAndTicksSignatures();
    if (QTest::currentTestFailed())
        return;
    bool previewed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        previewed = qobject_cast<QPrintPreviewDialog *>(dialog) != nullptr;
        dialog->close();
    });
    QTest::mouseClick(child<QPushButton>("printPactButton"), Qt::LeftButton);
    QVERIFY(previewed);

    const QString pdf = m_dir.filePath(QStringLiteral("3栋公约.pdf"));
    test::whenFileDialogOpens(this, pdf);
    QTest::mouseClick(child<QPushButton>("savePactButton"), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(pdf));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    QVERIFY2(test::pdfHas(text, QStringLiteral("楼栋卫生公约")), qPrintable(text));
    QVERIFY(test::pdfHas(text, QStringLiteral("明珠花园3栋")));
    QVERIFY(test::pdfHas(text, QStringLiteral("1单元202住户4")));
    QVERIFY2(test::pdfHas(text, QStringLiteral("已签（住户1）2025年3月26日")), qPrintable(text));
}

void TestCoGovernancePage::recordsAFailedInspection() {
    adoptsAPactAndTicksSignatures();
    if (QTest::currentTestFailed())
        return;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("inspectors")),
                                  QStringLiteral("住户1、周敏"));
        dialog->findChild<QCheckBox *>(QStringLiteral("itemClutter"))->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("inspectionOk")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("inspectButton"), Qt::LeftButton);
    auto *inspections = child<QTableView>("inspections");
    QTRY_COMPARE(inspections->model()->rowCount(), 1);
    QVERIFY(
        inspections->model()->index(0, 2).data().toString().contains(QStringLiteral("clutter")));
    // The building now heads the list of those due: it failed.
    auto *due = child<QTableView>("dueTable");
    QCOMPARE(due->model()->rowCount(), 1);
    QCOMPARE(due->model()->index(0, 0).data().toString(), QStringLiteral("明珠花园3栋"));
    QVERIFY(due->model()->index(0, 2).data().toString().startsWith(QStringLiteral("failed")));
}

void TestCoGovernancePage::exportsTheInspectionLedger() {
    recordsAFailedInspection();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
    QString refused;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("ledgerFrom"));
        auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("ledgerTo"));
        QCOMPARE(from->date(), QDate(2025, 1, 1));
        QCOMPARE(to->date(), QDate(2025, 3, 27));
        // A period the wrong way round is refused in the form, which stays open.
        from->setDate(QDate(2025, 4, 1));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("formOk"));
        QTest::mouseClick(ok, Qt::LeftButton);
        refused = dialog->findChild<QLabel *>(QStringLiteral("formError"))->text();
        from->setDate(QDate(2025, 3, 1));
        test::whenFileDialogOpens(this, path);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("exportInspectionsButton"), Qt::LeftButton);
    QCOMPARE(refused, QStringLiteral("The period ends before it begins."));
    QTRY_VERIFY(QFileInfo::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("检查日期,小区,楼栋,检查人,楼道通畅,无杂物堆放,照明完好,"
                                         "垃圾清运分类,结果,整改期限,备注"));
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("2025-03-27,明珠花园,3栋,住户1、周敏,是,否,是,是,"
                                              "不合格,")),
        qPrintable(lines.at(1)));
    QCOMPARE(lines.size(), 3); // and the final line break
}

void TestCoGovernancePage::refusesAPactTheBuildingCannotFill() {
    m_page->showBuilding(m_headless);
    QTRY_COMPARE(child<QLabel>("buildingHeader")->text(), QStringLiteral("明珠花园5栋"));
    QString error;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pactOk")),
                          Qt::LeftButton);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("pactError"));
        error = label->isVisible() ? label->text() : QString();
        dialog->close();
    });
    QTest::mouseClick(child<QPushButton>("adoptPactButton"), Qt::LeftButton);
    QVERIFY2(error.contains(QStringLiteral("names the neighbour head")), qPrintable(error));
    QVERIFY(!m_workspace->coGovernance().repository().currentPact(m_headless)->has_value());
}

void TestCoGovernancePage::runsAMeetingFromOpinionToDecision() {
    m_page->showBuilding(m_building);
    QTRY_COMPARE(child<QLabel>("buildingHeader")->text(), QStringLiteral("明珠花园3栋"));
    auto *tabs = child<QTabWidget>("buildingTabs");
    tabs->setCurrentIndex(2);
    auto clickOk = [](QWidget *dialog) {
        auto buttons = dialog->findChildren<QPushButton *>();
        auto ok = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == QStringLiteral("OK") || b->text() == QStringLiteral("&OK");
        });
        QTest::mouseClick(*ok, Qt::LeftButton);
    };

    // 住户2 complains about the clutter on the stairs.
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("opinionBy")),
                                  QStringLiteral("住户2"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("opinionText"))
            ->setPlainText(QStringLiteral("二楼楼道堆满纸箱"));
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>("opinionButton"), Qt::LeftButton);
    auto *opinions = child<QTableView>("opinions");
    QTRY_COMPARE(opinions->model()->rowCount(), 1);
    QCOMPARE(opinions->model()->index(0, 4).data().toString(), QStringLiteral("open"));

    // The neighbour head called a meeting last night; the opinion is on its agenda.
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("meetingWhen"))
            ->setDateTime(QDateTime(QDate(2025, 3, 26), QTime(19, 0)));
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("meetingConvener")),
                                  QStringLiteral("住户1"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("meetingOk")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("callMeetingButton"), Qt::LeftButton);
    auto *meetings = child<QTableView>("meetings");
    QTRY_COMPARE(meetings->model()->rowCount(), 1);
    QCOMPARE(opinions->model()->index(0, 4).data().toString(), QStringLiteral("on an agenda"));

    // Three of the four households came: a quorum.
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("attendanceList"));
        QCOMPARE(list->count(), 4);
        for (int row = 0; row < 3; ++row)
            list->item(row)->setCheckState(Qt::Checked);
        test::typeWithInputMethod(
            dialog->findChild<QLineEdit *>(QStringLiteral("attendanceGridWorker")),
            QStringLiteral("周敏"));
        test::typeWithInputMethod(
            dialog->findChild<QLineEdit *>(QStringLiteral("attendanceRepresentatives")),
            QStringLiteral("张代表"));
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>("attendanceButton"), Qt::LeftButton);
    QTRY_COMPARE(meetings->model()->index(0, 3).data().toString(), QStringLiteral("3"));
    const Meeting recorded = *m_workspace->meetings().repository().meeting(
        m_workspace->meetings().repository().meetings(m_building)->first().id);
    QVERIFY(
        std::any_of(recorded.attendees.cbegin(), recorded.attendees.cend(), [](const Attendee &a) {
            return a.name == QStringLiteral("张代表") && a.role == AttendeeRole::Representative;
        }));

    // Voted by majority: all three for.
    QString tally;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionText"))
            ->setPlainText(QStringLiteral("周六统一清理楼道杂物"));
        auto *rule = dialog->findChild<QComboBox *>(QStringLiteral("decisionRule"));
        rule->setCurrentIndex(rule->findData(int(VoteRule::Majority)));
        tally = dialog->findChild<QLabel *>(QStringLiteral("decisionTally"))->text();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("decisionOk")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("decisionButton"), Qt::LeftButton);
    QVERIFY2(tally.contains(QStringLiteral("For 3")) && tally.contains(QStringLiteral("It passes")),
             qPrintable(tally));
    QTRY_COMPARE(opinions->model()->index(0, 4).data().toString(), QStringLiteral("decided"));
    QVERIFY(child<QTextBrowser>("meetingDetail")
                ->toPlainText()
                .contains(QStringLiteral("周六统一清理楼道杂物")));

    // The minutes, previewed from the print menu.
    bool previewed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        previewed = qobject_cast<QPrintPreviewDialog *>(dialog) != nullptr;
        dialog->close();
    });
    child<QPushButton>("printMeetingButton")->menu()->actions().at(1)->trigger();
    QVERIFY(previewed);
    QVERIFY(child<QLabel>("coGovernanceFigures")->text().contains(QStringLiteral("100%")));
}

QTEST_MAIN(TestCoGovernancePage)
#include "tst_cogovernancepage.moc"
