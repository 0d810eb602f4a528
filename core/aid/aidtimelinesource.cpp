#include "aid/aidtimelinesource.h"

#include "aid/aidcodes.h"
#include "aid/aidlabels.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace linli {

namespace {

const QString kWishes = QStringLiteral(
    "SELECT w.posted_at, w.year, w.seq, w.text, w.state, w.helper_name, w.posted_by"
    " FROM wishes w JOIN residents r ON r.id = w.resident_id WHERE r.household_id = :household"
    " ORDER BY w.posted_at DESC, w.id DESC LIMIT 100");
const QString kVisits = QStringLiteral(
    "SELECT v.visited_on, r.name, v.kind, v.reached, coalesce(cr.name, '') AS carer_name, v.notes,"
    " v.recorded_by FROM care_visits v JOIN residents r ON r.id = v.elder_id"
    " LEFT JOIN carers c ON c.id = v.carer_id LEFT JOIN residents cr ON cr.id = c.resident_id"
    " WHERE r.household_id = :household ORDER BY v.visited_on DESC, v.id DESC LIMIT 100");

} // namespace

Result<QList<TimelineEntry>> AidTimelineSource::entries(HouseholdId household) const {
    QList<TimelineEntry> list;
    auto wishes =
        sql::Statement::run(m_database.connection(), kWishes, {{"household", household.value}});
    if (!wishes)
        return wishes.status();
    while (wishes->next()) {
        Wish wish;
        wish.year = int(wishes->integer("year"));
        wish.sequence = int(wishes->integer("seq"));
        const QString number = wish.number();
        const WishState state = aidcodes::wishStateFrom(wishes->text("state"));
        QString detail = AidLabels::wishState(state);
        if (!wishes->text("helper_name").isEmpty())
            detail = tr("%1 · %2").arg(detail, wishes->text("helper_name"));
        list.append({wishes->moment("posted_at"),
                     tr("Wish %1: %2").arg(number, wishes->text("text")), detail,
                     wishes->text("posted_by")});
    }
    if (Status read = wishes->status(); !read)
        return read;
    auto visits =
        sql::Statement::run(m_database.connection(), kVisits, {{"household", household.value}});
    if (!visits)
        return visits.status();
    while (visits->next()) {
        const QString kind = AidLabels::visitKind(aidcodes::visitKindFrom(visits->text("kind")));
        const bool reached = visits->flag("reached");
        const QString carer = visits->text("carer_name");
        QString detail = carer.isEmpty() ? kind : tr("%1 · %2").arg(kind, carer);
        if (!visits->text("notes").isEmpty())
            detail = tr("%1 · %2").arg(detail, visits->text("notes"));
        list.append({visits->date("visited_on").startOfDay(),
                     reached ? tr("Care visit to %1").arg(visits->text("name"))
                             : tr("Care visit to %1: nobody answered").arg(visits->text("name")),
                     detail, visits->text("recorded_by")});
    }
    if (Status read = visits->status(); !read)
        return read;
    return list;
}

} // namespace linli
