#pragma once

#include <QByteArray>
#include <QString>

namespace linli {

/// What this desk remembers between runs, in QSettings: every key and default in one place.
/// Business data never goes here; it lives in the database.
class DeskSettings final {
public:
    /// "zh_CN", "en", or empty for the system's language.
    static QString language();
    static void setLanguage(const QString &language);
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
};

} // namespace linli
