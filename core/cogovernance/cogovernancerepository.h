#pragma once

#include "cogovernance/pact.h"
#include "cogovernance/pacttext.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>

#include <optional>

namespace linli {

class Database;

/// Pact templates, buildings' pacts with their clauses and signatures, and inspections. Reads on
/// the database; writes take the context of a write transaction and audit.
class CoGovernanceRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::CoGovernanceRepository)
public:
    explicit CoGovernanceRepository(const Database &database)
        : m_database(database) {}

    /// The built-in template first, then the others by name.
    Result<QList<PactTemplate>> templates() const;
    Result<PactTemplate> pactTemplate(PactTemplateId id) const;
    /// The building's pact in force: its latest version; none when it has not adopted one.
    Result<std::optional<Pact>> currentPact(BuildingId building) const;
    Result<Pact> pact(PactId id) const;
    /// Every household of the pact's building in unit and room order, with who signed.
    Result<QList<PactHousehold>> households(BuildingId building, PactId pact) const;
    Result<QList<Inspection>> inspections(BuildingId building) const;
    /// Every inspection made from `from` to `to` (both included), the latest first.
    Result<QList<InspectionRecord>> inspectionLedger(QDate from, QDate to) const;
    /// Buildings with a pact whose last inspection failed, or was before `notSince` (or never).
    Result<QList<InspectionDue>> inspectionsDue(QDate notSince) const;
    /// Every building, compound by compound, with its pact and inspection at a glance.
    Result<QList<BuildingPactStatus>> overview() const;
    /// The placeholders' values for the building on `day`: its names, the neighbour heads in
    /// office that day, and the day as the date.
    Result<PactValues> valuesOn(BuildingId building, QDate day) const;
    /// The draft with its title's and clauses' placeholders filled as on its adoption day: the
    /// text a version keeps, whoever the building's head or however it is named later.
    Result<Pact> filled(Pact draft) const;

    static Result<PactTemplateId> saveTemplate(const WriteContext &context,
                                               const PactTemplate &pactTemplate);
    static Status removeTemplate(const WriteContext &context, PactTemplateId id);
    /// Stores the pact as the building's next version.
    static Result<Pact> insertPact(const WriteContext &context, Pact pact);
    static Status setRota(const WriteContext &context, PactId id, RotaMode mode, QDate start);
    static Status sign(const WriteContext &context, PactId pact, HouseholdId household,
                       ResidentId signer, QDate on);
    static Status unsign(const WriteContext &context, PactId pact, HouseholdId household);
    static Result<InspectionId> insertInspection(const WriteContext &context,
                                                 const Inspection &inspection);

private:
    Result<QStringList> clauses(const QString &statement, const sql::Params &params) const;

    const Database &m_database;
};

} // namespace linli
