#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace linli {

class MainWindow;
class Workspace;

/// Renders every page of the window, in a typical state, to PNG files: the pictures in
/// docs/screenshots and a quick way to look at every page after a change.
class Tour final {
    Q_DECLARE_TR_FUNCTIONS(linli::Tour)
public:
    Tour(Workspace &workspace, MainWindow &window)
        : m_workspace(workspace)
        , m_window(window) {}
    /// Writes the pictures into `folder` and returns their file names.
    Result<QStringList> run(const QString &folder);

private:
    Status shoot(QWidget &widget, const QString &folder, const QString &name, QStringList &written);
    Status shootRosterImport(const QString &folder, QStringList &written);
    /// Every kind of printed paper, page by page, into `folder`/documents.
    Status shootDocuments(const QString &folder, QStringList &written);

    Workspace &m_workspace;
    MainWindow &m_window;
};

} // namespace linli
