#include "complaints/complaintdetailwidget.h"
#include "complaints/complaintintakewidget.h"
#include "complaints/complaintlistmodel.h"
#include "complaints/complaintservice.h"
#include "complaints/complaintspage.h"
#include "complaints/dutydeskpage.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "registry/registryservice.h"
#include "storage/statement.h"
#include "support/uitesting.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace linli;

// The duty desk, driven like a person at the keyboard.
class TestComplaintDesk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void logsAComplaintWithTheKeyboardAlone();
    void aComplaintIsReceivedWhenSavedUnlessTheTimeWasSet();
    void theComplaintMovesOnFromItsDetail();
    void aComplaintChangedAtAnotherDeskIsNotOverwritten();
    void aRegisteredResidentIsFoundAsYouType();
    void aNewCategoryReachesTheDesk();
    void aComplaintRoutedToMediationBecomesACase();
    void theRosterShowsWhoIsOnDuty();
    void thePhoneIsShownInFullOnlyToCallBack();

private:
    static QWidget *focus() { return QApplication::focusWidget(); }
    static void type(const QString &text);
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /// A walk-in's matter logged at the duty desk with the keyboard alone; its number.
    void logAtTheDesk(QString &number, bool receivedNow = true);
    /// The complaints page showing complaint `number`, found by its search and chosen.
    void showInTheList(const QString &number);

    static inline const QDateTime kNow{QDate(2025, 3, 27), QTime(14, 0)};
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kNow);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestComplaintDesk::type(const QString &text) {
    // Chinese arrives through the input method; digits and letters as key presses.
    if (text.front().unicode() > 0x7f) {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(focus(), &event);
    } else {
        QTest::keyClicks(focus(), text);
    }
}

void TestComplaintDesk::press(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QTest::keyClick(focus(), key, modifiers);
}

void TestComplaintDesk::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("LinliTest"));
    auto database = Database::open(m_dir.filePath(QStringLiteral("demo.linli")));
    QVERIFY2(database, qPrintable(database.error()));
    // The desk's own clock, on a working Thursday afternoon: no test depends on the hour it
    // runs at (an hour before midnight is another day).
    (*database)->setClock(m_clock);
    QVERIFY(DemoGenerator(**database, DemoGenerator::Scale::Community).generate(kNow));
    (*database)->setOperatorName(QStringLiteral("值班员小李"));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestComplaintDesk::cleanupTestCase() {
    m_window.reset();
    m_workspace.reset();
}

// QTest's checks return from the function they are in: the number stays empty then, and the
// test that asked refuses it.
void TestComplaintDesk::logAtTheDesk(QString &number, bool receivedNow) {
    number.clear();
    m_window->showPage(MainWindow::DutyDesk);
    auto *desk = m_window->dutyDeskPage();
    auto *today = desk->findChild<QTableView *>(QStringLiteral("todayTable"));
    // What the desk says it received today, and the list showing all of it (the list fetches
    // its rows as the view asks for them: the demo may have logged some today already).
    const QString title = desk->findChild<QLabel *>(QStringLiteral("todayTitle"))->text();
    const int before = title.mid(title.lastIndexOf(u' ') + 1).toInt();
    QTRY_COMPARE(today->model()->rowCount(), before);
    auto *reporter = desk->findChild<QLineEdit *>(QStringLiteral("reporterEdit"));
    QTRY_COMPARE(focus(), static_cast<QWidget *>(reporter));

    type(QStringLiteral("路过的刘先生")); // a walk-in, not in the registry
    press(Qt::Key_Escape);                // close any completion list
    QTRY_COMPARE(focus(), static_cast<QWidget *>(reporter));
    press(Qt::Key_Tab);
    type(QStringLiteral("13912345678"));
    press(Qt::Key_Tab); // compound
    press(Qt::Key_Down);
    press(Qt::Key_Tab); // building
    press(Qt::Key_Down);
    press(Qt::Key_Tab); // unit
    press(Qt::Key_Down);
    press(Qt::Key_Tab); // channel: a visit, as it is
    press(Qt::Key_Tab); // category
    press(Qt::Key_Down);
    press(Qt::Key_Tab); // urgent
    press(Qt::Key_Space);
    press(Qt::Key_Tab); // summary
    QCOMPARE(focus()->objectName(), QStringLiteral("summaryEdit"));
    type(QStringLiteral("楼道灯全坏了，老人夜里摔倒"));
    press(Qt::Key_Return, Qt::ControlModifier);

    auto *status = desk->findChild<QLabel *>(QStringLiteral("intakeStatus"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Logged as ")));
    const QString logged = status->text().mid(10, 9);
    QTRY_COMPARE(today->model()->rowCount(), before + 1);
    // Received now, it heads today's list; received earlier, it stands further down.
    if (receivedNow)
        QCOMPARE(today->model()->index(0, 0).data().toString(), logged);
    // The form is ready for the next visitor.
    QVERIFY(reporter->text().isEmpty());
    QTRY_COMPARE(focus(), static_cast<QWidget *>(reporter));
    number = logged;
}

void TestComplaintDesk::logsAComplaintWithTheKeyboardAlone() {
    QCOMPARE(m_window->currentPage(), MainWindow::DutyDesk);
    QString number;
    logAtTheDesk(number);
    QCOMPARE(number.size(), 9);

    // It is in the complaints list, urgent, with the walk-in and the place chosen.
    ComplaintFilter byNumber;
    byNumber.text = number;
    const auto found = m_workspace->complaints().complaints().page(byNumber, std::nullopt, 5);
    QCOMPARE(found->size(), 1);
    const Complaint &c = found->first();
    QCOMPARE(c.reporter.name, QStringLiteral("路过的刘先生"));
    QVERIFY(!c.reporter.residentId.isValid());
    QCOMPARE(c.urgency, Urgency::Urgent);
    QCOMPARE(c.channel, Channel::Visit);
    QVERIFY(c.place.unitId.isValid());
    QVERIFY(c.place.description.contains(QStringLiteral("单元")));
    QCOMPARE(c.loggedBy, QStringLiteral("值班员小李"));
}

// A form opened at 9:00 and saved at 9:25 logs the visit at 9:25, not at the time the form was
// cleared; a time the user set (a message taken earlier) is kept as set.
void TestComplaintDesk::aComplaintIsReceivedWhenSavedUnlessTheTimeWasSet() {
    // The form is cleared at 13:00 and the visit saved at 13:25.
    const QDateTime opened = kNow.addSecs(-3600);
    m_clock->set(opened);
    m_window->showPage(MainWindow::DutyDesk);
    auto *intake = m_window->dutyDeskPage()->findChild<ComplaintIntakeWidget *>();
    QVERIFY(intake);
    intake->startNext();
    m_clock->set(opened.addSecs(25 * 60));
    QString number;
    logAtTheDesk(number, false); // before the others of today: not at the head of the list
    QVERIFY(!number.isEmpty());
    ComplaintFilter byNumber;
    byNumber.text = number;
    const auto found = m_workspace->complaints().complaints().page(byNumber, std::nullopt, 5);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().receivedAt, opened.addSecs(25 * 60));

    // Set by hand to the time a message was left two hours before: saved as set.
    const QDateTime left = m_clock->now().addSecs(-2 * 3600);
    intake->findChild<QDateTimeEdit *>(QStringLiteral("receivedAtEdit"))->setDateTime(left);
    logAtTheDesk(number, false);
    m_clock->set(kNow);
    QVERIFY(!number.isEmpty());
    byNumber.text = number;
    const auto message = m_workspace->complaints().complaints().page(byNumber, std::nullopt, 5);
    QCOMPARE(message->size(), 1);
    QCOMPARE(message->first().receivedAt, left);
}

void TestComplaintDesk::showInTheList(const QString &number) {
    m_window->showPage(MainWindow::Complaints);
    auto *page = m_window->complaintsPage();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("complaintSearch"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("complaintTable"));
    search->clear();
    QTest::keyClicks(search, number);
    // The list of the last search may have one row too: wait for this search's.
    QTRY_VERIFY(table->model()->rowCount() == 1 &&
                table->model()->index(0, 0).data().toString() == number);
    table->selectRow(0);
    auto *header = page->findChild<QLabel *>(QStringLiteral("complaintHeader"));
    QTRY_VERIFY(header->text().startsWith(number));
}

void TestComplaintDesk::theComplaintMovesOnFromItsDetail() {
    QString number;
    logAtTheDesk(number);
    QCOMPARE(number.size(), 9);
    showInTheList(number);
    QVERIFY(!QTest::currentTestFailed());
    auto *page = m_window->complaintsPage();

    // Registered: assign it to the community level, to a named grid worker.
    bool assigned = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *level = dialog->findChild<QComboBox *>(QStringLiteral("levelCombo"));
        level->setCurrentIndex(level->findText(QStringLiteral("Community")));
        auto *handler = dialog->findChild<QLineEdit *>(QStringLiteral("handlerEdit"));
        handler->setText(QStringLiteral("网格员周敏"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOk")),
                          Qt::LeftButton);
        assigned = true;
    });
    QTest::mouseClick(page->findChild<QPushButton *>(
                          QStringLiteral("action_%1").arg(int(ComplaintAction::Assign))),
                      Qt::LeftButton);
    QVERIFY(assigned);
    auto *facts = page->findChild<QLabel *>(QStringLiteral("complaintFacts"));
    QTRY_VERIFY(facts->text().contains(QStringLiteral("网格员周敏")));
    QVERIFY(facts->text().contains(QStringLiteral("assigned")));

    // Resolving without saying what was done is refused inside the dialog.
    bool refused = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOk")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("actionError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Say what was done to resolve it."));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionText"))
            ->setPlainText(QStringLiteral("更换楼道灯"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOk")),
                          Qt::LeftButton);
        refused = true;
    });
    QTest::mouseClick(page->findChild<QPushButton *>(
                          QStringLiteral("action_%1").arg(int(ComplaintAction::Resolve))),
                      Qt::LeftButton);
    QVERIFY(refused);
    QTRY_VERIFY(facts->text().contains(QStringLiteral("更换楼道灯")));
    auto *events = page->findChild<QTableView *>(QStringLiteral("complaintEvents"));
    QCOMPARE(events->model()->rowCount(), 3);
    QCOMPARE(events->model()->index(2, 2).data().toString(), QStringLiteral("Resolved"));
    // A resolved complaint offers the answer, not another resolve.
    QVERIFY(page->findChild<QPushButton *>(
        QStringLiteral("action_%1").arg(int(ComplaintAction::Answer))));
    QVERIFY(!page->findChild<QPushButton *>(
        QStringLiteral("action_%1").arg(int(ComplaintAction::Resolve))));
}

// The complaint on screen is assigned meanwhile at another desk (another program on the same
// file). Assigning it here to someone else is refused in the dialog, naming that desk, and the
// complaint keeps the other desk's handler until it is shown again.
void TestComplaintDesk::aComplaintChangedAtAnotherDeskIsNotOverwritten() {
    // A registered complaint of this test's own, at a place and of a kind the demo has.
    const auto any = m_workspace->complaints().complaints().page({}, std::nullopt, 1);
    QVERIFY(any && !any->isEmpty());
    Complaint draft;
    draft.receivedAt = m_clock->now();
    draft.channel = Channel::Visit;
    draft.reporter = {{}, QStringLiteral("路过的刘先生"), QStringLiteral("13912345678")};
    draft.place = any->constFirst().place;
    draft.categoryId = any->constFirst().categoryId;
    draft.summary = QStringLiteral("单元门禁坏了");
    const auto logged = m_workspace->complaints().log(draft);
    QVERIFY2(logged, qPrintable(logged.error()));
    const QString number = logged->number();
    showInTheList(number);
    QVERIFY(!QTest::currentTestFailed());
    auto *page = m_window->complaintsPage();
    auto *table = page->findChild<QTableView *>(QStringLiteral("complaintTable"));

    auto otherDesk =
        Database::open(m_dir.filePath(QStringLiteral("demo.linli")), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    (*otherDesk)->setOperatorName(QStringLiteral("乙台"));
    {
        RegistryService registry(**otherDesk);
        ComplaintService complaints(**otherDesk, registry);
        const auto shown = complaints.complaints().page(
            [&] {
                ComplaintFilter filter;
                filter.text = number;
                return filter;
            }(),
            std::nullopt, 1);
        QVERIFY(shown && shown->size() == 1);
        QVERIFY(complaints.assign(shown->constFirst(), Level::Building, QStringLiteral("楼长王海"),
                                  {}, {}));
    }

    QString said;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("handlerEdit"))
            ->setText(QStringLiteral("网格员周敏"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOk")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("actionError"));
        said = error->isVisible() ? error->text() : QString();
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(
                          QStringLiteral("action_%1").arg(int(ComplaintAction::Assign))),
                      Qt::LeftButton);
    QVERIFY2(said.startsWith(QStringLiteral("乙台 changed this record at")), qPrintable(said));
    const auto now = m_workspace->complaints().complaints().page(
        [&] {
            ComplaintFilter filter;
            filter.text = number;
            return filter;
        }(),
        std::nullopt, 1);
    QCOMPARE(now->constFirst().assignee, QStringLiteral("楼长王海"));

    // Closed unsaved, the detail and the list show 乙台's assignment, so the next step starts
    // from it and goes through.
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("complaintFacts"))
                 ->text()
                 .contains(QStringLiteral("楼长王海")),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("complaintFacts"))->text()));
    QTRY_COMPARE(table->model()->index(0, ComplaintListModel::Handler).data().toString(),
                 QStringLiteral("楼长王海"));
    auto *start = page->findChild<QPushButton *>(
        QStringLiteral("action_%1").arg(int(ComplaintAction::Start)));
    QVERIFY(start);
    said.clear();
    bool closed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOk")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("actionError"));
        said = error->isVisible() ? error->text() : QString();
        closed = !dialog->isVisible();
        if (!closed)
            static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY2(closed, qPrintable(said));
    QCOMPARE(m_workspace->complaints().complaints().complaint(logged->id)->state,
             ComplaintState::InProgress);
}

void TestComplaintDesk::aRegisteredResidentIsFoundAsYouType() {
    ResidentQuery withPhone;
    const auto residents = m_workspace->registry().residents().page(withPhone, std::nullopt, 50);
    const auto someone =
        std::find_if(residents->begin(), residents->end(),
                     [](const ResidentListEntry &e) { return !e.resident.mobile.isEmpty(); });
    QVERIFY(someone != residents->end());
    m_window->showPage(MainWindow::DutyDesk);
    auto *desk = m_window->dutyDeskPage();
    auto *reporter = desk->findChild<QLineEdit *>(QStringLiteral("reporterEdit"));
    reporter->setFocus();
    // The phone number finds exactly this resident; choose them from the list with the keyboard.
    QTest::keyClicks(reporter, someone->resident.mobile);
    auto *completer = reporter->findChild<QCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(reporter->text(), someone->resident.name);
    QCOMPARE(desk->findChild<QLineEdit *>(QStringLiteral("reporterPhoneEdit"))->text(),
             someone->resident.mobile);
    QVERIFY(desk->findChild<QLabel *>(QStringLiteral("householdLabel"))
                ->text()
                .contains(someone->address));
    // Typing over the name makes the reporter a walk-in again.
    QTest::keyClick(reporter, Qt::Key_Backspace);
    QVERIFY(desk->findChild<QLabel *>(QStringLiteral("householdLabel"))->text().isEmpty());
    desk->intake()->startNext();
}

void TestComplaintDesk::aNewCategoryReachesTheDesk() {
    m_window->showPage(MainWindow::Settings);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    tabs->setCurrentIndex(1);
    auto *categories = m_window->findChild<QTableView *>(QStringLiteral("categoryTable"));
    const int before = categories->model()->rowCount();
    bool added = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QInputMethodEvent event;
        event.setCommitString(QStringLiteral("违法建设"));
        QApplication::sendEvent(edit, &event);
        QTest::keyClick(edit, Qt::Key_Return);
        added = true;
    });
    const auto buttons = tabs->widget(1)->findChildren<QPushButton *>();
    auto add = std::find_if(buttons.begin(), buttons.end(),
                            [](QPushButton *b) { return b->text() == QStringLiteral("Add…"); });
    QVERIFY(add != buttons.end());
    QTest::mouseClick(*add, Qt::LeftButton);
    QVERIFY(added);
    QTRY_COMPARE(categories->model()->rowCount(), before + 1);
    auto *combo = m_window->dutyDeskPage()->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    QVERIFY(combo->findText(QStringLiteral("违法建设")) > 0);
}

void TestComplaintDesk::aComplaintRoutedToMediationBecomesACase() {
    ComplaintService &complaints = m_workspace->complaints();
    Complaint c;
    c.receivedAt = m_workspace->database().clock().now();
    c.reporter = {{}, QStringLiteral("周阿姨"), QStringLiteral("13911112222")};
    c.categoryId = complaints.complaints().categories()->first().id;
    c.summary = QStringLiteral("楼上漏水多次协商不成");
    const Complaint logged = *complaints.log(c);
    QVERIFY(complaints.assign(logged.id, Level::Mediation, {}, {}, QStringLiteral("转调解")));

    m_window->showPage(MainWindow::Complaints);
    m_window->complaintsPage()->showComplaint(logged.id);
    auto *open =
        m_window->complaintsPage()->findChild<QPushButton *>(QStringLiteral("openMediationButton"));
    QTRY_VERIFY(open->isVisible());
    bool accepted = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("applicantEdit"))->text(),
                 QStringLiteral("周阿姨"));
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("respondentEdit")),
                                  QStringLiteral("楼上住户"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("caseOk")),
                          Qt::LeftButton);
        accepted = !dialog->isVisible();
    });
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(accepted);
    QCOMPARE(m_window->currentPage(), MainWindow::Mediation);
    const auto cases = m_workspace->mediation().repository().cases(true);
    const auto fromComplaint =
        std::find_if(cases->begin(), cases->end(),
                     [&](const MediationCase &m) { return m.complaintId == logged.id.value; });
    QVERIFY(fromComplaint != cases->end());
    QVERIFY(fromComplaint->facts.contains(QStringLiteral("楼上漏水")));
}

void TestComplaintDesk::theRosterShowsWhoIsOnDuty() {
    m_window->showPage(MainWindow::DutyDesk);
    auto *onDuty = m_window->dutyDeskPage()->findChild<QLabel *>(QStringLiteral("onDutyToday"));
    bool edited = false;
    QString ticked;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("rosterTable"));
        auto *model = table->model();
        const int today = kNow.date().dayOfWeek() - 1;
        // Take the first staff member off or on for today, and see the desk follow.
        const QModelIndex cell = model->index(0, today);
        const bool wasOn = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        model->setData(cell, wasOn ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        ticked = wasOn ? QString() : model->headerData(0, Qt::Vertical).toString();
        dialog->close();
        edited = true;
    });
    QTest::mouseClick(
        m_window->dutyDeskPage()->findChild<QPushButton *>(QStringLiteral("rosterButton")),
        Qt::LeftButton);
    QVERIFY(edited);
    if (!ticked.isEmpty())
        QTRY_VERIFY2(onDuty->text().contains(ticked), qPrintable(onDuty->text()));
    const auto today = m_workspace->roster().on(kNow.date());
    QCOMPARE(today->isEmpty(), onDuty->text().startsWith(QStringLiteral("Nobody")));
}

// Phones are masked in the complaint's detail and in the repeat visitors for every role; the
// detail offers the full number for the call-back to a role that may see it, and each look is
// in the audit trail. The office head, who may not, is not offered it and is refused in core.
void TestComplaintDesk::thePhoneIsShownInFullOnlyToCallBack() {
    // The window active again (the roster's dialog may have had it last) and a fresh form.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(MainWindow::DutyDesk);
    m_window->dutyDeskPage()->findChild<ComplaintIntakeWidget *>()->startNext();
    QString number;
    logAtTheDesk(number);
    QCOMPARE(number.size(), 9);
    showInTheList(number);
    QVERIFY(!QTest::currentTestFailed());
    auto *page = m_window->complaintsPage();
    auto *facts = page->findChild<QLabel *>(QStringLiteral("complaintFacts"));
    QTRY_VERIFY(facts->text().contains(QStringLiteral("139****5678")));
    QVERIFY(!facts->text().contains(QStringLiteral("13912345678")));
    auto *show = page->findChild<QPushButton *>(QStringLiteral("showPhoneButton"));
    QVERIFY(show->isVisible());
    const auto looks = [this] {
        return sql::Statement::single(m_workspace->database().connection(),
                                      QStringLiteral("SELECT count(*) FROM audit_log WHERE"
                                                     " entity = 'complaint' AND action ="
                                                     " 'reveal'"))
            ->toInt();
    };
    const int before = looks();
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY(facts->text().contains(QStringLiteral("13912345678")));
    QCOMPARE(looks(), before + 1);
    QVERIFY(!show->isVisible());

    // Repeat visitors: the walk-in comes back about the same matter; masked, whoever looks.
    QString again;
    m_window->showPage(MainWindow::DutyDesk);
    m_window->dutyDeskPage()->findChild<ComplaintIntakeWidget *>()->startNext();
    logAtTheDesk(again);
    QCOMPARE(again.size(), 9);
    m_window->showPage(MainWindow::Complaints);
    QStringList phones;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *visitors = dialog->findChild<QTableView *>(QStringLiteral("repeatVisitorsTable"));
        for (int row = 0; visitors && row < visitors->model()->rowCount(); ++row)
            phones << visitors->model()->index(row, 1).data().toString();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("repeatVisitorsButton")),
                      Qt::LeftButton);
    QVERIFY2(phones.contains(QStringLiteral("139****5678")), qPrintable(phones.join(u' ')));
    for (const QString &phone : std::as_const(phones))
        QVERIFY2(phone.isEmpty() || phone.contains(QStringLiteral("****")), qPrintable(phone));

    // The office head: masked, not offered, refused in core.
    Database &database = m_workspace->database();
    const UserSession admin = database.session();
    UserSession head = admin;
    head.role = Role::ReadOnly;
    database.setSession(head);
    const ComplaintId logged{
        sql::Statement::single(database.connection(),
                               QStringLiteral("SELECT max(id) FROM complaints"))
            ->toLongLong()};
    page->findChild<ComplaintDetailWidget *>()->showComplaint(logged);
    QTRY_VERIFY2(facts->text().contains(QStringLiteral("139****5678")), qPrintable(facts->text()));
    QVERIFY(!facts->text().contains(QStringLiteral("13912345678")));
    QVERIFY(!show->isVisible());
    QVERIFY(!m_workspace->complaints().revealReporterPhone(logged));
    database.setSession(admin);
}

QTEST_MAIN(TestComplaintDesk)
#include "tst_complaintdesk.moc"
