#include "storage/indexesaside.h"

#include "storage/engine.h"
#include "storage/writecontext.h"

namespace linli {

Result<IndexesAside> IndexesAside::take(const WriteContext &context, const QStringList &tables,
                                        const QStringList &keep) {
    IndexesAside aside;
    // The server's bulk writes keep their indexes (the demo is built in a file and copied).
    if (engineOf(context.connection()) != Engine::SQLite)
        return aside;
    QStringList names;
    for (const QString &table : tables) {
        // sql is NULL for the indexes behind UNIQUE and PRIMARY KEY: those stay.
        auto indexes = context.run(QStringLiteral("SELECT name, sql FROM sqlite_master"
                                                  " WHERE type = 'index' AND tbl_name = :table"
                                                  " AND sql IS NOT NULL"),
                                   {{"table", table}});
        if (!indexes)
            return indexes.status();
        while (indexes->next()) {
            if (keep.contains(indexes->text("name")))
                continue;
            names << indexes->text("name");
            aside.m_definitions << indexes->text("sql");
        }
        if (Status read = indexes->status(); !read)
            return read;
    }
    for (QString name : std::as_const(names)) {
        // A name cannot be bound; it comes from the schema, quoted all the same.
        name.replace(u'"', QStringLiteral("\"\""));
        if (auto dropped = context.run(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return dropped.status();
    }
    return aside;
}

Status IndexesAside::restore(const WriteContext &context) const {
    for (const QString &definition : m_definitions) {
        if (auto built = context.run(definition); !built)
            return built.status();
    }
    return Status::success();
}

} // namespace linli
