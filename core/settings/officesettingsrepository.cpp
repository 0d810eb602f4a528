#include "settings/officesettingsrepository.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statement.h"

#include <QJsonArray>

namespace linli {

namespace {

const QString kSelect = QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'office.%'");
const QString kRetention =
    QStringLiteral("SELECT value FROM settings WHERE key = 'privacy.retention_months'");
const QString kDemo = QStringLiteral("SELECT value FROM settings WHERE key = 'database.demo'");
// The one engine-specific statement of this file: an upsert (PostgreSQL spells it the same).
const QString kUpsert = QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
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

const QString kCommunities = QStringLiteral("SELECT count(*) FROM communities");
const QString kCommunity =
    QStringLiteral("SELECT name, subdistrict, district FROM communities WHERE id = :id");

// A community's own identity is kept under its keys with "#<community id>" appended.
QString keyOf(const Field &field, CommunityId community) {
    const QString key = QLatin1String(field.key);
    return community.isValid() ? key + u'#' + QString::number(community.value) : key;
}

} // namespace

Result<OfficeIdentity> OfficeSettingsRepository::identity() const {
    return identityOf(m_database.session().community);
}

Result<OfficeIdentity> OfficeSettingsRepository::identityOf(CommunityId community) const {
    auto query = sql::Statement::run(m_database.connection(), kSelect);
    if (!query)
        return query.status();
    OfficeIdentity shared;
    OfficeIdentity own;
    bool hasOwn = false;
    while (query->next()) {
        const QString key = query->text("key");
        for (const Field &field : kFields) {
            if (key == QLatin1String(field.key))
                shared.*field.member = query->text("value");
            if (community.isValid() && key == keyOf(field, community)) {
                own.*field.member = query->text("value");
                hasOwn = true;
            }
        }
    }
    if (Status read = query->status(); !read)
        return read;
    if (!community.isValid())
        return shared;
    if (hasOwn) {
        for (const Field &field : kFields) {
            if ((own.*field.member).isEmpty())
                own.*field.member = shared.*field.member;
        }
        return own;
    }
    // A community that has not set its identity yet, in a sub-district's database: its
    // committee's name as the registry has it (the shared identity is another community's).
    const auto communities = sql::Statement::single(m_database.connection(), kCommunities);
    if (!communities)
        return communities.status();
    if (communities->toInt() <= 1)
        return shared;
    auto row = sql::Statement::run(m_database.connection(), kCommunity, {{"id", community.value}});
    if (!row)
        return row.status();
    if (!row->next())
        return shared;
    own = shared;
    own.community = row->text("name") + QStringLiteral("居民委员会");
    own.sealText = own.community;
    if (!row->text("subdistrict").isEmpty())
        own.subdistrict = row->text("subdistrict");
    if (!row->text("district").isEmpty())
        own.district = row->text("district");
    return own;
}

bool OfficeSettingsRepository::isDemo() const {
    const auto demo = sql::Statement::single(m_database.connection(), kDemo);
    return demo && demo->toString() == QStringLiteral("1");
}

int OfficeSettingsRepository::retentionMonths() const {
    const auto months = sql::Statement::single(m_database.connection(), kRetention);
    if (!months || months->isNull())
        return defaultRetentionMonths;
    return months->toInt();
}

Status OfficeSettingsRepository::setRetentionMonths(const WriteContext &context, int months) {
    if (auto done = context.run(kUpsert, {{"key", QStringLiteral("privacy.retention_months")},
                                          {"value", QString::number(months)}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{QStringLiteral("privacy.retention_months"), months}});
}

Status OfficeSettingsRepository::setBackupFolder(const WriteContext &context,
                                                 const QString &folder) {
    if (auto done =
            context.run(kUpsert, {{"key", QStringLiteral("backup.folder")}, {"value", folder}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{QStringLiteral("backup.folder"), folder}});
}

Status OfficeSettingsRepository::markAsDemo(const WriteContext &context) {
    return context
        .run(kUpsert, {{"key", QStringLiteral("database.demo")}, {"value", QStringLiteral("1")}})
        .status();
}

Status OfficeSettingsRepository::save(const WriteContext &context, const OfficeIdentity &before,
                                      const OfficeIdentity &after) {
    QJsonObject changes;
    for (const Field &field : kFields) {
        const QString value = sql::notNull((after.*field.member).trimmed());
        // A community's identity is written whole, so that it never falls back to the
        // shared one field by field.
        if (value == before.*field.member && !context.community().isValid())
            continue;
        const QString key = keyOf(field, context.community());
        if (auto done = context.run(kUpsert, {{"key", key}, {"value", value}}); !done)
            return done.status();
        if (value != before.*field.member)
            changes.insert(key, QJsonArray{before.*field.member, value});
    }
    if (changes.isEmpty())
        return Status::success();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update, changes);
}

} // namespace linli
