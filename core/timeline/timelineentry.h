#pragma once

#include <QDateTime>
#include <QString>

namespace linli {

/// One line of a household's file (一户一档): something that happened, when, and who recorded it.
struct TimelineEntry {
    QDateTime at;
    QString title;
    QString detail;
    QString operatorName;
};

} // namespace linli
