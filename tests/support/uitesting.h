#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace linli::test {

/// Types Chinese the way it reaches a widget from a real input method: as a committed string.
inline void typeWithInputMethod(QWidget *widget, const QString &text) {
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// Runs `check` on the next modal dialog, once it is open: the action that opens it blocks in
/// the dialog's own event loop, where this timer fires.
inline void whenDialogOpens(QObject *context, std::function<void(QWidget *)> check) {
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, check] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            check(dialog);
        }
    });
    timer->start();
}

/// Answers the next file dialog with `path`, as a user choosing that file would. It waits for a
/// file dialog in particular: a form closing just before may still be the modal widget.
inline void whenFileDialogOpens(QObject *context, const QString &path) {
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, path] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            // Typed, as a user would: selectFile alone may be undone by the dialog's directory
            // listing, which selects the suggested name again when it arrives.
            files->selectFile(path);
            if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            QMetaObject::invokeMethod(files, "accept");
        }
    });
    timer->start();
}

} // namespace linli::test
