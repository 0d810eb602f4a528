#include "aid/aidpage.h"
#include "complaints/complaintlistmodel.h"
#include "complaints/complaintspage.h"
#include "demo/demogenerator.h"
#include "help/helpbrowser.h"
#include "mainwindow.h"
#include "registry/householdfilewidget.h"
#include "registry/registrypage.h"
#include "registry/residentdialog.h"
#include "reports/dashboardcharts.h"
#include "reports/dashboardpage.h"
#include "residents/residentsearcher.h"
#include "residents/residentspage.h"
#include "settings/desksettings.h"
#include "settings/serverlogin.h"
#include "storage/statement.h"
#include "support/uitesting.h"
#include "widgets/tableviews.h"
#include "workspace/workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace linli;

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchFiltersTheTable();
    void addResidentDialogRefusesBadIdNumber();
    void anonymiseFromTheHouseholdFile();
    void exportsTheResidentsListMasked();
    void theDashboardTilesLeadToTheirLists();
    void readOnlyCopySaysWhyAndKeepsTheForm();
    void backupsTabBacksUpChecksAndAsksForRestore();
    void theDeskCanMoveToTheOfficesServer();
    void searchesSupersedeEachOther();
    void aSubDistrictDeskChoosesItsCommunity();
    void anUnreachableServerOffersAnotherPlace();
    void everyPageHasItsChapterInBothGuides_data();
    void everyPageHasItsChapterInBothGuides();
    void f1OpensTheGuideAtThePage();
    void theGuidesPicturesComeWithIt();
    void everyButtonSaysWhatItDoes(); // and every list what to do when empty

private:
    HouseholdId someHousehold();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("LinliTest"));
    auto database = Database::open(m_dir.filePath(QStringLiteral("demo.linli")));
    QVERIFY2(database, qPrintable(database.error()));
    QVERIFY(DemoGenerator(**database, DemoGenerator::Scale::Community)
                .generate(QDateTime::currentDateTime()));
    (*database)->setOperatorName(QStringLiteral("值班员"));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase() {
    m_window.reset();
    m_workspace.reset();
}

HouseholdId TestMainWindow::someHousehold() {
    const auto id = sql::Statement::single(m_workspace->database().connection(),
                                           QStringLiteral("SELECT min(id) FROM households"));
    return HouseholdId{id->toLongLong()};
}

void TestMainWindow::searchFiltersTheTable() {
    // Ctrl+F goes to the residents page with the cursor in the search box.
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QCOMPARE(m_window->currentPage(), MainWindow::Residents);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("residentSearch"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("residentTable"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("residentCount"));
    QVERIFY(search && table && count);
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(count->text().contains(QStringLiteral("resident")));
    const int everyone = table->model()->rowCount();
    QVERIFY(everyone >= 100);

    test::typeWithInputMethod(search, QStringLiteral("李"));
    QTRY_VERIFY(table->model()->rowCount() < everyone);
    QTRY_VERIFY(count->text().contains(QStringLiteral("found")));
    const int found = table->model()->rowCount();
    QVERIFY(found > 0);
    for (int row = 0; row < found; ++row) {
        const QString name = table->model()->index(row, 0).data().toString();
        const QString address = table->model()->index(row, 5).data().toString();
        QVERIFY2(name.contains(QStringLiteral("李")) || address.contains(QStringLiteral("李")),
                 qPrintable(name));
    }
    // ID numbers are masked in the list.
    const QString id = table->model()->index(0, 3).data().toString();
    QCOMPARE(id.size(), 18);
    QVERIFY(id.mid(4, 10) == QString(10, u'*'));

    test::typeWithInputMethod(search, QStringLiteral("没有这个人"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), everyone);
}

void TestMainWindow::addResidentDialogRefusesBadIdNumber() {
    const HouseholdId household = someHousehold();
    m_window->showPage(MainWindow::Registry);
    m_window->registryPage()->showHousehold(household);
    auto *file = m_window->registryPage()->householdFile();
    QCOMPARE(file->household(), household);
    auto *members = file->findChild<QTableView *>(QStringLiteral("memberTable"));
    const int before = members->model()->rowCount();

    bool checked = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("residentDialog"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *idNumber = dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("idNumberError"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(name && idNumber && error && save);
        test::typeWithInputMethod(name, QStringLiteral("测试新人"));
        QTest::keyClicks(idNumber, QStringLiteral("110105194912310021"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("check character")),
                 qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton); // refused: nothing happens
        QVERIFY(dialog->isVisible());

        // Correct the last character: the birth date and gender are read from the number.
        QTest::keyClick(idNumber, Qt::Key_Backspace);
        QTest::keyClicks(idNumber, QStringLiteral("x"));
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        checked = true;
    });
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("addResidentButton")),
                      Qt::LeftButton);
    QVERIFY(checked);
    QTRY_COMPARE(members->model()->rowCount(), before + 1);
    const auto stored =
        m_workspace->registry().residents().holderOf(QStringLiteral("11010519491231002X"));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->name, QStringLiteral("测试新人"));
    const auto resident = m_workspace->registry().residents().resident((*stored)->id);
    QCOMPARE(resident->birthDate, QDate(1949, 12, 31));
    QCOMPARE(resident->gender, Gender::Female);
}

void TestMainWindow::theDashboardTilesLeadToTheirLists() {
    m_window->showPage(MainWindow::Dashboard);
    auto *page = m_window->dashboardPage();
    auto *overdue = page->findChild<QToolButton *>(QStringLiteral("tile1"));
    auto *compound = page->findChild<QComboBox *>(QStringLiteral("dashboardCompound"));
    QVERIFY(overdue && compound);
    const auto figure = [&] {
        return DashboardFigures::tiles(m_workspace->database(), page->scope(),
                                       m_workspace->database().clock().now());
    };
    // The tile shows core's figure, for the community and then for one compound.
    QCOMPARE(overdue->text().section(u'\n', 0, 0).toInt(), figure()->complaintsOverdue);
    compound->setCurrentIndex(1);
    QCOMPARE(page->scope().compound.value, compound->currentData().toLongLong());
    auto *open = page->findChild<QToolButton *>(QStringLiteral("tile0"));
    QCOMPARE(open->text().section(u'\n', 0, 0).toInt(), figure()->complaintsOpen);
    compound->setCurrentIndex(0);

    // The charts draw core's series: a bar set per category, the share line on the second.
    const auto series = DashboardSeries::compute(m_workspace->database(), page->chartedScope());
    const QList<QChart *> charts = page->charts()->charts();
    QCOMPARE(charts.size(), 4);
    auto *byCategory = qobject_cast<QStackedBarSeries *>(charts.at(0)->series().first());
    QVERIFY(byCategory);
    QCOMPARE(byCategory->count(), series->categories.size());
    QCOMPARE(charts.at(1)->series().size(), 2);
    auto *share = qobject_cast<QLineSeries *>(charts.at(1)->series().at(1));
    QCOMPARE(share->count(), series->months.size());
    QCOMPARE(share->at(0).y(), series->buildingShare.first() * 100);

    // The monthly report: a month chosen, then the preview.
    bool previewed = false;
    bool fitsAndSaves = false;
    test::whenDialogOpens(this, [&](QWidget *form) {
        test::whenDialogOpens(this, [&](QWidget *preview) {
            previewed = qobject_cast<QPrintPreviewDialog *>(preview) != nullptr;
            // It fits the screen, and the paper can be kept as a PDF from it.
            fitsAndSaves = preview->height() <= preview->screen()->availableGeometry().height() &&
                           preview->findChild<QAction *>(QStringLiteral("previewSaveAsPdf"));
            preview->close();
        });
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formOk")), Qt::LeftButton);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("monthlyReportButton")),
                      Qt::LeftButton);
    QVERIFY(previewed);
    QVERIFY(fitsAndSaves);

    QTest::mouseClick(overdue, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Complaints);
    auto *state = m_window->complaintsPage()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(state);
    QCOMPARE(state->currentText(), QStringLiteral("Overdue"));
    m_window->showPage(MainWindow::Dashboard);
    QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("tile5")), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::MutualAid);
    QCOMPARE(m_window->aidPage()->tabs()->currentIndex(), 1);
}

void TestMainWindow::exportsTheResidentsListMasked() {
    m_window->showPage(MainWindow::Residents);
    const QString csv = m_dir.filePath(QStringLiteral("花名册.csv"));
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        files->selectFile(csv);
        test::whenDialogOpens(this, [](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::No)->click();
        });
        QMetaObject::invokeMethod(files, "accept");
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("exportResidentsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY(lines.first().startsWith(QStringLiteral("姓名,性别,出生日期")));
    QVERIFY(lines.size() > 100);
    // ID numbers are masked: the fifth column has its ten stars.
    QVERIFY2(lines.at(1).section(u',', 4, 4).contains(QStringLiteral("**********")),
             qPrintable(lines.at(1)));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("residentCount"))
                ->text()
                .contains(QStringLiteral("exported")));
}

void TestMainWindow::anonymiseFromTheHouseholdFile() {
    const HouseholdId household = someHousehold();
    m_window->showPage(MainWindow::Registry);
    m_window->registryPage()->showHousehold(household);
    auto *file = m_window->registryPage()->householdFile();
    auto *members = file->findChild<QTableView *>(QStringLiteral("memberTable"));
    auto *anonymise = file->findChild<QPushButton *>(QStringLiteral("anonymiseButton"));
    QVERIFY(anonymise && anonymise->isVisible());
    members->selectRow(0);
    const QString name = members->model()->index(0, 0).data().toString();
    QVERIFY(anonymise->isEnabled());
    QString asked;
    test::whenDialogOpens(this, [&](QWidget *box) {
        asked = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(anonymise, Qt::LeftButton);
    QVERIFY2(asked.contains(name), qPrintable(asked));
    QTRY_COMPARE(members->model()->index(0, 0).data().toString(), QStringLiteral("（已匿名）"));
    members->selectRow(0);
    QVERIFY(!anonymise->isEnabled());
    QVERIFY(!file->findChild<QPushButton *>(QStringLiteral("editResidentButton"))->isEnabled());
}

void TestMainWindow::readOnlyCopySaysWhyAndKeepsTheForm() {
    // A second desk opening the file another desk holds reads it, and changes nothing.
    const QString reason =
        QStringLiteral("王芳 has it open at the duty desk; this copy is read-only.");
    auto database = Database::open(m_dir.filePath(QStringLiteral("demo.linli")),
                                   Database::Mode::OpenExisting, reason);
    QVERIFY2(database, qPrintable(database.error()));
    Workspace workspace(std::move(*database));
    MainWindow window(workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->text(), reason);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner")));

    const HouseholdId household = someHousehold();
    window.showPage(MainWindow::Registry);
    window.registryPage()->showHousehold(household);
    auto *file = window.registryPage()->householdFile();
    auto *members = file->findChild<QTableView *>(QStringLiteral("memberTable"));
    const int before = members->model()->rowCount();
    QString told;
    bool keptOpen = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        test::typeWithInputMethod(name, QStringLiteral("只读新人"));
        test::whenDialogOpens(this, [&](QWidget *box) {
            told = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))->text();
            box->close();
        });
        QTest::mouseClick(save, Qt::LeftButton);
        // The form is still there, filled in, for when the file can be written again.
        keptOpen = dialog->isVisible() && name->text() == QStringLiteral("只读新人");
        dialog->close();
    });
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("addResidentButton")),
                      Qt::LeftButton);
    QCOMPARE(told, reason);
    QVERIFY(keptOpen);
    QCOMPARE(members->model()->rowCount(), before);
}

void TestMainWindow::everyPageHasItsChapterInBothGuides_data() {
    QTest::addColumn<int>("page");
    for (int page = 0; page < MainWindow::PageCount; ++page)
        QTest::newRow(qPrintable(MainWindow::helpTopic(MainWindow::Page(page)))) << page;
}

void TestMainWindow::everyPageHasItsChapterInBothGuides() {
    QFETCH(int, page);
    const QString topic = MainWindow::helpTopic(MainWindow::Page(page));
    for (const char *guide : {":/help/user-guide.md", ":/help/user-guide.zh_CN.md"})
        QVERIFY2(
            HelpBrowser::hasTopic(QString::fromLatin1(guide), topic),
            qPrintable(
                QStringLiteral("%1 has no chapter \"%2\"").arg(QString::fromLatin1(guide), topic)));
}

void TestMainWindow::theGuidesPicturesComeWithIt() {
    static const QRegularExpression picture(QStringLiteral("\\]\\((screenshots/[^)]+\\.png)\\)"));
    for (const char *guide : {":/help/user-guide.md", ":/help/user-guide.zh_CN.md"}) {
        QFile file(QString::fromLatin1(guide));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        int pictures = 0;
        for (auto it = picture.globalMatch(text); it.hasNext(); ++pictures) {
            const QString path = QStringLiteral(":/help/") + it.next().captured(1);
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
        QVERIFY(pictures >= 8);
    }
}

void TestMainWindow::f1OpensTheGuideAtThePage() {
    m_window->showPage(MainWindow::Mediation);
    auto *guide = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->focusWidget() ? m_window->focusWidget() : m_window.get(), Qt::Key_F1);
    HelpBrowser *help = nullptr;
    QTRY_VERIFY((help = m_window->findChild<HelpBrowser *>()) && help->isVisible());
    QTextBrowser *text = help->browser();
    QCOMPARE(text->source().fragment(), QStringLiteral("mediation"));
    // Rendered, not shown as Markdown source; the anchor taken as one, and scrolled to.
    const QString shown = text->document()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Mediation cases and their sessions")));
    QVERIFY(!shown.contains(QStringLiteral("<a name")));
    QVERIFY(!shown.contains(QStringLiteral("## ")));
    QTRY_VERIFY(text->verticalScrollBar()->value() > 0);
    const QString top = text->cursorForPosition(QPoint(5, 5)).block().text();
    QVERIFY2(shown.indexOf(top) >= shown.indexOf(QStringLiteral("Mediation cases")) - 400,
             qPrintable(top));
    // The pictures come with it.
    QVERIFY(!text->document()
                 ->resource(QTextDocument::ImageResource,
                            QUrl(QStringLiteral("qrc:/help/screenshots/07-mediation-week.png")))
                 .isNull());
    help->close();
}

void TestMainWindow::everyButtonSaysWhatItDoes() {
    // Every page is built with the window: each of its buttons has a tooltip.
    QStringList silent;
    for (const QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (!button->text().isEmpty() && button->toolTip().isEmpty())
            silent << button->text() + u'(' + button->objectName() + u')';
    }
    // And every list says what to do when it is empty.
    for (const QTableView *table : m_window->findChildren<QTableView *>()) {
        if (emptyHintOf(table).isEmpty())
            silent << QStringLiteral("list ") + table->objectName();
    }
    // And each action of the menus.
    for (const QAction *action : m_window->menuBar()->actions()) {
        if (!action->menu())
            continue;
        for (const QAction *item : action->menu()->actions()) {
            if (!item->isSeparator() && item->toolTip() == QString(item->text()).remove(u'&'))
                silent << item->text();
        }
    }
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));
}

void TestMainWindow::anUnreachableServerOffersAnotherPlace() {
    const QString before = DeskSettings::databasePath();
    const QString server = QStringLiteral("postgresql://linli@10.0.0.5:5432/hongqi");
    // Try again: nothing changes.
    test::whenDialogOpens(this, [](QWidget *box) {
        QVERIFY(box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))
                    ->text()
                    .contains(QStringLiteral("Connection refused")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("tryAgainButton")),
                          Qt::LeftButton);
    });
    QCOMPARE(ServerLogin::whenUnreachable(server, QStringLiteral("Connection refused")),
             ServerLogin::Next::TryAgain);
    // Another place: the desk's file, kept for the start that follows.
    const QString file = m_dir.filePath(QStringLiteral("desk.linli"));
    test::whenDialogOpens(this, [this, file](QWidget *box) {
        test::whenDialogOpens(this, [file](QWidget *dialog) {
            dialog->findChild<QRadioButton *>(QStringLiteral("fileChoice"))->click();
            dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(file);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("changeLocationButton")),
                          Qt::LeftButton);
    });
    QCOMPARE(ServerLogin::whenUnreachable(server, QStringLiteral("Connection refused")),
             ServerLogin::Next::Moved);
    QCOMPARE(DeskSettings::databasePath(), file);
    DeskSettings::setDatabasePath(before);
}

void TestMainWindow::aSubDistrictDeskChoosesItsCommunity() {
    // A sub-district's database of two communities, a resident in each.
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("street.linli")));
    QVERIFY2(database, qPrintable(database.error()));
    Workspace workspace(std::move(*database));
    RegistryService &registry = workspace.registry();
    QList<CommunityId> communities;
    for (const auto &[community, person] :
         {std::pair{QStringLiteral("红旗社区"), QStringLiteral("张桂兰")},
          std::pair{QStringLiteral("东风社区"), QStringLiteral("李秀英")}}) {
        const CommunityId c = *registry.addCommunity({{}, community, {}, {}});
        const CompoundId compound =
            *registry.addCompound({{}, c, community + QStringLiteral("小区"), CompoundKind::Old});
        const BuildingId building =
            *registry.addBuilding({{}, compound, QStringLiteral("1栋"), {}});
        const UnitId unit = *registry.addUnit({{}, building, QStringLiteral("1单元")});
        Resident r;
        r.householdId = *registry.addHousehold(unit, QStringLiteral("101"));
        r.name = person;
        r.relation = Relation::Head;
        QVERIFY(registry.addResident(r));
        communities << c;
        Complaint complaint;
        complaint.receivedAt = workspace.database().clock().now();
        complaint.reporter = {{}, person, QStringLiteral("13907321234")};
        complaint.place = {compound, building, unit, r.householdId, community};
        complaint.summary = QStringLiteral("楼道灯坏了");
        complaint.categoryId = workspace.complaints().complaints().categories()->first().id;
        QVERIFY(workspace.complaints().log(complaint));
    }
    // The whole sub-district's complaints say whose each is; a community's need not.
    auto complaintsShown = [](MainWindow &window) {
        return window.complaintsPage()->findChild<QTableView *>(QStringLiteral("complaintTable"));
    };
    auto residentsShown = [](MainWindow &window) {
        return window.residentsPage()
            ->findChild<QTableView *>(QStringLiteral("residentTable"))
            ->model()
            ->rowCount();
    };

    MainWindow window(workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *chooser = window.findChild<QComboBox *>(QStringLiteral("communityChooser"));
    QVERIFY(chooser);
    QCOMPARE(chooser->count(), 3);
    QCOMPARE(chooser->currentText(), QStringLiteral("Whole sub-district"));
    window.showPage(MainWindow::Residents);
    QTRY_COMPARE(residentsShown(window), 2);
    QTableView *figures = window.dashboardPage()->communityFigures();
    QVERIFY(figures);
    // Read when the dashboard shows its tab, not before.
    QCOMPARE(figures->model()->rowCount(), 0);
    window.showPage(MainWindow::Dashboard);
    auto *views = window.dashboardPage()->findChild<QTabWidget *>(QStringLiteral("dashboardViews"));
    views->setCurrentWidget(figures);
    QTRY_COMPARE(figures->model()->rowCount(), 2);
    views->setCurrentIndex(0);
    window.showPage(MainWindow::Residents);
    QTableView *complaints = complaintsShown(window);
    QTRY_COMPARE(complaints->model()->rowCount(), 2);
    QVERIFY(!complaints->isColumnHidden(ComplaintListModel::Community));
    QStringList whose;
    for (int row = 0; row < 2; ++row)
        whose << complaints->model()->index(row, ComplaintListModel::Community).data().toString();
    whose.sort();
    QCOMPARE(whose, (QStringList{QStringLiteral("东风社区"), QStringLiteral("红旗社区")}));

    // The desk works in 东风社区: the pages are built again over it, on the same page.
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_End);
    QCOMPARE(chooser->currentText(), QStringLiteral("东风社区"));
    QCOMPARE(workspace.database().session().community, communities.at(1));
    QCOMPARE(window.currentPage(), MainWindow::Residents);
    QTRY_COMPARE(residentsShown(window), 1);
    QCOMPARE(window.residentsPage()
                 ->findChild<QTableView *>(QStringLiteral("residentTable"))
                 ->model()
                 ->index(0, 0)
                 .data()
                 .toString(),
             QStringLiteral("李秀英"));
    QVERIFY(!window.dashboardPage()->communityFigures());
    complaints = complaintsShown(window);
    QTRY_COMPARE(complaints->model()->rowCount(), 1);
    QVERIFY(complaints->isColumnHidden(ComplaintListModel::Community));

    // Back to the whole, and from the dashboard's table into 红旗社区.
    QTest::keyClick(chooser, Qt::Key_Home);
    QVERIFY(!workspace.database().session().community.isValid());
    window.showPage(MainWindow::Dashboard);
    figures = window.dashboardPage()->communityFigures();
    QVERIFY(figures);
    views = window.dashboardPage()->findChild<QTabWidget *>(QStringLiteral("dashboardViews"));
    QTest::mouseClick(views->tabBar(), Qt::LeftButton, {}, views->tabBar()->tabRect(1).center());
    QTRY_VERIFY(figures->isVisible());
    QTRY_COMPARE(figures->model()->rowCount(), 2);
    const QRect row = figures->visualRect(figures->model()->index(0, 0));
    QTest::mouseClick(figures->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(figures->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_COMPARE(workspace.database().session().community, communities.at(0));
    QCOMPARE(chooser->currentText(), QStringLiteral("红旗社区"));
    window.showPage(MainWindow::Residents);
    QTRY_COMPARE(residentsShown(window), 1);

    // The desk remembers where it worked: the next start opens there.
    UserSession whole = workspace.database().session();
    whole.community = {};
    workspace.database().setSession(whole);
    {
        MainWindow again(workspace);
        QCOMPARE(workspace.database().session().community, communities.at(0));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("communityChooser"))->currentText(),
                 QStringLiteral("红旗社区"));
    }

    // An account of one community is told where it works, and chooses nothing.
    UserSession clerk = workspace.database().session();
    clerk.community = communities.at(1);
    clerk.boundToCommunity = true;
    workspace.database().setSession(clerk);
    MainWindow bound(workspace);
    QVERIFY(!bound.findChild<QComboBox *>(QStringLiteral("communityChooser")));
    auto *label = bound.findChild<QLabel *>(QStringLiteral("communityLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("东风社区")));
}

void TestMainWindow::searchesSupersedeEachOther() {
    // Typed faster than the searches run: each new one supersedes the one before, and only the
    // last one's rows are handed back — once.
    ResidentSearcher searcher(m_workspace->database());
    QStringList answered;
    int total = -1;
    for (const QString &text : {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"),
                                QStringLiteral("王小")}) {
        searcher.search({text, false}, 50, [&, text](ResidentSearcher::FirstPage page) {
            answered << text;
            QVERIFY2(page, qPrintable(page.error()));
            total = page->total;
            for (const ResidentListEntry &entry : page->rows)
                QVERIFY2(entry.resident.name.contains(QStringLiteral("王小")) ||
                             entry.address.contains(QStringLiteral("王小")),
                         qPrintable(entry.resident.name));
        });
    }
    QVERIFY(searcher.isSearching());
    QTRY_VERIFY(!searcher.isSearching());
    QCOMPARE(answered, QStringList{QStringLiteral("王小")});
    QVERIFY(total >= 0);
    // The count agrees with the same search on this thread.
    QCOMPARE(
        total,
        m_workspace->registry().residents().firstPage({QStringLiteral("王小"), false}, 50)->total);
}

void TestMainWindow::theDeskCanMoveToTheOfficesServer() {
    const QString before = DeskSettings::databasePath();
    MainWindow window(*m_workspace);
    window.show();
    window.showPage(MainWindow::Settings);
    auto *where = window.findChild<QLabel *>(QStringLiteral("databaseLocation"));
    QVERIFY(where && where->text().contains(QStringLiteral("demo.linli")));

    // A password in the address is refused in the dialog, which stays open; a good address is
    // kept for the next start.
    QString refusal;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice")),
                          Qt::LeftButton);
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QVERIFY(server->isEnabled());
        server->clear();
        QTest::keyClicks(server, QStringLiteral("postgresql://linli:secret@10.0.0.5/hongqi"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        refusal = dialog->findChild<QLabel *>(QStringLiteral("locationProblem"))->text();
        server->clear();
        QTest::keyClicks(server, QStringLiteral("postgresql://linli@10.0.0.5/hongqi"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("databaseLocationButton")),
                      Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("password")), qPrintable(refusal));
    QCOMPARE(DeskSettings::databasePath(),
             QStringLiteral("postgresql://linli@10.0.0.5:5432/hongqi"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("settingsStatus"));
    QVERIFY(status->text().contains(QStringLiteral("next start")));
    DeskSettings::setDatabasePath(before);
}

void TestMainWindow::backupsTabBacksUpChecksAndAsksForRestore() {
    MainWindow window(*m_workspace);
    window.show();
    window.showPage(MainWindow::Settings);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupTable"));
    QVERIFY(tabs && table);
    tabs->setCurrentWidget(table->parentWidget());
    const int before = table->model()->rowCount();

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("backUpNowButton")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), before + 1);
    QVERIFY(table->model()->index(0, 1).data().toString().contains(QStringLiteral("by hand")));

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("checkDatabaseButton")),
                      Qt::LeftButton);
    auto *result = window.findChild<QLabel *>(QStringLiteral("checkResult"));
    QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));

    // Restoring asks first, then hands the backup to the program and closes the window.
    auto *restore = window.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QVERIFY(!restore->isEnabled());
    table->selectRow(0);
    QVERIFY(restore->isEnabled());
    QString asked;
    test::whenDialogOpens(this, [&](QWidget *box) {
        asked = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("kept beside it")), qPrintable(asked));
    QVERIFY(window.pendingRestore().contains(QStringLiteral("manual")));
    QVERIFY(!window.isVisible());

    // The desk remembers each file's backup folder, for the day the file cannot be read.
    const QString live = m_workspace->database().path();
    DeskSettings::rememberBackupFolder(live, QStringLiteral("/media/usb/linli-backups"));
    QCOMPARE(DeskSettings::backupFolderOf(live), QStringLiteral("/media/usb/linli-backups"));
    QVERIFY(DeskSettings::backupFolderOf(live + QStringLiteral(".other")).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
