#include "help/helpbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTimer>
#include <QVBoxLayout>

namespace linli {

QString HelpBrowser::guidePath() {
    // The translation names the guide in its language: the Chinese one says
    // "user-guide.zh_CN.md", so the guide always matches the program's own words.
    return QStringLiteral(":/help/") + tr("user-guide.md");
}

QString HelpBrowser::headingOf(const QString &path, const QString &topic) {
    // A chapter is marked <a name="duty-desk"></a> above its heading: an anchor for the guide
    // read on the web; Qt's Markdown reader drops HTML, so the window looks for the heading.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype mark = text.indexOf(QStringLiteral("<a name=\"%1\"></a>").arg(topic));
    if (mark < 0)
        return {};
    const qsizetype heading = text.indexOf(QStringLiteral("\n## "), mark);
    if (heading < 0)
        return {};
    const qsizetype end = text.indexOf(u'\n', heading + 1);
    return text.mid(heading + 4, end < 0 ? -1 : end - heading - 4).trimmed();
}

bool HelpBrowser::hasTopic(const QString &path, const QString &topic) {
    return !headingOf(path, topic).isEmpty();
}

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Linli user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

void HelpBrowser::open(const QString &topic) {
    QUrl url(QStringLiteral("qrc") + guidePath());
    if (!topic.isEmpty())
        url.setFragment(topic);
    m_browser->setSource(url, QTextDocument::MarkdownResource);
    fitPictures();
    const QString heading = headingOf(guidePath(), topic);
    if (heading.isEmpty())
        return;
    // Once the window is laid out (its scroll range known): the chapter's heading at the top.
    QTimer::singleShot(0, this, [this, heading] {
        QTextDocument *document = m_browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed() != heading)
                continue;
            m_browser->setTextCursor(QTextCursor(block));
            const qreal top = document->documentLayout()->blockBoundingRect(block).top();
            m_browser->verticalScrollBar()->setValue(int(top));
            return;
        }
    });
}

void HelpBrowser::fitPictures() {
    // The screenshots are as wide as the main window; shown at the guide's width (the height
    // follows), readable without scrolling sideways.
    constexpr int kWidth = 720;
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            picture.setWidth(kWidth);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

HelpBrowser *HelpBrowser::showTopic(QWidget *parent, const QString &topic) {
    static QPointer<HelpBrowser> window;
    if (!window)
        window = new HelpBrowser(parent);
    window->show();
    window->raise();
    window->activateWindow();
    window->open(topic);
    return window;
}

} // namespace linli
