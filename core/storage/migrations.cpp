#include "storage/migrations.h"

#include "storage/schemasteps.h"

#include <QRegularExpression>

namespace linli {

const QList<Migration> &migrations() {
    static const QList<Migration> steps = {
        {1, step1Registry(), step1RegistryOnPostgres()},
        {2, step2Complaints(), step2ComplaintsOnPostgres()},
        {3, step3Mediation(), step3MediationOnPostgres()},
        {4, step4MediationCaseFile(), step4MediationCaseFileOnPostgres()},
        {5, step5CoGovernance(), step5CoGovernanceOnPostgres()},
        {6, step6Accounts(), step6AccountsOnPostgres()},
        {7, step7RowVersionsAndAnonymising(), step7RowVersionsAndAnonymisingOnPostgres()},
        {8, step8MutualAid(), step8MutualAidOnPostgres()},
        {9, step9ResidentNotes(), step9ResidentNotesOnPostgres()},
        {10, step10SearchAndDashboardIndexes(), step10SearchAndDashboardIndexesOnPostgres()},
        {11, step11SeveralCommunities(), step11SeveralCommunitiesOnPostgres()},
        {12, step12OpenCasesIndex(), step12OpenCasesIndexOnPostgres()},
        {13, step13DashboardIndexes(), step13DashboardIndexesOnPostgres()},
        {14, step14ComplaintVersions(), step14ComplaintVersionsOnPostgres()},
        {15, step15NumberCounters(), step15NumberCountersOnPostgres()},
        {16, step16MediationVersions(), step16MediationVersionsOnPostgres()},
        {17, step17FormVersions(), step17FormVersionsOnPostgres()},
        {18, step18PactWords(), step18PactWordsOnPostgres()},
        {19, step19CostShares(), step19CostSharesOnPostgres()},
        {20, step20MediationFigures(), step20MediationFiguresOnPostgres()},
    };
    return steps;
}

int latestSchemaVersion() {
    return migrations().constLast().version;
}

QStringList statementsOf(const Migration &step, Engine engine) {
    return engine == Engine::PostgreSQL ? step.onPostgres : step.statements;
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
