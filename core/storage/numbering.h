#pragma once

#include "common/result.h"

namespace linli {

class WriteContext;

/// The year's next number of a kind of record, taken inside the write that stores the record:
/// rolled back with it, so numbers never skip, and on the server held by that desk alone until
/// it commits.
class Numbering final {
public:
    enum class Kind { Complaint, MediationCase, Wish };
    static Result<int> take(const WriteContext &context, Kind kind, int year);
};

} // namespace linli
