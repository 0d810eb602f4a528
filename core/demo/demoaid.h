#pragma once

#include "common/result.h"
#include "demo/demorandom.h"
#include "storage/writecontext.h"

namespace linli {

/// The first community's wish wall over the last two months: wishes waiting to be checked, on
/// the wall, claimed by neighbours, dispatched to neighbour heads (one overdue), fulfilled, one
/// withdrawn; and the care for its elders living alone.
class DemoAid final {
public:
    DemoAid(const WriteContext &context, const QDateTime &now);
    /// Writes them and returns how many wishes.
    Result<int> run();

private:
    /// Carers for most elders living alone, two months of visits — some elders overdue, a call
    /// unanswered, a repair still open — and the cold snap the office marked this week.
    Status care();
    /// The station's shelf: donations over four months, some taken, some sitting long.
    Status station();
    /// This year's neighbourhood festival, held two weeks ago, and a New Year gathering coming.
    Status events();

    const WriteContext &m_context;
    QDateTime m_now;
    DemoRandom m_random{0xD1B54A32D192ED03ULL};
};

} // namespace linli
