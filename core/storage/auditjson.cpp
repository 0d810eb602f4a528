#include "storage/auditjson.h"

namespace linli {

void AuditJson::addKey(QLatin1StringView key) {
    if (m_text.size() > 1)
        m_text += u',';
    m_text += u'"';
    m_text += key;
    m_text += QLatin1StringView("\":");
}

void AuditJson::addString(const QString &value) {
    m_text += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            m_text += QLatin1StringView("\\\"");
            break;
        case u'\\':
            m_text += QLatin1StringView("\\\\");
            break;
        case u'\b':
            m_text += QLatin1StringView("\\b");
            break;
        case u'\f':
            m_text += QLatin1StringView("\\f");
            break;
        case u'\n':
            m_text += QLatin1StringView("\\n");
            break;
        case u'\r':
            m_text += QLatin1StringView("\\r");
            break;
        case u'\t':
            m_text += QLatin1StringView("\\t");
            break;
        default:
            if (c.unicode() < 0x20) {
                m_text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                m_text += c;
            }
        }
    }
    m_text += u'"';
}

AuditJson &AuditJson::add(QLatin1StringView key, const QString &value) {
    addKey(key);
    addString(value);
    return *this;
}

AuditJson &AuditJson::add(QLatin1StringView key, qint64 value) {
    addKey(key);
    m_text += QString::number(value);
    return *this;
}

AuditJson &AuditJson::add(QLatin1StringView key, bool value) {
    addKey(key);
    m_text += value ? QLatin1StringView("true") : QLatin1StringView("false");
    return *this;
}

} // namespace linli
