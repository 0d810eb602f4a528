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
    QStringList statements; ///< as SQLite runs them
    QStringList onPostgres; ///< the same step as the server runs it
};

/// All steps, in order. The newest schema version is `migrations().last().version`.
const QList<Migration> &migrations();
int latestSchemaVersion();

/// A step's statements as `engine` runs them.
QStringList statementsOf(const Migration &step, Engine engine);

/// The tables whose rows have an identity `id` (an INTEGER PRIMARY KEY): on PostgreSQL each
/// identity goes on after the largest id once a step or a copy wrote rows with their ids.
const QSet<QString> &tablesWithIdentity();

} // namespace linli
