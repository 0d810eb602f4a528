#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace linli {

/// Keeps a page from reading its data while nobody can see it. A page's reloads ask `defer()`
/// first: while the page is hidden (not yet opened, or on another tab) the reload waits, and
/// `load` runs once when the page is next shown. So the window opens without reading every
/// page's lists, and a record saved on one page does not make every hidden page read again.
class ShownGate final : public QObject {
public:
    ShownGate(QWidget *page, std::function<void()> load)
        : QObject(page)
        , m_page(page)
        , m_load(std::move(load)) {
        page->installEventFilter(this);
    }

    /// True, when the page is hidden: the caller returns, and the page loads when shown.
    bool defer() {
        if (m_page->isVisible())
            return false;
        m_stale = true;
        return true;
    }
    /// Whether a load is waiting for the page to be shown.
    bool stale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_page && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_load();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_page;
    std::function<void()> m_load;
    bool m_stale = false;
};

} // namespace linli
