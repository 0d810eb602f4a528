#include "mediation/sessionscheduler.h"

#include <QTest>

using namespace linli;

Q_DECLARE_METATYPE(linli::Booking)

class TestSessionScheduler final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void conflicts_data();
    void conflicts();
    void editingASessionDoesNotClashWithItself();
    void freeSlotsSkipBusyTimesAndHolidays();

private:
    static Booking booking(qint64 id, QTime from, QTime to, QSet<qint64> mediators,
                           QSet<qint64> parties, Venue venue, QDate day = QDate(2025, 3, 27));
};

Booking TestSessionScheduler::booking(qint64 id, QTime from, QTime to, QSet<qint64> mediators,
                                      QSet<qint64> parties, Venue venue, QDate day) {
    return Booking{SessionId{id},
                   QDateTime(day, from),
                   QDateTime(day, to),
                   std::move(mediators),
                   std::move(parties),
                   std::move(venue),
                   QStringLiteral("session %1").arg(id)};
}

void TestSessionScheduler::conflicts_data() {
    QTest::addColumn<Booking>("candidate");
    QTest::addColumn<int>("kind"); // -1: no conflict
    QTest::addColumn<qint64>("who");
    const Venue room{VenueKind::MediationRoom, {}};
    const Venue site{VenueKind::OnSite, QStringLiteral("明珠花园3栋2单元")};
    const Venue otherSite{VenueKind::OnSite, QStringLiteral("检察院小区1栋")};
    const Venue online{VenueKind::Online, {}};
    // The existing session: 9:00–10:30, mediators 1 and 2, parties 10 and 11, the mediation room.
    auto at = [](QTime from, QTime to, QSet<qint64> m, QSet<qint64> p, Venue v) {
        return booking(0, from, to, std::move(m), std::move(p), std::move(v));
    };
    QTest::newRow("same mediator, overlapping") << at(QTime(10, 0), QTime(11, 0), {1}, {}, online)
                                                << int(Conflict::Kind::Mediator) << qint64(1);
    QTest::newRow("second mediator, inside") << at(QTime(9, 30), QTime(10, 0), {2, 7}, {}, online)
                                             << int(Conflict::Kind::Mediator) << qint64(2);
    QTest::newRow("party, overlapping start") << at(QTime(8, 30), QTime(9, 1), {5}, {11}, online)
                                              << int(Conflict::Kind::Party) << qint64(11);
    QTest::newRow("venue, the room") << at(QTime(10, 29), QTime(11, 0), {5}, {20}, room)
                                     << int(Conflict::Kind::Venue) << qint64(0);
    QTest::newRow("touching after is fine")
        << at(QTime(10, 30), QTime(11, 30), {1}, {10}, room) << -1 << qint64(0);
    QTest::newRow("touching before is fine")
        << at(QTime(8, 0), QTime(9, 0), {1}, {10}, room) << -1 << qint64(0);
    QTest::newRow("other people, online")
        << at(QTime(9, 0), QTime(10, 30), {5}, {20}, online) << -1 << qint64(0);
    QTest::newRow("on site elsewhere")
        << at(QTime(9, 0), QTime(10, 30), {5}, {20}, otherSite) << -1 << qint64(0);
    QTest::newRow("on site at the same place") << at(QTime(9, 0), QTime(10, 0), {5}, {20}, site)
                                               << int(Conflict::Kind::Venue) << qint64(0);
    QTest::newRow("on site at the same place, written otherwise")
        << at(QTime(9, 0), QTime(10, 0), {5}, {20},
              {VenueKind::OnSite, QStringLiteral("明珠花园 ３栋 2单元")})
        << int(Conflict::Kind::Venue) << qint64(0);
    QTest::newRow("another day") << booking(0, QTime(9, 0), QTime(10, 30), {1}, {10}, room,
                                            QDate(2025, 3, 28))
                                 << -1 << qint64(0);
}

void TestSessionScheduler::conflicts() {
    QFETCH(Booking, candidate);
    QFETCH(int, kind);
    QFETCH(qint64, who);
    const QList<Booking> existing = {
        booking(1, QTime(9, 0), QTime(10, 30), {1, 2}, {10, 11}, {VenueKind::MediationRoom, {}}),
        booking(2, QTime(14, 0), QTime(15, 0), {3}, {12},
                {VenueKind::OnSite, QStringLiteral("明珠花园3栋2单元")}),
    };
    // The on-site row checks against session 2's place: move the candidate to its time.
    if (candidate.venue.kind == VenueKind::OnSite &&
        candidate.venue.place.contains(QStringLiteral("明珠"))) {
        candidate.start = QDateTime(QDate(2025, 3, 27), QTime(14, 30));
        candidate.end = QDateTime(QDate(2025, 3, 27), QTime(15, 30));
    }
    const auto conflict = SessionScheduler::findConflict(candidate, existing);
    if (kind < 0) {
        QVERIFY2(!conflict, conflict ? qPrintable(conflict->with.label) : "");
        return;
    }
    QVERIFY(conflict);
    QCOMPARE(int(conflict->kind), kind);
    QCOMPARE(conflict->who, who);
}

void TestSessionScheduler::editingASessionDoesNotClashWithItself() {
    const Booking existing =
        booking(1, QTime(9, 0), QTime(10, 30), {1}, {10}, {VenueKind::MediationRoom, {}});
    Booking moved = existing;
    moved.end = QDateTime(QDate(2025, 3, 27), QTime(11, 0));
    QVERIFY(!SessionScheduler::findConflict(moved, {existing}));
}

void TestSessionScheduler::freeSlotsSkipBusyTimesAndHolidays() {
    WorkingCalendar calendar;
    calendar.setException(QDate(2025, 3, 28), WorkingCalendar::DayKind::Holiday); // Friday off
    const QList<Booking> existing = {
        booking(1, QTime(8, 30), QTime(10, 0), {1}, {}, {VenueKind::Online, {}}),
        booking(2, QTime(10, 0), QTime(11, 0), {}, {}, {VenueKind::MediationRoom, {}}),
        booking(3, QTime(14, 0), QTime(17, 30), {}, {10}, {VenueKind::Online, {}}),
    };
    // Mediator 1 and party 10 in the mediation room for an hour and a half.
    const Booking wanted =
        booking(0, QTime(0, 0), QTime(1, 30), {1}, {10}, {VenueKind::MediationRoom, {}});
    const auto slots = SessionScheduler::freeSlots(
        wanted, existing, QDateTime(QDate(2025, 3, 27), QTime(8, 0)), calendar, 3);
    // Thursday: 8:30–10:00 mediator busy, 10:00–11:00 room busy, 11:00 leaves too little before
    // noon, the afternoon the party is busy; Friday is a holiday; the weekend is off.
    QCOMPARE(slots, (QList<QDateTime>{QDateTime(QDate(2025, 3, 31), QTime(8, 30)),
                                      QDateTime(QDate(2025, 3, 31), QTime(9, 0)),
                                      QDateTime(QDate(2025, 3, 31), QTime(9, 30))}));
}

QTEST_GUILESS_MAIN(TestSessionScheduler)
#include "tst_sessionscheduler.moc"
