// What the window reads, keeps and shows as the user moves about it: pages read their lists when
// they are first shown, the dashboard's reloads leave nothing behind, a jump to the end of the
// complaints list reads the rows in view and they are the right ones, a search starts at the key.
#include "complaints/complaintrepository.h"
#include "complaints/complaintspage.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "mediation/mediationpage.h"
#include "registry/residentrepository.h"
#include "reports/dashboardcharts.h"
#include "reports/dashboardpage.h"
#include "residents/residentspage.h"
#include "support/uitesting.h"
#include "widgets/formdialog.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace linli;

class TestWindowWork final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aHiddenPageReadsNothingUntilShown();
    void dashboardReloadsLeaveNoChartBehind();
    void theEndOfTheComplaintsListIsItsOldest();
    void theEndOfTheResidentsListIsItsLast();
    void aSearchStartsAtTheKey();
    void aClickWhileASaveWaitsSavesNothingMore();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowWork::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("LinliTest"));
    m_path = m_dir.filePath(QStringLiteral("demo.linli"));
    auto database = Database::open(m_path);
    QVERIFY2(database, qPrintable(database.error()));
    QVERIFY(DemoGenerator(**database, DemoGenerator::Scale::Community)
                .generate(QDateTime::currentDateTime()));
}

void TestWindowWork::init() {
    auto database = Database::open(m_path, Database::Mode::OpenExisting);
    QVERIFY2(database, qPrintable(database.error()));
    (*database)->setOperatorName(QStringLiteral("值班员小李"));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowWork::cleanup() {
    m_window.reset();
    m_workspace.reset();
}

void TestWindowWork::aHiddenPageReadsNothingUntilShown() {
    // The window opens on the duty desk; the mediation page has not been looked at.
    QCOMPARE(m_window->currentPage(), MainWindow::DutyDesk);
    auto *cases = m_window->mediationPage()->findChild<QTableView *>(QStringLiteral("caseTable"));
    QCOMPARE(cases->model()->rowCount(), 0);
    m_window->showPage(MainWindow::Mediation);
    QVERIFY(cases->model()->rowCount() > 0);
    // Hidden again, it waits; shown, it reads again what changed meanwhile.
    const int shown = cases->model()->rowCount();
    m_window->showPage(MainWindow::DutyDesk);
    auto *openOnly =
        m_window->mediationPage()->findChild<QAbstractButton *>(QStringLiteral("openCasesOnly"));
    openOnly->setChecked(!openOnly->isChecked());
    QCOMPARE(cases->model()->rowCount(), shown);
    m_window->showPage(MainWindow::Mediation);
    QVERIFY(cases->model()->rowCount() != shown);
}

void TestWindowWork::dashboardReloadsLeaveNoChartBehind() {
    m_window->showPage(MainWindow::Dashboard);
    auto *charts = m_window->dashboardPage()->findChild<DashboardCharts *>();
    auto *period =
        m_window->dashboardPage()->findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
    const auto itemsNow = [&] {
        qsizetype items = 0;
        for (QChart *chart : charts->charts())
            items += chart->scene()->items().size();
        return items;
    };
    period->setFocus();
    QTest::keyClick(period, Qt::Key_Up);
    QTest::keyClick(period, Qt::Key_Down);
    const qsizetype items = itemsNow();
    QPointer<QChart> first = charts->charts().constFirst();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(period, i % 2 == 0 ? Qt::Key_Up : Qt::Key_Down);
    // Back on the same period: the same drawing, and the charts it replaced are gone.
    QCOMPARE(itemsNow(), items);
    QVERIFY(first.isNull());
    QCOMPARE(charts->charts().constFirst()->series().size(), 1);
    // The overdue tile stands out while its figure is above nought, after every reload too.
    auto *overdue = m_window->dashboardPage()->findChild<QToolButton *>(QStringLiteral("tile1"));
    const bool any = overdue->text().section(u'\n', 0, 0).toInt() > 0;
    QCOMPARE(overdue->styleSheet().contains(QStringLiteral("#fff3dc")), any);
    auto *open = m_window->dashboardPage()->findChild<QToolButton *>(QStringLiteral("tile0"));
    QVERIFY(!open->styleSheet().contains(QStringLiteral("#fff3dc")));
}

void TestWindowWork::theEndOfTheComplaintsListIsItsOldest() {
    m_window->showPage(MainWindow::Complaints);
    auto *table =
        m_window->complaintsPage()->findChild<QTableView *>(QStringLiteral("complaintTable"));
    QAbstractItemModel *model = table->model();
    // Every complaint, page by page as core hands them out: what the list must show, in order.
    const ComplaintRepository repository(m_workspace->database());
    QList<QString> numbers;
    std::optional<ComplaintPageKey> after;
    for (;;) {
        const auto page = repository.listPage({}, after, 200);
        QVERIFY(page);
        for (const ComplaintListEntry &e : *page)
            numbers << e.number();
        if (page->size() < 200)
            break;
        after = ComplaintPageKey{page->constLast().receivedAt, page->constLast().id.value};
    }
    QVERIFY2(numbers.size() > 400, "the demo has more than two pages of complaints");
    // The scroll bar is the list's true length from the start.
    QCOMPARE(model->rowCount(), int(numbers.size()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), int(numbers.size() - 1));
    QCOMPARE(model->index(table->currentIndex().row(), 0).data().toString(), numbers.constLast());
    // Up from the end and down from the middle: each row where the pages put it.
    for (const int row : {int(numbers.size() - 1), int(numbers.size() - 201), 250, 199, 200, 0})
        QCOMPARE(model->index(row, 0).data().toString(), numbers.at(row));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 0);
    // From the end, another state's list starts at its first row.
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(table->verticalScrollBar()->value() > 0);
    auto *state = m_window->complaintsPage()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    state->setFocus();
    QTest::keyClick(state, Qt::Key_Down);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
}

void TestWindowWork::theEndOfTheResidentsListIsItsLast() {
    m_window->showPage(MainWindow::Residents);
    ResidentsPage *page = m_window->residentsPage();
    QTRY_VERIFY(!page->isSearching());
    auto *table = page->findChild<QTableView *>(QStringLiteral("residentTable"));
    QAbstractItemModel *model = table->model();
    const ResidentRepository repository(m_workspace->database());
    QStringList names;
    std::optional<ResidentPageKey> after;
    for (;;) {
        const auto rows = repository.page({}, after, 500);
        QVERIFY(rows);
        for (const ResidentListEntry &e : *rows)
            names << e.resident.name;
        if (rows->size() < 500)
            break;
        after = ResidentPageKey{rows->constLast().sortKey, rows->constLast().resident.id.value};
    }
    QCOMPARE(model->rowCount(), int(names.size()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), int(names.size() - 1));
    for (const int row : {int(names.size() - 1), int(names.size() / 2), 201, 0})
        QCOMPARE(model->index(row, 0).data().toString(), names.at(row));
    // Scrolled to the end, a search shows its first matches, not the bottom of its list.
    QVERIFY(table->verticalScrollBar()->value() > 0);
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("residentSearch"));
    field->setFocus();
    QTest::keyClick(field, 'z');
    QTRY_VERIFY(!page->isSearching());
    QVERIFY(model->rowCount() > 100);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    QCOMPARE(table->indexAt(QPoint(1, 1)).row(), 0);
}

void TestWindowWork::aSearchStartsAtTheKey() {
    m_window->showPage(MainWindow::Residents);
    ResidentsPage *page = m_window->residentsPage();
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("residentSearch"));
    QTRY_VERIFY(!page->isSearching());
    field->setFocus();
    QTest::keyClick(field, 'z');
    // Under way at once, on its own thread: no pause in the typing is waited for.
    QVERIFY(page->isSearching());
    QTRY_VERIFY(!page->isSearching());
}

// A save that waits (another desk holds the record) while the user clicks OK again: the second
// click lands on the dialog shut while it saved and does nothing, instead of saving again once
// the user has been told the first save was refused.
void TestWindowWork::aClickWhileASaveWaitsSavesNothingMore() {
    QWidget window;
    window.show();
    int saves = 0;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("formOk"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(saves, 1);
        QVERIFY(ok->isEnabled()); // open again once the save is done
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("formError"));
        QCOMPARE(error->text(), QStringLiteral("乙台 changed this record"));
        QTest::mouseClick(ok, Qt::LeftButton); // a click made now is the user's: it saves
        QCOMPARE(saves, 2);
        qobject_cast<QDialog *>(dialog)->reject();
    });
    FormDialog::run(&window, QStringLiteral("A form"), {}, [&] {
        ++saves;
        auto *ok =
            QApplication::activeModalWidget()->findChild<QPushButton *>(QStringLiteral("formOk"));
        // The second click, made while this save waits: queued, as the window system holds it.
        const QPoint centre = ok->rect().center();
        for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease})
            QCoreApplication::postEvent(
                ok,
                new QMouseEvent(type, centre, ok->mapToGlobal(centre), Qt::LeftButton,
                                type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                                Qt::NoModifier));
        return Status::failure(QStringLiteral("乙台 changed this record"));
    });
    QCOMPARE(saves, 2);
}

QTEST_MAIN(TestWindowWork)
#include "tst_windowwork.moc"
