// linli_bench: what a user waits for at sub-district scale — each path through the real window,
// from the input event to the painted answer (windowbench.cpp) — and the same paths' SQL through
// Linli beside the time it takes in a raw sqlite3 connection with no Qt in between (the engine's
// limit). See docs/performance.md.
//
//   linli_bench [--db FILE] [--runs N] [--csv OUT] [--linli PATH]   street scale (built if no --db)
//   linli_bench --quick                                              community scale, plans checked
//
// The quick mode is a CTest test: it fails when a hot path's query plan scans a table without an
// index (EXPLAIN QUERY PLAN), never on wall-clock time.
#include "cogovernance/cogovernanceservice.h"
#include "common/localtimezone.h"
#include "complaints/complaintrepository.h"
#include "demo/demogenerator.h"
#include "documents/pactdocuments.h"
#include "documents/printeddocument.h"
#include "exchange/exporttable.h"
#include "exchange/residentexport.h"
#include "exchange/rosterimport.h"
#include "mediation/mediationrepository.h"
#include "registry/placerepository.h"
#include "registry/registryservice.h"
#include "registry/residentrepository.h"
#include "reports/dashboardfigures.h"
#include "reports/dashboardseries.h"
#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "windowbench.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <unistd.h>

using namespace linli;

namespace {

/// Records the SQL a connection runs, with its bound values written in (sqlite3_expanded_sql),
/// so that the raw side runs exactly what Linli ran.
class SqlCapture {
public:
    explicit SqlCapture(const QSqlDatabase &connection)
        : m_db(*static_cast<sqlite3 *const *>(connection.driver()->handle().constData())) {}
    void start() {
        m_statements.clear();
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &SqlCapture::traced, this);
    }
    QStringList stop() {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        return m_statements;
    }

private:
    static int traced(unsigned type, void *context, void *statement, void *) {
        if (type != SQLITE_TRACE_STMT)
            return 0;
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            const QString text = QString::fromUtf8(sql);
            // "-- …" are a virtual table's own statements, run by the statement that used it.
            if (!text.startsWith(QStringLiteral("--")) &&
                !text.startsWith(QStringLiteral("PRAGMA")) &&
                !text.startsWith(QStringLiteral("BEGIN")) &&
                !text.startsWith(QStringLiteral("COMMIT")))
                static_cast<SqlCapture *>(context)->m_statements.append(text);
            sqlite3_free(sql);
        }
        return 0;
    }

    sqlite3 *m_db;
    QStringList m_statements;
};

/// A plain sqlite3 connection to the same file, read-only, as Linli's pragmas leave it.
class RawConnection {
public:
    /// With the page cache Linli gives its own connections (`cacheSize`, as PRAGMA cache_size
    /// says it), so that the two read from the same amount of memory.
    RawConnection(const QString &path, int cacheSize) {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(cacheSize);
        sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    ~RawConnection() {
        for (sqlite3_stmt *statement : std::as_const(m_prepared))
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    sqlite3 *handle() const { return m_db; }

    /// Runs each statement to its end, reading every column as text as a caller would. Each
    /// statement is prepared once (on the warming run) and reused after, as Linli does: the
    /// limit is the engine's stepping and reading, not its parser.
    double run(const QStringList &statements) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &sql : statements) {
            sqlite3_stmt *&statement = m_prepared[sql];
            if (!statement) {
                const QByteArray utf8 = sql.toUtf8();
                if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement,
                                       nullptr) != SQLITE_OK)
                    continue;
            }
            while (sqlite3_step(statement) == SQLITE_ROW) {
                const int columns = sqlite3_column_count(statement);
                for (int c = 0; c < columns; ++c)
                    sqlite3_column_text(statement, c);
            }
            sqlite3_reset(statement);
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

    /// The plan lines of a statement that read a whole large table without an index. Large are
    /// the tables that grow with the households and the years; a scan of a small list (the
    /// categories, the elders' carers) or of a statement's own page of rows is not counted.
    QStringList fullScans(const QString &sql) const {
        static const QStringList large = {
            QStringLiteral("residents"),         QStringLiteral("households"),
            QStringLiteral("complaints"),        QStringLiteral("complaint_events"),
            QStringLiteral("mediation_cases"),   QStringLiteral("mediation_sessions"),
            QStringLiteral("session_attendees"), QStringLiteral("case_parties"),
            QStringLiteral("audit_log"),         QStringLiteral("wishes"),
            QStringLiteral("wish_events"),       QStringLiteral("care_visits"),
            QStringLiteral("pact_signatures"),   QStringLiteral("inspections"),
            QStringLiteral("event_signups"),     QStringLiteral("station_items")};
        // Each name a plan line may use (the table's own or its alias) → the table.
        QHash<QString, QString> tableOf;
        static const QRegularExpression source(
            QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = source.globalMatch(sql); it.hasNext();) {
            const auto match = it.next();
            const QString table = match.captured(1);
            tableOf.insert(table, table);
            const QString alias = match.captured(2);
            static const QStringList keywords = {
                QStringLiteral("WHERE"), QStringLiteral("JOIN"),  QStringLiteral("ON"),
                QStringLiteral("LEFT"),  QStringLiteral("INNER"), QStringLiteral("ORDER"),
                QStringLiteral("GROUP"), QStringLiteral("LIMIT"), QStringLiteral("USING")};
            if (!alias.isEmpty() && !keywords.contains(alias.toUpper()))
                tableOf.insert(alias, table);
        }
        QStringList scans;
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return {QStringLiteral("cannot explain: ") + QString::fromUtf8(sqlite3_errmsg(m_db))};
        static const QRegularExpression bareScan(QStringLiteral("^SCAN (\\w+)$"));
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const QString detail = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)));
            const auto match = bareScan.match(detail);
            if (match.hasMatch() && large.contains(tableOf.value(match.captured(1))))
                scans << detail;
        }
        sqlite3_finalize(statement);
        return scans;
    }

private:
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_prepared;
};

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats statsOf(QList<double> times) {
    if (times.isEmpty())
        return {};
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times.at(
            std::min<qsizetype>(times.size() - 1, qsizetype(q * (times.size() - 1) + 0.5)));
    };
    return {at(0.5), at(0.95)};
}

struct Row {
    QString path;
    Stats ours;
    std::optional<Stats> limit;
    QString unit = QStringLiteral("ms");
    QString note;
};

class Bench {
public:
    Bench(Database &database, const QString &path, int runs, bool quick)
        : m_database(database)
        , m_raw(path,
                sql::Statement::single(database.connection(), QStringLiteral("PRAGMA cache_size"))
                    ->toInt())
        , m_capture(database.connection())
        , m_runs(runs)
        , m_quick(quick) {}

    /// Times `work` (ours) and, when `withLimit`, the SQL it ran on the raw connection.
    void measure(const QString &name, const std::function<void()> &work, bool withLimit = true) {
        work(); // warm the cache and the prepared statements, as a user's second keystroke does
        m_capture.start();
        work();
        const QStringList statements = m_capture.stop();
        // Ours and the raw SQL take turns, run by run, so that the machine's drift (on this
        // virtual machine the same SQL varies by half within the hour) weighs on both alike.
        const bool raw = withLimit && !statements.isEmpty();
        if (raw)
            m_raw.run(statements);
        QList<double> ours, limit;
        for (int i = 0; i < m_runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            ours << double(timer.nsecsElapsed()) / 1e6;
            if (raw)
                limit << m_raw.run(statements);
        }
        Row row{name, statsOf(ours), std::nullopt, QStringLiteral("ms"), {}};
        if (raw) {
            row.limit = statsOf(limit);
            if (m_verbose) {
                // The statements behind a slow path, slowest first.
                QList<std::pair<double, QString>> each;
                for (const QString &sql : statements)
                    each.append({m_raw.run({sql}), sql});
                std::sort(each.begin(), each.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first; });
                for (qsizetype i = 0; i < std::min<qsizetype>(3, each.size()); ++i)
                    std::printf("    %8.1f ms  %s\n", each.at(i).first,
                                qPrintable(each.at(i).second.left(300)));
            }
            for (const QString &sql : statements) {
                const QStringList scans = m_raw.fullScans(sql);
                if (!scans.isEmpty())
                    m_planProblems
                        << QStringLiteral("%1: %2 in %3")
                               .arg(name, scans.join(QStringLiteral(", ")), sql.left(160));
            }
        }
        report(row);
    }

    void record(const QString &name, const QList<double> &ours, const QList<double> &raw,
                const QString &unit = QStringLiteral("ms"), const QString &note = {}) {
        Row row{name, statsOf(ours), raw.isEmpty() ? std::nullopt : std::optional(statsOf(raw)),
                unit, note};
        report(row);
    }

    void report(const Row &row) {
        m_rows << row;
        QString line = QStringLiteral("%1  %2 %3 / %4")
                           .arg(row.path, -44)
                           .arg(row.ours.median, 10, 'f', 1)
                           .arg(row.unit)
                           .arg(row.ours.p95, 8, 'f', 1);
        if (row.limit) {
            line += QStringLiteral("   raw %1 / %2   ratio %3")
                        .arg(row.limit->median, 8, 'f', 1)
                        .arg(row.limit->p95, 8, 'f', 1)
                        .arg(row.limit->median > 0 ? row.ours.median / row.limit->median : 0.0, 5,
                             'f', 2);
        }
        if (!row.note.isEmpty())
            line += QStringLiteral("   (%1)").arg(row.note);
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    }

    bool writeCsv(const QString &file) const {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QTextStream stream(&out);
        stream << "path,unit,median,p95,raw_median,raw_p95,ratio,note\n";
        for (const Row &row : m_rows) {
            stream << '"' << row.path << "\"," << row.unit << ',' << row.ours.median << ','
                   << row.ours.p95 << ',';
            if (row.limit)
                stream << row.limit->median << ',' << row.limit->p95 << ','
                       << (row.limit->median > 0 ? row.ours.median / row.limit->median : 0.0);
            else
                stream << ",,";
            stream << ",\"" << row.note << "\"\n";
        }
        return true;
    }

    const QStringList &planProblems() const { return m_planProblems; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    int runs() const { return m_runs; }
    bool quick() const { return m_quick; }
    Database &database() { return m_database; }

private:
    Database &m_database;
    RawConnection m_raw;
    SqlCapture m_capture;
    int m_runs;
    bool m_quick;
    bool m_verbose = false;
    QList<Row> m_rows;
    QStringList m_planProblems;
};

/// The searches staff type: one to three characters of a common name, an address of six, the
/// tail of a phone and of an ID number — taken from the data itself.
QList<std::pair<QString, QString>> searches(Database &database) {
    auto sample = sql::Statement::run(
        database.connection(), QStringLiteral("SELECT r.name, r.mobile, r.id_number, h.address"
                                              " FROM residents r JOIN households h"
                                              " ON h.id = r.household_id WHERE r.id_number IS NOT"
                                              " NULL AND length(r.name) >= 3 AND r.mobile <> ''"
                                              " ORDER BY r.id LIMIT 1 OFFSET 777"));
    QList<std::pair<QString, QString>> list;
    if (!sample || !sample->next())
        return list;
    const QString name = sample->text("name");
    const QString address = sample->text("address");
    list << std::pair{QStringLiteral("1 character"), name.left(1)}
         << std::pair{QStringLiteral("2 characters"), name.left(2)}
         << std::pair{QStringLiteral("3 characters"), name.left(3)}
         << std::pair{QStringLiteral("6 characters (address)"), address.left(6)}
         << std::pair{QStringLiteral("phone tail"), sample->text("mobile").right(4)}
         << std::pair{QStringLiteral("ID number tail"), sample->text("id_number").right(6)};
    return list;
}

void benchSearch(Bench &bench) {
    const ResidentRepository residents(bench.database());
    const auto typed = searches(bench.database());
    for (const auto &[what, text] : typed) {
        // As the residents list does per keystroke: the first page and the count.
        bench.measure(QStringLiteral("search: %1").arg(what), [&] {
            (void)residents.firstPage(ResidentQuery{text, false}, 200);
        });
    }
    // A community's desk in a sub-district's file: its search is kept to its households.
    const auto last = sql::Statement::single(bench.database().connection(),
                                             QStringLiteral("SELECT max(id) FROM communities"));
    if (!last || last->toLongLong() < 2 || typed.size() < 2)
        return;
    const UserSession whole = bench.database().session();
    UserSession desk = whole;
    desk.community = CommunityId{last->toLongLong()};
    bench.database().setSession(desk);
    for (int i = 0; i < 2; ++i) {
        bench.measure(QStringLiteral("search in one community: %1").arg(typed.at(i).first), [&] {
            (void)residents.firstPage(ResidentQuery{typed.at(i).second, false}, 200);
        });
    }
    bench.database().setSession(whole);
}

void benchComplaints(Bench &bench) {
    const ComplaintRepository complaints(bench.database());
    const ComplaintFilter filter; // the page's default: every complaint, newest first
    // As the list reads them (ComplaintListModel): its rows, not whole complaints.
    bench.measure(QStringLiteral("complaints: first screenful"), [&] {
        (void)complaints.count(filter);
        (void)complaints.listPage(filter, std::nullopt, 200);
    });
    // As Ctrl+End reads it now: the count, then the page at the end by its position.
    bench.measure(QStringLiteral("complaints: the last page (Ctrl+End)"), [&] {
        const auto counted = complaints.count(filter);
        const int total = counted ? *counted : 0;
        (void)complaints.listPageAt(filter, std::max(0, total - 200), 200, total);
    });
    // Every page in turn, as an export or an old list did.
    bench.measure(QStringLiteral("complaints: every page in turn"), [&] {
        std::optional<ComplaintPageKey> after;
        for (;;) {
            const auto page = complaints.listPage(filter, after, 200);
            if (!page || page->size() < 200)
                break;
            after = ComplaintPageKey{page->constLast().receivedAt, page->constLast().id.value};
        }
    });
}

void benchDashboard(Bench &bench, const QDateTime &now) {
    const DashboardScope year{QDate(now.date().year(), 1, 1), now.date(), {}, {}};
    bench.measure(QStringLiteral("dashboard: the eight tiles, a year"),
                  [&] { (void)DashboardFigures::tiles(bench.database(), year, now); });
    bench.measure(QStringLiteral("dashboard: the four charts, a year"),
                  [&] { (void)DashboardSeries::compute(bench.database(), year); });
}

void benchWeek(Bench &bench, const QDateTime &now) {
    const MediationRepository mediation(bench.database());
    const QDate monday = now.date().addDays(1 - now.date().dayOfWeek());
    bench.measure(QStringLiteral("mediation: the week's sessions"), [&] {
        (void)mediation.sessionsBetween(monday.startOfDay(), monday.addDays(7).startOfDay());
    });
}

void benchPacts(Bench &bench, const QString &folder) {
    const CoGovernanceService coGovernance(bench.database());
    const PlaceRepository places(bench.database());
    const auto communities = places.communities();
    if (!communities || communities->isEmpty())
        return;
    const auto compounds = places.compounds(communities->constFirst().id);
    if (!compounds)
        return;
    for (const Compound &compound : *compounds) {
        QStringList without;
        const auto sheets = coGovernance.compoundSheets(compound.id, &without);
        if (!sheets || sheets->isEmpty())
            continue;
        const BuildingId first = sheets->constFirst().pact.buildingId;
        bench.measure(
            QStringLiteral("pact PDF: one building"),
            [&] {
                const auto sheet = coGovernance.sheet(first);
                const auto document = PactDocuments::pact(*sheet);
                (void)PrintedDocument::writePdf(*document, folder + QStringLiteral("/one.pdf"),
                                                QStringLiteral("公约"));
            },
            false);
        bench.measure(
            QStringLiteral("pact PDF: a compound (%1 buildings)").arg(sheets->size()),
            [&] {
                QStringList skipped;
                const auto all = coGovernance.compoundSheets(compound.id, &skipped);
                const auto document = PactDocuments::compound(*all);
                (void)PrintedDocument::writePdf(*document, folder + QStringLiteral("/all.pdf"),
                                                QStringLiteral("公约"));
            },
            false);
        return;
    }
}

/// A child process's wall time, its peak resident memory (MB, as GNU time reports it; -1
/// without /usr/bin/time) and exit code.
struct ChildRun {
    double ms = -1;
    double peakMb = -1;
    int exitCode = -1;
};

ChildRun runChild(const QString &program, const QStringList &arguments, const QString &folder,
                  const QByteArray &input = {}) {
    // GNU time reads the child's own peak from wait4; a process started from this one directly
    // would count the benchmark's memory too (its pages are the child's until exec).
    const bool timed = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    const QString report = folder + QStringLiteral("/peak.txt");
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    if (timed)
        process.start(QStringLiteral("/usr/bin/time"),
                      QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                                  report, program} +
                          arguments);
    else
        process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    ChildRun run;
    if (!process.waitForFinished(1800000))
        return run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QFile peak(report);
    if (timed && peak.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = peak.readAll().trimmed().split('\n');
        run.peakMb = lines.constLast().trimmed().toDouble() / 1024;
    }
    return run;
}

struct RawImport {
    int rows = 0;
    double ms = 0;
};

/// A roster CSV as Linli exports it, put into the Linli file at `path` by plain SQLite: each
/// place inserted the first time it is seen, each resident with what the file says.
RawImport rawImport(const QString &path, const QString &csv) {
    RawImport result;
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return result;
    }
    sqlite3_exec(db, "PRAGMA cache_size = -16384", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    const auto prepare = [db](const char *text) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, text, -1, &statement, nullptr);
        return statement;
    };
    sqlite3_stmt *compound = prepare("INSERT INTO compounds (community_id, name, kind)"
                                     " VALUES ((SELECT min(id) FROM communities), ?, 'old')");
    sqlite3_stmt *building = prepare("INSERT INTO buildings (compound_id, name) VALUES (?, ?)");
    sqlite3_stmt *unit = prepare("INSERT INTO units (building_id, name) VALUES (?, ?)");
    sqlite3_stmt *household =
        prepare("INSERT INTO households (unit_id, room, address) VALUES (?, ?, ?)");
    sqlite3_stmt *resident = prepare(
        "INSERT INTO residents (household_id, name, name_pinyin, name_initials, sort_key, gender,"
        " birth_date, id_number, mobile, relation, party_member, elderly_alone, volunteer,"
        " low_income, disabled, moved_out_on, search_text, notes, address_text)"
        " VALUES (?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto text = [](sqlite3_stmt *statement, int column, const QString &value) {
        if (value.isEmpty()) {
            sqlite3_bind_null(statement, column);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    const auto inserted = [db](sqlite3_stmt *statement) -> qint64 {
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
        return done ? sqlite3_last_insert_rowid(db) : 0;
    };
    QHash<QString, qint64> compounds, buildings, units, households;
    const auto placeId = [&](QHash<QString, qint64> &known, const QString &key, auto insert) {
        qint64 &id = known[key];
        if (id == 0)
            id = insert();
        return id;
    };
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    // The trigram index filled once at the end rather than by its triggers row by row, as a
    // bulk loader of FTS5 would.
    QList<QByteArray> triggers;
    {
        sqlite3_stmt *list = prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                     " AND name LIKE 'residents_fts%'");
        while (sqlite3_step(list) == SQLITE_ROW) {
            triggers << reinterpret_cast<const char *>(sqlite3_column_text(list, 1));
            const QByteArray drop = QByteArray("DROP TRIGGER ") +
                                    reinterpret_cast<const char *>(sqlite3_column_text(list, 0));
            sqlite3_exec(db, drop.constData(), nullptr, nullptr, nullptr);
        }
        sqlite3_finalize(list);
    }
    if (const auto sheet = RosterImport::readFile(csv)) {
        // 姓名 性别 出生日期 年龄 身份证号 联系电话 与户主关系 小区 楼栋 单元 房号 住址
        // 党员 独居老人 志愿者 低保 残疾 备注 迁出日期
        (void)sheet->forEachRow([&](qsizetype row, const QStringList &cells) {
            if (row == 0)
                return true;
            const auto cell = [&cells](int column) { return cells.value(column); };
            const qint64 c = placeId(compounds, cell(7), [&] {
                text(compound, 1, cell(7));
                return inserted(compound);
            });
            const QString buildingKey = cell(7) + u'\x1f' + cell(8);
            const qint64 b = placeId(buildings, buildingKey, [&] {
                sqlite3_bind_int64(building, 1, c);
                text(building, 2, cell(8));
                return inserted(building);
            });
            const QString unitKey = buildingKey + u'\x1f' + cell(9);
            const qint64 u = placeId(units, unitKey, [&] {
                sqlite3_bind_int64(unit, 1, b);
                text(unit, 2, cell(9));
                return inserted(unit);
            });
            const qint64 h = placeId(households, unitKey + u'\x1f' + cell(10), [&] {
                sqlite3_bind_int64(household, 1, u);
                text(household, 2, cell(10));
                text(household, 3, cell(11));
                return inserted(household);
            });
            sqlite3_bind_int64(resident, 1, h);
            text(resident, 2, cell(0));
            text(resident, 3, cell(0));
            text(resident, 4,
                 cell(1) == QStringLiteral("男") ? QStringLiteral("male")
                                                 : QStringLiteral("female"));
            text(resident, 5, cell(2));
            text(resident, 6, cell(4));
            const QString mobile = cell(5);
            sqlite3_bind_text(resident, 7, mobile.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            text(resident, 8, cell(6));
            for (int flag = 0; flag < 5; ++flag)
                sqlite3_bind_int(resident, 9 + flag, cell(12 + flag) == QStringLiteral("是"));
            text(resident, 14, cell(18));
            text(resident, 15, QStringList{cell(0), mobile, cell(4)}.join(u' ').toLower());
            sqlite3_bind_text(resident, 16, cell(17).toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(resident, 17, cell(11).toUtf8().constData(), -1, SQLITE_TRANSIENT);
            if (inserted(resident) != 0)
                ++result.rows;
            return true;
        });
    }
    sqlite3_exec(db, "INSERT INTO residents_fts (residents_fts) VALUES ('rebuild')", nullptr,
                 nullptr, nullptr);
    for (const QByteArray &trigger : std::as_const(triggers))
        sqlite3_exec(db, trigger.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    for (sqlite3_stmt *statement : {compound, building, unit, household, resident})
        sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

/// The export and the import as the office runs them (linli-cli, each in a process of its own,
/// so that its memory is its own), with their peaks; the import's rows counted in the new file.
/// Compounds are named with their community first in the exported copy, so that a whole
/// sub-district's roster goes into one new community without two 明珠花园 colliding.
bool benchExchange(Bench &bench, const QString &cli, const QString &folder) {
    const int runs = bench.quick() ? 1 : 3;
    const QString source = folder + QStringLiteral("/export-source.linli");
    QString into = source;
    into.replace(u'\'', QStringLiteral("''"));
    if (!sql::Statement::run(bench.database().connection(),
                             QStringLiteral("VACUUM INTO '%1'").arg(into)))
        return false;
    {
        auto copy = Database::open(source, Database::Mode::OpenExisting);
        if (!copy || !sql::Statement::run(
                         (*copy)->connection(),
                         QStringLiteral("UPDATE compounds SET name = (SELECT name FROM"
                                        " communities c WHERE c.id = community_id) || name")))
            return false;
    }
    const QString csv = folder + QStringLiteral("/residents.csv");
    const QString xlsx = folder + QStringLiteral("/residents.xlsx");
    QList<double> csvTimes, xlsxTimes, csvPeaks, xlsxPeaks;
    for (int i = 0; i < runs; ++i) {
        const ChildRun toCsv = runChild(
            cli,
            {QStringLiteral("--db"), source, QStringLiteral("--as"), QStringLiteral("admin"),
             QStringLiteral("export"), QStringLiteral("residents"), csv, QStringLiteral("--full")},
            folder, "demo1234\n"); // the office's administrator logs in
        const ChildRun toXlsx = runChild(
            cli,
            {QStringLiteral("--db"), source, QStringLiteral("--as"), QStringLiteral("admin"),
             QStringLiteral("export"), QStringLiteral("residents"), xlsx, QStringLiteral("--full")},
            folder, "demo1234\n"); // the office's administrator logs in
        if (toCsv.exitCode != 0 || toXlsx.exitCode != 0) {
            std::fprintf(stderr, "linli_bench: the export failed\n");
            return false;
        }
        csvTimes << toCsv.ms;
        csvPeaks << toCsv.peakMb;
        xlsxTimes << toXlsx.ms;
        xlsxPeaks << toXlsx.peakMb;
    }
    // The rows the export wrote (its residents who have not moved out), counted in the file.
    int expected = 0;
    if (const auto written = RosterImport::readFile(csv)) {
        (void)written->forEachRow([&](qsizetype row, const QStringList &) {
            expected += row > 0 ? 1 : 0;
            return true;
        });
    }
    const QString residents = QStringLiteral("%L1 residents").arg(expected);
    bench.record(QStringLiteral("export %1 to CSV (linli-cli)").arg(residents), csvTimes, {});
    bench.record(QStringLiteral("export to CSV: peak memory"), csvPeaks, {}, QStringLiteral("MB"));
    bench.record(QStringLiteral("export %1 to .xlsx (linli-cli)").arg(residents), xlsxTimes, {});
    bench.record(QStringLiteral("export to .xlsx: peak memory"), xlsxPeaks, {},
                 QStringLiteral("MB"));

    // The import of that CSV into a new file, beside a raw import of the same rows into a table
    // with as many indexes and a trigram index as Linli's residents have.
    QList<double> ours, peaks, raw;
    bool whole = true;
    for (int i = 0; i < runs; ++i) {
        const QString target = folder + QStringLiteral("/import-%1.linli").arg(i);
        {
            auto database = Database::open(target);
            if (!database)
                return false;
            RegistryService registry(**database);
            if (!registry.addCommunity({{}, QStringLiteral("测速社区"), {}, {}}))
                return false;
        }
        const ChildRun imported = runChild(
            cli,
            {QStringLiteral("--db"), target, QStringLiteral("import"), QStringLiteral("residents"),
             csv, QStringLiteral("--community"), QStringLiteral("测速社区")},
            folder);
        ours << imported.ms;
        peaks << imported.peakMb;
        auto database = Database::open(target, Database::Mode::OpenExisting);
        const int added =
            database ? sql::Statement::single((*database)->connection(),
                                              QStringLiteral("SELECT count(*) FROM residents"))
                           ->toInt()
                     : -1;
        if (imported.exitCode != 0 || added != expected) {
            std::fprintf(stderr, "linli_bench: the import added %d of %d residents (exit %d)\n",
                         added, expected, imported.exitCode);
            whole = false;
        }

        // The raw side: the same rows by plain prepared statements in one transaction into
        // Linli's own schema (a new Linli file: its tables, indexes, triggers and trigram
        // index), as a hand-written loader would put them, without Linli's checks, pinyin and
        // audit trail. Its search text is what the file gives: name, phone, ID number.
        const QString rawPath = folder + QStringLiteral("/raw-%1.linli").arg(i);
        QFile::remove(rawPath);
        {
            auto created = Database::open(rawPath);
            if (!created)
                return false;
            RegistryService registry(**created);
            if (!registry.addCommunity({{}, QStringLiteral("测速社区"), {}, {}}))
                return false;
        }
        const RawImport plain = rawImport(rawPath, csv);
        raw << plain.ms;
        if (plain.rows != expected)
            std::fprintf(stderr, "linli_bench: the raw import added %d of %d rows\n", plain.rows,
                         expected);
    }
    bench.record(QStringLiteral("import them into a new file (linli-cli), beside a raw import"),
                 ours, raw, QStringLiteral("ms"),
                 whole ? QStringLiteral("every row added") : QStringLiteral("ROWS MISSING"));
    bench.record(QStringLiteral("import: peak memory"), peaks, {}, QStringLiteral("MB"));
    return whole;
}

/// Drops the kernel's page cache, so that a start reads the file from the disk as after a
/// reboot; false where the machine does not allow it (not root, a container).
bool dropCaches() {
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

/// The window program started as a user starts it, cold (caches dropped) and warm: to its login
/// painted, and from "Log in" pressed to the main window painted, with the lock, the anonymiser
/// and the day's backup (the first run makes it, on a thread, while the window comes up).
void benchStart(Bench &bench, const QString &program, const QString &file, const QString &home) {
    const int runs = bench.quick() ? 1 : 5;
    for (const bool cold : {true, false}) {
        QList<double> toLogin, toWindow, total;
        bool dropped = true;
        for (int i = 0; i < runs; ++i) {
            if (cold)
                dropped = dropCaches() && dropped;
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("LINLI_MEASURE_LOGIN"), QStringLiteral("admin:demo1234"));
            // The desk's settings (its backup folder) in a home of the benchmark's own.
            env.insert(QStringLiteral("HOME"), home);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
            process.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            process.start(program, {QStringLiteral("--db"), file, QStringLiteral("--lang"),
                                    QStringLiteral("zh_CN"), QStringLiteral("--measure"),
                                    QStringLiteral("start")});
            QByteArray output;
            double shown = -1, pressed = -1, painted = -1;
            while (painted < 0 && process.waitForReadyRead(120000)) {
                output += process.readAllStandardOutput();
                const double now = double(timer.nsecsElapsed()) / 1e6;
                if (shown < 0 && output.contains("login-shown"))
                    shown = now;
                if (pressed < 0 && output.contains("login-pressed"))
                    pressed = now;
                if (output.contains("first-paint"))
                    painted = now;
            }
            process.waitForFinished(600000);
            if (shown < 0 || pressed < 0 || painted < 0) {
                std::fprintf(stderr, "linli_bench: the start did not reach its window: %s%s\n",
                             output.constData(), process.readAllStandardError().constData());
                return;
            }
            toLogin << shown;
            toWindow << painted - pressed;
            total << shown + (painted - pressed);
        }
        const QString how = cold ? (dropped ? QStringLiteral("cold, caches dropped")
                                            : QStringLiteral("caches could not be dropped"))
                                 : QStringLiteral("warm");
        bench.record(QStringLiteral("start (%1): to the login painted").arg(how), toLogin, {});
        bench.record(QStringLiteral("start (%1): Log in pressed to the window painted").arg(how),
                     toWindow, {});
        bench.record(QStringLiteral("start (%1): both, the typing left out").arg(how), total, {});
    }
}

/// The window's paths, on `file` (a copy), then the memory the session left; false when a path
/// never showed its answer.
bool benchWindow(Bench &bench, const QString &file, const QString &backups) {
    auto opened = Database::open(file, Database::Mode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "linli_bench: %s\n", qPrintable(opened.error()));
        return false;
    }
    (*opened)->setOperatorName(QStringLiteral("测速"));
    Workspace workspace(std::move(*opened));
    WindowBench window(workspace, bench.runs());
    window.residentSearches();
    window.householdFile();
    window.complaintsList();
    window.dashboard(bench.quick() ? 6 : 50);
    window.week();
    window.dutyDeskSave();
    QDir().mkpath(backups);
    window.searchesDuring(QStringLiteral("search while the daily backup runs"), [&] {
        const Status done = BackupKeeper::dailyOnOwnConnection(file, backups);
        if (!done)
            std::fprintf(stderr, "linli_bench: the backup failed: %s\n", qPrintable(done.error()));
    });
    for (const WindowBench::Path &path : window.paths())
        bench.record(QStringLiteral("window · ") + path.name, path.times, {}, path.unit, path.note);
    bench.record(QStringLiteral("window · memory: peak after the session"), {windowPeakMegabytes()},
                 {}, QStringLiteral("MB"));
    for (const QString &failed : window.failures())
        std::fprintf(stderr, "linli_bench: no answer painted: %s\n", qPrintable(failed));
    return window.failures().isEmpty();
}

} // namespace

int main(int argc, char *argv[]) {
    keepLocalTimeZoneLoaded();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Linli's hot paths beside the raw SQLite limit."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Community scale, few runs, plans checked."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("An existing street-scale database."),
                                      QStringLiteral("file"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Without --db: the data built, street (the default) or district (three "
                       "sub-districts, to see what grows with the data)."),
        QStringLiteral("scale"), QStringLiteral("street"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per path."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), QStringLiteral("Write the table here."), QStringLiteral("file"));
    const QCommandLineOption linliOption(
        QStringLiteral("linli"), QStringLiteral("The window program, for start and memory."),
        QStringLiteral("path"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Show each path's slowest statements."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only the paths named so (search, "
                                                       "complaints, dashboard, week, pacts, "
                                                       "exchange, start, window)."),
                                        QStringLiteral("paths"));
    parser.addOptions({quickOption, dbOption, scaleOption, runsOption, csvOption, linliOption,
                       verboseOption, onlyOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);

    QTemporaryDir scratch;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = scratch.filePath(QStringLiteral("bench.linli"));
        auto created = Database::open(path);
        if (!created) {
            std::fprintf(stderr, "linli_bench: %s\n", qPrintable(created.error()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const DemoGenerator::Scale scale = quick ? DemoGenerator::Scale::Community
                                           : parser.value(scaleOption) == QStringLiteral("district")
                                               ? DemoGenerator::Scale::District
                                               : DemoGenerator::Scale::Street;
        DemoGenerator generator(**created, scale);
        const auto summary = generator.generate((*created)->clock().now());
        if (!summary) {
            std::fprintf(stderr, "linli_bench: %s\n", qPrintable(summary.error()));
            return 1;
        }
        std::printf("demo data built in %.1f s\n", double(timer.elapsed()) / 1000);
    }
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "linli_bench: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &database = **opened;
    if (quick) {
        // The plans are checked without the planner's statistics: at community scale SQLite
        // rightly scans a table of a few hundred rows, and the data follow today's date. With
        // no statistics it takes any index that serves, so a scan means none does.
        for (const char *statement :
             {"DELETE FROM sqlite_stat1", "DELETE FROM sqlite_stat4", "ANALYZE sqlite_schema"})
            (void)sql::Statement::run(database.connection(), QString::fromLatin1(statement));
    }
    const QDateTime now = database.clock().now();
    const int residents = sql::Statement::single(database.connection(),
                                                 QStringLiteral("SELECT count(*) FROM residents"))
                              ->toInt();
    std::printf("%s: %d residents; SQLite %s; %s\n", qPrintable(path), residents,
                sqlite3_libversion(), quick ? "quick" : "full");

    Bench bench(database, path, quick ? 3 : parser.value(runsOption).toInt(), quick);
    bench.setVerbose(parser.isSet(verboseOption));
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&](const char *name) {
        return only.isEmpty() || only.contains(QLatin1String(name));
    };
    bool failed = false;
    if (wanted("window") || wanted("start")) {
        // The window works on a copy: it takes the file's lock, logs complaints, backs it up.
        const QString copy = scratch.filePath(QStringLiteral("window.linli"));
        QString into = copy;
        into.replace(u'\'', QStringLiteral("''"));
        if (!sql::Statement::run(database.connection(),
                                 QStringLiteral("VACUUM INTO '%1'").arg(into))) {
            std::fprintf(stderr, "linli_bench: cannot copy the database\n");
            return 1;
        }
        if (parser.isSet(linliOption) && wanted("start"))
            benchStart(bench, parser.value(linliOption), copy, scratch.path());
        if (wanted("window"))
            failed = !benchWindow(bench, copy, scratch.filePath(QStringLiteral("backups")));
    }
    if (wanted("search"))
        benchSearch(bench);
    if (wanted("complaints"))
        benchComplaints(bench);
    if (wanted("dashboard"))
        benchDashboard(bench, now);
    if (wanted("week"))
        benchWeek(bench, now);
    if (wanted("pacts"))
        benchPacts(bench, scratch.path());
    if (wanted("exchange")) {
        // linli-cli beside the window program, or beside the benchmark's build folder.
        const QString cli =
            parser.isSet(linliOption)
                ? QFileInfo(parser.value(linliOption)).dir().filePath(QStringLiteral("linli-cli"))
                : QCoreApplication::applicationDirPath() + QStringLiteral("/../app/linli-cli");
        if (!benchExchange(bench, cli, scratch.path()))
            failed = true;
    }

    if (parser.isSet(csvOption) && !bench.writeCsv(parser.value(csvOption)))
        std::fprintf(stderr, "linli_bench: cannot write %s\n", qPrintable(parser.value(csvOption)));
    if (!bench.planProblems().isEmpty()) {
        std::fprintf(stderr, "Hot paths that scan a whole table:\n");
        for (const QString &problem : bench.planProblems())
            std::fprintf(stderr, "  %s\n", qPrintable(problem));
        return 1; // in either mode: a plan that scans is a regression, whatever the times
    }
    return failed ? 1 : 0;
}
