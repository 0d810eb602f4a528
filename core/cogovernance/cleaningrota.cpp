#include "cogovernance/cleaningrota.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace linli {

int CleaningRota::floorOf(const QString &room) {
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,2})\\d{2}$"));
    const auto match = numbered.match(room.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

CleaningRota CleaningRota::make(const QList<PactHousehold> &households, RotaMode mode,
                                QDate start) {
    CleaningRota rota;
    if (mode == RotaMode::None || households.isEmpty() || !start.isValid())
        return rota;
    const QDate monday = start.addDays(1 - start.dayOfWeek());
    if (mode == RotaMode::ByFloor) {
        QList<int> floors;
        for (const PactHousehold &h : households) {
            const int floor = floorOf(h.room);
            if (floor > 0 && !floors.contains(floor))
                floors << floor;
        }
        std::sort(floors.begin(), floors.end());
        rota.columns = {QStringLiteral("值日楼层")};
        for (qsizetype i = 0; i < floors.size(); ++i)
            rota.weeks.append({monday.addDays(7 * i), {QStringLiteral("%1层").arg(floors.at(i))}});
        return rota;
    }
    // By household: each unit's households in order, the units in parallel.
    QStringList units;
    QMap<QString, QStringList> rooms;
    for (const PactHousehold &h : households) {
        if (!units.contains(h.unit))
            units << h.unit;
        rooms[h.unit] << h.room;
    }
    rota.columns = units;
    qsizetype longest = 0;
    for (const QString &unit : std::as_const(units))
        longest = std::max(longest, rooms.value(unit).size());
    for (qsizetype i = 0; i < longest; ++i) {
        Week week{monday.addDays(7 * i), {}};
        for (const QString &unit : std::as_const(units)) {
            const QStringList &list = rooms[unit];
            week.onDuty << (i < list.size() ? list.at(i) : QString());
        }
        rota.weeks.append(week);
    }
    return rota;
}

} // namespace linli
