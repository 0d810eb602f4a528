#include "access/logindialog.h"
#include "mainwindow.h"
#include "support/uitesting.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

// The first start, logging in, and what each role finds in the window.
class TestLogin final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstStartMakesTheAdministrator();
    void anAdministratorMadeAtAnotherDeskFirstLeadsToTheLogin();
    void aWrongPasswordIsToldAndARightOneLetsIn();
    void theAdministratorAddsAnAccount();
    void dutyStaffSeeNoMediationAndNoAccounts();
    void theOfficeHeadIsRefusedInCore();
    void anAccountOfACommunityWorksThere();

private:
    void logInThroughTheDialog(const QString &username, const QString &password);
    /// The administrator the first start makes (admin, hongqi-2025), made through core.
    void makeTheAdministrator();
    /// The accounts the administrator adds: 周敏 at the duty desk, 王建国 the office head.
    void addTheStaff();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Workspace> m_workspace;
};

void TestLogin::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("LinliTest"));
}

// Each test on a file of its own, with what it needs made by itself: none leans on another's.
void TestLogin::init() {
    auto database = Database::open(m_dir.filePath(QStringLiteral("login-%1.linli").arg(++m_files)));
    QVERIFY2(database, qPrintable(database.error()));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
}

void TestLogin::cleanup() {
    m_workspace.reset();
}

void TestLogin::makeTheAdministrator() {
    const auto made = m_workspace->accounts().createFirstAdministrator(
        QStringLiteral("admin"), QStringLiteral("刘主任"), QStringLiteral("hongqi-2025"));
    QVERIFY2(made, qPrintable(made.error()));
}

void TestLogin::addTheStaff() {
    for (const auto &[username, name, role] : {std::tuple{"zhoumin", "周敏", Role::DutyStaff},
                                               std::tuple{"wangjg", "王建国", Role::ReadOnly}}) {
        Account account;
        account.username = QString::fromLatin1(username);
        account.displayName = QString::fromUtf8(name);
        account.role = role;
        const auto added =
            m_workspace->accounts().createAccount(account, QStringLiteral("first-day-1"));
        QVERIFY2(added, qPrintable(added.error()));
    }
}

void TestLogin::theFirstStartMakesTheAdministrator() {
    FirstAdministratorDialog dialog(m_workspace->accounts());
    dialog.show();
    test::typeWithInputMethod(dialog.findChild<QLineEdit *>(QStringLiteral("adminName")),
                              QStringLiteral("刘主任"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("adminPassword")),
                     QStringLiteral("hongqi-2025"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("adminRepeat")),
                     QStringLiteral("hongqi-2024"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("adminOk"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The two passwords differ."));
    QVERIFY(!*m_workspace->accounts().hasAccounts());
    dialog.findChild<QLineEdit *>(QStringLiteral("adminRepeat"))->clear();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("adminRepeat")),
                     QStringLiteral("hongqi-2025"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_workspace->database().session().name, QStringLiteral("刘主任"));
    QCOMPARE(m_workspace->database().session().role, Role::Administrator);
}

// Two desks start on a new server database at once; both show the first-start dialog. The
// other desk makes its administrator first: this desk's OK closes the dialog for the login,
// instead of leaving the user a message and only Cancel, which quits.
void TestLogin::anAdministratorMadeAtAnotherDeskFirstLeadsToTheLogin() {
    FirstAdministratorDialog dialog(m_workspace->accounts());
    dialog.show();
    test::typeWithInputMethod(dialog.findChild<QLineEdit *>(QStringLiteral("adminName")),
                              QStringLiteral("王主任"));
    for (const char *field : {"adminPassword", "adminRepeat"})
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QString::fromLatin1(field)),
                         QStringLiteral("dongfeng-2025"));
    auto otherDesk = Database::open(m_workspace->database().path(), Database::Mode::OpenExisting);
    QVERIFY2(otherDesk, qPrintable(otherDesk.error()));
    Workspace other(std::move(*otherDesk));
    QVERIFY(other.accounts().createFirstAdministrator(
        QStringLiteral("admin"), QStringLiteral("刘主任"), QStringLiteral("hongqi-2025")));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("adminOk")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.madeElsewhere());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_workspace->accounts().repository().accounts()->size(), 1); // the other desk's
    LoginDialog login(m_workspace->accounts(), QString(), false);
    login.tellAdministratorMadeElsewhere();
    login.show();
    auto *notice = login.findChild<QLabel *>(QStringLiteral("loginError"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(QStringLiteral("An administrator was made at another desk")));
}

void TestLogin::anAccountOfACommunityWorksThere() {
    // The file becomes a sub-district's: two communities. The administrator gives a new
    // account the second; it logs in there and is told so.
    makeTheAdministrator();
    logInThroughTheDialog(QStringLiteral("admin"), QStringLiteral("hongqi-2025"));
    addTheStaff();
    RegistryService &registry = m_workspace->registry();
    QVERIFY(registry.addCommunity({{}, QStringLiteral("红旗社区"), {}, {}}));
    const CommunityId dongfeng = *registry.addCommunity({{}, QStringLiteral("东风社区"), {}, {}});
    {
        MainWindow window(*m_workspace);
        window.show();
        window.showPage(MainWindow::Settings);
        auto *table = window.findChild<QTableView *>(QStringLiteral("accountsTable"));
        window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))
            ->setCurrentWidget(table->parentWidget());
        QVERIFY(!table->isColumnHidden(5));
        test::whenDialogOpens(this, [&](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountUsername")),
                             QStringLiteral("dongfeng"));
            test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("accountName")),
                                      QStringLiteral("东风值班员"));
            auto *community = dialog->findChild<QComboBox *>(QStringLiteral("accountCommunity"));
            QVERIFY(community);
            QCOMPARE(community->itemText(0), QStringLiteral("Whole sub-district"));
            community->setCurrentIndex(community->findText(QStringLiteral("东风社区")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword")),
                             QStringLiteral("first-day-1"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("formOk")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("newAccountButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        bool listed = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            listed |=
                table->model()->index(row, 0).data().toString() == QStringLiteral("dongfeng") &&
                table->model()->index(row, 5).data().toString() == QStringLiteral("东风社区");
        QVERIFY(listed);
    }
    logInThroughTheDialog(QStringLiteral("dongfeng"), QStringLiteral("first-day-1"));
    QCOMPARE(m_workspace->database().session().community, dongfeng);
    MainWindow window(*m_workspace);
    QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("communityChooser")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("communityLabel"))->text(),
             QStringLiteral("Community: 东风社区"));
}

void TestLogin::logInThroughTheDialog(const QString &username, const QString &password) {
    LoginDialog dialog(m_workspace->accounts(), QStringLiteral("红旗社区居民委员会"), false);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("loginUsername")), username);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword")), password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("loginOk")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestLogin::aWrongPasswordIsToldAndARightOneLetsIn() {
    makeTheAdministrator();
    LoginDialog dialog(m_workspace->accounts(), QStringLiteral("红旗社区居民委员会"), true);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("demoHint")));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("loginUsername")),
                     QStringLiteral("admin"));
    QTest::keyClicks(password, QStringLiteral("not-the-one"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("loginOk"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("The username or password is wrong. After 5 wrong attempts in a "
                            "row an account is locked for 15 minutes."));
    QVERIFY(password->text().isEmpty());
    QTest::keyClicks(password, QStringLiteral("hongqi-2025"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestLogin::theAdministratorAddsAnAccount() {
    makeTheAdministrator();
    logInThroughTheDialog(QStringLiteral("admin"), QStringLiteral("hongqi-2025"));
    MainWindow window(*m_workspace);
    // On the screen, as the user has it: a page reads its lists when it is shown.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Settings);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    int accountsTab = -1;
    for (int i = 0; i < tabs->count(); ++i)
        accountsTab = tabs->tabText(i) == QStringLiteral("Accounts") ? i : accountsTab;
    QVERIFY(accountsTab >= 0);
    tabs->setCurrentIndex(accountsTab);
    for (const auto &[username, name, role] : {std::tuple{"zhoumin", "周敏", Role::DutyStaff},
                                               std::tuple{"wangjg", "王建国", Role::ReadOnly}}) {
        test::whenDialogOpens(this, [&](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountUsername")),
                             QString::fromLatin1(username));
            test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("accountName")),
                                      QString::fromUtf8(name));
            auto *roles = dialog->findChild<QComboBox *>(QStringLiteral("accountRole"));
            roles->setCurrentIndex(roles->findData(int(role)));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword")),
                             QStringLiteral("first-day-1"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("formOk")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("newAccountButton")),
                          Qt::LeftButton);
    }
    auto *table = window.findChild<QTableView *>(QStringLiteral("accountsTable"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(window.findChild<QListWidget *>(QStringLiteral("navigation"))
                ->item(MainWindow::Mediation)
                ->isHidden() == false);

    // The audit viewer shows who made the accounts; filtered to the new accounts, two.
    tabs->setCurrentWidget(
        window.findChild<QTableView *>(QStringLiteral("auditTable"))->parentWidget());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Audit trail"));
    auto *audit = window.findChild<QTableView *>(QStringLiteral("auditTable"));
    QVERIFY(audit->model()->rowCount() > 0);
    auto *entity = window.findChild<QComboBox *>(QStringLiteral("auditEntity"));
    auto *action = window.findChild<QComboBox *>(QStringLiteral("auditAction"));
    entity->setCurrentIndex(entity->findData(QStringLiteral("account")));
    action->setCurrentIndex(action->findData(QStringLiteral("create")));
    QCOMPARE(audit->model()->rowCount(), 3); // the administrator and the two new ones
    QCOMPARE(audit->model()->index(0, 1).data().toString(), QStringLiteral("刘主任"));
}

void TestLogin::dutyStaffSeeNoMediationAndNoAccounts() {
    makeTheAdministrator();
    logInThroughTheDialog(QStringLiteral("admin"), QStringLiteral("hongqi-2025"));
    addTheStaff();
    logInThroughTheDialog(QStringLiteral("zhoumin"), QStringLiteral("first-day-1"));
    MainWindow window(*m_workspace);
    QVERIFY(window.findChild<QListWidget *>(QStringLiteral("navigation"))
                ->item(MainWindow::Mediation)
                ->isHidden());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(tabs->tabText(i) != QStringLiteral("Accounts"));
}

void TestLogin::theOfficeHeadIsRefusedInCore() {
    makeTheAdministrator();
    logInThroughTheDialog(QStringLiteral("admin"), QStringLiteral("hongqi-2025"));
    addTheStaff();
    logInThroughTheDialog(QStringLiteral("wangjg"), QStringLiteral("first-day-1"));
    MainWindow window(*m_workspace);
    window.show();
    window.showPage(MainWindow::Settings);
    auto *phone = window.findChild<QLineEdit *>(QStringLiteral("officePhone"));
    phone->setText(QStringLiteral("0731-55550199"));
    QString refusal;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        refusal = static_cast<QMessageBox *>(dialog)->informativeText();
        dialog->close();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("王建国 works as office head (read only), who may not "
                                             "change the office's settings")),
             qPrintable(refusal));
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
