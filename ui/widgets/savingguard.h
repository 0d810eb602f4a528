#pragma once

#include <QApplication>
#include <QWidget>

namespace linli {

/// Around a save the window waits for — another desk holding the record can make it seconds —
/// a busy cursor, and the dialog shut to input. What was clicked meanwhile is let through to the
/// shut dialog, where it does nothing, before the dialog opens again: otherwise a second click on
/// OK, made while the first waited, would save once the user had been told the first failed.
class SavingGuard final {
    Q_DISABLE_COPY_MOVE(SavingGuard)
public:
    explicit SavingGuard(QWidget *dialog)
        : m_dialog(dialog) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_dialog->setEnabled(false);
    }
    ~SavingGuard() {
        // Only what is waiting now; no timer of the window runs in the middle of the save's
        // handler.
        QCoreApplication::processEvents(QEventLoop::X11ExcludeTimers);
        m_dialog->setEnabled(true);
        QApplication::restoreOverrideCursor();
    }

private:
    QWidget *m_dialog;
};

} // namespace linli
