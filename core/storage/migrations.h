#pragma once

#include "storage/engine.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace linli {

/// One schema step: single statements run in one transaction that also sets user_version.
/// The list is append-only; a released step is never edited.
struct Migration {
    int version = 0;
    QStringList statements;
};

/// All steps, in order. The newest schema version is `migrations().last().version`.
const QList<Migration> &migrations();
int latestSchemaVersion();

/// A step's statements as `engine` runs them: SQLite's as written; on PostgreSQL each rewritten
/// (postgres::schema), and those SQLite alone can spell — triggers, the trigram index — replaced
/// by the server's own (schemaOnPostgres).
QStringList statementsOf(const Migration &step, Engine engine);

/// What the steps' SQLite-only statements are on PostgreSQL, by the statement's first words (up
/// to the name it creates): an empty list drops the statement there.
const QHash<QString, QStringList> &schemaOnPostgres();

/// The tables whose rows have an identity `id` (an INTEGER PRIMARY KEY): on PostgreSQL an
/// insert into them returns the new id.
const QSet<QString> &tablesWithIdentity();

} // namespace linli
