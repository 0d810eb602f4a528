#pragma once

#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace linli {

/// The trigram index behind the residents search (residents_fts, schema step 10), kept current
/// row by row by triggers. Writing a sub-district's residents at once (the demo, a roster
/// import) suspends the triggers and rebuilds the index after, inside the same transaction:
/// a tenth of the time, and the search is never seen out of step.
class ResidentSearchIndex final {
    Q_DECLARE_TR_FUNCTIONS(linli::ResidentSearchIndex)
public:
    /// Drops the triggers and returns their statements, for `resume`.
    static Result<QStringList> suspend(const WriteContext &context);
    /// Rebuilds the index from the residents and puts the triggers back.
    static Status resume(const WriteContext &context, const QStringList &triggers);
    /// Puts the triggers back only; the index is rebuilt by `rebuild`, in a transaction of its
    /// own after the bulk one committed (four times faster on a new file of 160,000 residents).
    static Status restoreTriggers(const WriteContext &context, const QStringList &triggers);
    static Status rebuild(const WriteContext &context);
    /// Drops the statistics ANALYZE keeps of the index's own tables (see the .cpp).
    static Status forgetStatistics(const WriteContext &context);
};

} // namespace linli
