#pragma once

#include <QList>
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

} // namespace linli
