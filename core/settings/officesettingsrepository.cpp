#include "settings/officesettingsrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace linli {

namespace {

const QString kSelect = QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'office.%'");
const QString kRetention =
    QStringLiteral("SELECT value FROM settings WHERE key = 'privacy.retention_months'");
const QString kDemo = QStringLiteral("SELECT value FROM settings WHERE key = 'database.demo'");
// The one engine-specific statement of this file: an upsert (PostgreSQL spells it the same).
const QString kUpsert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value");

struct Field {
    const char *key;
    QString OfficeIdentity::*member;
};

constexpr Field kFields[] = {
    {"office.community", &OfficeIdentity::community},
    {"office.subdistrict", &OfficeIdentity::subdistrict},
    {"office.district", &OfficeIdentity::district},
    {"office.phone", &OfficeIdentity::phone},
    {"office.seal_text", &OfficeIdentity::sealText},
};

} // namespace

Result<OfficeIdentity> OfficeSettingsRepository::identity() const {
    auto query = sql::run(m_database.connection(), kSelect);
    if (!query)
        return query.status();
    OfficeIdentity identity;
    while (query->next()) {
        const QString key = query->value(0).toString();
        for (const Field &field : kFields) {
            if (key == QLatin1String(field.key))
                identity.*field.member = query->value(1).toString();
        }
    }
    return identity;
}

bool OfficeSettingsRepository::isDemo() const {
    const auto demo = sql::scalar(m_database.connection(), kDemo);
    return demo && demo->toString() == QStringLiteral("1");
}

int OfficeSettingsRepository::retentionMonths() const {
    const auto months = sql::scalar(m_database.connection(), kRetention);
    if (!months || months->isNull())
        return defaultRetentionMonths;
    return months->toInt();
}

Status OfficeSettingsRepository::setRetentionMonths(const WriteContext &context, int months) {
    if (auto done = context.run(
            kUpsert, {QStringLiteral("privacy.retention_months"), QString::number(months)});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{QStringLiteral("privacy.retention_months"), months}});
}

Status OfficeSettingsRepository::setBackupFolder(const WriteContext &context,
                                                 const QString &folder) {
    if (auto done = context.run(kUpsert, {QStringLiteral("backup.folder"), folder}); !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{QStringLiteral("backup.folder"), folder}});
}

Status OfficeSettingsRepository::save(const WriteContext &context, const OfficeIdentity &before,
                                      const OfficeIdentity &after) {
    QJsonObject changes;
    for (const Field &field : kFields) {
        const QString value = sql::notNull((after.*field.member).trimmed());
        if (value == before.*field.member)
            continue;
        if (auto done = context.run(kUpsert, {QLatin1String(field.key), value}); !done)
            return done.status();
        changes.insert(QLatin1String(field.key), QJsonArray{before.*field.member, value});
    }
    if (changes.isEmpty())
        return Status::success();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update, changes);
}

} // namespace linli
