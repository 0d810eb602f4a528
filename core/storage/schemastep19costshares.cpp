#include "storage/schemasteps.h"

namespace linli {

// Version 19: cost shares by decimal weights — a floor area of 89.5 m² — held in hundredths
// (the whole-number column stays for older copies, no longer read), and a share voided with a
// reason instead of deleted: who, when and why stay on record, the share pays and prints no
// more.
QStringList step19CostShares() {
    return {
        QStringLiteral("ALTER TABLE cost_share_parts ADD COLUMN weight_hundredths INTEGER NOT "
                       "NULL DEFAULT 100"),
        QStringLiteral("UPDATE cost_share_parts SET weight_hundredths = weight * 100"),
        QStringLiteral("ALTER TABLE cost_shares ADD COLUMN voided_on TEXT"),
        QStringLiteral("ALTER TABLE cost_shares ADD COLUMN voided_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cost_shares ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''"),
    };
}

// The same step as PostgreSQL runs it, side by side with the SQLite text above.
QStringList step19CostSharesOnPostgres() {
    return {
        QStringLiteral("ALTER TABLE cost_share_parts ADD COLUMN weight_hundredths BIGINT NOT "
                       "NULL DEFAULT 100"),
        QStringLiteral("UPDATE cost_share_parts SET weight_hundredths = weight * 100"),
        QStringLiteral("ALTER TABLE cost_shares ADD COLUMN voided_on TEXT COLLATE \"C\""),
        QStringLiteral(
            "ALTER TABLE cost_shares ADD COLUMN voided_by TEXT COLLATE \"C\" NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cost_shares ADD COLUMN void_reason TEXT COLLATE \"C\" NOT "
                       "NULL DEFAULT ''"),
    };
}

} // namespace linli
