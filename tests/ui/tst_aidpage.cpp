#include "aid/aidpage.h"
#include "aid/wishboard.h"
#include "aid/wishcard.h"
#include "registry/registryservice.h"
#include "support/uitesting.h"
#include "widgets/residentpicker.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

// The wish wall clicked through: a wish posted, checked, claimed by a neighbour and fulfilled,
// moving across the board's columns.
class TestAidPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void postClaimAndFulfilAWish();
    void aWishClaimedAtAnotherDeskIsNotClaimedTwice();
    void aVisitWithAProblemOpensATask();
    void theStationNeverGivesMoreThanItHas();
    void signUpsRespectTheCapacityAndHoursAddUp();
    void theWallAndTheSignUpsExport();

private:
    WishCard *card(const QString &number) const {
        return m_page->findChild<WishCard *>(QStringLiteral("wishCard-%1").arg(number));
    }
    QPushButton *button(WishCard *card, WishAction action) const {
        return card->findChild<QPushButton *>(QStringLiteral("wishAction-%1").arg(int(action)));
    }
    // The column a card sits in, by the title above it.
    QString columnOf(WishCard *card) const;
    /// Posts 刘桂英's wish of `text` for 明珠花园3栋 through the Post dialog.
    void postWish(const QString &text);
    void fillAndConfirm(const std::function<void(QWidget *)> &fill);
    // Clicks the button, saves as `name` in the file dialog; the file's text.
    QString exportWith(const QString &button, const QString &name);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AidPage> m_page;
};

// Each test on a file and a page of its own: what it needs, it makes (see the exports).
void TestAidPage::init() {
    auto database = Database::open(m_dir.filePath(QStringLiteral("aid-%1.linli").arg(++m_files)));
    QVERIFY2(database, qPrintable(database.error()));
    (*database)->setClock(
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0))));
    (*database)->setOperatorName(QStringLiteral("叶丽芳"));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
    RegistryService &registry = m_workspace->registry();
    const CommunityId community = *registry.addCommunity({{}, QStringLiteral("红旗社区"), {}, {}});
    const CompoundId compound =
        *registry.addCompound({{}, community, QStringLiteral("明珠花园"), CompoundKind::Old});
    const BuildingId building = *registry.addBuilding({{}, compound, QStringLiteral("3栋"), {}});
    const UnitId unit = *registry.addUnit({{}, building, QStringLiteral("1单元")});
    for (const auto &[room, name] : {std::pair{QStringLiteral("402"), QStringLiteral("刘桂英")},
                                     std::pair{QStringLiteral("401"), QStringLiteral("陈志强")}}) {
        const HouseholdId household = *registry.addHousehold(unit, room);
        Resident r;
        r.householdId = household;
        r.name = name;
        r.gender = Gender::Female;
        QVERIFY(registry.addResident(r));
    }
    const HouseholdId alone = *registry.addHousehold(unit, QStringLiteral("501"));
    Resident elder;
    elder.householdId = alone;
    elder.name = QStringLiteral("张淑珍");
    elder.gender = Gender::Female;
    elder.birthDate = QDate(1938, 2, 1);
    elder.markers.elderlyAlone = true;
    QVERIFY(registry.addResident(elder));
    m_page = std::make_unique<AidPage>(*m_workspace);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAidPage::cleanup() {
    m_page.reset();
    m_workspace.reset();
}

QString TestAidPage::columnOf(WishCard *card) const {
    for (int i = 0; i < 4; ++i) {
        auto *title = m_page->findChild<QLabel *>(QStringLiteral("wishColumnTitle%1").arg(i));
        // Cards sit in the column under its title: same x range.
        const int titleX = title->mapTo(m_page.get(), QPoint()).x();
        const int cardX = card->mapTo(m_page.get(), QPoint()).x();
        if (qAbs(titleX - cardX) < 20)
            return title->text();
    }
    return {};
}

void TestAidPage::fillAndConfirm(const std::function<void(QWidget *)> &fill) {
    test::whenDialogOpens(this, [fill](QWidget *dialog) {
        fill(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("formOk")),
                          Qt::LeftButton);
        if (dialog->isVisible()) {
            const auto *error = dialog->findChild<QLabel *>(QStringLiteral("formError"));
            QFAIL(qPrintable(error ? error->text() : QStringLiteral("the form stayed open")));
        }
    });
}

void TestAidPage::postWish(const QString &text) {
    fillAndConfirm([text](QWidget *dialog) {
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("wishWisher")),
                                  QStringLiteral("刘桂英"));
        auto *building = dialog->findChild<QComboBox *>(QStringLiteral("wishBuilding"));
        building->setCurrentIndex(building->findText(QStringLiteral("明珠花园3栋")));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("wishText"))->setPlainText(text);
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("postWishButton")),
                      Qt::LeftButton);
}

void TestAidPage::postClaimAndFulfilAWish() {
    // Posted on the resident's behalf: it waits to be checked.
    postWish(QStringLiteral("厨房水龙头一直滴水，想请邻居帮忙看看"));
    WishCard *posted = card(QStringLiteral("2025-001"));
    QVERIFY(posted);
    QTRY_VERIFY2(columnOf(posted).startsWith(QStringLiteral("To check")),
                 qPrintable(columnOf(posted)));
    QVERIFY(!button(posted, WishAction::Claim));

    // Checked: on the wall, where a neighbour may claim it.
    QTest::mouseClick(button(posted, WishAction::Verify), Qt::LeftButton);
    WishCard *open = nullptr;
    QTRY_VERIFY((open = card(QStringLiteral("2025-001"))) && open->wish().state == WishState::Open);
    QTRY_VERIFY(columnOf(open).startsWith(QStringLiteral("On the wall (1)")));

    fillAndConfirm([](QWidget *dialog) {
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("wishHelper")),
                                  QStringLiteral("陈志强"));
    });
    QTest::mouseClick(button(open, WishAction::Claim), Qt::LeftButton);
    WishCard *claimed = nullptr;
    QTRY_VERIFY((claimed = card(QStringLiteral("2025-001"))) &&
                claimed->wish().state == WishState::Claimed);
    QTRY_VERIFY(columnOf(claimed).startsWith(QStringLiteral("Being helped (1)")));
    QVERIFY(claimed->findChild<QLabel *>(QStringLiteral("wishFacts"))
                ->text()
                .contains(QStringLiteral("Claimed by 陈志强")));

    // Fulfilled: what was done, and the helper's time.
    fillAndConfirm([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("wishNote"))
            ->setText(QStringLiteral("换了阀芯，不漏了"));
    });
    QTest::mouseClick(button(claimed, WishAction::Fulfil), Qt::LeftButton);
    WishCard *done = nullptr;
    QTRY_VERIFY((done = card(QStringLiteral("2025-001"))) &&
                done->wish().state == WishState::Fulfilled);
    QTRY_VERIFY(columnOf(done).startsWith(QStringLiteral("Done lately")));
    const Wish stored = *m_workspace->wishes().repository().wish(done->wish().id);
    QCOMPARE(stored.outcome, QStringLiteral("换了阀芯，不漏了"));
    QCOMPARE(stored.helperName, QStringLiteral("陈志强"));
    QCOMPARE(stored.postedBy, QStringLiteral("叶丽芳"));
}

// Another desk claims the wish while this wall still shows it on the wall: claiming it here is
// refused naming who, and the wall then shows it being helped.
void TestAidPage::aWishClaimedAtAnotherDeskIsNotClaimedTwice() {
    postWish(QStringLiteral("想请人帮忙换个灯泡"));
    WishCard *posted = nullptr;
    QTRY_VERIFY((posted = card(QStringLiteral("2025-001"))));
    QTest::mouseClick(button(posted, WishAction::Verify), Qt::LeftButton);
    WishCard *open = nullptr;
    QTRY_VERIFY((open = card(QStringLiteral("2025-001"))) && open->wish().state == WishState::Open);

    m_workspace->database().setOperatorName(QStringLiteral("叶丽芳"));
    auto otherDesk = Database::open(m_workspace->database().path(), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    (*otherDesk)->setOperatorName(QStringLiteral("周敏"));
    {
        Workspace other(std::move(*otherDesk));
        QVERIFY(other.wishes().claim(open->wish(), {}, QStringLiteral("陈志强")));
    }

    QString refusal;
    test::whenDialogOpens(this, [&refusal](QWidget *dialog) {
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("wishHelper")),
                                  QStringLiteral("刘桂英"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("formOk")),
                          Qt::LeftButton);
        refusal = dialog->findChild<QLabel *>(QStringLiteral("formError"))->text();
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(button(open, WishAction::Claim), Qt::LeftButton);
    QVERIFY2(refusal.startsWith(QStringLiteral("周敏 changed this record at")),
             qPrintable(refusal));
    WishCard *claimed = nullptr;
    QTRY_VERIFY((claimed = card(QStringLiteral("2025-001"))) &&
                claimed->wish().state == WishState::Claimed);
    QTRY_VERIFY(columnOf(claimed).startsWith(QStringLiteral("Being helped (1)")));
    QVERIFY(claimed->findChild<QLabel *>(QStringLiteral("wishFacts"))
                ->text()
                .contains(QStringLiteral("Claimed by 陈志强")));
}

void TestAidPage::aVisitWithAProblemOpensATask() {
    m_page->tabs()->setCurrentIndex(1);
    auto *overdue = m_page->findChild<QTableView *>(QStringLiteral("overdueElders"));
    auto *tasks = m_page->findChild<QTableView *>(QStringLiteral("careTasks"));
    QVERIFY(overdue && tasks);
    // Never visited: on the list.
    QCOMPARE(overdue->model()->rowCount(), 1);
    QCOMPARE(overdue->model()->index(0, 0).data().toString(), QStringLiteral("张淑珍"));
    QCOMPARE(overdue->model()->index(0, 1).data().toString(), QStringLiteral("87"));
    overdue->selectRow(0);

    fillAndConfirm([](QWidget *dialog) {
        auto *safety = dialog->findChild<QComboBox *>(QStringLiteral("checkSafety"));
        safety->setCurrentIndex(safety->findData(0));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitNotes"))
            ->setText(QStringLiteral("燃气软管老化"));
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("recordVisitButton")),
                      Qt::LeftButton);
    // Visited today: off the list; the failed item is a task to follow.
    QTRY_COMPARE(overdue->model()->rowCount(), 0);
    QCOMPARE(tasks->model()->rowCount(), 1);
    QVERIFY(tasks->model()->index(0, 1).data().toString().contains(QStringLiteral("燃气软管老化")));

    tasks->selectRow(0);
    fillAndConfirm([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("taskOutcome"))
            ->setText(QStringLiteral("燃气公司已更换"));
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("closeTaskButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(tasks->model()->rowCount(), 0);
}

void TestAidPage::theStationNeverGivesMoreThanItHas() {
    m_page->tabs()->setCurrentIndex(2);
    auto *items = m_page->findChild<QTableView *>(QStringLiteral("stationItems"));
    fillAndConfirm([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("donationDescription"))
            ->setText(QStringLiteral("儿童绘本"));
        dialog->findChild<QSpinBox *>(QStringLiteral("donationQuantity"))->setValue(3);
        dialog->findChild<QCheckBox *>(QStringLiteral("donationAnonymous"))->setChecked(true);
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("donateButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(items->model()->rowCount(), 1);
    QCOMPARE(items->model()->index(0, 3).data().toString(), QStringLiteral("anonymous"));
    QCOMPARE(items->model()->index(0, 5).data().toString(), QStringLiteral("3"));

    // Four asked for, three there: refused in the form, which stays open to correct.
    items->selectRow(0);
    QString refused;
    test::whenDialogOpens(this, [&refused](QWidget *dialog) {
        auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("takeQuantity"));
        quantity->setValue(4);
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("takeTaker")),
                                  QStringLiteral("陈志强"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("formOk"));
        QTest::mouseClick(ok, Qt::LeftButton);
        refused = dialog->findChild<QLabel *>(QStringLiteral("formError"))->text();
        QVERIFY(dialog->isVisible());
        quantity->setValue(2);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("takeButton")),
                      Qt::LeftButton);
    QVERIFY2(refused.contains(QStringLiteral("Only 3 left")), qPrintable(refused));
    QTRY_COMPARE(items->model()->index(0, 5).data().toString(), QStringLiteral("1"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("stationStock"))
                ->text()
                .contains(QStringLiteral("books: 1")));
}

void TestAidPage::signUpsRespectTheCapacityAndHoursAddUp() {
    m_page->tabs()->setCurrentIndex(3);
    fillAndConfirm([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("eventName"))
            ->setText(QStringLiteral("第三届邻里节"));
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newEventButton")),
                      Qt::LeftButton);
    auto *events = m_page->findChild<QListWidget *>(QStringLiteral("eventList"));
    QTRY_COMPARE(events->count(), 1);
    fillAndConfirm([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("activityName"))
            ->setText(QStringLiteral("趣味拔河"));
        dialog->findChild<QSpinBox *>(QStringLiteral("activityCapacity"))->setValue(1);
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newActivityButton")),
                      Qt::LeftButton);
    auto *activities = m_page->findChild<QTableView *>(QStringLiteral("activities"));
    QTRY_COMPARE(activities->model()->rowCount(), 1);
    activities->selectRow(0);

    // One place: the first sign-up takes it; the same resident again, or anyone else, is refused.
    const auto signUp = [this](const QString &name) {
        QString refused;
        test::whenDialogOpens(this, [&refused, name](QWidget *dialog) {
            auto *who = dialog->findChild<ResidentPicker *>(QStringLiteral("signUpResident"));
            test::typeWithInputMethod(who, name);
            auto *completer = who->findChild<QCompleter *>();
            QTRY_VERIFY(completer->completionCount() > 0);
            QTest::keyClick(completer->popup(), Qt::Key_Down);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
            QTRY_VERIFY(who->chosen().has_value());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("formOk")),
                              Qt::LeftButton);
            if (dialog->isVisible()) {
                refused = dialog->findChild<QLabel *>(QStringLiteral("formError"))->text();
                dialog->close();
            }
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("signUpButton")),
                          Qt::LeftButton);
        return refused;
    };
    QCOMPARE(signUp(QStringLiteral("陈志强")), QString());
    QTRY_COMPARE(activities->model()->index(0, 4).data().toString(), QStringLiteral("1 of 1"));
    QVERIFY(signUp(QStringLiteral("陈志强")).contains(QStringLiteral("already")));
    QVERIFY(signUp(QStringLiteral("刘桂英")).contains(QStringLiteral("full")));

    // A helper's hours at the event count on the volunteer list.
    test::whenDialogOpens(this, [](QWidget *dialog) {
        auto *who = dialog->findChild<ResidentPicker *>(QStringLiteral("helperResident"));
        test::typeWithInputMethod(who, QStringLiteral("刘桂英"));
        auto *completer = who->findChild<QCompleter *>();
        QTRY_VERIFY(completer->completionCount() > 0);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(who->chosen().has_value());
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("helperHours"))->setValue(3.5);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("formOk")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addHelperButton")),
                      Qt::LeftButton);
    m_page->tabs()->setCurrentIndex(4);
    auto *hours = m_page->findChild<QTableView *>(QStringLiteral("hoursTable"));
    QTRY_COMPARE(hours->model()->rowCount(), 1);
    QCOMPARE(hours->model()->index(0, 0).data().toString(), QStringLiteral("刘桂英"));
    QCOMPARE(hours->model()->index(0, 2).data().toString(), QStringLiteral("3.5"));
    QCOMPARE(hours->model()->index(0, 5).data().toString(), QStringLiteral("1"));
}

QString TestAidPage::exportWith(const QString &button, const QString &name) {
    const QString path = m_dir.filePath(name);
    test::whenFileDialogOpens(this, path);
    auto *clicked = m_page->findChild<QPushButton *>(button);
    if (!clicked || !clicked->isVisible())
        return {};
    QTest::mouseClick(clicked, Qt::LeftButton);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestAidPage::theWallAndTheSignUpsExport() {
    // What there is to export: a wish fulfilled and an activity's sign-ups, as the tests above
    // make them.
    postClaimAndFulfilAWish();
    if (QTest::currentTestFailed())
        return;
    signUpsRespectTheCapacityAndHoursAddUp();
    if (QTest::currentTestFailed())
        return;
    // The wall: every wish, the fulfilled one with its helper and outcome, in Chinese.
    m_page->tabs()->setCurrentIndex(0);
    const QString wall = exportWith(QStringLiteral("exportWishesButton"), QStringLiteral("w.csv"));
    QVERIFY2(wall.startsWith(QStringLiteral("编号,登记日期,心愿人,楼栋,类别")),
             qPrintable(wall.left(80)));
    QVERIFY2(wall.contains(QStringLiteral("心愿2025-001,2025-03-27,刘桂英,明珠花园3栋,求助")),
             qPrintable(wall));
    QVERIFY(wall.contains(QStringLiteral("已实现,叶丽芳,陈志强,,2025-03-27,换了阀芯，不漏了")));

    // The sign-ups of the chosen activity, as the table shows them.
    m_page->tabs()->setCurrentIndex(3);
    const QString signUps =
        exportWith(QStringLiteral("exportSignUpsButton"), QStringLiteral("s.csv"));
    QVERIFY2(signUps.contains(QStringLiteral("陈志强")), qPrintable(signUps));
    QCOMPARE(signUps.count(u'\n'), 2);

    // Both went into the audit trail.
    const auto audited = m_workspace->database().connection();
    QSqlQuery query(audited);
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(entity) FROM (SELECT entity FROM "
                                      "audit_log WHERE entity LIKE '%_export' ORDER BY id)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wishes_export,event_signups_export"));
}

QTEST_MAIN(TestAidPage)
#include "tst_aidpage.moc"
