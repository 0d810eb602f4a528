#pragma once

#include "cogovernance/cogovernancerepository.h"
#include "cogovernance/pacttext.h"

#include <QObject>

namespace linli {

class Database;

/// Building co-governance: hygiene pact templates, each building's pact (adopted by version,
/// signed household by household, printed with its cleaning rota) and the inspections that
/// check a building keeps to it.
class CoGovernanceService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoGovernanceService)
public:
    explicit CoGovernanceService(Database &database, QObject *parent = nullptr);

    const CoGovernanceRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }

    /// Adds or changes a template; the built-in one is kept as written (copy it instead).
    Result<PactTemplateId> saveTemplate(const PactTemplate &pactTemplate);
    Status removeTemplate(PactTemplateId id);

    /// Adopts a new version of the building's pact. Refused when its placeholders cannot be
    /// filled for the building, so that it always prints.
    Result<Pact> adopt(Pact draft);
    /// Adopts the template for every building of the compound that has no pact yet, all or
    /// none; returns how many adopted it.
    Result<int> adoptForCompound(CompoundId compound, PactTemplateId templateId, QDate on);
    Status setRota(PactId pact, RotaMode mode, QDate start);
    /// Records that the households signed on `on`, each by its head; all of them or none.
    Status sign(PactId pact, const QList<HouseholdId> &households, QDate on);
    Status unsign(PactId pact, const QList<HouseholdId> &households);

    /// What the building's printed pact shows.
    Result<PactSheet> sheet(BuildingId building) const;
    /// The sheets of every building of the compound with a pact, in building order; the names
    /// of those without one go to `without`.
    Result<QList<PactSheet>> compoundSheets(CompoundId compound, QStringList *without) const;
    /// The placeholders' values for a building on `day`: the heads in office that day, the day
    /// as the date.
    Result<PactValues> valuesFor(BuildingId building, QDate day) const;

    Result<InspectionId> inspect(Inspection inspection);

Q_SIGNALS:
    void pactsChanged(linli::BuildingId building);
    void templatesChanged();
    void inspectionsChanged(linli::BuildingId building);

private:
    Status checkDraft(const Pact &draft) const;
    /// Inside a write: success while `pact` is still its building's pact in force.
    Status checkInForce(const WriteContext &context, const Pact &pact) const;

    Database &m_database;
    CoGovernanceRepository m_repository;
};

} // namespace linli
