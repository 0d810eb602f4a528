#include "widgets/listexporter.h"

#include "access/permissions.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace linli {

std::optional<qsizetype> ListExporter::run(QWidget *parent, const Database &database,
                                           const QString &title, const QString &fileStem,
                                           const MakeTable &make) {
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.xlsx")
            .arg(fileStem, database.clock().today().toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        QFileDialog::getSaveFileName(parent, title, suggested, tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return std::nullopt;
    bool full = false;
    if (Permissions::allows(database.session().role, Permission::RevealPersonalData)) {
        QMessageBox ask(QMessageBox::Question, title, tr("Include full ID numbers and phones?"),
                        QMessageBox::Yes | QMessageBox::No, parent);
        ask.setObjectName(QStringLiteral("fullIdentifiersBox"));
        ask.setInformativeText(tr("Without them, they are masked as in the list. Either way the "
                                  "export is written to the audit trail."));
        ask.setDefaultButton(QMessageBox::No);
        full = ask.exec() == QMessageBox::Yes;
    }
    const auto table = make(full);
    if (!table) {
        ErrorReporter::report(parent, tr("The list was not exported."), table.error());
        return std::nullopt;
    }
    if (const Status written = SpreadsheetWriter::write(*table, path); !written) {
        ErrorReporter::report(parent, tr("The list was not exported."), written.error());
        return std::nullopt;
    }
    return table->rows.size();
}

} // namespace linli
