#include "registry/anonymiser.h"

#include "common/isotime.h"

namespace linli {

namespace {

// The birth date keeps its year, so age bands in the figures stay right.
const QString kResident = QStringLiteral(
    "UPDATE residents SET name = :name, name_pinyin = '', name_initials = '', sort_key = :sort_key,"
    " id_number = NULL, mobile = '', search_text = '', notes = '',"
    " birth_date = CASE WHEN birth_date IS NULL THEN NULL"
    "  ELSE substr(birth_date, 1, 4) || '-01-01' END,"
    " anonymised_on = :anonymised_on, version = version + 1"
    " WHERE id = :id AND anonymised_on IS NULL");
// Binds :name, the placeholder, and :resident.
const QString kComplaints =
    QStringLiteral("UPDATE complaints SET reporter_name = :name, reporter_phone = ''"
                   " WHERE reporter_resident_id = :resident");
const QString kParties = QStringLiteral(
    "UPDATE case_parties SET name = :name, phone = '' WHERE resident_id = :resident");
const QString kOpinions =
    QStringLiteral("UPDATE opinions SET raised_by = :name WHERE resident_id = :resident");
const QString kAttendees =
    QStringLiteral("UPDATE meeting_attendees SET name = :name WHERE resident_id = :resident");
const QString kDue = QStringLiteral("SELECT id FROM residents WHERE anonymised_on IS NULL"
                                    " AND moved_out_on IS NOT NULL AND moved_out_on < :cutoff"
                                    " ORDER BY id");

} // namespace

QString Anonymiser::placeholderName() {
    return QStringLiteral("（已匿名）");
}

Status Anonymiser::anonymise(const WriteContext &context, ResidentId id) {
    const QString name = placeholderName();
    // Sorted after every real name ("~" follows the letters of pinyin sort keys).
    const QString sortKey = QStringLiteral("~");
    if (Status done = context.change(kResident,
                                     {{"name", name},
                                      {"sort_key", sortKey},
                                      {"anonymised_on", context.at().date()},
                                      {"id", id.value}},
                                     tr("The resident does not exist or is anonymised already."));
        !done)
        return done;
    for (const QString &statement : {kComplaints, kParties, kOpinions, kAttendees}) {
        if (auto done = context.run(statement, {{"name", name}, {"resident", id.value}}); !done)
            return done.status();
    }
    return context.audit(QStringLiteral("resident"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("anonymised"), iso::text(context.at().date())}});
}

Result<QList<ResidentId>> Anonymiser::movedOutBefore(const WriteContext &context, QDate cutoff) {
    auto query = context.run(kDue, {{"cutoff", cutoff}});
    if (!query)
        return query.status();
    QList<ResidentId> ids;
    while (query->next())
        ids.append(ResidentId{query->integer("id")});
    if (Status read = query->status(); !read)
        return read;
    return ids;
}

} // namespace linli
