#include "widgets/filedialogs.h"

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace linli {

namespace {

/// Icons and type names by a file's name alone: no file is ever opened to sniff its contents.
class IconsByName final : public QFileIconProvider {
public:
    QIcon icon(const QFileInfo &info) const override {
        if (info.isDir())
            return QFileIconProvider::icon(QFileIconProvider::Folder);
        const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(type.iconName());
        return themed.isNull() ? QFileIconProvider::icon(QFileIconProvider::File) : themed;
    }
    QString type(const QFileInfo &info) const override {
        if (info.isDir())
            return QFileIconProvider::type(info);
        return m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
    using QFileIconProvider::icon;

private:
    QMimeDatabase m_types;
};

QString ask(QFileDialog &dialog) {
    static IconsByName icons;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter, QFileDialog::Options options) {
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setOptions(options);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return ask(dialog);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                  const QString &filter) {
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return ask(dialog);
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption,
                                    const QString &folder) {
    QFileDialog dialog(parent, caption, folder);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return ask(dialog);
}

} // namespace linli
