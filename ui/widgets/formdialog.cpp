#include "widgets/formdialog.h"

#include "widgets/savingguard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace linli {

bool FormDialog::run(QWidget *parent, const QString &title, const Rows &rows,
                     const std::function<Status()> &apply) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("formDialog"));
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    for (const auto &[label, field] : rows) {
        field->setParent(&dialog);
        if (label.isEmpty())
            form->addRow(field);
        else
            form->addRow(label, field);
    }
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("formError"));
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("formOk"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status done = [&] {
            const SavingGuard saving(&dialog);
            return apply();
        }();
        if (done) {
            dialog.accept();
        } else {
            error->setText(done.error());
            error->show();
            dialog.adjustSize(); // tall enough for the whole message, however long
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace linli
