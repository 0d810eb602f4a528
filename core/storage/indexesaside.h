#pragma once

#include "common/result.h"

#include <QStringList>

namespace linli {

class WriteContext;

/// A bulk write's way with secondary indexes: dropped while it fills their tables, built again
/// at its end in the same transaction. Keeping 800,000 audit rows' indexes up to date row by
/// row cost the street demo more than building them once (measured). Only for tables the
/// bulk write does not look things up in meanwhile; the definitions are taken from the
/// schema itself, so they come back exactly as they were.
class IndexesAside final {
public:
    /// The secondary indexes of `tables`, but those named in `keep` (which it looks things up by).
    static Result<IndexesAside> take(const WriteContext &context, const QStringList &tables,
                                     const QStringList &keep = {});
    Status restore(const WriteContext &context) const;

private:
    QStringList m_definitions;
};

} // namespace linli
