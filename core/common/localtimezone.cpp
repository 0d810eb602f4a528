#include "common/localtimezone.h"

#include <QFileInfo>
#include <QtGlobal>

namespace linli {

void keepLocalTimeZoneLoaded() {
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    if (QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
}

} // namespace linli
