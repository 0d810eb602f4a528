#pragma once

#include "common/result.h"
#include "demo/demorandom.h"
#include "storage/writecontext.h"

#include <QHash>

namespace linli {

class Database;

/// The first community's building co-governance: most buildings of its old compounds with a
/// neighbour head have adopted the default hygiene pact months ago, most households have signed,
/// some pacts print a cleaning rota, and the buildings are inspected about monthly — a few
/// failing, a few overlooked of late.
class DemoCoGovernance final {
public:
    DemoCoGovernance(const Database &database, const WriteContext &context, QDate today);
    /// Writes them and returns how many pacts.
    Result<int> run();

private:
    int below(int bound) { return m_random.below(bound); }
    Status inspect(qint64 building, QDate from);
    Status writeVenues();
    /// The meeting at which the building adopted its pact; returns the decision.
    Result<qint64> meetToAdopt(qint64 building, qint64 compound, const QString &head, QDate on);
    Status recentOpinions();

    const Database &m_database;
    const WriteContext &m_context;
    QHash<qint64, qint64> m_venues; ///< a venue of each compound
    QDate m_today;
    DemoRandom m_random{0x94D049BB133111EBULL};
};

} // namespace linli
