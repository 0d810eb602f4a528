#include "aid/aidtimelinesource.h"

#include "common/isotime.h"

#include "aid/aidcodes.h"
#include "aid/aidlabels.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kWishes = QStringLiteral(
    "SELECT w.posted_at, w.year, w.seq, w.text, w.state, w.helper_name, w.posted_by"
    " FROM wishes w JOIN residents r ON r.id = w.resident_id WHERE r.household_id = ?"
    " ORDER BY w.posted_at DESC LIMIT 100");
const QString kVisits = QStringLiteral(
    "SELECT v.visited_on, r.name, v.kind, v.reached, coalesce(cr.name, ''), v.notes,"
    " v.recorded_by FROM care_visits v JOIN residents r ON r.id = v.elder_id"
    " LEFT JOIN carers c ON c.id = v.carer_id LEFT JOIN residents cr ON cr.id = c.resident_id"
    " WHERE r.household_id = ? ORDER BY v.visited_on DESC LIMIT 100");

} // namespace

Result<QList<TimelineEntry>> AidTimelineSource::entries(HouseholdId household) const {
    QList<TimelineEntry> list;
    auto wishes = sql::run(m_database.connection(), kWishes, {household.value});
    if (!wishes)
        return wishes.status();
    while (wishes->next()) {
        Wish wish;
        wish.year = wishes->value(1).toInt();
        wish.sequence = wishes->value(2).toInt();
        const QString number = wish.number();
        const WishState state = aidcodes::wishStateFrom(wishes->value(4).toString());
        QString detail = AidLabels::wishState(state);
        if (!wishes->value(5).toString().isEmpty())
            detail = tr("%1 · %2").arg(detail, wishes->value(5).toString());
        list.append({iso::moment(wishes->value(0).toString()),
                     tr("Wish %1: %2").arg(number, wishes->value(3).toString()), detail,
                     wishes->value(6).toString()});
    }
    auto visits = sql::run(m_database.connection(), kVisits, {household.value});
    if (!visits)
        return visits.status();
    while (visits->next()) {
        const QString kind =
            AidLabels::visitKind(aidcodes::visitKindFrom(visits->value(2).toString()));
        const bool reached = visits->value(3).toBool();
        const QString carer = visits->value(4).toString();
        QString detail = carer.isEmpty() ? kind : tr("%1 · %2").arg(kind, carer);
        if (!visits->value(5).toString().isEmpty())
            detail = tr("%1 · %2").arg(detail, visits->value(5).toString());
        list.append({sql::dateFrom(visits->value(0)).startOfDay(),
                     reached
                         ? tr("Care visit to %1").arg(visits->value(1).toString())
                         : tr("Care visit to %1: nobody answered").arg(visits->value(1).toString()),
                     detail, visits->value(6).toString()});
    }
    return list;
}

} // namespace linli
