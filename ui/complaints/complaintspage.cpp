#include "complaints/complaintspage.h"

#include "access/permissions.h"
#include "exchange/complaintexport.h"
#include "widgets/listexporter.h"

#include "complaints/complaintdetailwidget.h"
#include "complaints/complaintfigures.h"
#include "complaints/complaintlabels.h"
#include "complaints/complaintlistmodel.h"
#include "complaints/complaintservice.h"
#include "documents/complaintdocuments.h"
#include "documents/printeddocument.h"
#include "registry/idnumber.h"
#include "registry/placerepository.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace linli {

namespace {
enum StateChoice { AnyState = -1, OpenOnly = -2, OverdueOnly = -3 };
enum Period { AnyTime, Today, ThisWeek, ThisMonth, Last30Days, ThisYear };
} // namespace

ComplaintsPage::ComplaintsPage(ComplaintService &service, const OfficeSettingsService &office,
                               Database &database, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_database(database)
    , m_office(office)
    , m_model(new ComplaintListModel(service.complaints(), this))
    , m_state(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_handler(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_table(makeListTable(m_model, QStringLiteral("complaintTable"), this))
    , m_detail(new ComplaintDetailWidget(service, office, this))
    , m_debounce(new QTimer(this)) {
    setEmptyHint(m_table, tr("No complaint matches these filters. A new matter is logged at the "
                             "duty desk or with New complaint…; clear the filters to see all."));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), int(AnyState));
    m_state->addItem(tr("Open"), int(OpenOnly));
    m_state->addItem(tr("Overdue"), int(OverdueOnly));
    for (const ComplaintState state : ComplaintLabels::states())
        m_state->addItem(ComplaintLabels::state(state), int(state));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    fillCategories();
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), -1);
    for (const Channel channel : ComplaintLabels::channels())
        m_channel->addItem(ComplaintLabels::channel(channel), int(channel));
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), int(AnyTime));
    m_period->addItem(tr("Today"), int(Today));
    m_period->addItem(tr("This week"), int(ThisWeek));
    m_period->addItem(tr("This month"), int(ThisMonth));
    m_period->addItem(tr("Last 30 days"), int(Last30Days));
    m_period->addItem(tr("This year"), int(ThisYear));
    m_handler->setObjectName(QStringLiteral("handlerFilter"));
    m_handler->setPlaceholderText(tr("Handler"));
    m_handler->setClearButtonEnabled(true);
    m_handler->setMaximumWidth(140);
    m_text->setObjectName(QStringLiteral("complaintSearch"));
    m_text->setPlaceholderText(tr("Number, summary, reporter, phone or place"));
    m_text->setClearButtonEnabled(true);
    m_counts->setObjectName(QStringLiteral("complaintCounts"));
    m_figures->setObjectName(QStringLiteral("complaintFigures"));
    m_figures->setWordWrap(true);
    m_figures->setStyleSheet(QStringLiteral("color: #333;"));

    m_table->setColumnWidth(ComplaintListModel::Number, 84);
    m_table->setColumnWidth(ComplaintListModel::Received, 118);
    m_table->setColumnWidth(ComplaintListModel::Channel, 64);
    m_table->setColumnWidth(ComplaintListModel::Reporter, 72);
    m_table->setColumnWidth(ComplaintListModel::Place, 180);
    m_table->setColumnWidth(ComplaintListModel::Category, 84);
    m_table->setColumnWidth(ComplaintListModel::State, 84);
    m_table->setColumnWidth(ComplaintListModel::Handler, 96);
    m_table->setColumnWidth(ComplaintListModel::Due, 118);
    // The summary takes what the window has left, so that the due time stays in view.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ComplaintListModel::Summary,
                                                      QHeaderView::Stretch);
    // The whole sub-district's list says whose each complaint is.
    const auto communities = PlaceRepository(database).allCommunities();
    const bool severalShown =
        !database.session().community.isValid() && communities && communities->size() > 1;
    if (severalShown) {
        QHash<qint64, QString> names;
        for (const Community &community : *communities)
            names.insert(community.id.value, community.name);
        m_model->setCommunityNames(names);
    }
    m_table->setColumnHidden(ComplaintListModel::Community, !severalShown);

    auto *newButton = new QPushButton(tr("&New complaint…"), this);
    newButton->setObjectName(QStringLiteral("newComplaintButton"));
    newButton->setToolTip(tr("Log a new complaint in a form of its own"));
    auto *dutyLog = new QPushButton(tr("Duty &log…"), this);
    dutyLog->setObjectName(QStringLiteral("dutyLogButton"));
    dutyLog->setToolTip(tr("Print the day's duty log (值班日志)"));
    auto *repeat = new QPushButton(tr("Repeat visitors…"), this);
    repeat->setObjectName(QStringLiteral("repeatVisitorsButton"));
    repeat->setToolTip(tr("Residents who came back about the same kind of matter"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_category);
    filters->addWidget(m_channel);
    filters->addWidget(m_period);
    filters->addWidget(m_handler);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_counts, 1);
    bar->addWidget(repeat);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportComplaintsButton"));
    exportButton->setToolTip(tr("What the list shows, to Excel (.xlsx) or CSV; the export is "
                                "written to the audit trail"));
    exportButton->setVisible(
        Permissions::allows(database.session().role, Permission::ExportPersonalData));
    connect(exportButton, &QPushButton::clicked, this, &ComplaintsPage::exportList);
    bar->addWidget(exportButton);
    bar->addWidget(dutyLog);
    bar->addWidget(newButton);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_figures);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ComplaintsPage::applyFilter);
    for (QLineEdit *edit : {m_text, m_handler})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_state, m_category, m_channel, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintsPage::applyFilter);
    connect(m_model, &ComplaintListModel::totalCountChanged, this, &ComplaintsPage::updateCounts);
    connect(m_model, &ComplaintListModel::loadFailed, this, [this](const QString &message) {
        ErrorReporter::report(this, tr("The complaints could not be listed."), message);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const ComplaintListEntry *c = m_model->complaintAt(current.row()))
                    m_detail->showComplaint(c->id);
            });
    const auto reloadKeepingTheChosen = [this] {
        const ComplaintId chosen = m_detail->complaintId();
        m_model->setFilter(m_model->filter(), m_service.database().clock().now());
        updateFigures();
        m_detail->showComplaint(chosen);
    };
    connect(&m_service, &ComplaintService::complaintsChanged, this, reloadKeepingTheChosen);
    connect(m_detail, &ComplaintDetailWidget::changedElsewhere, this, reloadKeepingTheChosen);
    connect(newButton, &QPushButton::clicked, this, &ComplaintsPage::intakeRequested);
    connect(m_detail, &ComplaintDetailWidget::mediationRequested, this,
            &ComplaintsPage::mediationRequested);
    connect(&m_service, &ComplaintService::listsChanged, this, &ComplaintsPage::fillCategories);
    connect(dutyLog, &QPushButton::clicked, this, &ComplaintsPage::printDutyLog);
    connect(repeat, &QPushButton::clicked, this, &ComplaintsPage::showRepeatReporters);
    applyFilter();
    updateFigures();
}

void ComplaintsPage::applyFilter() {
    m_debounce->stop();
    ComplaintFilter filter;
    const int state = m_state->currentData().toInt();
    if (state == OpenOnly)
        filter.openOnly = true;
    else if (state == OverdueOnly)
        filter.overdueOnly = true;
    else if (state >= 0)
        filter.state = ComplaintState(state);
    filter.categoryId = CategoryId{m_category->currentData().toLongLong()};
    if (m_channel->currentData().toInt() >= 0)
        filter.channel = Channel(m_channel->currentData().toInt());
    const QDate today = m_service.database().clock().today();
    switch (Period(m_period->currentData().toInt())) {
    case AnyTime:
        break;
    case Today:
        filter.from = today;
        break;
    case ThisWeek:
        filter.from = today.addDays(1 - today.dayOfWeek());
        break;
    case ThisMonth:
        filter.from = QDate(today.year(), today.month(), 1);
        break;
    case Last30Days:
        filter.from = today.addDays(-29);
        break;
    case ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        break;
    }
    filter.assignee = m_handler->text();
    filter.text = m_text->text();
    m_model->setFilter(filter, m_service.database().clock().now());
    // Another filter's list starts at its first row, wherever the last one was scrolled to, with
    // no row chosen: the row chosen before is another complaint now, and choosing the first row
    // must show it rather than leave the last one's detail beside it.
    m_table->selectionModel()->clear();
    m_table->scrollToTop();
}

void ComplaintsPage::fillCategories() {
    const qint64 chosen = m_category->currentData().toLongLong();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), qint64(0));
    if (const auto categories = m_service.complaints().categories()) {
        for (const Category &category : *categories)
            m_category->addItem(category.name, category.id.value);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(chosen)));
}

void ComplaintsPage::updateCounts() {
    ComplaintFilter open = m_model->filter();
    open.state.reset();
    open.overdueOnly = false;
    open.openOnly = true;
    ComplaintFilter overdue = open;
    overdue.openOnly = false;
    overdue.overdueOnly = true;
    const auto openCount = m_service.complaints().count(open);
    const auto overdueCount = m_service.complaints().count(overdue);
    m_counts->setText(tr("%n complaint(s) shown", nullptr, m_model->totalCount()) + tr(" · ") +
                      tr("%n open", nullptr, openCount ? *openCount : 0) + tr(" · ") +
                      tr("%n overdue", nullptr, overdueCount ? *overdueCount : 0));
}

void ComplaintsPage::updateFigures() {
    const QDateTime now = m_service.database().clock().now();
    const auto figures =
        ComplaintFigures::compute(m_service.complaints(), now.date().addDays(-29), now.date(), now);
    if (!figures) {
        m_figures->setText(figures.error());
        return;
    }
    const ComplaintFigures &f = *figures;
    auto share = [&f](Level level) {
        return f.resolved ? QString::number(100.0 * f.settledAt.value(level) / f.resolved, 'f', 0)
                          : QStringLiteral("0");
    };
    m_figures->setText(
        tr("Last 30 days: %1 received, %2 resolved. Settled in the building %3%, in the community "
           "%4%, by mediation %5%, referred %6%. Median first response %7 h, median to resolution "
           "%8 days. Of these, overdue now: %9.")
            .arg(f.received)
            .arg(f.resolved)
            .arg(share(Level::Building), share(Level::Community), share(Level::Mediation),
                 share(Level::Referred))
            .arg(f.medianHoursToFirstResponse, 0, 'f', 1)
            .arg(f.medianHoursToResolution / 24.0, 0, 'f', 1)
            .arg(f.overdue));
}

void ComplaintsPage::showComplaint(ComplaintId id) {
    m_detail->showComplaint(id);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->complaintAt(row)->id == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void ComplaintsPage::exportList() {
    const ComplaintFilter filter = m_model->filter();
    const auto rows = ListExporter::run(
        this, m_database, tr("Export the complaints list"), QStringLiteral("诉求台账"),
        [&](bool full) { return ComplaintExport::table(m_database, filter, full); });
    if (rows)
        m_counts->setText(tr("%n complaint(s) exported.", "", int(*rows)));
}

void ComplaintsPage::showOpen() {
    m_state->setCurrentIndex(m_state->findData(int(OpenOnly)));
}

void ComplaintsPage::showOverdue() {
    m_state->setCurrentIndex(m_state->findData(int(OverdueOnly)));
}

void ComplaintsPage::printDutyLog() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Duty log"));
    auto *date = new QDateEdit(m_service.database().clock().today(), &dialog);
    date->setObjectName(QStringLiteral("dutyLogDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Print &preview…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Day:"), date);
    form->addRow(buttons);
    bool asPdf = false;
    connect(pdf, &QPushButton::clicked, &dialog, [&asPdf] { asPdf = true; });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto office = m_office.identity();
    const auto document =
        office ? ComplaintDocuments::dutyLog(m_service.complaints(), date->date(), *office)
               : Result<std::unique_ptr<QTextDocument>>(office.status());
    if (!document) {
        ErrorReporter::report(this, tr("The duty log cannot be printed."), document.error());
        return;
    }
    const QString title =
        tr("Duty log %1").arg(QLocale().toString(date->date(), QLocale::ShortFormat));
    if (asPdf)
        DocumentPrinter::saveAsPdf(
            this, **document, title,
            QStringLiteral("duty-log-%1.pdf").arg(date->date().toString(Qt::ISODate)));
    else
        DocumentPrinter::preview(this, **document, title);
}

void ComplaintsPage::showRepeatReporters() {
    const int days = ComplaintRepository::kRepeatVisitorWindowDays;
    const QDateTime since = m_service.database().clock().now().addDays(-days);
    const auto reporters = m_service.complaints().repeatReporters(since);
    if (!reporters) {
        ErrorReporter::report(this, tr("The repeat visitors could not be listed."),
                              reporters.error());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Repeat visitors in the last %1 days").arg(days));
    dialog.resize(640, 420);
    auto *model = new StringTableModel(
        {tr("Reporter"), tr("Phone"), tr("Category"), tr("Visits"), tr("Last visit")}, &dialog);
    QList<QStringList> rows;
    for (const RepeatReporter &r : *reporters)
        // Masked for every role, as in every list; the complaint's detail shows it in full to
        // the roles that may see it, audited.
        rows.append({r.name, MobilePhone::masked(r.phone), r.categoryName,
                     QString::number(r.visits),
                     QLocale().toString(r.lastAt, QLocale::ShortFormat)});
    model->setRows(rows);
    auto *table = new QTableView(&dialog);
    table->setObjectName(QStringLiteral("repeatVisitorsTable"));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Each row is a reporter who came more than once about the same "
                                    "kind of matter: a sign that it was not settled for good."),
                                 &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace linli
