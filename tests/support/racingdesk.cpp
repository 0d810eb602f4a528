// A desk for tst_races: two or more run at once against one database, acting on the same
// complaints, and say what each action was told.
//   linli_racing_desk DATABASE assign|revisit ROUNDS
//     acts on every complaint in turn, ROUNDS times over; round r assigns to 楼长r;
//   linli_racing_desk DATABASE log COUNT
//     logs COUNT walk-ins' complaints, each taking the year's next number;
//   linli_racing_desk DATABASE book-first|book-second SLOTS
//     books SLOTS sessions of an hour each, one after the other, for the first or the second
//     mediation case: the first desk with 刘主任 in the mediation room with its applicant; the
//     second, slot by slot, 刘主任 online, 陈法官 in the room, or 陈法官 online with its own
//     applicant — the same resident as the first case's.
//   linli_racing_desk DATABASE import ROWS
//     imports a roster of ROWS new residents and, all written but not committed, says "holding"
//     and waits for another line before it commits;
//   linli_racing_desk DATABASE step ROUNDS DESK
//     as desk DESK, ROUNDS times: reads the one complaint as a form shows it and says "read";
//     waits for a line (so that the test lets every desk read before any saves), then takes
//     the step its state calls for on the version it read — assigns a registered or reopened
//     one (to DESK's handler of that round), resolves an assigned one, answers a resolved one
//     and follows an answered one up finding the reporter unsatisfied, which reopens it —
//     and says "<step> ok" or "<step> refused: <why>";
//   linli_racing_desk DATABASE hold COMPLAINT
//     changes the complaint's handler in a write it keeps open: says "holding", waits for a
//     line, then commits.
// Opens the database and says "ready"; waits for a line on stdin (the test tells every desk to
// go at once rather than sleeping), then says for each action "<id or slot> ok" or
// "<id or slot> refused: <why>".
#include "complaints/complaintservice.h"
#include "exchange/rosterfields.h"
#include "exchange/rosterimport.h"
#include "mediation/mediationservice.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/writecontext.h"

#include <QCoreApplication>

#include <cstdio>

using namespace linli;

namespace {

qint64 idOf(Database &db, const QString &statement, const sql::Params &params = {}) {
    const auto value = sql::Statement::single(db.connection(), statement, params);
    return value ? value->toLongLong() : 0;
}

bool waitForGo() {
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    return std::fgets(line, sizeof line, stdin) != nullptr;
}

int book(Database &db, bool first, int slots) {
    MediationService mediation(db);
    const CaseId theCase{idOf(db, first ? QStringLiteral("SELECT min(id) FROM mediation_cases")
                                        : QStringLiteral("SELECT max(id) FROM mediation_cases"))};
    const MediatorId lead{idOf(db, QStringLiteral("SELECT id FROM mediators WHERE name = :name"),
                               {{"name", QStringLiteral("刘主任")}})};
    const MediatorId judge{idOf(db, QStringLiteral("SELECT id FROM mediators WHERE name = :name"),
                                {{"name", QStringLiteral("陈法官")}})};
    const PartyId applicant{
        idOf(db,
             QStringLiteral("SELECT id FROM case_parties WHERE case_id = :case_id"
                            " AND side = 'applicant'"),
             {{"case_id", theCase.value}})};
    if (!theCase.isValid() || !lead.isValid() || !judge.isValid() || !applicant.isValid())
        return 1;
    if (!waitForGo())
        return 1;
    const QDateTime monday(QDate(2030, 6, 3), QTime(8, 0));
    for (int slot = 0; slot < slots; ++slot) {
        Session session;
        session.caseId = theCase;
        session.start = monday.addSecs(3600 * slot);
        session.end = session.start.addSecs(3600);
        session.purpose = QStringLiteral("调解");
        if (first) {
            session.mediators = {lead};
            session.venue = {VenueKind::MediationRoom, {}};
            session.parties = {applicant};
        } else if (slot % 3 == 0) {
            session.mediators = {lead};
            session.venue = {VenueKind::Online, {}};
        } else if (slot % 3 == 1) {
            session.mediators = {judge};
            session.venue = {VenueKind::MediationRoom, {}};
        } else {
            session.mediators = {judge};
            session.venue = {VenueKind::Online, {}};
            session.parties = {applicant};
        }
        const auto booked = mediation.schedule(session);
        std::printf("%d %s\n", slot,
                    booked ? "ok" : qPrintable(QStringLiteral("refused: ") + booked.error()));
        std::fflush(stdout);
    }
    return 0;
}

int logComplaints(Database &db, int count) {
    RegistryService registry(db);
    ComplaintService complaints(db, registry);
    const CategoryId category{idOf(db, QStringLiteral("SELECT min(id) FROM complaint_categories"))};
    if (!waitForGo())
        return 1;
    for (int i = 0; i < count; ++i) {
        Complaint c;
        c.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
        c.channel = Channel::Visit;
        c.reporter = {{}, QStringLiteral("路过的居民"), {}};
        c.categoryId = category;
        c.urgency = Urgency::Normal;
        c.summary = QStringLiteral("路灯不亮");
        const auto logged = complaints.log(c);
        std::printf("%s %s\n", logged ? qPrintable(logged->number()) : "-",
                    logged ? "ok" : qPrintable(QStringLiteral("refused: ") + logged.error()));
        std::fflush(stdout);
    }
    return 0;
}

/// Says "holding" and waits, inside a write, for the test to let it go on.
bool holdUntilTold() {
    std::printf("holding\n");
    std::fflush(stdout);
    char line[16];
    return std::fgets(line, sizeof line, stdin) != nullptr;
}

int importRoster(Database &db, int count) {
    Sheet sheet;
    sheet.rows.append({QStringLiteral("小区"), QStringLiteral("楼栋"), QStringLiteral("单元"),
                       QStringLiteral("房号"), QStringLiteral("姓名"), QStringLiteral("性别")});
    for (int i = 0; i < count; ++i)
        sheet.rows.append({QStringLiteral("幸福小区"), QString::number(1 + i / 40),
                           QStringLiteral("1"), QString::number(101 + i % 40),
                           QStringLiteral("新住户%1").arg(i),
                           i % 2 ? QStringLiteral("女") : QStringLiteral("男")});
    RegistryService registry(db);
    RosterImport import(registry);
    const RosterMapping mapping = RosterFields::guess(sheet);
    const auto preview = import.preview(sheet, mapping);
    if (!preview || !waitForGo())
        return 1;
    const auto done = import.apply(sheet, mapping, *preview, false, [](int written, int total) {
        return written < total || holdUntilTold();
    });
    std::printf("import %s\n",
                done ? "ok" : qPrintable(QStringLiteral("refused: ") + done.error()));
    std::fflush(stdout);
    return 0;
}

int holdComplaint(Database &db, qint64 complaint) {
    if (!waitForGo())
        return 1;
    const Status done = db.write([&](const WriteContext &context) -> Status {
        const Status changed = context.change(
            QStringLiteral("UPDATE complaints SET assignee = :assignee, version = version + 1"
                           " WHERE id = :id"),
            {{"assignee", QStringLiteral("楼长老周")}, {"id", complaint}},
            QStringLiteral("no such complaint"));
        if (!changed || !holdUntilTold())
            return Status::failure(QStringLiteral("not held"));
        return Status::success();
    });
    std::printf("%lld %s\n", complaint,
                done ? "ok" : qPrintable(QStringLiteral("refused: ") + done.error()));
    std::fflush(stdout);
    return 0;
}

int stepComplaint(Database &db, int rounds, const QString &desk) {
    RegistryService registry(db);
    ComplaintService complaints(db, registry);
    const ComplaintId id{idOf(db, QStringLiteral("SELECT min(id) FROM complaints"))};
    if (!id.isValid())
        return 1;
    for (int round = 1; round <= rounds; ++round) {
        const auto seen = complaints.complaints().complaint(id);
        if (!seen)
            return 1;
        std::printf("read\n");
        std::fflush(stdout);
        char line[16];
        if (std::fgets(line, sizeof line, stdin) == nullptr)
            return 1;
        Status done = Status::success();
        QString step;
        switch (seen->state) {
        case ComplaintState::Registered:
        case ComplaintState::InProgress:
            step = QStringLiteral("assign");
            done = complaints.assign(*seen, Level::Building,
                                     QStringLiteral("%1楼长%2").arg(desk).arg(round), {}, {});
            break;
        case ComplaintState::Assigned:
            step = QStringLiteral("resolve");
            done = complaints.resolve(*seen, Level::Building, QStringLiteral("换了灯泡"));
            break;
        case ComplaintState::Resolved:
            step = QStringLiteral("answer");
            done = complaints.answer(*seen, QStringLiteral("电话"), QStringLiteral("已告知"));
            break;
        case ComplaintState::Answered:
            step = QStringLiteral("follow_up");
            done = complaints.followUp(*seen, Satisfaction::Unsatisfied, QStringLiteral("又坏了"));
            break;
        default:
            return 1;
        }
        std::printf("%s %s\n", qPrintable(step),
                    done ? "ok" : qPrintable(QStringLiteral("refused: ") + done.error()));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5)
        return 2;
    const int rounds = args.at(3).toInt();
    const QString mode = args.at(2);
    const bool assigns = mode == QStringLiteral("assign");
    const QString desk = args.size() == 5 ? args.at(4)
                         : assigns        ? QStringLiteral("甲台")
                                          : QStringLiteral("乙台");
    auto opened = Database::open(args.at(1), Database::Mode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = **opened;
    db.setOperatorName(desk);
    if (mode == QStringLiteral("step"))
        return stepComplaint(db, rounds, desk);
    if (mode == QStringLiteral("import"))
        return importRoster(db, rounds);
    if (mode == QStringLiteral("hold"))
        return holdComplaint(db, rounds);
    if (mode == QStringLiteral("log"))
        return logComplaints(db, args.at(3).toInt());
    if (mode.startsWith(QStringLiteral("book-")))
        return book(db, mode == QStringLiteral("book-first"), args.at(3).toInt());
    RegistryService registry(db);
    ComplaintService complaints(db, registry);
    QList<ComplaintId> ids;
    auto rows = sql::Statement::run(db.connection(),
                                    QStringLiteral("SELECT id FROM complaints ORDER BY id"));
    if (!rows)
        return 1;
    while (rows->next())
        ids.append(ComplaintId{rows->integer("id")});
    if (!waitForGo())
        return 1;
    for (int round = 1; round <= rounds; ++round) {
        for (const ComplaintId id : std::as_const(ids)) {
            const Status done = assigns
                                    ? complaints.assign(id, Level::Building,
                                                        QStringLiteral("楼长%1").arg(round), {}, {})
                                    : complaints.revisit(id, QStringLiteral("又来反映"));
            std::printf("%lld %s\n", id.value,
                        done ? "ok" : qPrintable(QStringLiteral("refused: ") + done.error()));
            std::fflush(stdout);
        }
    }
    return 0;
}
