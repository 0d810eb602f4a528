#include "widgets/listexporter.h"

#include "access/permissions.h"
#include "storage/database.h"
#include "widgets/backgroundexport.h"
#include "widgets/errorreporter.h"

#include "exchange/exportaudit.h"
#include "widgets/filedialogs.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace linli {

QString ListExporter::chooseFile(QWidget *parent, const Database &database, const QString &title,
                                 const QString &fileStem) {
    // The list's name and today's date, in the home folder: 居民花名册-20250327.xlsx.
    // A name typed by staff (an event's) may hold characters no file name can.
    QString stem = fileStem;
    static const QRegularExpression notInFileNames(QStringLiteral("[/\\\\:*?\"<>|]"));
    stem.replace(notInFileNames, QStringLiteral("_"));
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.xlsx")
            .arg(stem, database.clock().today().toString(QStringLiteral("yyyyMMdd"))));
    return FileDialogs::saveFileName(parent, title, suggested, tr("Excel (*.xlsx);;CSV (*.csv)"));
}

namespace {

// Whether ID numbers and phones go in full: asked of the roles that may see them.
bool askFullIdentifiers(QWidget *parent, const Database &database, const QString &title) {
    if (!Permissions::allows(database.session().role, Permission::RevealPersonalData))
        return false;
    QMessageBox ask(QMessageBox::Question, title,
                    ListExporter::tr("Include full ID numbers and phones?"),
                    QMessageBox::Yes | QMessageBox::No, parent);
    ask.setObjectName(QStringLiteral("fullIdentifiersBox"));
    ask.setInformativeText(
        ListExporter::tr("Without them, they are masked as in the list. Either way the "
                         "export is written to the audit trail."));
    ask.setDefaultButton(QMessageBox::No);
    return ask.exec() == QMessageBox::Yes;
}

} // namespace

std::optional<qsizetype> ListExporter::runStreamed(QWidget *parent, const Database &database,
                                                   const QString &title, const QString &fileStem,
                                                   const WriteFile &write, qsizetype expected) {
    const QString path = chooseFile(parent, database, title, fileStem);
    if (path.isEmpty())
        return std::nullopt;
    const bool full = askFullIdentifiers(parent, database, title);
    const auto written = BackgroundExport::run(
        parent, database, title,
        [&](Database &own, const ExportProgress &progress) {
            return write(own, full, path, progress);
        },
        expected);
    if (!written) // cancelled: nothing was written, nothing to say
        return std::nullopt;
    if (!*written) {
        ErrorReporter::report(parent, tr("The list was not exported."), written->error());
        return std::nullopt;
    }
    return **written;
}

std::optional<qsizetype> ListExporter::run(QWidget *parent, const Database &database,
                                           const QString &title, const QString &fileStem,
                                           const MakeTable &make) {
    const QString path = chooseFile(parent, database, title, fileStem);
    if (path.isEmpty())
        return std::nullopt;
    const bool full = askFullIdentifiers(parent, database, title);
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

ExportTable ListExporter::tableOf(const QAbstractItemModel &model) {
    ExportTable table;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        table.headers.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        table.types.append(ExportTable::Type::Text);
    }
    QList<bool> numeric(columns, true);
    QList<bool> dated(columns, true);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c) {
            const QVariant value = model.index(r, c).data(Qt::DisplayRole);
            const auto type = value.metaType().id();
            const bool empty = value.isNull() || value.toString().isEmpty();
            numeric[c] = numeric[c] && (empty || type == QMetaType::Int ||
                                        type == QMetaType::LongLong || type == QMetaType::Double);
            dated[c] = dated[c] && (empty || type == QMetaType::QDate);
            row.append(value);
        }
        table.rows.append(row);
    }
    for (int c = 0; c < columns; ++c) {
        if (model.rowCount() > 0 && dated[c])
            table.types[c] = ExportTable::Type::Date;
        else if (model.rowCount() > 0 && numeric[c])
            table.types[c] = ExportTable::Type::Number;
    }
    return table;
}

std::optional<qsizetype> ListExporter::runModel(QWidget *parent, Database &database,
                                                const QString &title, const QString &fileStem,
                                                const QAbstractItemModel &model,
                                                const QString &list, Permission needed) {
    return runTable(
        parent, database, title, fileStem,
        [&model]() -> Result<ExportTable> { return tableOf(model); }, list, needed);
}

std::optional<qsizetype> ListExporter::runTable(QWidget *parent, Database &database,
                                                const QString &title, const QString &fileStem,
                                                const MakePlainTable &make, const QString &list,
                                                Permission needed) {
    if (const Status allowed = ExportAudit::allowed(database, needed); !allowed) {
        ErrorReporter::report(parent, tr("The list was not exported."), allowed.error());
        return std::nullopt;
    }
    const QString path = chooseFile(parent, database, title, fileStem);
    if (path.isEmpty())
        return std::nullopt;
    const auto made = make();
    if (!made) {
        ErrorReporter::report(parent, tr("The list was not exported."), made.error());
        return std::nullopt;
    }
    const ExportTable &table = *made;
    if (const Status written = SpreadsheetWriter::write(table, path); !written) {
        ErrorReporter::report(parent, tr("The list was not exported."), written.error());
        return std::nullopt;
    }
    if (const Status audited = ExportAudit::record(database, list, int(table.rows.size()));
        !audited)
        ErrorReporter::report(parent, tr("The export was not written to the audit trail."),
                              audited.error());
    return table.rows.size();
}

QPushButton *ListExporter::button(QWidget *parent, Database &database, const QString &objectName,
                                  const QString &title, const QString &fileStem,
                                  const QAbstractItemModel &model, const QString &list,
                                  Permission needed) {
    auto *button = new QPushButton(tr("E&xport…"), parent);
    button->setObjectName(objectName);
    button->setToolTip(tr("What the list shows, to Excel (.xlsx) or CSV"));
    button->setVisible(Permissions::allows(database.session().role, needed));
    QObject::connect(button, &QPushButton::clicked, parent,
                     [parent, &database, title, fileStem, &model, list, needed] {
                         runModel(parent, database, title, fileStem, model, list, needed);
                     });
    return button;
}
} // namespace linli
