#include "settings/desksettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace linli {

namespace {
const QString kLanguage = QStringLiteral("desk/language");
const QString kDatabase = QStringLiteral("desk/database");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

// Keys may not hold slashes, so a database's entry is named by a digest of its path.
QString keyOf(const QString &databasePath) {
    return QString::fromLatin1(
        QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QString DeskSettings::language() {
    return QSettings().value(kLanguage).toString();
}

void DeskSettings::setLanguage(const QString &language) {
    QSettings().setValue(kLanguage, language);
}

QByteArray DeskSettings::windowGeometry() {
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray DeskSettings::windowState() {
    return QSettings().value(kState).toByteArray();
}

QString DeskSettings::backupFolderOf(const QString &databasePath) {
    QSettings settings;
    settings.beginGroup(QStringLiteral("backupFolders"));
    const QString key = keyOf(databasePath);
    const QStringList pair = settings.value(key).toStringList();
    return pair.size() == 2 && pair.at(0) == databasePath ? pair.at(1) : QString();
}

void DeskSettings::rememberBackupFolder(const QString &databasePath, const QString &folder) {
    QSettings settings;
    settings.beginGroup(QStringLiteral("backupFolders"));
    settings.setValue(keyOf(databasePath), QStringList{databasePath, folder});
}

qint64 DeskSettings::communityOf(const QString &databasePath) {
    QSettings settings;
    settings.beginGroup(QStringLiteral("communities"));
    const QStringList pair = settings.value(keyOf(databasePath)).toStringList();
    return pair.size() == 2 && pair.at(0) == databasePath ? pair.at(1).toLongLong() : 0;
}

void DeskSettings::rememberCommunity(const QString &databasePath, qint64 community) {
    QSettings settings;
    settings.beginGroup(QStringLiteral("communities"));
    settings.setValue(keyOf(databasePath), QStringList{databasePath, QString::number(community)});
}

QString DeskSettings::databasePath() {
    return QSettings().value(kDatabase).toString();
}

void DeskSettings::setDatabasePath(const QString &path) {
    QSettings().setValue(kDatabase, path);
}

void DeskSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state) {
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

} // namespace linli
