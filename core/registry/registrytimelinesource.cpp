#include "registry/registrytimelinesource.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace linli {

namespace {

const QString kEntries = QStringLiteral(
    "SELECT a.at, a.operator, a.entity, a.action, a.changes,"
    " coalesce((SELECT name FROM residents WHERE id = a.entity_id AND a.entity = 'resident'), '')"
    "  AS name"
    " FROM audit_log a"
    " WHERE (a.entity = 'household' AND a.entity_id = :household)"
    " OR (a.entity = 'resident'"
    "  AND a.entity_id IN (SELECT id FROM residents WHERE household_id = :household))"
    " ORDER BY a.id DESC LIMIT 500");

} // namespace

static QString fieldLabel(const QString &key) {
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("household_id"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "household")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "gender")},
        {QStringLiteral("birth_date"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "birth date")},
        {QStringLiteral("id_number"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "ID number")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "mobile")},
        {QStringLiteral("relation"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "relation")},
        {QStringLiteral("party_member"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "party member")},
        {QStringLiteral("elderly_alone"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "elderly living alone")},
        {QStringLiteral("volunteer"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "volunteer")},
        {QStringLiteral("low_income"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "low-income")},
        {QStringLiteral("disabled"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "disabled")},
        {QStringLiteral("moved_out_on"),
         QT_TRANSLATE_NOOP("linli::RegistryTimelineSource", "move-out date")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd()
               ? key
               : QCoreApplication::translate("linli::RegistryTimelineSource", *it);
}

Result<QList<TimelineEntry>> RegistryTimelineSource::entries(HouseholdId household) const {
    auto query =
        sql::Statement::run(m_database.connection(), kEntries, {{"household", household.value}});
    if (!query)
        return query.status();
    QList<TimelineEntry> list;
    while (query->next()) {
        TimelineEntry entry;
        entry.at = query->moment("at");
        entry.operatorName = query->text("operator");
        const QString entity = query->text("entity");
        const QString action = query->text("action");
        const QJsonObject changes =
            QJsonDocument::fromJson(query->text("changes").toUtf8()).object();
        const QString name = query->text("name");
        if (entity == QStringLiteral("household")) {
            if (action == QStringLiteral("create")) {
                entry.title = tr("Household registered");
                entry.detail = changes.value(QStringLiteral("address")).toString();
            } else {
                entry.title = tr("Address corrected");
                const QJsonArray change = changes.value(QStringLiteral("address")).toArray();
                entry.detail = tr("%1 → %2").arg(change.at(0).toString(), change.at(1).toString());
            }
        } else if (action == QStringLiteral("create")) {
            entry.title = tr("%1 registered in the household").arg(name);
        } else if (changes.contains(QStringLiteral("moved_out_on")) &&
                   !changes.value(QStringLiteral("moved_out_on"))
                        .toArray()
                        .at(1)
                        .toString()
                        .isEmpty()) {
            entry.title = tr("%1 moved out").arg(name);
            entry.detail = changes.value(QStringLiteral("moved_out_on")).toArray().at(1).toString();
        } else {
            entry.title = tr("%1's details updated").arg(name);
            QStringList fields;
            for (const QString &key : changes.keys())
                fields << fieldLabel(key);
            entry.detail = fields.join(tr(", "));
        }
        list.append(entry);
    }
    if (Status read = query->status(); !read)
        return read;
    return list;
}

} // namespace linli
