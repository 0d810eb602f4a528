#include "complaints/complaintservice.h"
#include "mediation/mediationservice.h"
#include "support/registryfixture.h"

#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace linli;

// Desks in processes of their own, racing over the same records on one database (a file, or a
// database on the server when CTest runs the _postgres variant).
class TestRaces final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void assigningWhileAnotherDeskLogsRevisitsLosesNeither();
    void desksSteppingOneComplaintFromItsFormAreToldWhoSavedFirst();
    void twoDesksBookingTheSameHoursNeverDoubleBook();
    void desksLoggingAtOnceTakeEachNumberOnce();
    void aLongImportAtOneDeskHoldsUpNoOtherDesk();
    void aDeskWaitingForAHeldRecordIsToldWhoHoldsIt();
    void desksCarryOnWhenTheServerDropsThem();
};

namespace {

/// Started and ready, waiting for the word to go.
bool startDesk(QProcess &desk, const QString &database, const QString &action, int rounds) {
    desk.start(QStringLiteral(RACING_DESK), {database, action, QString::number(rounds)});
    if (!desk.waitForStarted(20000))
        return false;
    while (!desk.canReadLine()) {
        if (!desk.waitForReadyRead(60000))
            return false;
    }
    return desk.readLine().trimmed() == "ready";
}

/// Reads the desk's lines until `expected` comes; false when it ends or says something else.
bool waitForLine(QProcess &desk, const QByteArray &expected) {
    while (!desk.canReadLine()) {
        if (!desk.waitForReadyRead(60000))
            return false;
    }
    return desk.readLine().trimmed() == expected;
}

/// The numbers of the complaints stored, in order.
QStringList storedNumbers(Database &db) {
    QStringList numbers;
    auto rows = sql::Statement::run(
        db.connection(), QStringLiteral("SELECT year, seq FROM complaints ORDER BY year, seq"));
    while (rows && rows->next())
        numbers << complaintNumber(int(rows->integer("year")), int(rows->integer("seq")));
    return numbers;
}

/// Tells every desk to go at once, then waits for each to finish its actions.
bool goAndFinish(const QList<QProcess *> &desks) {
    for (QProcess *desk : desks)
        desk->write("go\n");
    for (QProcess *desk : desks) {
        if (!desk->waitForFinished(120000) || desk->exitStatus() != QProcess::NormalExit ||
            desk->exitCode() != 0)
            return false;
    }
    return true;
}

/// How many of the desk's actions on each complaint it was told were saved; any refusal fails.
QHash<qint64, int> savedBy(QProcess &desk, QString *refused) {
    QHash<qint64, int> saved;
    const QList<QByteArray> lines = desk.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype space = trimmed.indexOf(' ');
        if (trimmed.mid(space + 1) == "ok")
            ++saved[trimmed.left(space).toLongLong()];
        else
            *refused = QString::fromUtf8(trimmed);
    }
    return saved;
}

} // namespace

// One desk assigns each complaint, round after round to another handler, while another desk
// logs revisits on the same complaints. Before, a desk read the complaint before its write and
// wrote every column back: a revisit put back the handler (or the registered state) it had read,
// while the timeline said the complaint had been assigned since.
void TestRaces::assigningWhileAnotherDeskLogsRevisitsLosesNeither() {
    constexpr int kComplaints = 4;
    constexpr int kRounds = 100;
    test::RegistryFixture f;
    ComplaintService service(*f.db, f.registry);
    const HouseholdId household = *f.registry.addHousehold(f.unit, QStringLiteral("302"));
    const auto categories = service.complaints().categories();
    QVERIFY(categories && !categories->isEmpty());
    for (int i = 0; i < kComplaints; ++i) {
        Complaint c;
        c.receivedAt = f.db->clock().now();
        c.channel = Channel::Visit;
        c.reporter = {{}, QStringLiteral("张阿姨"), QStringLiteral("13812345678")};
        c.place = {f.compound, f.building, f.unit, household,
                   QStringLiteral("明珠花园3栋2单元302")};
        c.categoryId = categories->constFirst().id;
        c.urgency = Urgency::Normal;
        c.summary = QStringLiteral("楼道灯坏了 %1").arg(i);
        QVERIFY(service.log(c));
    }

    QProcess assigner, revisiter;
    QVERIFY2(startDesk(assigner, f.db.path(), QStringLiteral("assign"), kRounds),
             qPrintable(assigner.readAllStandardError()));
    QVERIFY2(startDesk(revisiter, f.db.path(), QStringLiteral("revisit"), kRounds),
             qPrintable(revisiter.readAllStandardError()));
    QVERIFY2(
        goAndFinish({&assigner, &revisiter}),
        QByteArray(assigner.readAllStandardError() + revisiter.readAllStandardError()).constData());
    QString refused;
    const QHash<qint64, int> assigned = savedBy(assigner, &refused);
    const QHash<qint64, int> revisited = savedBy(revisiter, &refused);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QCOMPARE(assigned.size(), kComplaints);
    QCOMPARE(revisited.size(), kComplaints);

    auto rows = sql::Statement::run(
        f.db->connection(),
        QStringLiteral("SELECT c.id, c.state, c.assignee,"
                       " (SELECT count(*) FROM complaint_events e WHERE e.complaint_id = c.id"
                       "  AND e.action = 'assign') AS assigns,"
                       " (SELECT count(*) FROM complaint_events e WHERE e.complaint_id = c.id"
                       "  AND e.action = 'revisit') AS revisits,"
                       " (SELECT e.to_state FROM complaint_events e WHERE e.complaint_id = c.id"
                       "  ORDER BY e.id DESC LIMIT 1) AS last_state"
                       " FROM complaints c ORDER BY c.id"));
    QVERIFY(rows);
    int seen = 0;
    while (rows->next()) {
        ++seen;
        const qint64 id = rows->integer("id");
        const QString label = QStringLiteral("complaint %1").arg(id);
        // Every save a desk was told of is there, and the last handler assigned holds it.
        QCOMPARE(assigned.value(id), kRounds);
        QCOMPARE(revisited.value(id), kRounds);
        QCOMPARE(int(rows->integer("assigns")), kRounds);
        QCOMPARE(int(rows->integer("revisits")), kRounds);
        QVERIFY2(rows->text("state") == QStringLiteral("assigned"), qPrintable(label));
        QCOMPARE(rows->text("assignee"), QStringLiteral("楼长%1").arg(kRounds));
        // The complaint is where its timeline says it is.
        QCOMPARE(rows->text("last_state"), rows->text("state"));
    }
    QCOMPARE(seen, kComplaints);

    // And all along: each step starts where the one before it ended, and a revisit names the
    // handler the last assignment gave. A desk that wrote over a complaint it had read before
    // another desk's save breaks the chain even when a later save hides it in the row.
    auto events = sql::Statement::run(
        f.db->connection(), QStringLiteral("SELECT complaint_id, action, from_state, to_state,"
                                           " assignee FROM complaint_events"
                                           " ORDER BY complaint_id, id"));
    QVERIFY(events);
    qint64 complaint = 0;
    QString state, handler;
    int steps = 0;
    while (events->next()) {
        ++steps;
        if (events->integer("complaint_id") != complaint) {
            complaint = events->integer("complaint_id");
            state = events->text("to_state"); // its registration
            handler.clear();
            continue;
        }
        const QString at = QStringLiteral("complaint %1, step %2").arg(complaint).arg(steps);
        QVERIFY2(events->text("from_state") == state, qPrintable(at));
        state = events->text("to_state");
        if (events->text("action") == QStringLiteral("assign"))
            handler = events->text("assignee");
        else
            QVERIFY2(events->text("assignee") == handler, qPrintable(at));
    }
    QCOMPARE(steps, kComplaints * (1 + 2 * kRounds));
}

// Three desks keep one complaint moving round its cycle — assigned, resolved, answered, followed
// up and reopened — each step taken from the form as the desk read it. Round by round every desk
// reads the complaint before any of them saves, so all three act on the same version: one step
// is saved, the other two are told which desk saved first, and every step a desk was told was
// saved is on the timeline, in order.
void TestRaces::desksSteppingOneComplaintFromItsFormAreToldWhoSavedFirst() {
    constexpr int kRounds = 40;
    const QStringList deskNames = {QStringLiteral("甲台"), QStringLiteral("乙台"),
                                   QStringLiteral("丙台")};
    test::RegistryFixture f;
    ComplaintService service(*f.db, f.registry);
    const auto categories = service.complaints().categories();
    QVERIFY(categories && !categories->isEmpty());
    Complaint c;
    c.receivedAt = f.db->clock().now();
    c.channel = Channel::Visit;
    c.reporter = {{}, QStringLiteral("张阿姨"), QStringLiteral("13812345678")};
    c.categoryId = categories->constFirst().id;
    c.urgency = Urgency::Normal;
    c.summary = QStringLiteral("楼道灯坏了");
    const auto logged = service.log(c);
    QVERIFY(logged);

    std::vector<std::unique_ptr<QProcess>> desks;
    for (const QString &name : deskNames) {
        desks.push_back(std::make_unique<QProcess>());
        desks.back()->start(QStringLiteral(RACING_DESK),
                            {f.db.path(), QStringLiteral("step"), QString::number(kRounds), name});
        QVERIFY2(desks.back()->waitForStarted(20000), qPrintable(desks.back()->errorString()));
    }
    const auto nextLine = [](QProcess &desk) -> QString {
        while (!desk.canReadLine()) {
            if (!desk.waitForReadyRead(60000))
                return QString::fromUtf8(desk.readAllStandardError());
        }
        return QString::fromUtf8(desk.readLine().trimmed());
    };

    QHash<QString, QHash<QString, int>> savedSteps; // desk → step → times it was told saved
    int saved = 0;
    for (int round = 1; round <= kRounds; ++round) {
        for (auto &desk : desks) {
            const QString said = nextLine(*desk);
            QVERIFY2(said == QStringLiteral("read"), qPrintable(said));
        }
        for (auto &desk : desks)
            desk->write("go\n");
        QString savedBy;
        QStringList refusals;
        for (qsizetype d = 0; d < qsizetype(desks.size()); ++d) {
            const QString said = nextLine(*desks.at(d));
            const QString name = deskNames.at(d);
            const QString step = said.section(QLatin1Char(' '), 0, 0);
            const QString outcome = said.section(QLatin1Char(' '), 1);
            if (outcome == QStringLiteral("ok")) {
                QVERIFY2(savedBy.isEmpty(), qPrintable(savedBy + QStringLiteral(" and ") + name));
                savedBy = name;
                ++savedSteps[name][step];
                ++saved;
            } else {
                QVERIFY2(outcome.startsWith(QStringLiteral("refused: ")), qPrintable(said));
                refusals << name + QLatin1Char('|') + outcome.mid(9);
            }
        }
        // One desk saved its step; each of the others was told it was that desk.
        const QString at = QStringLiteral("round %1").arg(round);
        QVERIFY2(!savedBy.isEmpty(), qPrintable(at + QLatin1Char(' ') + refusals.join(u' ')));
        QCOMPARE(refusals.size(), 2);
        for (const QString &refusal : std::as_const(refusals))
            QVERIFY2(refusal.section(QLatin1Char('|'), 1).startsWith(savedBy + QLatin1Char(' ')),
                     qPrintable(at + QLatin1Char(' ') + refusal));
    }
    for (auto &desk : desks) {
        QVERIFY(desk->waitForFinished(60000));
        QCOMPARE(desk->exitCode(), 0);
    }
    QCOMPARE(saved, kRounds);

    // The timeline holds each saved step, by the desk that was told so, one after the other.
    QHash<QString, QHash<QString, int>> onTimeline;
    auto events = sql::Statement::run(
        f.db->connection(),
        QStringLiteral("SELECT operator, action, from_state, to_state FROM complaint_events"
                       " WHERE complaint_id = :id ORDER BY id"),
        {{"id", logged->id.value}});
    QVERIFY(events);
    QVERIFY(events->next()); // its registration
    QString state = events->text("to_state");
    int steps = 0;
    while (events->next()) {
        ++steps;
        ++onTimeline[events->text("operator")][events->text("action")];
        QVERIFY2(events->text("from_state") == state, qPrintable(QString::number(steps)));
        state = events->text("to_state");
    }
    QCOMPARE(steps, kRounds);
    QCOMPARE(onTimeline, savedSteps);
    // Forty steps round a cycle of four, none taken twice or left out: ten of each, and the
    // complaint reopened once more.
    QHash<QString, int> byStep;
    for (const auto &ofDesk : std::as_const(onTimeline)) {
        for (auto step = ofDesk.cbegin(); step != ofDesk.cend(); ++step)
            byStep[step.key()] += step.value();
    }
    const QHash<QString, int> tenOfEach = {{QStringLiteral("assign"), 10},
                                           {QStringLiteral("resolve"), 10},
                                           {QStringLiteral("answer"), 10},
                                           {QStringLiteral("follow_up"), 10}};
    QCOMPARE(byStep, tenOfEach);
    QCOMPARE(state, QStringLiteral("in_progress"));

    // The complaint is where its timeline ends, one version further for each step saved.
    auto row = sql::Statement::run(f.db->connection(),
                                   QStringLiteral("SELECT state, version FROM complaints"
                                                  " WHERE id = :id"),
                                   {{"id", logged->id.value}});
    QVERIFY(row && row->next());
    QCOMPARE(row->text("state"), state);
    QCOMPARE(int(row->integer("version")), logged->version + kRounds);
}

// Two desks book the same thirty hours at once for two cases whose applicant is the same
// resident: one with 刘主任 in the mediation room, the other with 刘主任 online, 陈法官 in the
// room, or 陈法官 online with that resident, hour by hour. Each hour goes to exactly one of
// them, the other is told what is taken, and no mediator, room or person is ever booked twice.
void TestRaces::twoDesksBookingTheSameHoursNeverDoubleBook() {
    constexpr int kSlots = 30;
    test::RegistryFixture f;
    MediationService mediation(*f.db);
    const HouseholdId zhangHome = *f.registry.addHousehold(f.unit, QStringLiteral("101"));
    const HouseholdId liHome = *f.registry.addHousehold(f.unit, QStringLiteral("201"));
    const ResidentId zhang = *f.registry.addResident(
        f.resident(zhangHome, QStringLiteral("张大爷"), Gender::Male, Relation::Head));
    const ResidentId li = *f.registry.addResident(
        f.resident(liHome, QStringLiteral("李师傅"), Gender::Male, Relation::Head));
    Mediator lead;
    lead.name = QStringLiteral("刘主任");
    lead.kind = MediatorKind::Cadre;
    lead.active = true;
    Mediator judge = lead;
    judge.name = QStringLiteral("陈法官");
    judge.kind = MediatorKind::Judge;
    const MediatorId leadId = *mediation.addMediator(lead);
    QVERIFY(mediation.addMediator(judge));
    for (int i = 0; i < 2; ++i) {
        MediationCase c;
        c.type = CaseType::PipesSeptic;
        c.source = CaseSource::Application;
        c.risk = Risk::Orange;
        c.facts = QStringLiteral("化粪池堵塞，一楼返水");
        c.leadMediator = leadId;
        Party applicant;
        applicant.side = PartySide::Applicant;
        applicant.residentId = zhang;
        applicant.householdId = zhangHome;
        applicant.name = QStringLiteral("张大爷");
        Party respondent;
        respondent.side = PartySide::Respondent;
        respondent.residentId = li;
        respondent.name = QStringLiteral("李师傅");
        c.parties = {applicant, respondent};
        const auto opened = mediation.openCase(c);
        QVERIFY2(opened, qPrintable(opened.error()));
    }

    QProcess first, second;
    QVERIFY2(startDesk(first, f.db.path(), QStringLiteral("book-first"), kSlots),
             qPrintable(first.readAllStandardError()));
    QVERIFY2(startDesk(second, f.db.path(), QStringLiteral("book-second"), kSlots),
             qPrintable(second.readAllStandardError()));
    QVERIFY2(goAndFinish({&first, &second}),
             QByteArray(first.readAllStandardError() + second.readAllStandardError()).constData());
    QString refusedFirst, refusedSecond;
    const QHash<qint64, int> bookedFirst = savedBy(first, &refusedFirst);
    const QHash<qint64, int> bookedSecond = savedBy(second, &refusedSecond);
    for (int slot = 0; slot < kSlots; ++slot)
        QVERIFY2(bookedFirst.value(slot) + bookedSecond.value(slot) == 1,
                 qPrintable(QStringLiteral("hour %1").arg(slot)));
    // A refusal is the clash, named, not an error.
    for (const QString &refused : {refusedFirst, refusedSecond}) {
        if (!refused.isEmpty())
            QVERIFY2(refused.contains(QStringLiteral("is booked already")) ||
                         refused.contains(QStringLiteral("The venue is taken")) ||
                         refused.contains(QStringLiteral(" is expected already")),
                     qPrintable(refused));
    }
    QCOMPARE(sql::Statement::single(f.db->connection(),
                                    QStringLiteral("SELECT count(*) FROM mediation_sessions"))
                 ->toInt(),
             kSlots);
    // Two sessions at once never share a mediator, the room, or a person.
    const QString overlapping =
        QStringLiteral(" FROM mediation_sessions a JOIN mediation_sessions b ON a.id < b.id"
                       " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
                       " AND a.cancelled = 0 AND b.cancelled = 0");
    QCOMPARE(
        sql::Statement::single(f.db->connection(),
                               QStringLiteral("SELECT count(*)") + overlapping +
                                   QStringLiteral(" JOIN session_mediators x ON x.session_id = a.id"
                                                  " JOIN session_mediators y ON y.session_id = b.id"
                                                  " AND y.mediator_id = x.mediator_id"))
            ->toInt(),
        0);
    QCOMPARE(
        sql::Statement::single(f.db->connection(),
                               QStringLiteral("SELECT count(*)") + overlapping +
                                   QStringLiteral(" WHERE a.venue = 'room' AND b.venue = 'room'"))
            ->toInt(),
        0);
    QCOMPARE(
        sql::Statement::single(f.db->connection(),
                               QStringLiteral("SELECT count(*)") + overlapping +
                                   QStringLiteral(" JOIN session_parties x ON x.session_id = a.id"
                                                  " JOIN case_parties p ON p.id = x.party_id"
                                                  " JOIN session_parties y ON y.session_id = b.id"
                                                  " JOIN case_parties q ON q.id = y.party_id"
                                                  " AND q.resident_id = p.resident_id"))
            ->toInt(),
        0);
}

// Three desks log forty walk-ins each at once: every complaint told it was logged is there, and
// the year's numbers run 2026-0001 to 2026-0120 without a gap or a number given twice.
void TestRaces::desksLoggingAtOnceTakeEachNumberOnce() {
    constexpr int kEach = 40;
    test::RegistryFixture f;
    QList<QProcess *> desks;
    for (int i = 0; i < 3; ++i) {
        auto *desk = new QProcess(this);
        QVERIFY2(startDesk(*desk, f.db.path(), QStringLiteral("log"), kEach),
                 qPrintable(desk->readAllStandardError()));
        desks << desk;
    }
    QVERIFY(goAndFinish(desks));
    QStringList told;
    for (QProcess *desk : std::as_const(desks)) {
        for (const QByteArray &line : desk->readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QVERIFY2(line.trimmed().endsWith(" ok"), line.constData());
            told << QString::fromUtf8(line.trimmed().chopped(3));
        }
    }
    qDeleteAll(desks);
    QCOMPARE(told.size(), 3 * kEach);
    const QStringList stored = storedNumbers(*f.db);
    QStringList expected;
    for (int n = 1; n <= 3 * kEach; ++n)
        expected << complaintNumber(2026, n);
    QCOMPARE(stored, expected);
    told.sort();
    QCOMPARE(told, expected);
}

// On the server a desk's long save — an import of three thousand residents, all written and not
// yet committed — holds up no other desk: another logs its complaints meanwhile, each at once.
// (A file has one writer at a time by design; there the other desk waits, and says so.)
void TestRaces::aLongImportAtOneDeskHoldsUpNoOtherDesk() {
    test::RegistryFixture f;
    if (!f.db->isOnServer())
        QSKIP("One writer at a time is a file's design: this is about the server.");
    QProcess importer, logger;
    QVERIFY2(startDesk(importer, f.db.path(), QStringLiteral("import"), 3000),
             qPrintable(importer.readAllStandardError()));
    importer.write("go\n");
    QVERIFY2(waitForLine(importer, "holding"), qPrintable(importer.readAllStandardError()));
    QVERIFY2(startDesk(logger, f.db.path(), QStringLiteral("log"), 10),
             qPrintable(logger.readAllStandardError()));
    QVERIFY2(goAndFinish({&logger}), qPrintable(logger.readAllStandardError()));
    const QList<QByteArray> logged = logger.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(logged.size(), 10);
    for (const QByteArray &line : logged)
        QVERIFY2(line.endsWith(" ok"), line.constData());
    // The import, let go, commits all it wrote.
    QVERIFY(goAndFinish({&importer}));
    QCOMPARE(importer.readAllStandardOutput().trimmed(), QByteArray("import ok"));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 3000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM complaints")), 10);
}

// A desk holds a complaint in a save it does not finish (stopped mid-save); another desk
// assigning the same complaint waits a while, then is refused with the holding desk named as
// the server knows it (the program, its computer), and nothing of its own is written. The held
// save, let go, commits.
void TestRaces::aDeskWaitingForAHeldRecordIsToldWhoHoldsIt() {
    test::RegistryFixture f;
    if (!f.db->isOnServer())
        QSKIP("On a file the waiting desk is told the file is busy: SQLite names no holder.");
    ComplaintService service(*f.db, f.registry);
    const auto categories = service.complaints().categories();
    QVERIFY(categories && !categories->isEmpty());
    Complaint c;
    c.receivedAt = f.db->clock().now();
    c.channel = Channel::Visit;
    c.reporter = {{}, QStringLiteral("张阿姨"), QStringLiteral("13812345678")};
    c.categoryId = categories->constFirst().id;
    c.summary = QStringLiteral("楼道灯坏了");
    const auto logged = service.log(c);
    QVERIFY2(logged, qPrintable(logged.error()));

    QProcess holder, waiter;
    QVERIFY2(startDesk(holder, f.db.path(), QStringLiteral("hold"), int(logged->id.value)),
             qPrintable(holder.readAllStandardError()));
    holder.write("go\n");
    QVERIFY2(waitForLine(holder, "holding"), qPrintable(holder.readAllStandardError()));
    QVERIFY2(startDesk(waiter, f.db.path(), QStringLiteral("assign"), 1),
             qPrintable(waiter.readAllStandardError()));
    QVERIFY2(goAndFinish({&waiter}), qPrintable(waiter.readAllStandardError()));
    const QString told = QString::fromUtf8(waiter.readAllStandardOutput().trimmed());
    QVERIFY2(told.startsWith(QStringLiteral("%1 refused: Another desk's save is holding this "
                                            "record: linli %2")
                                 .arg(logged->id.value)
                                 .arg(QSysInfo::machineHostName())),
             qPrintable(told));
    QVERIFY(goAndFinish({&holder}));
    QCOMPARE(holder.readAllStandardOutput().trimmed(),
             QStringLiteral("%1 ok").arg(logged->id.value).toUtf8());
    const auto now = service.complaints().complaint(logged->id);
    QVERIFY(now);
    QCOMPARE(now->assignee, QStringLiteral("楼长老周"));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM complaint_events")), 1);
}

// Two desks log sixty walk-ins each; after each has logged one, the server ends every desk's
// connection, as a restart does. A save under way is refused, saying the connection was lost,
// and nothing of it is kept; the desks carry on by themselves, and every save they were told of
// is there, the numbers without a gap.
void TestRaces::desksCarryOnWhenTheServerDropsThem() {
    constexpr int kEach = 60;
    test::RegistryFixture f;
    if (!f.db->isOnServer())
        QSKIP("A file has no connection to lose.");
    QProcess first, second;
    QVERIFY2(startDesk(first, f.db.path(), QStringLiteral("log"), kEach),
             qPrintable(first.readAllStandardError()));
    QVERIFY2(startDesk(second, f.db.path(), QStringLiteral("log"), kEach),
             qPrintable(second.readAllStandardError()));
    QList<QByteArray> lines;
    for (QProcess *desk : {&first, &second})
        desk->write("go\n");
    for (QProcess *desk : {&first, &second}) {
        while (!desk->canReadLine())
            QVERIFY(desk->waitForReadyRead(60000));
        lines << desk->readLine().trimmed();
    }
    QVERIFY(sql::Statement::run(
        f.db->connection(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                           " WHERE datname = current_database()"
                                           " AND pid <> pg_backend_pid()")));
    for (QProcess *desk : {&first, &second}) {
        QVERIFY(desk->waitForFinished(120000) && desk->exitCode() == 0);
        lines << desk->readAllStandardOutput().trimmed().split('\n');
    }
    QCOMPARE(lines.size(), 2 * kEach);
    QStringList told;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.endsWith(" ok"))
            told << QString::fromUtf8(line.chopped(3));
        else
            QVERIFY2(line.contains("connection to the database server was lost"), line.constData());
    }
    // At most the save under way at each desk is lost, and said so.
    QVERIFY2(told.size() >= 2 * kEach - 2, qPrintable(QString::number(told.size())));
    const QStringList stored = storedNumbers(*f.db);
    QStringList expected;
    for (int n = 1; n <= told.size(); ++n)
        expected << complaintNumber(2026, n);
    QCOMPARE(stored, expected);
    told.sort();
    QCOMPARE(told, expected);
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
