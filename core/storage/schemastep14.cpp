#include "storage/schemasteps.h"

namespace linli {

// Version 14: a version on complaints, raised by every change, so that a desk acting on a
// complaint as it saw it is refused — and told who changed it — when another desk changed it in
// between (two desks assigning one complaint to different handlers).
QStringList schemaStep14() {
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    };
}

} // namespace linli
