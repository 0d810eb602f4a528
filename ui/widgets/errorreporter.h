#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace linli {

/// The one place the UI tells the user that something did not work.
class ErrorReporter final {
    Q_DECLARE_TR_FUNCTIONS(linli::ErrorReporter)
public:
    /// `what` says what the user tried ("The resident was not saved."), `why` is core's message.
    static void report(QWidget *parent, const QString &what, const QString &why);
};

} // namespace linli
