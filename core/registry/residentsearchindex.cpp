#include "registry/residentsearchindex.h"

#include "storage/engine.h"

namespace linli {

namespace {
const QString kTriggers = QStringLiteral(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'residents'"
    " AND name IN ('residents_fts_insert', 'residents_fts_update') ORDER BY name");
} // namespace

// On PostgreSQL there is no trigram index of SQLite's (every search takes the plain path), so
// there is nothing to suspend, rebuild or forget.
Result<QStringList> ResidentSearchIndex::suspend(const WriteContext &context) {
    if (engineOf(context.connection()) != Engine::SQLite)
        return QStringList();
    auto rows = context.run(kTriggers);
    if (!rows)
        return rows.status();
    QStringList names;
    QStringList statements;
    while (rows->next()) {
        names << rows->text("name");
        statements << rows->text("sql");
    }
    if (Status read = rows->status(); !read)
        return read;
    for (const QString &name : std::as_const(names)) {
        // A name from sqlite_master, not from anyone's typing.
        if (auto dropped = context.run(QStringLiteral("DROP TRIGGER ") + name); !dropped)
            return dropped.status();
    }
    return statements;
}

Status ResidentSearchIndex::resume(const WriteContext &context, const QStringList &triggers) {
    if (triggers.isEmpty())
        return Status::success();
    if (Status rebuilt = rebuild(context); !rebuilt)
        return rebuilt;
    return restoreTriggers(context, triggers);
}

Status ResidentSearchIndex::rebuild(const WriteContext &context) {
    if (engineOf(context.connection()) != Engine::SQLite)
        return Status::success();
    if (Status forgotten = forgetStatistics(context); !forgotten)
        return forgotten;
    if (Status rebuilt =
            context
                .run(QStringLiteral("INSERT INTO residents_fts (residents_fts) VALUES ('rebuild')"))
                .status();
        !rebuilt)
        return rebuilt;
    // The rebuilt index comes in many segments, flushed as it grew; merged into one, each
    // search reads one b-tree instead of dozens.
    return context
        .run(QStringLiteral("INSERT INTO residents_fts (residents_fts) VALUES ('optimize')"))
        .status();
}

Status ResidentSearchIndex::forgetStatistics(const WriteContext &context) {
    if (engineOf(context.connection()) != Engine::SQLite)
        return Status::success();
    // ANALYZE counts the index's own tables too; with those counts FTS5 plans its rebuild five
    // times slower (measured at 160,000 residents). The planner is told to read them again.
    auto exists = context.run(QStringLiteral(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"));
    if (!exists)
        return exists.status();
    if (!exists->next() || exists->integer("n") == 0)
        return Status::success();
    if (auto done =
            context.run(QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl LIKE 'residents_fts%'"));
        !done)
        return done.status();
    return context.run(QStringLiteral("ANALYZE sqlite_master")).status();
}

Status ResidentSearchIndex::restoreTriggers(const WriteContext &context,
                                            const QStringList &triggers) {
    for (const QString &trigger : triggers) {
        if (auto created = context.run(trigger); !created)
            return created.status();
    }
    return Status::success();
}

} // namespace linli
