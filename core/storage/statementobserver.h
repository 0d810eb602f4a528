#pragma once

#include <QString>
#include <QVariantList>

#include <functional>

namespace linli::sql {

/// What a test sees of every statement Linli runs: its text as it ran (for the connection's
/// engine) when it runs, then each row it reads, all columns in order. For the test that runs
/// every read on both engines and compares what they return (tests/core/tst_parity); the
/// product never sets it. Set and cleared on the thread that runs the statements.
struct StatementObserver {
    std::function<void(const QString &text)> ran;
    std::function<void(const QVariantList &row)> row;
};
void observeStatements(StatementObserver observer);
void stopObservingStatements();

} // namespace linli::sql
