#pragma once

#include "cogovernance/pact.h"
#include "exchange/exporttable.h"

namespace linli {

/// The hygiene inspections as a ledger (卫生检查台账): a line for each inspection, each of the
/// pact's four points kept or not, what was wrong and the deadline to put it right.
class InspectionExport final {
public:
    static ExportTable table(const QList<InspectionRecord> &inspections);
};

} // namespace linli
