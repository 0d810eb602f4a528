#include "storage/migrations.h"

#include "storage/postgresspelling.h"
#include "storage/schemasteps.h"

#include <QRegularExpression>

namespace linli {

const QList<Migration> &migrations() {
    static const QList<Migration> steps = {
        {1, schemaStep1()},   {2, schemaStep2()},   {3, schemaStep3()},   {4, schemaStep4()},
        {5, schemaStep5()},   {6, schemaStep6()},   {7, schemaStep7()},   {8, schemaStep8()},
        {9, schemaStep9()},   {10, schemaStep10()}, {11, schemaStep11()}, {12, schemaStep12()},
        {13, schemaStep13()}, {14, schemaStep14()}, {15, schemaStep15()}, {16, schemaStep16()},
    };
    return steps;
}

int latestSchemaVersion() {
    return migrations().constLast().version;
}

QStringList statementsOf(const Migration &step, Engine engine) {
    if (engine == Engine::SQLite)
        return step.statements;
    QStringList statements;
    const auto &instead = schemaOnPostgres();
    for (const QString &statement : step.statements) {
        bool replaced = false;
        for (auto it = instead.constBegin(); it != instead.constEnd(); ++it) {
            if (statement.startsWith(it.key())) {
                statements << it.value();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            statements << postgres::schema(statement);
    }
    return statements;
}

const QSet<QString> &tablesWithIdentity() {
    static const QSet<QString> tables = [] {
        static const QRegularExpression created(
            QStringLiteral("^CREATE TABLE (\\w+) \\(\\s*id INTEGER PRIMARY KEY\\b"));
        static const QRegularExpression renamed(
            QStringLiteral("^ALTER TABLE (\\w+) RENAME TO (\\w+)$"));
        QSet<QString> names;
        for (const Migration &step : migrations()) {
            for (const QString &statement : step.statements) {
                if (const auto match = created.match(statement); match.hasMatch())
                    names.insert(match.captured(1));
                if (const auto match = renamed.match(statement);
                    match.hasMatch() && names.remove(match.captured(1)))
                    names.insert(match.captured(2));
            }
        }
        return names;
    }();
    return tables;
}

} // namespace linli
