#include "cogovernance/cogovernancepage.h"

#include "access/permissions.h"
#include "cogovernance/buildingmeetingswidget.h"
#include "cogovernance/cogovernanceservice.h"
#include "cogovernance/inspectiondialog.h"
#include "cogovernance/meetingservice.h"
#include "cogovernance/pactdialog.h"
#include "cogovernance/templatesdialog.h"
#include "cogovernance/venuesdialog.h"
#include "documents/pactdocuments.h"
#include "exchange/inspectionexport.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/listexporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace linli {

namespace {

constexpr int BuildingRole = Qt::UserRole + 1;

QString shortDate(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

CoGovernancePage::CoGovernancePage(CoGovernanceService &service, MeetingService &meetings,
                                   const RegistryService &registry, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_meetings(meetings)
    , m_meetingsWidget(new BuildingMeetingsWidget(meetings, service, this))
    , m_figures(new QLabel(this))
    , m_registry(registry)
    , m_overview(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_dueDays(new QSpinBox(this))
    , m_dueModel(new StringTableModel({tr("Building"), tr("Last inspection"), tr("Why")}, this))
    , m_dueTable(makeListTable(m_dueModel, QStringLiteral("dueTable"), this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_clauses(new QTextBrowser(this))
    , m_householdsModel(new StringTableModel(
          {tr("Unit"), tr("Room"), tr("Head of household"), tr("Signed")}, this))
    , m_householdsTable(makeListTable(m_householdsModel, QStringLiteral("pactHouseholds"), this))
    , m_inspectionsModel(new StringTableModel(
          {tr("Date"), tr("Inspectors"), tr("Result"), tr("Put right by"), tr("Notes")}, this))
    , m_inspectionsTable(makeListTable(m_inspectionsModel, QStringLiteral("inspections"), this))
    , m_adopt(new QPushButton(tr("&Adopt a pact…"), this))
    , m_print(new QPushButton(tr("&Print the pact…"), this))
    , m_savePdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_signed(new QPushButton(tr("&Signed…"), this))
    , m_notSigned(new QPushButton(tr("&Not signed"), this))
    , m_inspect(new QPushButton(tr("&Record an inspection…"), this)) {
    setObjectName(QStringLiteral("coGovernancePage"));
    m_tree->setObjectName(QStringLiteral("buildingTree"));
    m_tree->setModel(m_overview);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_header->setObjectName(QStringLiteral("buildingHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_summary->setObjectName(QStringLiteral("pactSummary"));
    m_summary->setWordWrap(true);
    m_clauses->setObjectName(QStringLiteral("pactText"));
    m_householdsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEmptyHint(m_householdsTable,
                 tr("No households registered in this building yet: add them in Registry."));
    setEmptyHint(m_inspectionsTable, tr("This building has not been inspected yet: Record an "
                                        "inspection… after the next round."));
    setEmptyHint(m_dueTable, tr("Every building with a pact was inspected lately and kept it."));
    m_adopt->setObjectName(QStringLiteral("adoptPactButton"));
    m_adopt->setToolTip(tr("Adopt a new version of the building's hygiene pact from a template"));
    m_print->setObjectName(QStringLiteral("printPactButton"));
    m_print->setToolTip(tr("Preview and print the pact with the households' signature sheet"));
    m_savePdf->setObjectName(QStringLiteral("savePactButton"));
    m_savePdf->setToolTip(tr("Save the pact with its signature sheet as a PDF file"));
    m_signed->setObjectName(QStringLiteral("signedButton"));
    m_notSigned->setObjectName(QStringLiteral("notSignedButton"));
    m_notSigned->setToolTip(tr("The chosen households have not signed after all"));
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    m_inspect->setToolTip(tr("Record an inspection of the chosen building against its pact"));
    m_signed->setToolTip(tr("The chosen households signed the printed pact"));
    m_dueDays->setObjectName(QStringLiteral("dueDays"));
    m_dueDays->setRange(7, 365);
    m_dueDays->setValue(45);
    m_dueDays->setSuffix(tr(" days"));

    auto *templates = new QPushButton(tr("&Templates…"), this);
    templates->setObjectName(QStringLiteral("templatesButton"));
    templates->setToolTip(tr("The hygiene pact templates: the default one and the office's own"));
    auto *adoptCompound = new QPushButton(tr("Adopt for the &compound…"), this);
    adoptCompound->setObjectName(QStringLiteral("adoptCompoundButton"));
    adoptCompound->setToolTip(
        tr("Every building of the chosen building's compound that has no pact adopts a template"));
    auto *printCompound = new QPushButton(tr("Print the c&ompound…"), this);
    printCompound->setObjectName(QStringLiteral("printCompoundButton"));
    printCompound->setToolTip(
        tr("The pacts of every building of the compound, each from a new page"));
    auto *top = new QHBoxLayout;
    m_figures->setObjectName(QStringLiteral("coGovernanceFigures"));
    m_figures->setWordWrap(true);
    top->addWidget(m_figures, 1);
    auto *venues = new QPushButton(tr("&Venues…"), this);
    venues->setObjectName(QStringLiteral("venuesButton"));
    venues->setToolTip(tr("Where the chosen building's compound meets: council hall, online "
                          "group, party members' home"));
    connect(venues, &QPushButton::clicked, this, [this] {
        const BuildingPactStatus *b = chosen();
        if (!b) {
            ErrorReporter::report(this, tr("The venues cannot be shown."),
                                  tr("Choose a building of the compound first."));
            return;
        }
        VenuesDialog dialog(m_meetings, b->compoundId, b->compound, this);
        dialog.exec();
    });
    top->addWidget(venues);
    top->addWidget(templates);
    top->addWidget(adoptCompound);
    top->addWidget(printCompound);

    // Left: the buildings, and those due for inspection.
    auto *left = new QWidget(this);
    auto *dueBar = new QHBoxLayout;
    dueBar->addWidget(new QLabel(tr("Due for inspection: failed, or not inspected for"), this));
    dueBar->addWidget(m_dueDays);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 3);
    leftLayout->addLayout(dueBar);
    leftLayout->addWidget(m_dueTable, 1);

    // Right: the chosen building.
    auto *pactTab = new QWidget(this);
    auto *pactButtons = new QHBoxLayout;
    pactButtons->addWidget(m_adopt);
    pactButtons->addStretch();
    pactButtons->addWidget(m_print);
    pactButtons->addWidget(m_savePdf);
    auto *signButtons = new QHBoxLayout;
    signButtons->addWidget(new QLabel(tr("Households"), this));
    signButtons->addStretch();
    signButtons->addWidget(m_notSigned);
    signButtons->addWidget(m_signed);
    auto *pactLayout = new QVBoxLayout(pactTab);
    pactLayout->addWidget(m_summary);
    pactLayout->addLayout(pactButtons);
    pactLayout->addWidget(m_clauses, 2);
    pactLayout->addLayout(signButtons);
    pactLayout->addWidget(m_householdsTable, 3);
    auto *inspectionTab = new QWidget(this);
    auto *inspectionButtons = new QHBoxLayout;
    auto *exportLedger = new QPushButton(tr("E&xport the ledger…"), this);
    exportLedger->setObjectName(QStringLiteral("exportInspectionsButton"));
    exportLedger->setToolTip(
        tr("Every building's inspections over a period, to Excel or CSV (检查台账)"));
    exportLedger->setVisible(
        Permissions::allows(m_service.database().session().role, Permission::EditCoGovernance));
    connect(exportLedger, &QPushButton::clicked, this, &CoGovernancePage::exportInspections);
    inspectionButtons->addWidget(exportLedger);
    inspectionButtons->addStretch();
    inspectionButtons->addWidget(m_inspect);
    auto *inspectionLayout = new QVBoxLayout(inspectionTab);
    inspectionLayout->addLayout(inspectionButtons);
    inspectionLayout->addWidget(m_inspectionsTable, 1);
    m_tabs->setObjectName(QStringLiteral("buildingTabs"));
    m_tabs->addTab(pactTab, tr("Hygiene pact"));
    m_tabs->addTab(inspectionTab, tr("Inspections"));
    m_tabs->addTab(m_meetingsWidget, tr("Opinions and meetings"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(templates, &QPushButton::clicked, this, [this] {
        TemplatesDialog dialog(m_service, this);
        dialog.exec();
    });
    connect(adoptCompound, &QPushButton::clicked, this, &CoGovernancePage::adoptForCompound);
    connect(printCompound, &QPushButton::clicked, this, &CoGovernancePage::printCompound);
    connect(m_adopt, &QPushButton::clicked, this, &CoGovernancePage::adoptPact);
    connect(m_print, &QPushButton::clicked, this, [this] { printPact(false); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { printPact(true); });
    connect(m_signed, &QPushButton::clicked, this, [this] { markSigned(true); });
    connect(m_notSigned, &QPushButton::clicked, this, [this] { markSigned(false); });
    connect(m_inspect, &QPushButton::clicked, this, &CoGovernancePage::recordInspection);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &CoGovernancePage::reloadDue);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex first = current.siblingAtColumn(0);
                const qint64 id = first.data(BuildingRole).toLongLong();
                if (id > 0 && id != m_building.value) {
                    m_building = BuildingId{id};
                    reloadBuilding();
                }
            });
    connect(m_dueTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() < m_due.size())
            showBuilding(m_due.at(index.row()).buildingId);
    });
    connect(&m_meetings, &MeetingService::opinionsChanged, this, &CoGovernancePage::reloadFigures);
    connect(&m_meetings, &MeetingService::meetingsChanged, this, &CoGovernancePage::reloadFigures);
    reloadFigures();
    connect(&m_service, &CoGovernanceService::pactsChanged, this, &CoGovernancePage::reloadAll);
    connect(&m_service, &CoGovernanceService::inspectionsChanged, this,
            &CoGovernancePage::reloadAll);
    connect(&m_registry, &RegistryService::placesChanged, this, &CoGovernancePage::reloadAll);
    connect(&m_registry, &RegistryService::peopleChanged, this, &CoGovernancePage::reloadAll);
    reloadAll();
}

void CoGovernancePage::reloadAll() {
    reloadOverview();
    reloadDue();
    reloadBuilding();
}

void CoGovernancePage::reloadFigures() {
    const QDate today = m_service.database().clock().today();
    const auto f = m_meetings.repository().figures(QDate(today.year(), 1, 1), today);
    if (!f)
        return;
    m_figures->setText(tr("This year: %1 opinions raised, %2% settled inside the building; %3 "
                          "building meetings, %4 decisions.")
                           .arg(f->opinions)
                           .arg(f->settledShare * 100, 0, 'f', 0)
                           .arg(f->meetings)
                           .arg(f->decisions));
}

const BuildingPactStatus *CoGovernancePage::chosen() const {
    for (const BuildingPactStatus &b : m_buildings) {
        if (b.buildingId == m_building)
            return &b;
    }
    return nullptr;
}

void CoGovernancePage::reloadOverview() {
    const auto overview = m_service.repository().overview();
    if (!overview) {
        ErrorReporter::report(this, tr("The buildings could not be listed."), overview.error());
        return;
    }
    m_buildings = *overview;
    m_overview->clear();
    m_overview->setHorizontalHeaderLabels(
        {tr("Building"), tr("Pact"), tr("Signed"), tr("Last inspection")});
    QStandardItem *compound = nullptr;
    CompoundId current;
    QModelIndex chosenIndex;
    for (const BuildingPactStatus &b : std::as_const(m_buildings)) {
        if (!compound || b.compoundId != current) {
            compound = new QStandardItem(b.compound);
            current = b.compoundId;
            m_overview->appendRow(
                {compound, new QStandardItem, new QStandardItem, new QStandardItem});
        }
        auto *name = new QStandardItem(b.building);
        name->setData(b.buildingId.value, BuildingRole);
        auto *pact = new QStandardItem(
            b.version > 0 ? tr("version %1, %2").arg(b.version).arg(shortDate(b.adoptedOn))
                          : tr("none yet"));
        auto *signedCount = new QStandardItem(
            b.version > 0 ? tr("%1 of %2").arg(b.signedHouseholds).arg(b.households) : QString());
        QString inspection;
        if (b.lastInspectedOn.isValid())
            inspection = tr("%1, %2").arg(shortDate(b.lastInspectedOn),
                                          b.lastPassed ? tr("kept") : tr("failed"));
        auto *inspected = new QStandardItem(inspection);
        if (b.lastInspectedOn.isValid() && !b.lastPassed)
            inspected->setForeground(QColor(0xb3, 0x26, 0x1e));
        compound->appendRow({name, pact, signedCount, inspected});
        if (b.buildingId == m_building)
            chosenIndex = name->index();
    }
    m_tree->expandAll();
    for (int column = 0; column < 4; ++column)
        m_tree->resizeColumnToContents(column);
    if (chosenIndex.isValid()) {
        QSignalBlocker quiet(m_tree->selectionModel());
        m_tree->setCurrentIndex(chosenIndex);
    }
}

void CoGovernancePage::reloadDue() {
    const QDate cutoff = m_service.database().clock().today().addDays(-m_dueDays->value());
    const auto due = m_service.repository().inspectionsDue(cutoff);
    if (!due)
        return;
    m_due = *due;
    QList<QStringList> rows;
    for (const InspectionDue &d : std::as_const(m_due)) {
        QString why = !d.lastInspectedOn.isValid() ? tr("never inspected")
                      : d.lastFailed ? tr("failed; put right by %1").arg(shortDate(d.rectifyBy))
                                     : tr("not inspected lately");
        rows.append({d.compound + d.building, shortDate(d.lastInspectedOn), why});
    }
    m_dueModel->setRows(rows);
    m_dueTable->resizeColumnsToContents();
}

void CoGovernancePage::showBuilding(BuildingId building) {
    for (int c = 0; c < m_overview->rowCount(); ++c) {
        QStandardItem *compound = m_overview->item(c);
        for (int b = 0; b < compound->rowCount(); ++b) {
            if (compound->child(b)->data(BuildingRole).toLongLong() == building.value) {
                m_tree->setCurrentIndex(compound->child(b)->index());
                m_tree->scrollTo(compound->child(b)->index());
                return;
            }
        }
    }
}

void CoGovernancePage::reloadBuilding() {
    const BuildingPactStatus *b = chosen();
    for (QWidget *w : std::initializer_list<QWidget *>{m_adopt, m_print, m_savePdf, m_signed,
                                                       m_notSigned, m_inspect, m_tabs})
        w->setEnabled(b != nullptr);
    m_pact.reset();
    if (!b) {
        m_header->setText(tr("Choose a building on the left."));
        m_summary->clear();
        m_clauses->clear();
        m_householdsModel->setRows({});
        m_inspectionsModel->setRows({});
        return;
    }
    m_header->setText(b->compound + b->building);
    if (m_meetingsWidget->building() != b->buildingId) {
        m_meetingsWidget->setBuilding(b->buildingId, b->compoundId, b->compound + b->building);
    }
    const auto pact = m_service.repository().currentPact(b->buildingId);
    if (pact && pact->has_value())
        m_pact = **pact;
    m_adopt->setText(m_pact ? tr("&Revise the pact…") : tr("&Adopt a pact…"));
    m_print->setEnabled(m_pact.has_value());
    m_savePdf->setEnabled(m_pact.has_value());
    m_signed->setEnabled(m_pact.has_value());
    m_notSigned->setEnabled(m_pact.has_value());
    m_inspect->setEnabled(m_pact.has_value());
    m_households.clear();
    if (!m_pact) {
        m_summary->setText(tr("%1 has not adopted a hygiene pact yet. Adopt one from the default "
                              "template or the office's own, print it, and tick the households "
                              "as they sign.")
                               .arg(b->building));
        m_clauses->clear();
        m_householdsModel->setRows({});
    } else {
        const auto sheet = m_service.sheet(b->buildingId);
        QString text;
        if (sheet) {
            text = QStringLiteral("<h3>%1</h3><ol>").arg(m_pact->title.toHtmlEscaped());
            for (const QString &clause : sheet->clauses)
                text += QStringLiteral("<li>%1</li>").arg(clause.toHtmlEscaped());
            text += QStringLiteral("</ol>");
        } else {
            text = QStringLiteral("<p style='color:#b3261e'>%1</p>")
                       .arg(sheet.error().toHtmlEscaped());
        }
        m_clauses->setHtml(text);
        m_summary->setText(tr("Version %1, adopted %2 · %3 of %4 households signed")
                               .arg(m_pact->version)
                               .arg(shortDate(m_pact->adoptedOn))
                               .arg(b->signedHouseholds)
                               .arg(b->households));
        const auto households = m_service.repository().households(b->buildingId, m_pact->id);
        if (households)
            m_households = *households;
        QList<QStringList> rows;
        for (const PactHousehold &h : std::as_const(m_households))
            rows.append({h.unit, h.room, h.head,
                         h.signedOn.isValid() ? tr("%1 (%2)").arg(shortDate(h.signedOn), h.signer)
                                              : tr("not yet signed")});
        m_householdsModel->setRows(rows);
        m_householdsTable->resizeColumnsToContents();
    }
    QList<QStringList> inspections;
    if (const auto list = m_service.repository().inspections(b->buildingId)) {
        for (const Inspection &i : *list) {
            QStringList failed;
            if (!i.corridorClear)
                failed << tr("corridor blocked");
            if (!i.noClutter)
                failed << tr("clutter");
            if (!i.lighting)
                failed << tr("lighting");
            if (!i.bins)
                failed << tr("bins");
            inspections.append(
                {shortDate(i.inspectedOn), i.inspectors,
                 i.passed() ? tr("kept") : tr("failed: %1").arg(failed.join(tr(", "))),
                 shortDate(i.rectifyBy), i.notes});
        }
    }
    m_inspectionsModel->setRows(inspections);
    m_inspectionsTable->resizeColumnsToContents();
}

void CoGovernancePage::adoptPact() {
    const BuildingPactStatus *b = chosen();
    if (!b)
        return;
    PactDialog dialog(m_service, m_meetings.repository(), b->buildingId, b->compound + b->building,
                      this);
    // Closed after a refusal (another desk adopted a version meanwhile), the page shows the
    // version in force, so the next action starts from it.
    if (dialog.exec() != QDialog::Accepted)
        reloadAll();
}

void CoGovernancePage::printPact(bool toPdf) {
    const BuildingPactStatus *b = chosen();
    if (!b)
        return;
    const auto sheet = m_service.sheet(b->buildingId);
    if (!sheet) {
        ErrorReporter::report(this, tr("The pact cannot be printed."), sheet.error());
        return;
    }
    auto document = PactDocuments::pact(*sheet);
    const QString title = sheet->compound + sheet->building + sheet->pact.title;
    if (toPdf)
        DocumentPrinter::saveAsPdf(this, *document, title, title + QStringLiteral(".pdf"));
    else
        DocumentPrinter::preview(this, *document, title);
}

void CoGovernancePage::printCompound() {
    const BuildingPactStatus *b = chosen();
    if (!b) {
        ErrorReporter::report(this, tr("The compound's pacts cannot be printed."),
                              tr("Choose a building of the compound first."));
        return;
    }
    QStringList without;
    const auto sheets = m_service.compoundSheets(b->compoundId, &without);
    if (!sheets || sheets->isEmpty()) {
        ErrorReporter::report(this, tr("The compound's pacts cannot be printed."),
                              sheets
                                  ? tr("No building of %1 has adopted a pact yet.").arg(b->compound)
                                  : sheets.error());
        return;
    }
    auto document = PactDocuments::compound(*sheets);
    DocumentPrinter::preview(this, *document, tr("Hygiene pacts of %1").arg(b->compound));
    if (!without.isEmpty())
        QMessageBox::information(
            this, tr("Hygiene pacts of %1").arg(b->compound),
            tr("Not printed, without a pact yet: %1").arg(without.join(QStringLiteral("、"))));
}

void CoGovernancePage::adoptForCompound() {
    const BuildingPactStatus *b = chosen();
    const auto templates = m_service.repository().templates();
    if (!b || !templates || templates->isEmpty()) {
        ErrorReporter::report(this, tr("No pacts were adopted."),
                              !b ? tr("Choose a building of the compound first.")
                                 : tr("There is no template to adopt."));
        return;
    }
    QStringList names;
    for (const PactTemplate &t : *templates)
        names << t.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Adopt for the compound"),
        tr("Every building of %1 without a pact adopts, today:").arg(b->compound), names, 0, false,
        &ok);
    if (!ok)
        return;
    const PactTemplateId id = templates->at(names.indexOf(name)).id;
    const auto adopted =
        m_service.adoptForCompound(b->compoundId, id, m_service.database().clock().today());
    if (!adopted) {
        ErrorReporter::report(this, tr("No pacts were adopted."), adopted.error());
        return;
    }
    QMessageBox::information(
        this, tr("Adopt for the compound"),
        tr("%n building(s) of %1 adopted the pact.", nullptr, *adopted).arg(b->compound));
}

QList<HouseholdId> CoGovernancePage::chosenHouseholds() const {
    QList<HouseholdId> ids;
    for (const QModelIndex &row : m_householdsTable->selectionModel()->selectedRows()) {
        if (row.row() < m_households.size())
            ids << m_households.at(row.row()).id;
    }
    return ids;
}

void CoGovernancePage::markSigned(bool signedNow) {
    const QList<HouseholdId> households = chosenHouseholds();
    if (!m_pact || households.isEmpty()) {
        ErrorReporter::report(this, tr("Nothing was recorded."),
                              tr("Choose the households in the list first."));
        return;
    }
    // A refusal may be for another desk's change (a new version adopted, the household signed
    // there): the page then shows what is saved now, so the next try is not refused again.
    if (!signedNow) {
        if (const Status done = m_service.unsign(m_pact->id, households); !done) {
            ErrorReporter::report(this, tr("Nothing was recorded."), done.error());
            reloadAll();
        }
        return;
    }
    const QDate today = m_service.database().clock().today();
    auto *date = new QDateEdit(today);
    date->setObjectName(QStringLiteral("signedOn"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setDateRange(m_pact->adoptedOn, today);
    FormDialog::run(
        this, tr("Signed the pact"),
        {{QString(), new QLabel(tr("%n household(s) signed on:", nullptr, int(households.size())))},
         {tr("Date:"), date}},
        [&] {
            if (!m_pact)
                return Status::failure(tr("The building has no pact to sign now."));
            const Status done = m_service.sign(m_pact->id, households, date->date());
            if (!done)
                reloadAll();
            return done;
        });
}

void CoGovernancePage::exportInspections() {
    const QDate today = m_service.database().clock().today();
    auto *from = new QDateEdit(QDate(today.year(), 1, 1));
    from->setObjectName(QStringLiteral("ledgerFrom"));
    from->setCalendarPopup(true);
    auto *to = new QDateEdit(today);
    to->setObjectName(QStringLiteral("ledgerTo"));
    to->setCalendarPopup(true);
    QDate first;
    QDate last;
    const bool chosen =
        FormDialog::run(this, tr("The inspection ledger"), {{tr("&From:"), from}, {tr("&To:"), to}},
                        [&]() -> Status {
                            if (from->date() > to->date())
                                return Status::failure(tr("The period ends before it begins."));
                            first = from->date();
                            last = to->date();
                            return Status::success();
                        });
    if (!chosen)
        return;
    ListExporter::runTable(
        this, m_service.database(), tr("Export the inspection ledger"),
        QStringLiteral("卫生检查台账"),
        [this, first, last]() -> Result<ExportTable> {
            const auto ledger = m_service.repository().inspectionLedger(first, last);
            if (!ledger)
                return ledger.status();
            return InspectionExport::table(*ledger);
        },
        QStringLiteral("inspections"), Permission::EditCoGovernance);
}

void CoGovernancePage::recordInspection() {
    const BuildingPactStatus *b = chosen();
    if (!b)
        return;
    InspectionDialog dialog(m_service, b->buildingId, b->compound + b->building, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(1);
}

} // namespace linli
