#include "mediation/mediationpage.h"
#include "mediation/screeninglog.h"
#include "mediation/weekview.h"
#include "registry/registryservice.h"
#include "support/uitesting.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

// Scheduling mediation sessions in the page, as a mediator would.
class TestMediationPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void schedulesASession();
    void isRefusedOnAClashAndTakesASuggestedTime();
    void dragsASessionInTheWeek();
    void acceptsANewCase();
    void reachesAnAgreementAndSharesACost();
    void replacesTheLeadOnRequest();
    void keepsTheCaseFileAndClosesOnlyWhenComplete();
    void recordsWhatTheStatisticsFormAsks();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MediationPage> m_page;
    MediationCase m_case;
};

// Each test on a file and a page of its own; one that needs sessions booked first books them
// with the tests that show how.
void TestMediationPage::init() {
    auto database =
        Database::open(m_dir.filePath(QStringLiteral("mediation-%1.linli").arg(++m_files)));
    QVERIFY2(database, qPrintable(database.error()));
    (*database)->setClock(
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0))));
    m_workspace = std::make_unique<Workspace>(std::move(*database));
    // A grid worker on the staff: offered in the session dialog without being on the team yet.
    const CommunityId staffCommunity =
        *m_workspace->registry().addCommunity({{}, QStringLiteral("东风社区"), {}, {}});
    QVERIFY(m_workspace->registry().addStaff({{},
                                              staffCommunity,
                                              QStringLiteral("周敏"),
                                              StaffRole::GridWorker,
                                              QStringLiteral("13800001111"),
                                              true}));
    MediationService &mediation = m_workspace->mediation();
    const MediatorId lead = *mediation.addMediator(
        {{}, QStringLiteral("刘主任"), MediatorKind::Cadre, {}, {}, {}, true, {}, {}});
    const MediatorId judge = *mediation.addMediator(
        {{}, QStringLiteral("陈法官"), MediatorKind::Judge, {}, {}, {}, true, {}, {}});
    MediationCase c;
    c.type = CaseType::PipesSeptic;
    c.facts = QStringLiteral("化粪池堵塞");
    c.leadMediator = lead;
    c.team = {judge};
    Party a;
    a.side = PartySide::Applicant;
    a.name = QStringLiteral("张大爷");
    Party b;
    b.side = PartySide::Respondent;
    b.name = QStringLiteral("李师傅");
    c.parties = {a, b};
    m_case = *mediation.openCase(c);
    m_page =
        std::make_unique<MediationPage>(mediation, m_workspace->registry(), m_workspace->office());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMediationPage::cleanup() {
    m_page.reset();
    m_workspace.reset();
}

void TestMediationPage::schedulesASession() {
    auto *cases = m_page->findChild<QTableView *>(QStringLiteral("caseTable"));
    QCOMPARE(cases->model()->rowCount(), 1);
    // No case chosen: nothing to act on.
    for (const char *button : {"shareCostButton", "scheduleButton", "extendLimitButton"})
        QVERIFY2(!m_page->findChild<QPushButton *>(QString::fromLatin1(button))->isEnabled(),
                 button);
    cases->selectRow(0);
    auto *header = m_page->findChild<QLabel *>(QStringLiteral("caseHeader"));
    QTRY_VERIFY(header->text().startsWith(m_case.number));

    bool booked = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        // The suggestion: tomorrow at nine, an hour and a half, in the mediation room, the team.
        auto *mediators = dialog->findChild<QListWidget *>(QStringLiteral("sessionMediators"));
        int checked = 0;
        for (int row = 0; row < mediators->count(); ++row)
            checked += mediators->item(row)->checkState() == Qt::Checked;
        QCOMPARE(checked, 2);
        // Bring in the grid worker too: the team gains her under her own name.
        for (int row = 0; row < mediators->count(); ++row) {
            if (mediators->item(row)->text().startsWith(QStringLiteral("周敏")))
                mediators->item(row)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sessionOk")),
                          Qt::LeftButton);
        booked = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("scheduleButton")),
                      Qt::LeftButton);
    QVERIFY(booked);

    auto *sessions = m_page->findChild<QTableView *>(QStringLiteral("caseSessions"));
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    auto *week = m_page->findChild<WeekView *>(QStringLiteral("weekView"));
    QCOMPARE(week->entries().size(), 1);
    QCOMPARE(week->entries().first().caseNumber, m_case.number);
    QCOMPARE(week->entries().first().session.start, QDateTime(QDate(2025, 3, 28), QTime(9, 0)));
    QCOMPARE(week->entries().first().session.mediators.size(), 3);
    const auto team = m_workspace->mediation().repository().mediators();
    const auto zhou = std::find_if(team->begin(), team->end(), [](const Mediator &m) {
        return m.id.isValid() && m.staffId.isValid();
    });
    QVERIFY(zhou != team->end());
    QCOMPARE(zhou->name, QStringLiteral("周敏"));
    QCOMPARE(zhou->kind, MediatorKind::GridWorker);
    QCOMPARE(zhou->phone, QStringLiteral("13800001111"));
}

void TestMediationPage::isRefusedOnAClashAndTakesASuggestedTime() {
    schedulesASession();
    if (QTest::currentTestFailed())
        return;
    bool refused = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        // The same suggestion again: the same people, the same room, the same time.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sessionOk")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("sessionError"));
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("is booked already for the session of ") +
                                        m_case.number),
                 qPrintable(error->text()));
        // Ask for free times and take the first: right after the booked session.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("suggestButton")),
                          Qt::LeftButton);
        auto *slots = dialog->findChild<QListWidget *>(QStringLiteral("freeSlots"));
        QVERIFY(slots->count() > 0);
        Q_EMIT slots->itemActivated(slots->item(0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sessionOk")),
                          Qt::LeftButton);
        refused = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("scheduleButton")),
                      Qt::LeftButton);
    QVERIFY(refused);
    auto *week = m_page->findChild<WeekView *>(QStringLiteral("weekView"));
    QTRY_COMPARE(week->entries().size(), 2);
    QCOMPARE(week->entries().at(1).session.start, QDateTime(QDate(2025, 3, 28), QTime(10, 30)));
}

void TestMediationPage::dragsASessionInTheWeek() {
    isRefusedOnAClashAndTakesASuggestedTime(); // two sessions, one after the other
    if (QTest::currentTestFailed())
        return;
    m_page->findChild<QTabWidget *>(QStringLiteral("mediationTabs"))->setCurrentIndex(1);
    auto *week = m_page->findChild<WeekView *>(QStringLiteral("weekView"));
    QTRY_VERIFY(week->isVisible());
    QCOMPARE(week->entries().size(), 2);
    const Session first = week->entries().at(0).session;  // Friday 09:00–10:30
    const Session second = week->entries().at(1).session; // Friday 10:30–12:00
    auto drag = [week](const QPointF &from, const QPointF &to) {
        QTest::mousePress(week, Qt::LeftButton, {}, from.toPoint());
        QTest::mouseMove(week, ((from + to) / 2).toPoint());
        QTest::mouseMove(week, to.toPoint());
        QTest::mouseRelease(week, Qt::LeftButton, {}, to.toPoint());
    };

    // Grabbed by its middle (45 minutes in) and dropped so that it starts Thursday at 14:00.
    const QPointF grab = week->blockOf(first).center();
    drag(grab, week->pointOf(QDateTime(QDate(2025, 3, 27), QTime(14, 45))));
    QTRY_COMPARE(m_workspace->mediation().repository().session(first.id)->start,
                 QDateTime(QDate(2025, 3, 27), QTime(14, 0)));
    QCOMPARE(m_workspace->mediation().repository().session(first.id)->end,
             QDateTime(QDate(2025, 3, 27), QTime(15, 30)));

    // The other session, with the same mediators, cannot land on it: refused, and it stays.
    QString refusal;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        refusal = static_cast<QMessageBox *>(dialog)->informativeText();
        dialog->close();
    });
    drag(week->blockOf(second).center(),
         week->pointOf(QDateTime(QDate(2025, 3, 27), QTime(14, 45))));
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("is booked already")), qPrintable(refusal));
    QCOMPARE(m_workspace->mediation().repository().session(second.id)->start, second.start);
    m_page->findChild<QTabWidget *>(QStringLiteral("mediationTabs"))->setCurrentIndex(0);
}

void TestMediationPage::acceptsANewCase() {
    bool accepted = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("caseOk"));
        QTest::mouseClick(ok, Qt::LeftButton); // no parties yet: refused in the dialog
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("caseError"))->isVisible());
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("applicantEdit")),
                                  QStringLiteral("王奶奶"));
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("respondentEdit")),
                                  QStringLiteral("楼上住户赵先生"));
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("caseFocusEdit")),
                                  QStringLiteral("夜间噪音"));
        QTest::mouseClick(ok, Qt::LeftButton);
        accepted = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("acceptCaseButton")),
                      Qt::LeftButton);
    QVERIFY(accepted);
    auto *cases = m_page->findChild<QTableView *>(QStringLiteral("caseTable"));
    QTRY_COMPARE(cases->model()->rowCount(), 2);
    auto *header = m_page->findChild<QLabel *>(QStringLiteral("caseHeader"));
    QTRY_VERIFY(header->text().startsWith(QStringLiteral("（2025）调字第002号")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("caseFacts"))
                ->text()
                .contains(QStringLiteral("楼上住户赵先生")));
}

void TestMediationPage::reachesAnAgreementAndSharesACost() {
    // A septic dispute in a stairwell unit of three households.
    RegistryService &registry = m_workspace->registry();
    const CommunityId community = *registry.addCommunity({{}, QStringLiteral("红旗社区"), {}, {}});
    const CompoundId compound =
        *registry.addCompound({{}, community, QStringLiteral("明珠花园"), CompoundKind::Old});
    const BuildingId building = *registry.addBuilding({{}, compound, QStringLiteral("3栋"), {}});
    const UnitId unit = *registry.addUnit({{}, building, QStringLiteral("2单元")});
    const HouseholdId home = *registry.addHousehold(unit, QStringLiteral("101"));
    QVERIFY(registry.addHousehold(unit, QStringLiteral("201")));
    QVERIFY(registry.addHousehold(unit, QStringLiteral("301")));
    Resident zhang;
    zhang.householdId = home;
    zhang.name = QStringLiteral("张大爷");
    const ResidentId zhangId = *registry.addResident(zhang);
    MediationCase c = m_case;
    c.id = {};
    c.parties[0].residentId = zhangId;
    c.parties[0].householdId = home;
    MediationService &mediation = m_workspace->mediation();
    const MediationCase opened = *mediation.openCase(c);
    QVERIFY(mediation.act(opened.id, CaseAction::Investigate, {}));
    QVERIFY(mediation.act(opened.id, CaseAction::Mediate, {}));
    m_page->showCase(opened.id);
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("caseHeader"))
                    ->text()
                    .startsWith(opened.number));

    bool agreed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *terms = dialog->findChild<QTableView *>(QStringLiteral("agreementTerms"));
        terms->model()->setData(terms->model()->index(0, 0),
                                QStringLiteral("清掏化粪池，费用三户平均分摊"));
        terms->model()->setData(terms->model()->index(0, 2), QStringLiteral("2025-04-10"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("agreementOk")),
                          Qt::LeftButton);
        agreed = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(
                          QStringLiteral("caseAction_%1").arg(int(CaseAction::ReachAgreement))),
                      Qt::LeftButton);
    QVERIFY(agreed);
    QTRY_COMPARE(mediation.repository().mediationCase(opened.id)->state,
                 CaseState::AgreementReached);
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("agreementButton"))->isEnabled());

    bool shared = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *households = dialog->findChild<QTableView *>(QStringLiteral("costHouseholds"));
        QCOMPARE(households->model()->rowCount(), 3);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("costTotal")),
                         QStringLiteral("100"));
        QCOMPARE(households->model()->index(0, 2).data().toString(), QStringLiteral("33.34"));
        QCOMPARE(households->model()->index(2, 2).data().toString(), QStringLiteral("33.33"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("costOk")),
                          Qt::LeftButton);
        shared = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("shareCostButton")),
                      Qt::LeftButton);
    QVERIFY(shared);
    QTRY_VERIFY(m_page->findChild<QPushButton *>(QStringLiteral("costShareButton"))->isEnabled());
    QCOMPARE(mediation.agreements().costShares(opened.id)->first().totalFen, qint64(10000));

    // 201 pays; the tick is saved at once.
    bool ticked = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("paymentList"));
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("201")));
        list->item(1)->setCheckState(Qt::Checked);
        dialog->close();
        ticked = true;
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("paymentsButton")),
                      Qt::LeftButton);
    QVERIFY(ticked);
    const auto parts = mediation.agreements().costShares(opened.id)->first().parts;
    QCOMPARE(
        std::count_if(parts.begin(), parts.end(), [](const CostSharePart &p) { return p.paid; }),
        1);
    QVERIFY(parts.at(1).paid);

    // A second cost: a weight of -1 is said, not read as 1; a total too small warns of 0.00.
    QString badWeight;
    QString tinyTotal;
    bool sharedAgain = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *households = dialog->findChild<QTableView *>(QStringLiteral("costHouseholds"));
        dialog->findChild<QLineEdit *>(QStringLiteral("costDescription"))
            ->setText(QStringLiteral("更换化粪池盖板"));
        auto *total = dialog->findChild<QLineEdit *>(QStringLiteral("costTotal"));
        QTest::keyClicks(total, QStringLiteral("0.02"));
        tinyTotal = dialog->findChild<QLabel *>(QStringLiteral("costSummary"))->text();
        households->model()->setData(households->model()->index(0, 1), QStringLiteral("-1"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("costOk")),
                          Qt::LeftButton);
        badWeight = dialog->findChild<QLabel *>(QStringLiteral("costError"))->text();
        households->model()->setData(households->model()->index(0, 1), QStringLiteral("2"));
        total->clear();
        QTest::keyClicks(total, QStringLiteral("60"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("costOk")),
                          Qt::LeftButton);
        sharedAgain = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("shareCostButton")),
                      Qt::LeftButton);
    QVERIFY2(tinyTotal.contains(QStringLiteral("would pay 0.00")), qPrintable(tinyTotal));
    QVERIFY2(badWeight.contains(QStringLiteral("\"-1\"")), qPrintable(badWeight));
    QVERIFY(sharedAgain);
    const auto shares = mediation.agreements().costShares(opened.id);
    QCOMPARE(shares->size(), 2);
    QCOMPARE(shares->at(1).parts.at(0).amountFen, qint64(3000));

    // Payments: the case has two costs now; the first is chosen, and its list is the first's.
    QStringList offered;
    QStringList listed;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *chooser = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(chooser);
        offered = chooser->comboBoxItems();
        chooser->setTextValue(offered.first());
        test::whenDialogOpens(this, [&](QWidget *payments) {
            auto *list = payments->findChild<QListWidget *>(QStringLiteral("paymentList"));
            for (int i = 0; i < list->count(); ++i)
                listed << list->item(i)->text() + (list->item(i)->checkState() == Qt::Checked
                                                       ? QStringLiteral(" ✓")
                                                       : QString());
            payments->close();
        });
        chooser->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("paymentsButton")),
                      Qt::LeftButton);
    QCOMPARE(offered.size(), 2);
    QVERIFY2(offered.at(1).contains(QStringLiteral("更换化粪池盖板 — 60.00")),
             qPrintable(offered.join(u'|')));
    QCOMPARE(listed.size(), 3);
    QVERIFY2(listed.at(1).endsWith(QStringLiteral("33.33 yuan ✓")), qPrintable(listed.join(u'|')));

    // The first share was agreed in error: voided, saying why. It stays on record; payments
    // now go straight to the one share in force.
    QString voidAsked;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *chooser = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(chooser);
        chooser->setTextValue(chooser->comboBoxItems().first());
        test::whenDialogOpens(this, [&](QWidget *form) {
            voidAsked = form->windowTitle();
            form->findChild<QLineEdit *>(QStringLiteral("voidReason"))
                ->setText(QStringLiteral("录入有误，按新方案分摊"));
            QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formOk")),
                              Qt::LeftButton);
        });
        chooser->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("voidShareButton")),
                      Qt::LeftButton);
    QVERIFY2(voidAsked.startsWith(QStringLiteral("Void the share — ")), qPrintable(voidAsked));
    QTRY_VERIFY(mediation.agreements().costShares(opened.id)->first().isVoid());
    QCOMPARE(mediation.agreements().costShares(opened.id)->first().voidReason,
             QStringLiteral("录入有误，按新方案分摊"));
    QStringList inForce;
    test::whenDialogOpens(this, [&](QWidget *payments) {
        auto *list = payments->findChild<QListWidget *>(QStringLiteral("paymentList"));
        QVERIFY2(list, "the share chooser opened although one share is in force");
        for (int i = 0; i < list->count(); ++i)
            inForce << list->item(i)->text();
        payments->close();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("paymentsButton")),
                      Qt::LeftButton);
    QCOMPARE(inForce.size(), 3);
    QVERIFY2(inForce.first().endsWith(QStringLiteral("30.00 yuan")),
             qPrintable(inForce.join(u'|')));
}

void TestMediationPage::replacesTheLeadOnRequest() {
    m_page->showCase(m_case.id);
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("caseHeader"))
                    ->text()
                    .startsWith(m_case.number));
    bool replaced = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto buttons = dialog->findChildren<QPushButton *>();
        auto ok = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == QStringLiteral("OK") || b->text() == QStringLiteral("&OK");
        });
        QVERIFY(ok != buttons.end());
        QTest::mouseClick(*ok, Qt::LeftButton); // no request recorded: refused
        QVERIFY(dialog->isVisible());
        test::typeWithInputMethod(dialog->findChild<QLineEdit *>(),
                                  QStringLiteral("被申请人要求更换调解员"));
        QTest::mouseClick(*ok, Qt::LeftButton);
        replaced = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("replaceLeadButton")),
                      Qt::LeftButton);
    QVERIFY(replaced);
    QVERIFY(m_workspace->mediation().repository().mediationCase(m_case.id)->leadMediator !=
            m_case.leadMediator);
}

void TestMediationPage::keepsTheCaseFileAndClosesOnlyWhenComplete() {
    // A case settled and followed up, but without the signed notice or a session record.
    MediationService &mediation = m_workspace->mediation();
    MediationCase draft = m_case;
    draft.id = {};
    // The file holds two communities by now (a party came from a second one) and these parties
    // live in neither: the desk works in the first, so the case is filed there.
    UserSession desk = m_workspace->database().session();
    desk.community = m_workspace->registry().places().allCommunities()->constFirst().id;
    m_workspace->database().setSession(desk);
    const auto opened = mediation.openCase(draft);
    QVERIFY2(opened, qPrintable(opened.error()));
    const CaseId id = opened->id;
    QVERIFY(mediation.act(id, CaseAction::Investigate, {}));
    QVERIFY(mediation.act(id, CaseAction::Mediate, {}));
    QVERIFY(mediation.saveAgreement({0, id, {}, {{QStringLiteral("清掏化粪池"), {}, {}}}}));
    QVERIFY(mediation.act(id, CaseAction::ReachAgreement, QStringLiteral("三户分摊")));
    QVERIFY(mediation.followUp(id, {QDate(2025, 3, 27), true, {}}));
    m_page->showCase(id);
    auto *facts = m_page->findChild<QLabel *>(QStringLiteral("caseFacts"));
    QTRY_VERIFY2(facts->text().contains(QStringLiteral("4 of 6 papers ready")),
                 qPrintable(facts->text()));

    // Closing is refused, naming what is missing.
    QString refusal;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        refusal = static_cast<QMessageBox *>(dialog)->informativeText();
        dialog->close();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(
                          QStringLiteral("caseAction_%1").arg(int(CaseAction::Close))),
                      Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("Notice of the parties' rights and duties")),
             qPrintable(refusal));
    QVERIFY(refusal.contains(QStringLiteral("no session with its record")));
    QCOMPARE(mediation.repository().mediationCase(id)->state, CaseState::FollowedUp);

    // In the case file: record that the parties signed the notice today.
    bool recorded = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("caseFileTable"));
        QCOMPARE(table->model()->rowCount(), 6);
        QVERIFY(
            table->model()->index(1, 3).data().toString().startsWith(QStringLiteral("Missing")));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("caseFileSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("4 of 6 papers ready")));
        test::whenDialogOpens(this, [&](QWidget *dateDialog) {
            auto buttons = dateDialog->findChildren<QPushButton *>();
            auto ok = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
                return b->text() == QStringLiteral("OK") || b->text() == QStringLiteral("&OK");
            });
            QTest::mouseClick(*ok, Qt::LeftButton);
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordNoticeButton")),
                          Qt::LeftButton);
        QCOMPARE(table->model()->index(1, 3).data().toString(), QStringLiteral("Ready"));
        QVERIFY(
            !dialog->findChild<QPushButton *>(QStringLiteral("recordNoticeButton"))->isEnabled());
        recorded = true;
        dialog->close();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("caseFileButton")),
                      Qt::LeftButton);
    QVERIFY(recorded);
    QCOMPARE(mediation.repository().mediationCase(id)->rightsNotifiedOn, QDate(2025, 3, 27));

    // The session held on the spot this morning goes on file with its record; now it closes.
    Session held;
    held.caseId = id;
    held.start = QDateTime(QDate(2025, 3, 27), QTime(8, 0));
    held.end = QDateTime(QDate(2025, 3, 27), QTime(9, 0));
    held.mediators = {m_case.leadMediator};
    QVERIFY(mediation.record(*mediation.schedule(held), QStringLiteral("现场调解"), {}));
    QTRY_VERIFY(facts->text().contains(QStringLiteral("complete")));
    QTest::mouseClick(m_page->findChild<QPushButton *>(
                          QStringLiteral("caseAction_%1").arg(int(CaseAction::Close))),
                      Qt::LeftButton);
    QTRY_COMPARE(mediation.repository().mediationCase(id)->state, CaseState::Closed);
}

// What the statistics form counts beyond the cases, entered where a mediator would: the money
// an agreement settles and its court confirmation in the agreement's form, what the dispute was
// kept from on the case, and a screening round in the log.
void TestMediationPage::recordsWhatTheStatisticsFormAsks() {
    MediationService &mediation = m_workspace->mediation();
    QVERIFY(mediation.act(m_case.id, CaseAction::Investigate, {}));
    QVERIFY(mediation.act(m_case.id, CaseAction::Mediate, {}));
    m_page->showCase(m_case.id);
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("caseHeader"))
                    ->text()
                    .startsWith(m_case.number));
    auto *details = m_page->findChild<QPushButton *>(QStringLiteral("editAgreementButton"));
    QVERIFY(!details->isEnabled()); // no agreement yet

    bool agreed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        auto *terms = dialog->findChild<QTableView *>(QStringLiteral("agreementTerms"));
        terms->model()->setData(terms->model()->index(0, 0), QStringLiteral("赔偿修复费用"));
        // Not yet confirmed: the court's fields wait for the box.
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("confirmingCourt"))->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("agreementAmount")),
                         QStringLiteral("2600.5"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("agreementOk")),
                          Qt::LeftButton);
        agreed = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(
                          QStringLiteral("caseAction_%1").arg(int(CaseAction::ReachAgreement))),
                      Qt::LeftButton);
    QVERIFY(agreed);
    QCOMPARE((*mediation.agreements().agreement(m_case.id))->amountFen, qint64(260050));
    QTRY_VERIFY(details->isEnabled());

    // The court confirms it: ticked, the court named; the form opens on what was saved.
    bool confirmed = false;
    test::whenDialogOpens(this, [&](QWidget *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("agreementAmount"))->text(),
                 QStringLiteral("2,600.50"));
        auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("agreementConfirmed"));
        box->click();
        auto *court = dialog->findChild<QLineEdit *>(QStringLiteral("confirmingCourt"));
        QVERIFY(court->isEnabled());
        // No court named: said, and nothing saved.
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("agreementOk"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("agreementError"))->text(),
                 QStringLiteral("Say which court confirmed the agreement."));
        test::typeWithInputMethod(court, QStringLiteral("岳塘区人民法院"));
        QTest::mouseClick(ok, Qt::LeftButton);
        confirmed = !dialog->isVisible();
    });
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(confirmed);
    const Agreement stored = **mediation.agreements().agreement(m_case.id);
    QCOMPARE(stored.confirmedOn, QDate(2025, 3, 27));
    QCOMPARE(stored.confirmedBy, QStringLiteral("岳塘区人民法院"));
    QCOMPARE(stored.amountFen, qint64(260050));

    // Kept from a suicide: one click, saved at once.
    auto *suicide = m_page->findChild<QCheckBox *>(QStringLiteral("avertedSuicide"));
    QVERIFY(suicide->isEnabled());
    suicide->click();
    QTRY_VERIFY(mediation.repository().mediationCase(m_case.id)->averted(Averted::Suicide));
    QVERIFY(!mediation.repository().mediationCase(m_case.id)->averted(Averted::Criminal));

    // A screening round, logged in the log's own form, then listed.
    bool logged = false;
    test::whenDialogOpens(this, [&](QWidget *log) {
        auto *table = log->findChild<QTableView *>(QStringLiteral("screeningTable"));
        QCOMPARE(table->model()->rowCount(), 0);
        test::whenDialogOpens(this, [&](QWidget *form) {
            test::typeWithInputMethod(form->findChild<QLineEdit *>(QStringLiteral("screeningArea")),
                                      QStringLiteral("第三网格"));
            auto *found = form->findChild<QSpinBox *>(QStringLiteral("screeningFound"));
            found->selectAll();
            QTest::keyClicks(found, QStringLiteral("3"));
            auto *prevented = form->findChild<QSpinBox *>(QStringLiteral("screeningPrevented"));
            prevented->selectAll();
            QTest::keyClicks(prevented, QStringLiteral("4"));
            auto *ok = form->findChild<QPushButton *>(QStringLiteral("formOk"));
            QTest::mouseClick(ok, Qt::LeftButton);
            // More headed off than found: said, the form kept.
            QVERIFY(form->isVisible());
            QVERIFY2(form->findChild<QLabel *>(QStringLiteral("formError"))
                         ->text()
                         .contains(QStringLiteral("only 3 found")),
                     qPrintable(form->findChild<QLabel *>(QStringLiteral("formError"))->text()));
            prevented->selectAll();
            QTest::keyClicks(prevented, QStringLiteral("2"));
            QTest::mouseClick(ok, Qt::LeftButton);
            logged = !form->isVisible();
        });
        QTest::mouseClick(log->findChild<QPushButton *>(QStringLiteral("logScreeningButton")),
                          Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("第三网格"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("3"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("2"));
        qobject_cast<QDialog *>(log)->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("screeningButton")),
                      Qt::LeftButton);
    QVERIFY(logged);
    const auto rounds =
        ScreeningLog(m_workspace->database()).between(QDate(2025, 3, 1), QDate(2025, 3, 31));
    QCOMPARE(rounds->size(), 1);
    QCOMPARE(rounds->first().heldOn, QDate(2025, 3, 27));
}

QTEST_MAIN(TestMediationPage)
#include "tst_mediationpage.moc"
