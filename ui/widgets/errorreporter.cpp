#include "widgets/errorreporter.h"

#include <QMessageBox>

namespace linli {

void ErrorReporter::report(QWidget *parent, const QString &what, const QString &why) {
    QMessageBox box(QMessageBox::Warning, tr("Linli"), what, QMessageBox::Ok, parent);
    box.setInformativeText(why);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace linli
