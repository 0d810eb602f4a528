#include "complaints/complaintstatemachine.h"

#include <QTest>

using namespace linli;
using S = ComplaintState;
using A = ComplaintAction;

Q_DECLARE_METATYPE(linli::ComplaintState)
Q_DECLARE_METATYPE(linli::ComplaintAction)

class TestComplaintStateMachine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void unsatisfiedFollowUpReopens();
    void actionsFromMatchTheTable();
};

void TestComplaintStateMachine::transitions_data() {
    QTest::addColumn<S>("from");
    QTest::addColumn<A>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<S>("to");
    // Every state with every action: what the workflow allows, and that nothing else is.
    const QList<S> states = {S::Registered, S::Assigned,   S::InProgress, S::Resolved,
                             S::Answered,   S::FollowedUp, S::Closed};
    const QList<A> actions = {A::Assign,   A::Start, A::Resolve, A::Answer,
                              A::FollowUp, A::Close, A::Extend,  A::Remind};
    const QMap<std::pair<S, A>, S> legal = {
        {{S::Registered, A::Assign}, S::Assigned},    {{S::Registered, A::Extend}, S::Registered},
        {{S::Registered, A::Remind}, S::Registered},  {{S::Assigned, A::Assign}, S::Assigned},
        {{S::Assigned, A::Start}, S::InProgress},     {{S::Assigned, A::Resolve}, S::Resolved},
        {{S::Assigned, A::Extend}, S::Assigned},      {{S::Assigned, A::Remind}, S::Assigned},
        {{S::InProgress, A::Assign}, S::Assigned},    {{S::InProgress, A::Resolve}, S::Resolved},
        {{S::InProgress, A::Extend}, S::InProgress},  {{S::InProgress, A::Remind}, S::InProgress},
        {{S::Resolved, A::Answer}, S::Answered},      {{S::Answered, A::FollowUp}, S::FollowedUp},
        {{S::FollowedUp, A::Close}, S::Closed},       {{S::Registered, A::Revisit}, S::Registered},
        {{S::Assigned, A::Revisit}, S::Assigned},     {{S::InProgress, A::Revisit}, S::InProgress},
        {{S::Resolved, A::Revisit}, S::Resolved},     {{S::Answered, A::Revisit}, S::Answered},
        {{S::FollowedUp, A::Revisit}, S::FollowedUp},
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

void TestComplaintStateMachine::transitions() {
    QFETCH(S, from);
    QFETCH(A, action);
    QFETCH(bool, allowed);
    QFETCH(S, to);
    const auto next = ComplaintStateMachine::next(from, action);
    QCOMPARE(next.ok(), allowed);
    if (allowed)
        QCOMPARE(*next, to);
    else
        QVERIFY2(next.error().startsWith(QStringLiteral("A complaint that is")) ||
                     next.error().contains(QStringLiteral("reminder")),
                 qPrintable(next.error()));
}

void TestComplaintStateMachine::unsatisfiedFollowUpReopens() {
    QCOMPARE(*ComplaintStateMachine::next(S::Answered, A::FollowUp, true), S::InProgress);
    QCOMPARE(*ComplaintStateMachine::next(S::Answered, A::FollowUp, false), S::FollowedUp);
    QVERIFY(!ComplaintStateMachine::next(S::Closed, A::FollowUp, true));
}

void TestComplaintStateMachine::actionsFromMatchTheTable() {
    QCOMPARE(ComplaintStateMachine::actionsFrom(S::Registered),
             (QList<A>{A::Assign, A::Extend, A::Remind, A::Revisit}));
    QCOMPARE(ComplaintStateMachine::actionsFrom(S::Resolved), (QList<A>{A::Answer, A::Revisit}));
    QCOMPARE(ComplaintStateMachine::actionsFrom(S::Closed), QList<A>{});
    const auto refused = ComplaintStateMachine::next(S::Closed, A::Resolve);
    QCOMPARE(refused.error(), QStringLiteral("A complaint that is closed cannot be resolved."));
}

QTEST_GUILESS_MAIN(TestComplaintStateMachine)
#include "tst_complaintstatemachine.moc"
