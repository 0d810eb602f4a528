#include "storage/rowversion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace linli {

Status RowVersion::check(const WriteContext &context, const QString &table, const QString &entity,
                         qint64 id, int expected) {
    if (expected == 0)
        return Status::success();
    auto current = context.run(QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table),
                               {{"id", id}});
    if (!current)
        return current.status();
    // A row that is gone is the update's own "no longer exists" to report.
    if (!current->next() || current->integer("version") == expected)
        return Status::success();
    return changedFirst(context, entity, id);
}

namespace {

Status refusal(const QString &who, const QDateTime &at) {
    return Status::failure(
        RowVersion::tr("%1 changed this record at %2, after you opened it, so your changes were "
                       "not saved over theirs. Close the form, open the record again and make "
                       "your changes there.")
            .arg(who, QLocale().toString(at, QLocale::ShortFormat)));
}

// For a setting, on a page that shows what is saved again after a refusal.
Status settingRefusal(const QString &who, const QDateTime &at) {
    return Status::failure(
        RowVersion::tr("%1 changed this setting at %2, after this page showed it, so your change "
                       "was not saved over theirs. The page now shows what they saved.")
            .arg(who, QLocale().toString(at, QLocale::ShortFormat)));
}

Status refusalNamingNobody() {
    return Status::failure(
        RowVersion::tr("This record was changed by someone else after you opened it, so your "
                       "changes were not saved over theirs. Close the form, open the record "
                       "again and make your changes there."));
}

} // namespace

Result<std::optional<RowVersion::Change>> RowVersion::lastChange(const WriteContext &context,
                                                                 const QString &entity, qint64 id) {
    // The last change: someone only shown the record in full (a reveal) changed nothing.
    auto last = context.run(QStringLiteral("SELECT operator, at FROM audit_log"
                                           " WHERE entity = :entity AND entity_id = :id"
                                           " AND action <> 'reveal'"
                                           " ORDER BY id DESC LIMIT 1"),
                            {{"entity", entity}, {"id", id}});
    if (!last)
        return last.status();
    if (!last->next())
        return std::optional<Change>();
    return std::optional<Change>(Change{last->text("operator"), last->moment("at")});
}

Status RowVersion::changedFirst(const WriteContext &context, const QString &entity, qint64 id) {
    const auto last = lastChange(context, entity, id);
    if (!last)
        return last.status();
    if (!last->has_value())
        return refusalNamingNobody();
    return refusal((*last)->who, (*last)->at);
}

Status RowVersion::changedFirst(const WriteContext &context, const QString &entity, qint64 id,
                                const QString &key) {
    // Newest first, until an entry that changed the field: few, as settings change rarely.
    auto changes = context.run(QStringLiteral("SELECT operator, at, changes FROM audit_log"
                                              " WHERE entity = :entity AND entity_id = :id"
                                              " AND action <> 'reveal'"
                                              " ORDER BY id DESC"),
                               {{"entity", entity}, {"id", id}});
    if (!changes)
        return changes.status();
    while (changes->next()) {
        const QJsonObject fields =
            QJsonDocument::fromJson(changes->text("changes").toUtf8()).object();
        for (auto field = fields.constBegin(); field != fields.constEnd(); ++field)
            if (field.key().startsWith(key))
                return settingRefusal(changes->text("operator"), changes->moment("at"));
    }
    if (!changes->status())
        return changes->status();
    return refusalNamingNobody();
}

} // namespace linli
