#include "access/audittrail.h"
#include "common/isotime.h"
#include "complaints/complaintfigures.h"
#include "demo/demogenerator.h"
#include "mediation/mediationfigures.h"
#include "mediation/mediationstatistics.h"
#include "mediation/screeninglog.h"
#include "reports/dashboardfigures.h"
#include "reports/dashboardseries.h"
#include "reports/monthlyreport.h"
#include "storage/database.h"
#include "storage/servercopy.h"
#include "storage/statement.h"
#include "storage/statementobserver.h"
#include "support/testdatabase.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace linli;

namespace {

/// One statement a read ran: its text (for the engine, shown on a difference and never compared)
/// and every row it read, all columns in order.
struct StatementRun {
    QString text;
    QList<QVariantList> rows;
};

/// One read through a repository, as it went on one engine.
struct ReadRun {
    QString label;
    bool rowsExpected = false; ///< the demo has data for it: an empty read is a failure
    QString failure;           ///< the read's error, when it failed
    QList<StatementRun> statements;

    qsizetype rowCount() const {
        qsizetype n = 0;
        for (const StatementRun &statement : statements)
            n += statement.rows.size();
        return n;
    }
};

enum class Rows { Expected, MayBeNone };

/// Runs reads on one workspace and records what each read: while a read runs, every statement
/// and every row the statements read (sql::observeStatements) go to it.
class Recorder final {
public:
    explicit Recorder(QList<ReadRun> &runs)
        : m_runs(runs) {
        sql::observeStatements({[this](const QString &text) {
                                    if (m_open)
                                        m_runs.last().statements.append({text, {}});
                                },
                                [this](const QVariantList &row) {
                                    if (m_open && !m_runs.last().statements.isEmpty())
                                        m_runs.last().statements.last().rows.append(row);
                                }});
    }
    ~Recorder() { sql::stopObservingStatements(); }
    Q_DISABLE_COPY_MOVE(Recorder)

    /// Runs `call` (returning a Result, a Status or a plain value) as the read `label`.
    template<typename Call> void read(const QString &label, Rows rows, Call &&call) {
        m_runs.append({m_prefix + label, rows == Rows::Expected, {}, {}});
        m_open = true;
        const auto outcome = call();
        m_open = false;
        if constexpr (requires { outcome.error(); }) {
            if (!outcome)
                m_runs.last().failure =
                    outcome.error().isEmpty() ? QStringLiteral("failed") : outcome.error();
        }
    }
    /// Names the session the reads that follow run in.
    void setPrefix(const QString &prefix) { m_prefix = u'[' + prefix + QStringLiteral("] "); }

private:
    QList<ReadRun> &m_runs;
    QString m_prefix;
    bool m_open = false;
};

/// The records the reads look at, chosen in the demo file before anything runs; the same ids
/// are then asked of both engines (the copy keeps every id).
struct Targets {
    CommunityId community;
    CompoundId compound;
    CompoundId venueCompound;
    BuildingId building; ///< one with meetings and opinions
    BuildingId pactBuilding;
    BuildingId inspectedBuilding;
    BuildingId headsBuilding;
    BuildingId groupBuilding;
    UnitId unit;
    HouseholdId household; ///< one with complaints
    HouseholdId wishHousehold;
    ResidentId resident;
    QString idNumber;
    ResidentPageKey residentKey;
    int residentTotal = 0;
    QString name1, name2, name3, initials, initials2, pinyin, phoneTail, idTail, address;

    ComplaintId complaint; ///< the one with most events
    QString complaintNumber;
    QString complaintWord;
    QString complaintPhone;
    QString assignee;
    BuildingId complaintBuilding;
    UnitId complaintUnit;
    CategoryId category;
    HouseholdId complaintHousehold;
    ResidentId reporter;
    QDateTime complaintAt;
    ComplaintPageKey complaintKey;
    int complaintTotal = 0;

    CaseId mediationCase; ///< one with sessions
    CaseId agreementCase;
    CaseId costShareCase;
    qint64 costShare = 0;
    CaseId followUpCase;
    SessionId session;
    MediatorId mediator;
    QList<PartyId> parties;
    ResidentId partyResident;

    PactId pact;
    PactTemplateId pactTemplate;
    OpinionId opinion;
    MeetingId meeting;
    DecisionId decision;
    MeetingActionId action;

    WishId wish;
    ResidentId elder;
    StationItemId stationItem;
    EventId event;
    EventId helpersEvent;
    ActivityId activity;
    AccountId account;
    qint64 auditBefore = 0;
    QString auditOperator;
};

/// A value as the product reads it: a bool (EXISTS on the server) as the 1 or 0 SQLite gives.
QVariant asRead(const QVariant &value) {
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

bool isNumberType(const QVariant &value) {
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

/// Both null; or the same text; or, when both are numbers (the server's bigint count and numeric
/// sum against SQLite's integer, say), the same number. Two texts are compared as texts: "0012"
/// is not "12" to whoever reads it.
bool sameValue(const QVariant &sqliteValue, const QVariant &serverValue) {
    const QVariant a = asRead(sqliteValue);
    const QVariant b = asRead(serverValue);
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (a.toString() == b.toString())
        return true;
    if (!isNumberType(a) && !isNumberType(b))
        return false;
    bool wholeA = false;
    bool wholeB = false;
    const qlonglong x = a.toLongLong(&wholeA);
    const qlonglong y = b.toLongLong(&wholeB);
    if (wholeA && wholeB && a.toDouble() == double(x) && b.toDouble() == double(y))
        return x == y;
    bool numberA = false;
    bool numberB = false;
    const double p = a.toDouble(&numberA);
    const double q = b.toDouble(&numberB);
    return numberA && numberB && p == q;
}

QString shown(const QVariant &value) {
    if (value.isNull())
        return QStringLiteral("NULL");
    return QStringLiteral("%1 (%2)").arg(value.toString(), QLatin1String(value.typeName()));
}

QString shownRow(const QVariantList &row) {
    QStringList cells;
    for (const QVariant &value : row)
        cells << shown(value);
    return u'[' + cells.join(QStringLiteral(", ")) + u']';
}

/// A value as sameValue() sees it, for telling rows that differ from rows in another order.
QString keyOf(const QVariant &value) {
    const QVariant v = asRead(value);
    if (v.isNull())
        return QStringLiteral("NULL");
    if (isNumberType(v))
        return QString::number(v.toDouble(), 'g', 17);
    return u'"' + v.toString() + u'"';
}

/// True when two lists hold the same rows, only in another order. Said alongside a difference
/// (a statement without an ORDER BY that settles it), never taken for sameness.
bool sameRowsInAnotherOrder(const QList<QVariantList> &a, const QList<QVariantList> &b) {
    if (a.size() != b.size())
        return false;
    const auto keys = [](const QList<QVariantList> &rows) {
        QStringList list;
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells << keyOf(value);
            list << cells.join(u'\x1f');
        }
        list.sort();
        return list;
    };
    return keys(a) == keys(b);
}

/// The statements of a read, for a difference's message.
QString textsOf(const ReadRun &run) {
    QStringList texts;
    for (const StatementRun &statement : run.statements)
        texts << QStringLiteral("      ") + statement.text;
    return texts.isEmpty() ? QStringLiteral("      (no statement)") : texts.join(u'\n');
}

/// Where the two runs of a read part, or nothing when they read the same rows.
QStringList differencesOf(const ReadRun &onFile, const ReadRun &onServer) {
    QStringList found;
    const auto both = [&] {
        return QStringLiteral("\n    SQLite:\n") + textsOf(onFile) +
               QStringLiteral("\n    PostgreSQL:\n") + textsOf(onServer);
    };
    if (!onFile.failure.isEmpty() || !onServer.failure.isEmpty()) {
        found << QStringLiteral("%1: the read failed (SQLite: %2; PostgreSQL: %3)")
                         .arg(onFile.label,
                              onFile.failure.isEmpty() ? QStringLiteral("ok") : onFile.failure,
                              onServer.failure.isEmpty() ? QStringLiteral("ok")
                                                         : onServer.failure) +
                     both();
        return found;
    }
    if (onFile.statements.size() != onServer.statements.size()) {
        found << QStringLiteral("%1: %2 statements on SQLite, %3 on PostgreSQL")
                         .arg(onFile.label)
                         .arg(onFile.statements.size())
                         .arg(onServer.statements.size()) +
                     both();
        return found;
    }
    for (qsizetype s = 0; s < onFile.statements.size(); ++s) {
        const StatementRun &a = onFile.statements.at(s);
        const StatementRun &b = onServer.statements.at(s);
        const QString where =
            (sameRowsInAnotherOrder(a.rows, b.rows)
                 ? QStringLiteral("\n    (the same rows in another order: nothing in the"
                                  " statement settles their order)")
                 : QString()) +
            QStringLiteral("\n    SQLite: ") + a.text + QStringLiteral("\n    PostgreSQL: ") +
            b.text;
        const qsizetype common = std::min(a.rows.size(), b.rows.size());
        bool parted = false;
        for (qsizetype r = 0; r < common && !parted; ++r) {
            const QVariantList &x = a.rows.at(r);
            const QVariantList &y = b.rows.at(r);
            if (x.size() != y.size()) {
                found << QStringLiteral("%1, statement %2, row %3: %4 columns on SQLite, %5 on"
                                        " PostgreSQL")
                                 .arg(onFile.label)
                                 .arg(s + 1)
                                 .arg(r)
                                 .arg(x.size())
                                 .arg(y.size()) +
                             where;
                parted = true;
                break;
            }
            for (qsizetype c = 0; c < x.size(); ++c) {
                if (!sameValue(x.at(c), y.at(c))) {
                    found << QStringLiteral("%1, statement %2, row %3, column %4: SQLite %5,"
                                            " PostgreSQL %6\n    SQLite row: %7\n"
                                            "    PostgreSQL row: %8")
                                     .arg(onFile.label)
                                     .arg(s + 1)
                                     .arg(r)
                                     .arg(c)
                                     .arg(shown(x.at(c)), shown(y.at(c)), shownRow(x),
                                          shownRow(y)) +
                                 where;
                    parted = true;
                    break;
                }
            }
        }
        if (!parted && a.rows.size() != b.rows.size()) {
            const bool fileLonger = a.rows.size() > b.rows.size();
            found << QStringLiteral("%1, statement %2: %3 rows on SQLite, %4 on PostgreSQL;"
                                    " row %5 is only on %6: %7")
                             .arg(onFile.label)
                             .arg(s + 1)
                             .arg(a.rows.size())
                             .arg(b.rows.size())
                             .arg(common)
                             .arg(fileLonger ? QStringLiteral("SQLite")
                                             : QStringLiteral("PostgreSQL"),
                                  shownRow(fileLonger ? a.rows.at(common) : b.rows.at(common))) +
                         where;
        }
    }
    return found;
}

/// Always success: for the reads that return a plain value.
template<typename T> Status done(const T &) {
    return Status::success();
}

} // namespace

/// Every read the repositories offer returns the same rows, in the same order, on SQLite and on
/// PostgreSQL: the demo made in a file, copied onto the server, and each read run on both with
/// every statement's rows recorded (sql::observeStatements) and compared value by value.
/// Registered on the test server (tst_parity_postgres); without one it skips.
class TestParity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyReadReturnsTheSameRowsOnBothEngines();

private:
    static std::optional<Targets> targetsIn(const Database &file, QStringList &missing);
    static void readEverything(Recorder &r, Workspace &w, const Targets &t);
    static void readAsGridWorker(Recorder &r, Workspace &w, const Targets &t);
    static QString logIn(Workspace &w, const QString &username);
    static QList<ReadRun> runAll(Workspace &w, const Targets &t, QString &failure);
};

namespace {

/// The demo's "now", and the moment the reads are judged at: the morning of its last day.
const QDateTime kDemoNow(QDate(2025, 3, 27), QTime(16, 0));
const QDateTime kNow(QDate(2025, 3, 27), QTime(10, 0));
const QDate kToday = kNow.date();
const QDate kMonday = kToday.addDays(1 - kToday.dayOfWeek());

} // namespace

void TestParity::initTestCase() {
    if (test::testServer().isEmpty())
        QSKIP("compares SQLite with PostgreSQL, so runs only with the test server "
              "(CTest's tst_parity_postgres, which sets LINLI_TEST_SERVER_FILE)");
}

std::optional<Targets> TestParity::targetsIn(const Database &file, QStringList &missing) {
    const QSqlDatabase db = file.connection();
    const auto value = [&](const char *what, const QString &statement,
                           const sql::Params &params = {}) -> QVariant {
        const auto found = sql::Statement::single(db, statement, params);
        if (!found || found->isNull()) {
            missing << QLatin1String(what) + QStringLiteral(": ") +
                           (found ? QStringLiteral("none in the demo") : found.error());
            return {};
        }
        return *found;
    };
    const auto id = [&](const char *what, const QString &statement,
                        const sql::Params &params = {}) {
        return value(what, statement, params).toLongLong();
    };
    Targets t;
    t.community = CommunityId{id("community", QStringLiteral("SELECT min(id) FROM communities"))};
    t.compound = CompoundId{id("compound", QStringLiteral("SELECT min(id) FROM compounds"))};
    t.venueCompound = CompoundId{
        id("council venue",
           QStringLiteral("SELECT compound_id FROM council_venues ORDER BY id LIMIT 1"))};
    t.building = BuildingId{id(
        "building with meetings",
        QStringLiteral("SELECT m.building_id FROM meetings m WHERE EXISTS (SELECT 1 FROM"
                       " opinions o WHERE o.building_id = m.building_id) ORDER BY m.id LIMIT 1"))};
    t.pactBuilding =
        BuildingId{id("pact", QStringLiteral("SELECT building_id FROM pacts ORDER BY id LIMIT 1"))};
    t.inspectedBuilding = BuildingId{id(
        "inspection", QStringLiteral("SELECT building_id FROM inspections ORDER BY id LIMIT 1"))};
    t.headsBuilding = BuildingId{id(
        "neighbour head", QStringLiteral("SELECT building_id FROM neighbour_head_buildings ORDER BY"
                                         " neighbour_head_id, building_id LIMIT 1"))};
    t.groupBuilding =
        BuildingId{id("group member",
                      QStringLiteral("SELECT building_id FROM group_members ORDER BY id LIMIT 1"))};
    t.household = HouseholdId{
        id("household with complaints",
           QStringLiteral("SELECT household_id FROM complaints WHERE household_id IS NOT NULL"
                          " GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 1"))};
    t.unit = UnitId{id("unit", QStringLiteral("SELECT unit_id FROM households WHERE id = :id"),
                       {{"id", t.household.value}})};
    t.wishHousehold =
        HouseholdId{id("household with a wish",
                       QStringLiteral("SELECT r.household_id FROM wishes w JOIN residents r ON"
                                      " r.id = w.resident_id ORDER BY w.id LIMIT 1"))};
    t.resident = ResidentId{id("resident", QStringLiteral("SELECT min(id) FROM residents"))};
    t.idNumber = value("ID number", QStringLiteral("SELECT id_number FROM residents WHERE"
                                                   " id_number IS NOT NULL ORDER BY id LIMIT 1"))
                     .toString();
    t.idTail = t.idNumber.right(6);
    t.residentKey.sortKey =
        value("50th resident", QStringLiteral("SELECT sort_key FROM residents WHERE moved_out_on"
                                              " IS NULL ORDER BY sort_key, id LIMIT 1 OFFSET 49"))
            .toString();
    t.residentKey.id =
        id("50th resident", QStringLiteral("SELECT id FROM residents WHERE moved_out_on IS NULL"
                                           " ORDER BY sort_key, id LIMIT 1 OFFSET 49"));
    t.residentTotal = int(id(
        "residents", QStringLiteral("SELECT count(*) FROM residents WHERE moved_out_on IS NULL")));
    t.name3 = value("a name of three", QStringLiteral("SELECT name FROM residents WHERE"
                                                      " length(name) = 3 ORDER BY id LIMIT 1"))
                  .toString();
    t.name1 = t.name3.left(1);
    t.name2 = t.name3.left(2);
    t.initials = value("initials", QStringLiteral("SELECT name_initials FROM residents WHERE"
                                                  " length(name) = 3 ORDER BY id LIMIT 1"))
                     .toString();
    t.initials2 = t.initials.left(2);
    t.pinyin = value("pinyin", QStringLiteral("SELECT name_pinyin FROM residents WHERE"
                                              " length(name) = 3 ORDER BY id LIMIT 1"))
                   .toString();
    t.phoneTail = value("a phone", QStringLiteral("SELECT mobile FROM residents WHERE mobile <> ''"
                                                  " ORDER BY id LIMIT 1"))
                      .toString()
                      .right(4);
    t.address =
        value("a compound", QStringLiteral("SELECT name FROM compounds ORDER BY id LIMIT 1"))
            .toString() +
        QStringLiteral("3栋");

    t.complaint = ComplaintId{
        id("complaint with events",
           QStringLiteral("SELECT complaint_id FROM complaint_events GROUP BY"
                          " complaint_id ORDER BY count(*) DESC, complaint_id LIMIT 1"))};
    // The twelfth complaint of the latest year: "2025-0012".
    const int year = int(id("complaint year", QStringLiteral("SELECT max(year) FROM complaints")));
    const int seq = int(id("twelfth complaint",
                           QStringLiteral("SELECT seq FROM complaints WHERE year = :year"
                                          " ORDER BY seq LIMIT 1 OFFSET 11"),
                           {{"year", year}}));
    t.complaintNumber = complaintNumber(year, seq);
    t.complaintWord = value("a complaint's summary",
                            QStringLiteral("SELECT summary FROM complaints ORDER BY id LIMIT 1"))
                          .toString()
                          .left(2);
    t.complaintPhone =
        value("a reporter's phone", QStringLiteral("SELECT reporter_phone FROM complaints WHERE"
                                                   " reporter_phone <> '' ORDER BY id LIMIT 1"))
            .toString()
            .right(4);
    t.assignee = value("a handler", QStringLiteral("SELECT assignee FROM complaints WHERE"
                                                   " assignee <> '' ORDER BY id LIMIT 1"))
                     .toString()
                     .left(1);
    const QString withPlace = QStringLiteral(
        " FROM complaints WHERE building_id IS NOT NULL AND unit_id IS NOT NULL ORDER BY"
        " received_at DESC, id DESC LIMIT 1");
    t.complaintBuilding =
        BuildingId{id("complaint's building", QStringLiteral("SELECT building_id") + withPlace)};
    t.complaintUnit = UnitId{id("complaint's unit", QStringLiteral("SELECT unit_id") + withPlace)};
    t.category =
        CategoryId{id("complaint's category", QStringLiteral("SELECT category_id") + withPlace)};
    t.complaintAt = iso::moment(
        value("complaint's day", QStringLiteral("SELECT received_at") + withPlace).toString());
    t.complaintHousehold = t.household;
    t.reporter =
        ResidentId{id("reporter", QStringLiteral("SELECT reporter_resident_id FROM complaints WHERE"
                                                 " reporter_resident_id IS NOT NULL GROUP BY"
                                                 " reporter_resident_id ORDER BY count(*) DESC,"
                                                 " reporter_resident_id LIMIT 1"))};
    const QString fiftieth =
        QStringLiteral(" FROM complaints ORDER BY received_at DESC, id DESC LIMIT 1 OFFSET 49");
    t.complaintKey.receivedAt = iso::moment(
        value("50th complaint", QStringLiteral("SELECT received_at") + fiftieth).toString());
    t.complaintKey.id = id("50th complaint", QStringLiteral("SELECT id") + fiftieth);
    t.complaintTotal = int(id("complaints", QStringLiteral("SELECT count(*) FROM complaints")));

    t.mediationCase =
        CaseId{id("case with sessions",
                  QStringLiteral("SELECT case_id FROM mediation_sessions GROUP BY case_id"
                                 " ORDER BY count(*) DESC, case_id LIMIT 1"))};
    t.agreementCase = CaseId{
        id("agreement", QStringLiteral("SELECT case_id FROM agreements ORDER BY id LIMIT 1"))};
    t.costShareCase = CaseId{
        id("cost share", QStringLiteral("SELECT case_id FROM cost_shares ORDER BY id LIMIT 1"))};
    t.costShare = id("cost share", QStringLiteral("SELECT min(id) FROM cost_shares"));
    t.followUpCase = CaseId{
        id("follow-up", QStringLiteral("SELECT case_id FROM case_followups ORDER BY id LIMIT 1"))};
    t.session = SessionId{
        id("session", QStringLiteral("SELECT min(id) FROM mediation_sessions WHERE case_id = :c"),
           {{"c", t.mediationCase.value}})};
    t.mediator = MediatorId{id("mediator", QStringLiteral("SELECT min(id) FROM mediators"))};
    {
        auto parties = sql::Statement::run(
            db, QStringLiteral("SELECT id FROM case_parties WHERE case_id = :c ORDER BY id"),
            {{"c", t.mediationCase.value}});
        while (parties && parties->next())
            t.parties << PartyId{parties->integer("id")};
        if (t.parties.isEmpty())
            missing << QStringLiteral("parties of the case");
    }
    t.partyResident = ResidentId{id(
        "party in the registry", QStringLiteral("SELECT resident_id FROM case_parties WHERE"
                                                " resident_id IS NOT NULL ORDER BY id LIMIT 1"))};

    t.pact = PactId{id("pact",
                       QStringLiteral("SELECT id FROM pacts WHERE building_id = :b"
                                      " ORDER BY version DESC LIMIT 1"),
                       {{"b", t.pactBuilding.value}})};
    t.pactTemplate =
        PactTemplateId{id("pact template", QStringLiteral("SELECT min(id) FROM pact_templates"))};
    t.opinion = OpinionId{id("opinion", QStringLiteral("SELECT min(id) FROM opinions"))};
    t.meeting = MeetingId{
        id("meeting with decisions",
           QStringLiteral("SELECT meeting_id FROM meeting_decisions ORDER BY id LIMIT 1"))};
    t.decision =
        DecisionId{id("decision", QStringLiteral("SELECT min(id) FROM meeting_decisions"))};
    t.action = MeetingActionId{
        id("meeting action", QStringLiteral("SELECT min(id) FROM meeting_actions"))};

    t.wish = WishId{
        id("wish with events", QStringLiteral("SELECT wish_id FROM wish_events GROUP BY wish_id"
                                              " ORDER BY count(*) DESC, wish_id LIMIT 1"))};
    t.elder = ResidentId{
        id("visited elder", QStringLiteral("SELECT elder_id FROM care_visits GROUP BY elder_id"
                                           " ORDER BY count(*) DESC, elder_id LIMIT 1"))};
    t.stationItem =
        StationItemId{id("station item", QStringLiteral("SELECT min(id) FROM station_items"))};
    t.activity =
        ActivityId{id("activity with sign-ups",
                      QStringLiteral("SELECT activity_id FROM event_signups GROUP BY activity_id"
                                     " ORDER BY count(*) DESC, activity_id LIMIT 1"))};
    t.event = EventId{id("event",
                         QStringLiteral("SELECT event_id FROM event_activities WHERE"
                                        " id = :a"),
                         {{"a", t.activity.value}})};
    t.helpersEvent = EventId{
        id("event helper", QStringLiteral("SELECT event_id FROM event_helpers ORDER BY event_id"
                                          " LIMIT 1"))};
    t.account = AccountId{id("account", QStringLiteral("SELECT min(id) FROM accounts"))};
    t.auditBefore = id("audit entries", QStringLiteral("SELECT id FROM audit_log ORDER BY at DESC,"
                                                       " id DESC LIMIT 1 OFFSET 499"));
    t.auditOperator = value("an operator", QStringLiteral("SELECT operator FROM audit_log"
                                                          " ORDER BY id DESC LIMIT 1"))
                          .toString();
    if (!missing.isEmpty())
        return std::nullopt;
    return t;
}

QString TestParity::logIn(Workspace &w, const QString &username) {
    const auto account = w.accounts().logIn(username, QStringLiteral("demo1234"));
    return account ? QString() : username + QStringLiteral(": ") + account.error();
}

void TestParity::readEverything(Recorder &r, Workspace &w, const Targets &t) {
    const Database &db = w.database();
    const QDateTime now = db.clock().now();
    using E = Rows;
    const E yes = E::Expected;
    const E maybe = E::MayBeNone;

    // The registry: places, households, people.
    const PlaceRepository &places = w.registry().places();
    r.read(QStringLiteral("places.communities"), yes, [&] { return places.communities(); });
    r.read(QStringLiteral("places.allCommunities"), yes, [&] { return places.allCommunities(); });
    r.read(QStringLiteral("places.compounds"), yes, [&] { return places.compounds(t.community); });
    r.read(QStringLiteral("places.buildings"), yes, [&] { return places.buildings(t.compound); });
    r.read(QStringLiteral("places.units"), yes, [&] { return places.units(t.building); });
    r.read(QStringLiteral("places.community"), yes, [&] { return places.community(t.community); });
    r.read(QStringLiteral("places.compound"), yes, [&] { return places.compound(t.compound); });
    r.read(QStringLiteral("places.building"), yes, [&] { return places.building(t.building); });
    r.read(QStringLiteral("places.unit"), yes, [&] { return places.unit(t.unit); });
    r.read(QStringLiteral("places.placeOfUnit"), yes, [&] { return places.placeOfUnit(t.unit); });
    r.read(QStringLiteral("places.placeOfBuilding"), yes,
           [&] { return places.placeOfBuilding(t.building); });
    r.read(QStringLiteral("places.buildingNames"), yes, [&] { return places.buildingNames(); });
    const HouseholdRepository &households = w.registry().households();
    r.read(QStringLiteral("households.households"), yes,
           [&] { return households.households(t.unit); });
    r.read(QStringLiteral("households.household"), yes,
           [&] { return households.household(t.household); });
    const PeopleRepository &people = w.registry().people();
    r.read(QStringLiteral("people.staff"), yes, [&] { return people.staff(t.community); });
    r.read(QStringLiteral("people.grids"), yes, [&] { return people.grids(t.community); });
    r.read(QStringLiteral("people.grid"), yes, [&] {
        const auto grids = people.grids(t.community);
        return grids && !grids->isEmpty() ? people.grid(grids->first().id)
                                          : Result<Grid>::failure(QStringLiteral("no grid"));
    });
    r.read(QStringLiteral("people.neighbourHeads"), yes,
           [&] { return people.neighbourHeads(t.headsBuilding, kToday); });
    r.read(QStringLiteral("people.groupMembers"), yes,
           [&] { return people.groupMembers(t.groupBuilding); });

    // Residents: the list, its pages and jumps, the search by every kind of text.
    const ResidentRepository &residents = w.registry().residents();
    r.read(QStringLiteral("residents.page: everyone"), yes,
           [&] { return residents.page({}, std::nullopt, 50); });
    r.read(QStringLiteral("residents.page: after the 50th"), yes,
           [&] { return residents.page({}, t.residentKey, 50); });
    r.read(QStringLiteral("residents.page: with those moved out"), yes, [&] {
        return residents.page({QString(), true}, std::nullopt, 50);
    });
    r.read(QStringLiteral("residents.pageAt: 200"), yes,
           [&] { return residents.pageAt({}, 200, 50, t.residentTotal); });
    r.read(QStringLiteral("residents.pageAt: near the end"), yes,
           [&] { return residents.pageAt({}, t.residentTotal - 30, 50, t.residentTotal); });
    r.read(QStringLiteral("residents.count: everyone"), yes, [&] { return residents.count({}); });
    r.read(QStringLiteral("residents.count: with those moved out"), yes, [&] {
        return residents.count({QString(), true});
    });
    r.read(QStringLiteral("residents.firstPage: everyone"), yes,
           [&] { return residents.firstPage({}, 50); });
    const QList<std::pair<const char *, QString>> searches = {
        {"one character", t.name1},      {"two characters", t.name2},
        {"a whole name", t.name3},       {"pinyin initials", t.initials},
        {"two initials", t.initials2},   {"full pinyin", t.pinyin},
        {"a phone's tail", t.phoneTail}, {"an ID number's tail", t.idTail},
        {"an address", t.address},       {"nobody", QStringLiteral("查无此人")},
    };
    for (const auto &search : searches) {
        const QString text = search.second;
        const QString label = QLatin1String(search.first) + QStringLiteral(" \"") + text + u'"';
        const ResidentQuery query{text, false};
        const E found = text == QStringLiteral("查无此人") ? maybe : yes;
        r.read(QStringLiteral("residents.firstPage: ") + label, found,
               [&] { return residents.firstPage(query, 50); });
        r.read(QStringLiteral("residents.page: ") + label, found,
               [&] { return residents.page(query, std::nullopt, 50); });
        r.read(QStringLiteral("residents.count: ") + label, found,
               [&] { return residents.count(query); });
        r.read(QStringLiteral("residents.firstPage, moved out too: ") + label, found, [&] {
            return residents.firstPage({text, true}, 50);
        });
    }
    r.read(QStringLiteral("residents.pageAt: one character"), yes, [&] {
        return residents.pageAt({t.name1, false}, 10, 20, 60);
    });
    r.read(QStringLiteral("residents.forEachWithPlace: everyone"), yes, [&] {
        return residents.forEachWithPlace({}, [](const ResidentWithPlace &) { return true; });
    });
    r.read(QStringLiteral("residents.forEachWithPlace: a whole name"), yes, [&] {
        return residents.forEachWithPlace({t.name3, true},
                                          [](const ResidentWithPlace &) { return true; });
    });
    r.read(QStringLiteral("residents.resident"), yes,
           [&] { return residents.resident(t.resident); });
    r.read(QStringLiteral("residents.members"), yes,
           [&] { return residents.members(t.household); });
    r.read(QStringLiteral("residents.headOf"), yes, [&] { return residents.headOf(t.household); });
    r.read(QStringLiteral("residents.livingIn"), yes,
           [&] { return residents.livingIn(t.building); });
    r.read(QStringLiteral("residents.holderOf"), yes,
           [&] { return residents.holderOf(t.idNumber); });
    r.read(QStringLiteral("registry.check"), yes, [&] {
        auto resident = residents.resident(t.resident);
        if (!resident)
            return Status::failure(resident.error());
        return done(w.registry().check(*resident));
    });

    // Complaints.
    const ComplaintRepository &complaints = w.complaints().complaints();
    QList<std::pair<QString, ComplaintFilter>> filters;
    filters.append({QStringLiteral("all"), {}});
    {
        ComplaintFilter f;
        f.openOnly = true;
        filters.append({QStringLiteral("open"), f});
        f = {};
        f.overdueOnly = true;
        f.now = now;
        filters.append({QStringLiteral("overdue"), f});
        f = {};
        f.state = ComplaintState::Closed;
        filters.append({QStringLiteral("closed"), f});
        f = {};
        f.categoryId = t.category;
        filters.append({QStringLiteral("a category"), f});
        f = {};
        f.channel = Channel::Phone;
        filters.append({QStringLiteral("by phone"), f});
        f = {};
        f.buildingId = t.complaintBuilding;
        filters.append({QStringLiteral("a building"), f});
        f = {};
        f.assignee = t.assignee;
        filters.append({QStringLiteral("a handler \"") + t.assignee + u'"', f});
        f = {};
        f.from = QDate(2025, 3, 1);
        f.to = QDate(2025, 3, 27);
        filters.append({QStringLiteral("March"), f});
        f = {};
        f.dueOn = kToday;
        filters.append({QStringLiteral("due today"), f});
        f = {};
        f.text = t.complaintNumber;
        filters.append({QStringLiteral("the number ") + t.complaintNumber, f});
        f = {};
        f.text = t.complaintWord;
        filters.append({QStringLiteral("the text \"") + t.complaintWord + u'"', f});
        f = {};
        f.text = t.complaintPhone;
        filters.append({QStringLiteral("a phone's tail \"") + t.complaintPhone + u'"', f});
        f = {};
        f.householdId = t.complaintHousehold;
        filters.append({QStringLiteral("a household"), f});
        f = {};
        f.reporterId = t.reporter;
        filters.append({QStringLiteral("a reporter"), f});
        f = {};
        f.openOnly = true;
        f.categoryId = t.category;
        f.from = QDate(2024, 12, 1);
        filters.append({QStringLiteral("open of a category since December"), f});
    }
    for (const auto &named : std::as_const(filters)) {
        const QString name = named.first;
        const ComplaintFilter filter = named.second;
        // Due today and overdue may be none on a given day; every other filter finds some.
        const E found = name == QStringLiteral("due today") ? maybe : yes;
        r.read(QStringLiteral("complaints.listPage: ") + name, found,
               [&] { return complaints.listPage(filter, std::nullopt, 50); });
        r.read(QStringLiteral("complaints.page: ") + name, found,
               [&] { return complaints.page(filter, std::nullopt, 50); });
        r.read(QStringLiteral("complaints.count: ") + name, yes,
               [&] { return complaints.count(filter); });
    }
    r.read(QStringLiteral("complaints.listPage: after the 50th"), yes,
           [&] { return complaints.listPage({}, t.complaintKey, 50); });
    r.read(QStringLiteral("complaints.page: after the 50th"), yes,
           [&] { return complaints.page({}, t.complaintKey, 50); });
    r.read(QStringLiteral("complaints.listPageAt: 100"), yes,
           [&] { return complaints.listPageAt({}, 100, 50, t.complaintTotal); });
    r.read(QStringLiteral("complaints.listPageAt: near the end"), yes,
           [&] { return complaints.listPageAt({}, t.complaintTotal - 20, 50, t.complaintTotal); });
    r.read(QStringLiteral("complaints.complaint"), yes,
           [&] { return complaints.complaint(t.complaint); });
    r.read(QStringLiteral("complaints.events"), yes,
           [&] { return complaints.events(t.complaint); });
    r.read(QStringLiteral("complaints.categories"), yes, [&] { return complaints.categories(); });
    r.read(QStringLiteral("complaints.referralBodies"), yes,
           [&] { return complaints.referralBodies(); });
    r.read(QStringLiteral("complaints.calendar"), yes, [&] { return complaints.calendar(); });
    r.read(QStringLiteral("complaints.dueDays: urgent"), yes,
           [&] { return complaints.dueDays(Urgency::Urgent); });
    r.read(QStringLiteral("complaints.dueDays: normal"), yes,
           [&] { return complaints.dueDays(Urgency::Normal); });
    r.read(QStringLiteral("complaints.repeatReporters: the window"), maybe, [&] {
        return complaints.repeatReporters(
            now.addDays(-ComplaintRepository::kRepeatVisitorWindowDays));
    });
    r.read(QStringLiteral("complaints.repeatReporters: a year"), yes,
           [&] { return complaints.repeatReporters(now.addYears(-1)); });
    r.read(QStringLiteral("complaints.receivedBetween: March"), yes,
           [&] { return complaints.receivedBetween(QDate(2025, 3, 1).startOfDay(), now); });
    r.read(QStringLiteral("complaints.possibleDuplicates"), yes, [&] {
        return complaints.possibleDuplicates(t.complaintBuilding, t.complaintUnit, t.category,
                                             t.complaintAt.addDays(-30));
    });
    r.read(QStringLiteral("complaints.possibleDuplicates: any unit"), yes, [&] {
        return complaints.possibleDuplicates(t.complaintBuilding, {}, t.category,
                                             t.complaintAt.addDays(-30));
    });
    r.read(QStringLiteral("complaints: figures of March"), yes,
           [&] { return ComplaintFigures::compute(complaints, QDate(2025, 3, 1), kToday, now); });
    r.read(QStringLiteral("complaints: routing suggestion"), yes,
           [&] { return done(w.complaints().suggestRouting(t.complaintBuilding)); });
    r.read(QStringLiteral("complaints: due date"), yes,
           [&] { return w.complaints().dueDate(now, Urgency::Normal); });
    const ComplaintLists &lists = w.complaints().lists();
    r.read(QStringLiteral("complaint lists.calendarDays 2025"), yes,
           [&] { return lists.calendarDays(2025); });
    r.read(QStringLiteral("complaint lists.referralBodies"), yes,
           [&] { return lists.referralBodies(); });

    // Mediation.
    const MediationRepository &mediation = w.mediation().repository();
    r.read(QStringLiteral("mediation.mediators"), yes, [&] { return mediation.mediators(); });
    r.read(QStringLiteral("mediation.mediator"), yes,
           [&] { return mediation.mediator(t.mediator); });
    r.read(QStringLiteral("mediation.cases: all"), yes, [&] { return mediation.cases(false); });
    r.read(QStringLiteral("mediation.cases: open"), yes, [&] { return mediation.cases(true); });
    r.read(QStringLiteral("mediation.mediationCase"), yes,
           [&] { return mediation.mediationCase(t.mediationCase); });
    r.read(QStringLiteral("mediation.events"), yes,
           [&] { return mediation.events(t.mediationCase); });
    r.read(QStringLiteral("mediation.sessions"), yes,
           [&] { return mediation.sessions(t.mediationCase); });
    r.read(QStringLiteral("mediation.session"), yes, [&] { return mediation.session(t.session); });
    r.read(QStringLiteral("mediation.sessionsBetween: this week"), yes, [&] {
        return mediation.sessionsBetween(kMonday.startOfDay(), kMonday.addDays(7).startOfDay());
    });
    r.read(QStringLiteral("mediation.sessionsBetween: the last three months"), yes, [&] {
        return mediation.sessionsBetween(kToday.addMonths(-3).startOfDay(),
                                         kToday.addDays(30).startOfDay());
    });
    r.read(QStringLiteral("mediation.bookings: the last three months"), yes, [&] {
        return mediation.bookings(kToday.addMonths(-3).startOfDay(),
                                  kToday.addDays(30).startOfDay());
    });
    r.read(QStringLiteral("mediation.peopleOf"), yes,
           [&] { return mediation.peopleOf(t.parties); });
    r.read(QStringLiteral("mediation.numberPrefix"), yes, [&] { return mediation.numberPrefix(); });
    r.read(QStringLiteral("mediation.householdOf"), yes,
           [&] { return mediation.householdOf(t.partyResident); });
    r.read(QStringLiteral("mediation: case file"), yes,
           [&] { return w.mediation().caseFile(t.agreementCase); });
    r.read(QStringLiteral("mediation: free slots"), yes, [&] {
        const auto session = mediation.session(t.session);
        if (!session)
            return Result<QList<QDateTime>>(session.status());
        return w.mediation().freeSlots(*session, now, 5);
    });
    const AgreementRepository &agreements = w.mediation().agreements();
    r.read(QStringLiteral("agreements.agreement"), yes,
           [&] { return agreements.agreement(t.agreementCase); });
    r.read(QStringLiteral("agreements.costShares"), yes,
           [&] { return agreements.costShares(t.costShareCase); });
    r.read(QStringLiteral("agreements.costShare"), yes,
           [&] { return agreements.costShare(t.costShare); });
    r.read(QStringLiteral("agreements.followUps"), yes,
           [&] { return agreements.followUps(t.followUpCase); });
    r.read(QStringLiteral("mediation: figures of the last six months"), yes,
           [&] { return MediationFigures::compute(db, kToday.addMonths(-6), kToday); });
    r.read(QStringLiteral("mediation: the statistics form of the month"), yes,
           [&] { return MediationStatistics::compute(db, kToday); });
    r.read(QStringLiteral("mediation: the screening log of the year"), yes,
           [&] { return ScreeningLog(w.database()).between(kToday.addYears(-1), kToday); });
    // The demo keeps the default mapping: no row is stored.
    r.read(QStringLiteral("mediation.officialCategories"), Rows::MayBeNone,
           [&] { return w.mediation().repository().officialCategories(); });

    // Co-governance: pacts, inspections, opinions and meetings.
    const CoGovernanceRepository &coGovernance = w.coGovernance().repository();
    r.read(QStringLiteral("co-governance.templates"), yes,
           [&] { return coGovernance.templates(); });
    r.read(QStringLiteral("co-governance.pactTemplate"), yes,
           [&] { return coGovernance.pactTemplate(t.pactTemplate); });
    r.read(QStringLiteral("co-governance.currentPact"), yes,
           [&] { return coGovernance.currentPact(t.pactBuilding); });
    r.read(QStringLiteral("co-governance.pact"), yes, [&] { return coGovernance.pact(t.pact); });
    r.read(QStringLiteral("co-governance.households"), yes,
           [&] { return coGovernance.households(t.pactBuilding, t.pact); });
    r.read(QStringLiteral("co-governance.inspections"), yes,
           [&] { return coGovernance.inspections(t.inspectedBuilding); });
    r.read(QStringLiteral("co-governance.inspectionLedger: six months"), yes,
           [&] { return coGovernance.inspectionLedger(kToday.addMonths(-6), kToday); });
    r.read(QStringLiteral("co-governance.inspectionsDue"), yes,
           [&] { return coGovernance.inspectionsDue(kToday.addDays(-30)); });
    r.read(QStringLiteral("co-governance.overview"), yes, [&] { return coGovernance.overview(); });
    r.read(QStringLiteral("co-governance: pact sheet"), yes,
           [&] { return w.coGovernance().sheet(t.pactBuilding); });
    r.read(QStringLiteral("co-governance: compound sheets"), yes, [&] {
        QStringList without;
        const auto compound = places.building(t.pactBuilding);
        if (!compound)
            return Result<QList<PactSheet>>(compound.status());
        return w.coGovernance().compoundSheets(compound->compoundId, &without);
    });
    r.read(QStringLiteral("co-governance: placeholders' values"), yes,
           [&] { return w.coGovernance().valuesFor(t.pactBuilding, kToday); });
    const MeetingRepository &meetings = w.meetings().repository();
    r.read(QStringLiteral("meetings.venues"), yes,
           [&] { return meetings.venues(t.venueCompound); });
    r.read(QStringLiteral("meetings.opinions"), yes, [&] { return meetings.opinions(t.building); });
    r.read(QStringLiteral("meetings.opinion"), yes, [&] { return meetings.opinion(t.opinion); });
    r.read(QStringLiteral("meetings.meetings"), yes, [&] { return meetings.meetings(t.building); });
    r.read(QStringLiteral("meetings.meeting"), yes, [&] { return meetings.meeting(t.meeting); });
    r.read(QStringLiteral("meetings.householdsOf"), yes,
           [&] { return meetings.householdsOf(t.building); });
    r.read(QStringLiteral("meetings.meetingOf"), yes,
           [&] { return meetings.meetingOf(t.decision); });
    r.read(QStringLiteral("meetings.decisionOf"), yes,
           [&] { return meetings.decisionOf(t.action); });
    r.read(QStringLiteral("meetings.figures: six months"), yes,
           [&] { return meetings.figures(kToday.addMonths(-6), kToday); });
    r.read(QStringLiteral("meetings: sheet"), yes, [&] { return w.meetings().sheet(t.meeting); });
    r.read(QStringLiteral("meetings: open complaints"), maybe,
           [&] { return w.meetings().openComplaints(t.complaintBuilding); });

    // Mutual aid: wishes, elder care, the station, events.
    const WishRepository &wishes = w.wishes().repository();
    r.read(QStringLiteral("wishes.wishes: all"), yes, [&] { return wishes.wishes({}); });
    r.read(QStringLiteral("wishes.wishes: open or claimed"), yes, [&] {
        WishFilter f;
        f.states = {WishState::Open, WishState::Claimed};
        return wishes.wishes(f);
    });
    r.read(QStringLiteral("wishes.wishes: items"), yes, [&] {
        WishFilter f;
        f.kind = WishKind::Item;
        return wishes.wishes(f);
    });
    r.read(QStringLiteral("wishes.wishes: the wish's building"), yes, [&] {
        const auto wish = wishes.wish(t.wish);
        WishFilter f;
        f.buildingId = wish ? wish->buildingId : BuildingId{};
        return wishes.wishes(f);
    });
    r.read(QStringLiteral("wishes.wish"), yes, [&] { return wishes.wish(t.wish); });
    r.read(QStringLiteral("wishes.events"), yes, [&] { return wishes.events(t.wish); });
    const ElderCareRepository &elderCare = w.elderCare().repository();
    r.read(QStringLiteral("elder care.elders"), yes, [&] { return elderCare.elders(); });
    r.read(QStringLiteral("elder care.carers"), yes, [&] { return elderCare.carers(); });
    r.read(QStringLiteral("elder care.visitRecords"), yes,
           [&] { return elderCare.visitRecords(); });
    r.read(QStringLiteral("elder care.visits"), yes, [&] { return elderCare.visits(t.elder); });
    r.read(QStringLiteral("elder care.openTasks"), yes, [&] { return elderCare.openTasks(); });
    r.read(QStringLiteral("elder care.periods"), yes, [&] { return elderCare.periods(); });
    r.read(QStringLiteral("elder care: overdue"), yes,
           [&] { return w.elderCare().overdue(kToday); });
    r.read(QStringLiteral("elder care: without a carer"), maybe,
           [&] { return w.elderCare().withoutCarer(); });
    const StationRepository &station = w.station().repository();
    r.read(QStringLiteral("station.items: all"), yes, [&] { return station.items(false); });
    r.read(QStringLiteral("station.items: in stock"), yes, [&] { return station.items(true); });
    r.read(QStringLiteral("station.item"), yes, [&] { return station.item(t.stationItem); });
    r.read(QStringLiteral("station.stock"), yes, [&] { return station.stock(); });
    r.read(QStringLiteral("station.ledger: six months"), yes,
           [&] { return station.ledger(kToday.addMonths(-6), kToday); });
    r.read(QStringLiteral("station: sitting long"), maybe,
           [&] { return w.station().sittingLong(30); });
    r.read(QStringLiteral("station: suggestions for a wish"), maybe, [&] {
        const auto wish = wishes.wish(t.wish);
        if (!wish)
            return Result<QList<StationItem>>(wish.status());
        return w.station().suggestionsFor(*wish);
    });
    const EventRepository &events = w.events().repository();
    r.read(QStringLiteral("events.events"), yes, [&] { return events.events(); });
    r.read(QStringLiteral("events.activities"), yes, [&] { return events.activities(t.event); });
    r.read(QStringLiteral("events.activity"), yes, [&] { return events.activity(t.activity); });
    r.read(QStringLiteral("events.signUps"), yes, [&] { return events.signUps(t.activity); });
    r.read(QStringLiteral("events.helpers"), yes, [&] { return events.helpers(t.helpersEvent); });
    r.read(QStringLiteral("events.volunteerHours 2025"), yes,
           [&] { return events.volunteerHours(2025); });
    r.read(QStringLiteral("events.volunteerHours 2024"), maybe,
           [&] { return events.volunteerHours(2024); });

    // Reports.
    DashboardScope month{QDate(2025, 3, 1), kToday, {}, {}, {}};
    DashboardScope halfYear{kToday.addMonths(-6), kToday, {}, {}, {}};
    DashboardScope compound{QDate(2025, 3, 1), kToday, t.compound, {}, {}};
    DashboardScope building{halfYear.from, kToday, {}, t.complaintBuilding, {}};
    DashboardScope community{QDate(2025, 3, 1), kToday, {}, {}, t.community};
    r.read(QStringLiteral("dashboard.tiles: March"), yes,
           [&] { return DashboardFigures::tiles(db, month, now); });
    r.read(QStringLiteral("dashboard.tiles: a compound"), yes,
           [&] { return DashboardFigures::tiles(db, compound, now); });
    r.read(QStringLiteral("dashboard.tiles: a building"), yes,
           [&] { return DashboardFigures::tiles(db, building, now); });
    r.read(QStringLiteral("dashboard.tiles: a community"), yes,
           [&] { return DashboardFigures::tiles(db, community, now); });
    r.read(QStringLiteral("dashboard.byCommunity"), yes,
           [&] { return DashboardFigures::byCommunity(db, month, now); });
    r.read(QStringLiteral("dashboard.series: six months"), yes,
           [&] { return DashboardSeries::compute(db, halfYear); });
    r.read(QStringLiteral("dashboard.series: a building"), yes,
           [&] { return DashboardSeries::compute(db, building); });
    r.read(QStringLiteral("monthly report: March"), yes,
           [&] { return MonthlyReport::gather(db, QDate(2025, 3, 1), now); });
    r.read(QStringLiteral("monthly report: February"), yes,
           [&] { return MonthlyReport::gather(db, QDate(2025, 2, 1), now); });

    // The duty roster, accounts, the audit trail, the office's settings.
    r.read(QStringLiteral("roster.between: this week"), yes,
           [&] { return w.roster().between(kMonday, kMonday.addDays(6)); });
    r.read(QStringLiteral("roster.on: today"), yes, [&] { return w.roster().on(kToday); });
    r.read(QStringLiteral("roster.candidates"), yes, [&] { return w.roster().candidates(); });
    const AccountRepository &accounts = w.accounts().repository();
    r.read(QStringLiteral("accounts.count"), yes, [&] { return accounts.count(); });
    r.read(QStringLiteral("accounts.accounts"), yes, [&] { return accounts.accounts(); });
    r.read(QStringLiteral("accounts.byUsername"), yes,
           [&] { return accounts.byUsername(QStringLiteral("duty")); });
    r.read(QStringLiteral("accounts.account"), yes, [&] { return accounts.account(t.account); });
    r.read(QStringLiteral("accounts.passwordHash"), yes,
           [&] { return accounts.passwordHash(t.account); });
    r.read(QStringLiteral("accounts.activeAdministrators"), yes,
           [&] { return accounts.activeAdministrators(); });
    r.read(QStringLiteral("accounts: staff members"), yes,
           [&] { return w.accounts().staffMembers(); });
    r.read(QStringLiteral("accounts: communities"), yes,
           [&] { return w.accounts().communities(); });
    r.read(QStringLiteral("accounts: has accounts"), yes,
           [&] { return w.accounts().hasAccounts(); });
    const AuditTrail audit(db);
    r.read(QStringLiteral("audit.entries: newest"), yes, [&] { return audit.entries({}); });
    r.read(QStringLiteral("audit.entries: the next page"), yes, [&] {
        AuditFilter f;
        f.beforeId = t.auditBefore;
        return audit.entries(f);
    });
    r.read(QStringLiteral("audit.entries: complaints created in March"), yes, [&] {
        AuditFilter f;
        f.entity = QStringLiteral("complaint");
        f.action = QStringLiteral("create");
        f.from = QDate(2025, 3, 1);
        f.to = kToday;
        return audit.entries(f);
    });
    r.read(QStringLiteral("audit.entries: by one operator"), yes, [&] {
        AuditFilter f;
        f.operatorName = t.auditOperator;
        f.limit = 100;
        return audit.entries(f);
    });
    r.read(QStringLiteral("audit.operators"), yes, [&] { return audit.operators(); });
    r.read(QStringLiteral("audit.entities"), yes, [&] { return audit.entities(); });
    const OfficeSettingsRepository settings(db);
    r.read(QStringLiteral("office.identity"), yes, [&] { return settings.identity(); });
    r.read(QStringLiteral("office.identityOf"), yes,
           [&] { return settings.identityOf(t.community); });
    r.read(QStringLiteral("office.isDemo"), yes, [&] { return done(settings.isDemo()); });
    r.read(QStringLiteral("office.retentionMonths"), maybe,
           [&] { return done(settings.retentionMonths()); });

    // A household's file, from every module's timeline source.
    r.read(QStringLiteral("timeline: a household with complaints"), yes,
           [&] { return w.timeline().entries(t.household); });
    r.read(QStringLiteral("timeline: a household with a wish"), yes,
           [&] { return w.timeline().entries(t.wishHousehold); });
}

void TestParity::readAsGridWorker(Recorder &r, Workspace &w, const Targets &t) {
    const Database &db = w.database();
    const ResidentRepository &residents = w.registry().residents();
    const PlaceRepository &places = w.registry().places();
    const Rows yes = Rows::Expected;
    r.read(QStringLiteral("residents.page: everyone in the grids"), yes,
           [&] { return residents.page({}, std::nullopt, 50); });
    r.read(QStringLiteral("residents.count: everyone in the grids"), yes,
           [&] { return residents.count({}); });
    r.read(QStringLiteral("residents.firstPage: one character"), Rows::MayBeNone, [&] {
        return residents.firstPage({t.name1, false}, 50);
    });
    r.read(QStringLiteral("residents.firstPage: a whole name"), Rows::MayBeNone, [&] {
        return residents.firstPage({t.name3, false}, 50);
    });
    r.read(QStringLiteral("residents.forEachWithPlace"), yes, [&] {
        return residents.forEachWithPlace({}, [](const ResidentWithPlace &) { return true; });
    });
    r.read(QStringLiteral("places.compounds"), yes, [&] { return places.compounds(t.community); });
    r.read(QStringLiteral("places.buildings"), Rows::MayBeNone,
           [&] { return places.buildings(t.compound); });
    r.read(QStringLiteral("places.buildingNames"), yes, [&] { return places.buildingNames(); });
    r.read(QStringLiteral("elder care.elders"), Rows::MayBeNone,
           [&] { return w.elderCare().repository().elders(); });
    r.read(QStringLiteral("complaints.listPage: all"), yes,
           [&] { return w.complaints().complaints().listPage({}, std::nullopt, 50); });
    r.read(QStringLiteral("dashboard.tiles: March"), yes, [&] {
        return DashboardFigures::tiles(db, {QDate(2025, 3, 1), kToday, {}, {}, {}},
                                       db.clock().now());
    });
}

QList<ReadRun> TestParity::runAll(Workspace &w, const Targets &t, QString &failure) {
    QList<ReadRun> runs;
    // The administrator, over the whole sub-district.
    if (failure = logIn(w, QStringLiteral("admin")); !failure.isEmpty())
        return runs;
    {
        Recorder r(runs);
        r.setPrefix(QStringLiteral("sub-district"));
        readEverything(r, w, t);
    }
    // The same administrator working in one community: every read that is scoped filters by it.
    UserSession inCommunity = w.database().session();
    inCommunity.community = t.community;
    w.database().setSession(inCommunity);
    {
        Recorder r(runs);
        r.setPrefix(QStringLiteral("community"));
        readEverything(r, w, t);
    }
    // The demo's grid worker, bound to the community, who sees their grids only.
    if (failure = logIn(w, QStringLiteral("grid")); !failure.isEmpty())
        return runs;
    {
        Recorder r(runs);
        r.setPrefix(QStringLiteral("grid worker"));
        readAsGridWorker(r, w, t);
    }
    return runs;
}

void TestParity::everyReadReturnsTheSameRowsOnBothEngines() {
    // The same data on both engines: the demo in a file, copied onto an empty server database.
    QTemporaryDir dir;
    test::ServerScratch scratch; // outlives the workspaces below, which are closed first
    const auto clock = std::make_shared<FixedClock>(kDemoNow);
    auto file = Database::open(dir.filePath(QStringLiteral("parity.linli")));
    QVERIFY2(file, qPrintable(file.error()));
    (*file)->setClock(clock);
    const auto demo = DemoGenerator(**file, DemoGenerator::Scale::Community).generate(kDemoNow);
    QVERIFY2(demo, qPrintable(demo.error()));
    QVERIFY(demo->complaints > 0 && demo->cases > 0 && demo->pacts > 0 && demo->wishes > 0);
    QStringList missing;
    const std::optional<Targets> targets = targetsIn(**file, missing);
    QVERIFY2(targets, qPrintable(QStringLiteral("the demo lacks what the reads look at: ") +
                                 missing.join(QStringLiteral("; "))));
    auto server = Database::open(scratch.location());
    QVERIFY2(server, qPrintable(server.error()));
    const auto copied = ServerCopy::copy(**file, **server);
    QVERIFY2(copied, qPrintable(copied.error()));
    (*server)->setClock(clock);
    clock->set(kNow);

    Workspace onFile(std::move(*file));
    Workspace onServer(std::move(*server));
    QVERIFY(!onFile.database().isOnServer());
    QVERIFY(onServer.database().isOnServer());
    QString failure;
    const QList<ReadRun> fileRuns = runAll(onFile, *targets, failure);
    QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("SQLite: ") + failure));
    const QList<ReadRun> serverRuns = runAll(onServer, *targets, failure);
    QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("PostgreSQL: ") + failure));
    QCOMPARE(serverRuns.size(), fileRuns.size());
    QVERIFY(fileRuns.size() > 300);

    QStringList differences;
    QStringList empty;
    QStringList differing;
    for (qsizetype i = 0; i < fileRuns.size(); ++i) {
        const ReadRun &a = fileRuns.at(i);
        const ReadRun &b = serverRuns.at(i);
        QCOMPARE(b.label, a.label);
        // The lists the demo fills must not be compared empty against empty, and every read
        // must read something.
        if (a.failure.isEmpty() && a.statements.isEmpty())
            empty << a.label + QStringLiteral(" (ran no statement)");
        else if (a.rowsExpected && a.failure.isEmpty() && a.rowCount() == 0)
            empty << a.label;
        const QStringList found = differencesOf(a, b);
        if (!found.isEmpty())
            differing << a.label;
        differences << found;
    }
    // Each difference in full on its own (QTest cuts a failure's message short), then one failure
    // naming them all.
    for (const QString &difference : std::as_const(differences))
        qWarning("%s", qPrintable(difference));
    QStringList problems;
    if (!empty.isEmpty())
        problems << QStringLiteral("%1 reads found nothing on SQLite, where the demo has data: ")
                            .arg(empty.size()) +
                        empty.join(QStringLiteral("; "));
    if (!differences.isEmpty())
        problems << QStringLiteral("%1 differences between SQLite and PostgreSQL, in %2 of %3 reads"
                                   " (each in full above): ")
                            .arg(differences.size())
                            .arg(differing.size())
                            .arg(fileRuns.size()) +
                        differing.join(QStringLiteral("; "));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestParity)
#include "tst_parity.moc"
