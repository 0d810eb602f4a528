#include "storage/schemasteps.h"

namespace linli {

// Version 9: the roster import.
// - Free notes on a resident, as office rosters (花名册) keep them in a 备注 column.
QStringList schemaStep9() {
    return {
        QStringLiteral("ALTER TABLE residents ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace linli
