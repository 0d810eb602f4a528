#include "storage/defaultlocation.h"

#include <QStandardPaths>

namespace linli {

QString defaultDatabasePath() {
    // The generic location keeps one path for both programs, whatever their application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/linli/linli.db");
}

} // namespace linli
