#include "registry/anonymiser.h"

#include "storage/sql.h"

namespace linli {

namespace {

// The birth date keeps its year, so age bands in the figures stay right.
const QString kResident = QStringLiteral(
    "UPDATE residents SET name = ?, name_pinyin = '', name_initials = '', sort_key = ?,"
    " id_number = NULL, mobile = '', search_text = '', notes = '',"
    " birth_date = CASE WHEN birth_date IS NULL THEN NULL"
    "  ELSE substr(birth_date, 1, 4) || '-01-01' END,"
    " anonymised_on = ?, version = version + 1"
    " WHERE id = ? AND anonymised_on IS NULL");
const QString kComplaints = QStringLiteral(
    "UPDATE complaints SET reporter_name = ?, reporter_phone = '' WHERE reporter_resident_id = ?");
const QString kParties =
    QStringLiteral("UPDATE case_parties SET name = ?, phone = '' WHERE resident_id = ?");
const QString kOpinions = QStringLiteral("UPDATE opinions SET raised_by = ? WHERE resident_id = ?");
const QString kAttendees =
    QStringLiteral("UPDATE meeting_attendees SET name = ? WHERE resident_id = ?");
const QString kDue = QStringLiteral("SELECT id FROM residents WHERE anonymised_on IS NULL"
                                    " AND moved_out_on IS NOT NULL AND moved_out_on < ?"
                                    " ORDER BY id");

} // namespace

QString Anonymiser::placeholderName() {
    return QStringLiteral("（已匿名）");
}

Status Anonymiser::anonymise(const WriteContext &context, ResidentId id) {
    const QString name = placeholderName();
    // Sorted after every real name ("~" follows the letters of pinyin sort keys).
    const QString sortKey = QStringLiteral("~");
    if (Status done =
            context.change(kResident, {name, sortKey, sql::dateText(context.at().date()), id.value},
                           tr("The resident does not exist or is anonymised already."));
        !done)
        return done;
    for (const QString &statement : {kComplaints, kParties, kOpinions, kAttendees}) {
        if (auto done = context.run(statement, {name, id.value}); !done)
            return done.status();
    }
    return context.audit(QStringLiteral("resident"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("anonymised"), sql::dateText(context.at().date())}});
}

Result<QList<ResidentId>> Anonymiser::movedOutBefore(const WriteContext &context, QDate cutoff) {
    auto query = context.run(kDue, {sql::dateText(cutoff)});
    if (!query)
        return query.status();
    QList<ResidentId> ids;
    while (query->next())
        ids.append(ResidentId{query->value(0).toLongLong()});
    return ids;
}

} // namespace linli
