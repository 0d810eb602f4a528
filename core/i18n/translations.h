#pragma once

#include <QString>

namespace linli {

/// Installs Linli's translation and Qt's own for `language` ("zh_CN", "en", or empty for the
/// system's). Returns the language in use. Chinese is the default on a Chinese system.
QString installTranslations(const QString &language);

} // namespace linli
