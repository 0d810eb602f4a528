#pragma once

#include <QDialog>

class QTextBrowser;

namespace linli {

/// The user guide (docs/user-guide*.md, compiled into the program) in a window of its own,
/// opened at a chapter: F1 on a page opens the chapter about it. One window, reused.
class HelpBrowser final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpBrowser)
public:
    /// Shows the guide at `topic` (a chapter's anchor: "duty-desk"), opening the window once.
    static HelpBrowser *showTopic(QWidget *parent, const QString &topic);
    /// The guide in the language the program speaks: a resource path.
    static QString guidePath();
    /// Whether the guide has a chapter with this anchor.
    static bool hasTopic(const QString &path, const QString &topic);
    /// The heading of the chapter with this anchor, or empty.
    static QString headingOf(const QString &path, const QString &topic);

    QTextBrowser *browser() const { return m_browser; }
    void open(const QString &topic);

private:
    explicit HelpBrowser(QWidget *parent);
    void fitPictures();

    QTextBrowser *m_browser;
};

} // namespace linli
