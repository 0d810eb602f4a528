#include "residents/rosterimportdialog.h"

#include "exchange/exporttable.h"
#include "registry/idnumber.h"
#include "registry/registryservice.h"
#include "residents/rosterpreviewmodel.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/filedialogs.h"
#include "widgets/tableviews.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace linli {

namespace {

constexpr int kSampleRows = 3;

/// A wait cursor for as long as the scope lasts.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

RosterImportDialog::RosterImportDialog(RegistryService &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_import(registry)
    , m_file(new QLabel(tr("No file chosen yet."), this))
    , m_info(new QLabel(this))
    , m_columns(new QTableWidget(this))
    , m_mappingProblem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_model(new RosterPreviewModel(this))
    , m_rows(makeListTable(m_model, QStringLiteral("previewTable"), this))
    , m_newPlaces(new QLabel(this))
    , m_skipErrors(new QCheckBox(tr("Leave out the rows with errors and import the rest"), this))
    , m_importButton(new QPushButton(tr("&Import"), this)) {
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import residents from a roster"));
    resize(1040, 720);

    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setToolTip(tr("An Excel workbook (.xlsx) or a CSV file"));
    auto *templ = new QPushButton(tr("Save &template…"), this);
    templ->setObjectName(QStringLiteral("saveTemplateButton"));
    templ->setToolTip(tr("An empty roster with the columns Linli expects, ID numbers and phones "
                         "kept as text"));
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_info->setObjectName(QStringLiteral("infoLabel"));
    m_info->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(templ);

    m_columns->setObjectName(QStringLiteral("mappingTable"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Imported as")});
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    m_mappingProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_mappingProblem->setWordWrap(true);
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);
    columnsLayout->addWidget(m_mappingProblem);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_filter->setObjectName(QStringLiteral("verdictFilter"));
    m_filter->addItem(tr("All rows"), -1);
    for (const RosterRow::Verdict verdict :
         {RosterRow::Verdict::Error, RosterRow::Verdict::New, RosterRow::Verdict::Update,
          RosterRow::Verdict::Unchanged})
        m_filter->addItem(RosterPreviewModel::verdictLabel(verdict), int(verdict));
    m_rows->setColumnWidth(RosterPreviewModel::FileRow, 50);
    m_rows->setColumnWidth(RosterPreviewModel::Verdict, 80);
    m_rows->setColumnWidth(RosterPreviewModel::Name, 90);
    m_rows->setColumnWidth(RosterPreviewModel::Address, 190);
    m_rows->setColumnWidth(RosterPreviewModel::IdNumber, 170);
    m_rows->setColumnWidth(RosterPreviewModel::Phone, 120);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_newPlaces->setObjectName(QStringLiteral("newPlacesLabel"));
    m_newPlaces->setWordWrap(true);
    auto *previewBox = new QGroupBox(tr("Preview: nothing is written until you import"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(new QLabel(tr("Show:"), this));
    summaryRow->addWidget(m_filter);
    previewLayout->addLayout(summaryRow);
    previewLayout->addWidget(m_rows, 1);
    previewLayout->addWidget(m_newPlaces);

    m_skipErrors->setObjectName(QStringLiteral("skipErrorsCheck"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_skipErrors, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_info);
    layout->addWidget(columnsBox, 2);
    layout->addWidget(previewBox, 3);
    layout->addLayout(bottom);

    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(templ, &QPushButton::clicked, this, &RosterImportDialog::saveTemplate);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int verdict = m_filter->currentData().toInt();
        m_model->showOnly(verdict < 0 ? std::nullopt : std::optional(RosterRow::Verdict(verdict)));
    });
    connect(m_skipErrors, &QCheckBox::toggled, this, &RosterImportDialog::updateImportButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &RosterImportDialog::runImport);
    updateImportButton();
}

void RosterImportDialog::chooseFile() {
    const QString path = FileDialogs::openFileName(
        this, tr("Choose the roster"), QDir::homePath(),
        tr("Rosters (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt)"));
    if (!path.isEmpty())
        openFile(path);
}

void RosterImportDialog::saveTemplate() {
    const QString path =
        FileDialogs::saveFileName(this, tr("Save the roster template"),
                                  QDir::home().filePath(QStringLiteral("居民花名册模板.xlsx")),
                                  tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = SpreadsheetWriter::write(RosterImport::templateTable(), path);
        !written)
        ErrorReporter::report(this, tr("The template was not saved."), written.error());
    else
        m_info->setText(tr("The template is in %1. Fill it in, one resident a row, and import it.")
                            .arg(QDir::toNativeSeparators(path)));
}

bool RosterImportDialog::openFile(const QString &path) {
    const BusyCursor busy;
    const auto sheet = RosterImport::readFile(path);
    m_preview.reset();
    if (!sheet) {
        m_sheet = {};
        m_mapping = {};
        m_file->setText(QDir::toNativeSeparators(path));
        m_info->setText(sheet.error());
        fillMapping();
        refreshPreview();
        return false;
    }
    m_path = path;
    m_sheet = *sheet;
    m_mapping = RosterFields::guess(m_sheet);
    m_file->setText(QDir::toNativeSeparators(path));
    QString info = tr("The headers are on row %1.").arg(m_mapping.headerRow + 1);
    if (!m_sheet.encoding.isEmpty())
        info += u' ' + tr("The text was read as %1.").arg(m_sheet.encoding);
    m_info->setText(info);
    fillMapping();
    refreshPreview();
    return true;
}

void RosterImportDialog::fillMapping() {
    const QStringList headers = m_sheet.rows.value(m_mapping.headerRow);
    m_columns->setRowCount(int(m_mapping.columns.size()));
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(headers.value(c)));
        QStringList samples;
        for (qsizetype r = m_mapping.headerRow + 1;
             r < m_sheet.rows.size() && samples.size() < kSampleRows; ++r) {
            const QString value = m_sheet.cell(r, c).trimmed();
            // The file's ID numbers and phones are masked here as in every list.
            static const QRegularExpression phone(
                QStringLiteral("^(1\\d{10}|0\\d{2,3}-\\d{7,8})$"));
            if (value.size() >= 15 && value.at(0).isDigit())
                samples << IdNumber::masked(value);
            else if (phone.match(value).hasMatch())
                samples << MobilePhone::masked(value);
            else if (!value.isEmpty())
                samples << value;
        }
        m_columns->setItem(c, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        field->addItem(RosterFields::label(RosterField::Ignore), int(RosterField::Ignore));
        for (const RosterField each : RosterFields::all())
            field->addItem(RosterFields::label(each), int(each));
        field->setCurrentIndex(field->findData(int(m_mapping.columns.at(c))));
        connect(field, &QComboBox::activated, this,
                [this, c, field] { fieldChosen(c, RosterField(field->currentData().toInt())); });
        m_columns->setCellWidget(c, 2, field);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(2, 160);
}

void RosterImportDialog::fieldChosen(int column, RosterField field) {
    // A field goes to one column: choosing it here takes it from where it was.
    if (field != RosterField::Ignore) {
        for (int c = 0; c < m_mapping.columns.size(); ++c) {
            if (c != column && m_mapping.columns.at(c) == field) {
                m_mapping.columns[c] = RosterField::Ignore;
                if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 2)))
                    combo->setCurrentIndex(combo->findData(int(RosterField::Ignore)));
            }
        }
    }
    m_mapping.columns[column] = field;
    refreshPreview();
}

void RosterImportDialog::refreshPreview() {
    m_preview.reset();
    m_mappingProblem->clear();
    m_newPlaces->clear();
    if (m_sheet.rows.isEmpty()) {
        m_model->setPreview({});
        m_summary->setText(tr("Choose a roster, or save the template and fill it in."));
        updateImportButton();
        return;
    }
    const BusyCursor busy;
    const auto preview = m_import.preview(m_sheet, m_mapping);
    if (!preview) {
        m_model->setPreview({});
        m_mappingProblem->setText(preview.error());
        m_summary->setText(tr("No preview until every needed column is matched."));
        updateImportButton();
        return;
    }
    m_preview = *preview;
    m_model->setPreview(*preview);
    m_summary->setText(preview->summary());
    QStringList places;
    if (!preview->newCompounds.isEmpty())
        places << tr("compounds %1").arg(preview->newCompounds.join(tr(", ")));
    if (!preview->newBuildings.isEmpty())
        places << tr("buildings %1").arg(preview->newBuildings.join(tr(", ")));
    if (!preview->newUnits.isEmpty())
        places << tr("units %1").arg(preview->newUnits.join(tr(", ")));
    if (preview->newHouseholds > 0)
        places << tr("%n household(s)", "", preview->newHouseholds);
    QString placesText = places.isEmpty()
                             ? tr("Every place the roster names is in the registry already.")
                             : tr("Will be created: %1.").arg(places.join(tr("; ")));
    // A street's roster: its rows are judged, and counted, but not all listed.
    if (preview->rows.size() < preview->total())
        placesText += u' ' + tr("The table lists the first %L1 rows and every row with an error.")
                                 .arg(RosterPreview::kShownRows);
    m_newPlaces->setText(placesText);
    updateImportButton();
}

void RosterImportDialog::updateImportButton() {
    const int errors = m_preview ? m_preview->count(RosterRow::Verdict::Error) : 0;
    const int going = m_preview ? m_preview->count(RosterRow::Verdict::New) +
                                      m_preview->count(RosterRow::Verdict::Update)
                                : 0;
    m_skipErrors->setVisible(errors > 0);
    m_importButton->setText(tr("&Import %n resident(s)", "", going));
    m_importButton->setEnabled(going > 0 && (errors == 0 || m_skipErrors->isChecked()) &&
                               m_registry.database().require(Permission::ImportRoster));
}

void RosterImportDialog::runImport() {
    if (!m_preview)
        return;
    const int total =
        m_preview->count(RosterRow::Verdict::New) + m_preview->count(RosterRow::Verdict::Update);
    std::atomic<bool> cancelled{false};
    std::atomic<int> written{0};
    std::optional<Result<RosterImportResult>> done;
    const Database &database = m_registry.database();
    // On a worker thread with a connection of its own (SQLite's stay on their thread), so the
    // window keeps answering through a street's 160,000 rows; the dialog waits with a Cancel
    // that stops the import before its commit, nothing written.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto own = database.openAnother();
        if (!own) {
            done = Result<RosterImportResult>(own.status());
            return;
        }
        {
            RegistryService registry(**own);
            RosterImport import(registry);
            done = import.apply(m_sheet, m_mapping, *m_preview, true, [&](int rows, int) {
                written = rows;
                return !cancelled.load();
            });
        }
        own->reset();
    }));
    worker->setObjectName(QStringLiteral("roster import"));

    QProgressDialog progress(tr("Taking a backup, then importing…"), tr("Cancel"), 0, total, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancelled = true;
        progress.setLabelText(tr("Stopping; nothing will be written…"));
    });
    QTimer tick;
    tick.setInterval(100);
    connect(&tick, &QTimer::timeout, &progress, [&] {
        if (cancelled || written.load() == 0)
            return;
        progress.setLabelText(tr("%L1 of %L2 residents imported…").arg(written.load()).arg(total));
        progress.setValue(written.load());
    });
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.show();
    tick.start();
    if (!worker->isFinished())
        loop.exec();
    worker->wait();
    tick.stop();
    progress.hide();

    if (!*done) {
        if (cancelled && done->error() == RosterImport::cancelled()) {
            m_summary->setText(RosterImport::cancelled());
            return;
        }
        ErrorReporter::report(this, tr("Nothing was imported."), done->error());
        refreshPreview();
        return;
    }
    // Written on the worker's connection: the window's pages learn of it here.
    m_registry.announceBulkChange();
    m_result = **done;
    accept();
}

} // namespace linli
