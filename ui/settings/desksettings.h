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
    /// The office's database chosen at the first start, or empty for the default location.
    static QString databasePath();
    static void setDatabasePath(const QString &path);
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    /// The backup folder last seen for a database, remembered outside it: when the file itself
    /// is damaged, its own setting cannot be read, and the backups must still be found.
    static QString backupFolderOf(const QString &databasePath);
    static void rememberBackupFolder(const QString &databasePath, const QString &folder);
    /// The community a sub-district's account last worked in at this desk, for a database
    /// (0: the whole sub-district).
    static qint64 communityOf(const QString &databasePath);
    static void rememberCommunity(const QString &databasePath, qint64 community);
};

} // namespace linli
