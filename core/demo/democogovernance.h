#pragma once

#include "common/result.h"
#include "demo/demorandom.h"
#include "storage/writecontext.h"

namespace linli {

/// The first community's building co-governance: most buildings of its old compounds with a
/// neighbour head have adopted the default hygiene pact months ago, most households have signed,
/// some pacts print a cleaning rota, and the buildings are inspected about monthly — a few
/// failing, a few overlooked of late.
class DemoCoGovernance final {
public:
    DemoCoGovernance(const WriteContext &context, QDate today);
    /// Writes them and returns how many pacts.
    Result<int> run();

private:
    int below(int bound) { return m_random.below(bound); }
    Status inspect(qint64 building, QDate from);

    const WriteContext &m_context;
    QDate m_today;
    DemoRandom m_random{0x94D049BB133111EBULL};
};

} // namespace linli
