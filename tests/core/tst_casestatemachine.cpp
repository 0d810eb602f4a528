#include "mediation/casestatemachine.h"

#include <QTest>

using namespace linli;
using S = CaseState;
using A = CaseAction;

Q_DECLARE_METATYPE(linli::CaseState)
Q_DECLARE_METATYPE(linli::CaseAction)

class TestCaseStateMachine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void numbers_data();
    void numbers();
};

void TestCaseStateMachine::transitions_data() {
    QTest::addColumn<S>("from");
    QTest::addColumn<A>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<S>("to");
    const QList<S> states = {S::Accepted,         S::Investigating, S::Mediating,
                             S::AgreementReached, S::NoAgreement,   S::Withdrawn,
                             S::Referred,         S::FollowedUp,    S::Closed};
    const QList<A> actions = {A::Investigate, A::Mediate, A::ReachAgreement, A::Fail,
                              A::Withdraw,    A::Refer,   A::FollowUp,       A::Close};
    const QMap<std::pair<S, A>, S> legal = {
        {{S::Accepted, A::Investigate}, S::Investigating},
        {{S::Accepted, A::Withdraw}, S::Withdrawn},
        {{S::Accepted, A::Refer}, S::Referred},
        {{S::Investigating, A::Mediate}, S::Mediating},
        {{S::Investigating, A::Withdraw}, S::Withdrawn},
        {{S::Investigating, A::Refer}, S::Referred},
        {{S::Mediating, A::ReachAgreement}, S::AgreementReached},
        {{S::Mediating, A::Fail}, S::NoAgreement},
        {{S::Mediating, A::Withdraw}, S::Withdrawn},
        {{S::Mediating, A::Refer}, S::Referred},
        {{S::NoAgreement, A::Refer}, S::Referred},
        {{S::AgreementReached, A::FollowUp}, S::FollowedUp},
        {{S::NoAgreement, A::FollowUp}, S::FollowedUp},
        {{S::Withdrawn, A::FollowUp}, S::FollowedUp},
        {{S::Referred, A::FollowUp}, S::FollowedUp},
        {{S::FollowedUp, A::Close}, S::Closed},
    };
    for (S from : states) {
        for (A action : actions) {
            const auto found = legal.constFind({from, action});
            const QByteArray name =
                QByteArray::number(int(from)) + " x " + QByteArray::number(int(action));
            QTest::newRow(name.constData()) << from << action << (found != legal.constEnd())
                                            << (found != legal.constEnd() ? *found : from);
        }
    }
}

void TestCaseStateMachine::transitions() {
    QFETCH(S, from);
    QFETCH(A, action);
    QFETCH(bool, allowed);
    QFETCH(S, to);
    const auto next = CaseStateMachine::next(from, action);
    QCOMPARE(next.ok(), allowed);
    if (allowed)
        QCOMPARE(*next, to);
    else
        QVERIFY(next.error().startsWith(QStringLiteral("A case that is ")));
}

void TestCaseStateMachine::numbers_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("number");
    QTest::newRow("twelfth") << 2025 << 12 << QStringLiteral("红调字")
                             << QStringLiteral("（2025）红调字第012号");
    QTest::newRow("first of a year")
        << 2026 << 1 << QStringLiteral("红调字") << QStringLiteral("（2026）红调字第001号");
    QTest::newRow("past a thousand")
        << 2025 << 1234 << QStringLiteral("宝调字") << QStringLiteral("（2025）宝调字第1234号");
}

void TestCaseStateMachine::numbers() {
    QFETCH(int, year);
    QFETCH(int, sequence);
    QFETCH(QString, prefix);
    QFETCH(QString, number);
    QCOMPARE(caseNumber(year, sequence, prefix), number);
}

QTEST_GUILESS_MAIN(TestCaseStateMachine)
#include "tst_casestatemachine.moc"
