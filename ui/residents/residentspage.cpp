#include "residents/residentspage.h"
#include "residents/residentsearcher.h"

#include "access/permissions.h"
#include "exchange/residentexport.h"
#include "registry/registryservice.h"
#include "registry/residentrepository.h"
#include "residents/residentlistmodel.h"
#include "residents/rosterimportdialog.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/listexporter.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace linli {

ResidentsPage::ResidentsPage(RegistryService &registry, Database &database, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_database(database)
    , m_model(
          new ResidentListModel(registry.residents(), registry.database().clock().today(), this))
    , m_search(new QLineEdit(this))
    , m_includeMovedOut(new QCheckBox(tr("Include residents who moved out"), this))
    , m_count(new QLabel(this))
    , m_table(makeListTable(m_model, QStringLiteral("residentTable"), this))
    , m_searcher(new ResidentSearcher(database, this)) {
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(
        tr("Search by name, pinyin or initials, phone, ID number tail or address"));
    m_search->setClearButtonEnabled(true);
    m_includeMovedOut->setObjectName(QStringLiteral("includeMovedOut"));
    m_count->setObjectName(QStringLiteral("residentCount"));

    m_table->setColumnWidth(ResidentListModel::Name, 110);
    m_table->setColumnWidth(ResidentListModel::Gender, 60);
    m_table->setColumnWidth(ResidentListModel::Age, 60);
    m_table->setColumnWidth(ResidentListModel::IdNumber, 190);
    m_table->setColumnWidth(ResidentListModel::Mobile, 120);
    m_table->setColumnWidth(ResidentListModel::Address, 260);

    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportResidentsButton"));
    exportButton->setToolTip(tr("What the list shows, to Excel (.xlsx) or CSV; the export is "
                                "written to the audit trail"));
    // Offered to the roles core lets take lists away.
    exportButton->setVisible(
        Permissions::allows(database.session().role, Permission::ExportPersonalData));
    connect(exportButton, &QPushButton::clicked, this, &ResidentsPage::exportList);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importResidentsButton"));
    importButton->setToolTip(tr("Residents and households from an Excel roster (.xlsx or CSV), "
                                "with a preview of every row before anything is written"));
    importButton->setVisible(
        Permissions::allows(database.session().role, Permission::ImportRoster));
    connect(importButton, &QPushButton::clicked, this, &ResidentsPage::importRoster);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_includeMovedOut);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Each key searches at once: the search runs on its own thread and the next key interrupts
    // it, so a fast typist costs nothing, and nobody waits for a pause to be noticed (a wait of
    // 120 ms was most of what a search took, key to screen; docs/performance.md).
    connect(m_search, &QLineEdit::textChanged, this, &ResidentsPage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsPage::runSearch);
    connect(m_includeMovedOut, &QCheckBox::toggled, this, &ResidentsPage::runSearch);
    connect(m_model, &ResidentListModel::totalCountChanged, this, &ResidentsPage::showCount);
    // A new search's list starts at its best matches, wherever the last one was scrolled to.
    connect(m_model, &ResidentListModel::searchFinished, m_table, &QTableView::scrollToTop);
    connect(m_model, &ResidentListModel::loadFailed, this, [this](const QString &message) {
        ErrorReporter::report(this, tr("The residents could not be listed."), message);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT householdRequested(
            HouseholdId{index.data(ResidentListModel::HouseholdRole).toLongLong()});
    });
    connect(&m_registry, &RegistryService::residentsChanged, m_model, &ResidentListModel::reload);
    connect(&m_registry, &RegistryService::householdsChanged, m_model, &ResidentListModel::reload);
    connect(&m_registry, &RegistryService::placesChanged, m_model, &ResidentListModel::reload);
    setFocusProxy(m_search);
    // The whole list at once when the page opens; searches as you type on their own thread.
    setEmptyHint(m_table, tr("No residents yet. Import… brings in the roster (花名册) from "
                             "Excel; households can also be added one by one in Registry."));
    m_model->setQuery({});
}

bool ResidentsPage::isSearching() const {
    return m_searcher->isSearching();
}

void ResidentsPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResidentsPage::importRoster() {
    RosterImportDialog dialog(m_registry, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.importResult())
        return;
    const RosterImportResult &done = *dialog.importResult();
    m_count->setText(tr("Imported: %1 added, %2 updated, %3 rows left out. The database as it "
                        "was before is in the backups.")
                         .arg(done.added)
                         .arg(done.updated)
                         .arg(done.skipped));
}

void ResidentsPage::exportList() {
    const ResidentQuery query = m_model->query();
    // Written by core as it reads, off this thread: a street's 160,000 residents take seconds
    // and a few megabytes, and the window stays responsive with a Cancel.
    const auto rows = ListExporter::runStreamed(
        this, m_database, tr("Export the residents list"), QStringLiteral("居民花名册"),
        [query](Database &own, bool full, const QString &path, const ExportProgress &progress) {
            return ResidentExport::write(own, query, full, path, progress);
        },
        query.text.trimmed().isEmpty() ? m_total : 0);
    if (rows)
        m_count->setText(tr("%n resident(s) exported.", "", int(*rows)));
    else
        showCount(m_total); // cancelled or failed: not an earlier export's "exported"
}

void ResidentsPage::runSearch() {
    setEmptyHint(m_table,
                 m_search->text().trimmed().isEmpty()
                     ? tr("No residents yet. Import… brings in the roster (花名册) from Excel; "
                          "households can also be added one by one in Registry.")
                     : tr("Nobody matches \"%1\". Try part of the name, its pinyin or initials, "
                          "the address, or the last digits of a phone or ID number.")
                           .arg(m_search->text().trimmed()));
    // Off this thread, so that typing never waits for a query; a newer search supersedes it.
    m_model->searchFor({m_search->text(), m_includeMovedOut->isChecked()}, *m_searcher);
}

void ResidentsPage::showCount(int total) {
    m_total = total;
    if (m_search->text().trimmed().isEmpty())
        m_count->setText(tr("%n resident(s)", nullptr, total));
    else if (total > ResidentRepository::countLimit)
        m_count->setText(tr("More than %L1 residents found: type more to narrow the search.")
                             .arg(ResidentRepository::countLimit));
    else
        m_count->setText(tr("%n resident(s) found", nullptr, total));
}

} // namespace linli
