// A desk for tst_races: two or more run at once against one database, acting on the same
// complaints, and say what each action was told.
//   linli_racing_desk DATABASE assign|revisit ROUNDS
// Opens the database and says "ready"; waits for a line on stdin (the test tells every desk to
// go at once rather than sleeping), then acts on every complaint in turn, ROUNDS times over,
// and says for each action "<id> ok" or "<id> refused: <why>". Round r assigns to 楼长r.
#include "complaints/complaintservice.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <cstdio>

using namespace linli;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const int rounds = args.at(3).toInt();
    const bool assigns = args.at(2) == QStringLiteral("assign");
    auto opened = Database::open(args.at(1), Database::Mode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = **opened;
    db.setOperatorName(assigns ? QStringLiteral("甲台") : QStringLiteral("乙台"));
    RegistryService registry(db);
    ComplaintService complaints(db, registry);
    QList<ComplaintId> ids;
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT id FROM complaints ORDER BY id"));
    if (!rows)
        return 1;
    while (rows->next())
        ids.append(ComplaintId{rows->value(0).toLongLong()});
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
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
