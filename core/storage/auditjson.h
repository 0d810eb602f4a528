#pragma once

#include <QLatin1StringView>
#include <QString>

namespace linli {

/// An audit entry's fields written as compact JSON by hand, byte for byte as QJsonDocument writes
/// the same object when the keys are added in its (sorted) order. A roster import audits 160,000
/// new residents, and a QJsonObject built and written for each was a tenth of its time
/// (tests/bench). For the entries of bulk writes; the rest keep QJsonObject.
class AuditJson {
public:
    AuditJson &add(QLatin1StringView key, const QString &value);
    AuditJson &add(QLatin1StringView key, qint64 value);
    AuditJson &add(QLatin1StringView key, bool value);
    QString text() const { return m_text + u'}'; }

private:
    void addKey(QLatin1StringView key);
    void addString(const QString &value);

    QString m_text = QStringLiteral("{");
};

} // namespace linli
