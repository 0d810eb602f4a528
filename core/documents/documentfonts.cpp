#include "documents/documentfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>

namespace linli {

namespace {

struct Loaded {
    QString folder;
    QString serif = QStringLiteral("Noto Serif CJK SC");
    QString sans = QStringLiteral("Noto Sans CJK SC");
};

const Loaded &loaded() {
    static const Loaded fonts = [] {
        Loaded found;
        // Installed beside the programs (bin/../share/linli/fonts), or where the build made them.
        const QStringList folders = {QDir(QCoreApplication::applicationDirPath())
                                         .absoluteFilePath(QStringLiteral("../share/linli/fonts")),
                                     QStringLiteral(LINLI_BUILD_FONT_DIR)};
        for (const QString &folder : folders) {
            const QDir dir(folder);
            const QStringList files = dir.entryList({QStringLiteral("Linli*CJKsc-*.otf")});
            if (files.size() < 4)
                continue;
            for (const QString &file : files) {
                if (QFontDatabase::addApplicationFont(dir.filePath(file)) < 0)
                    qWarning("Linli: the font %s could not be loaded", qPrintable(file));
            }
            found.folder = dir.canonicalPath();
            found.serif = QStringLiteral("Linli Serif CJK SC");
            found.sans = QStringLiteral("Linli Sans CJK SC");
            return found;
        }
        qWarning("Linli: the printing fonts are missing; the system's Noto CJK stands in");
        return found;
    }();
    return fonts;
}

} // namespace

QString DocumentFonts::serif() {
    return loaded().serif;
}

QString DocumentFonts::sans() {
    return loaded().sans;
}

QString DocumentFonts::folder() {
    return loaded().folder;
}

} // namespace linli
