#include "settings/desksettings.h"

#include <QSettings>

namespace linli {

namespace {
const QString kLanguage = QStringLiteral("desk/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
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

void DeskSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state) {
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

} // namespace linli
