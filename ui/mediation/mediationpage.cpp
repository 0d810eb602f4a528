#include "mediation/mediationpage.h"

#include "access/permissions.h"
#include "documents/mediationdocuments.h"
#include "mediation/agreementdialog.h"
#include "mediation/casedialog.h"
#include "mediation/casefiledialog.h"
#include "mediation/caselistmodel.h"
#include "mediation/casestatemachine.h"
#include "mediation/costsharedialog.h"
#include "mediation/costsplit.h"
#include "mediation/mediationfigures.h"
#include "mediation/mediationlabels.h"
#include "mediation/mediationservice.h"
#include "mediation/mediationstatistics.h"
#include "mediation/screeninglogdialog.h"
#include "mediation/sessiondialog.h"
#include "mediation/teamdialog.h"
#include "mediation/weekview.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/factstable.h"
#include "widgets/formdialog.h"
#include "widgets/listexporter.h"
#include "widgets/monthchooser.h"
#include "widgets/showngate.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace linli {

namespace {

QString venueText(const Venue &venue) {
    return venue.place.isEmpty() ? MediationLabels::venue(venue.kind)
                                 : QCoreApplication::translate("linli::MediationPage", "%1, %2")
                                       .arg(MediationLabels::venue(venue.kind), venue.place);
}

} // namespace

MediationPage::MediationPage(MediationService &service, const RegistryService &registry,
                             const OfficeSettingsService &office, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_registry(registry)
    , m_office(office)
    , m_tabs(new QTabWidget(this))
    , m_cases(new CaseListModel(this))
    , m_caseTable(makeListTable(m_cases, QStringLiteral("caseTable"), this))
    , m_openOnly(new QCheckBox(tr("Open cases only"), this))
    , m_header(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_sessionsModel(
          new StringTableModel({tr("When"), tr("Where"), tr("Purpose"), tr("Result")}, this))
    , m_sessionTable(makeListTable(m_sessionsModel, QStringLiteral("caseSessions"), this))
    , m_schedule(new QPushButton(tr("&Schedule a session…"), this))
    , m_extend(new QPushButton(tr("&Extend the limit…"), this))
    , m_agreement(new QPushButton(tr("Print the &agreement…"), this))
    , m_costShare(new QPushButton(tr("Cost-sharing &sheet…"), this))
    , m_shareCost(new QPushButton(tr("S&hare a cost…"), this))
    , m_weekTitle(new QLabel(this))
    , m_weekFilter(new QComboBox(this))
    , m_week(new WeekView(this))
    , m_move(new QPushButton(tr("&Move…"), this))
    , m_cancel(new QPushButton(tr("&Cancel the session…"), this))
    , m_thisWeek(new QLabel(this)) {
    m_shown = new ShownGate(this, [this] {
        reloadCases();
        reloadCase();
        reloadWeek();
    });
    m_tabs->setObjectName(QStringLiteral("mediationTabs"));
    setEmptyHint(m_caseTable, tr("No cases here. Accept a dispute… opens the first; a complaint "
                                 "sent to mediation opens one from the complaint."));
    setEmptyHint(m_sessionTable,
                 tr("No sessions for this case yet: Schedule a session… books the first."));
    m_openOnly->setObjectName(QStringLiteral("openCasesOnly"));
    m_header->setObjectName(QStringLiteral("caseHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_schedule->setToolTip(tr("Book a mediation session for the chosen case; clashes are refused"));
    m_extend->setObjectName(QStringLiteral("extendLimitButton"));
    m_extend->setToolTip(tr("Give the chosen case more time, with the reason"));
    m_agreement->setObjectName(QStringLiteral("agreementButton"));
    m_agreement->setToolTip(
        tr("Print the mediation agreement (人民调解协议书) for the parties to sign"));
    m_costShare->setObjectName(QStringLiteral("costShareButton"));
    m_costShare->setToolTip(tr("Print the sheets that share a repair's cost among households"));
    m_thisWeek->setObjectName(QStringLiteral("sessionsThisWeek"));
    m_caseTable->setColumnWidth(CaseListModel::Number, 170);
    m_caseTable->setColumnWidth(CaseListModel::Parties, 200);

    // Cases: the list above, the chosen case's file below.
    auto *casesTab = new QWidget(this);
    auto *accept = new QPushButton(tr("&Accept a dispute…"), this);
    accept->setObjectName(QStringLiteral("acceptCaseButton"));
    accept->setToolTip(
        tr("Accept a new dispute for mediation: the parties, the facts, the mediators"));
    connect(accept, &QPushButton::clicked, this, &MediationPage::acceptCase);
    auto *teamButton = new QPushButton(tr("The &team…"), this);
    teamButton->setObjectName(QStringLiteral("teamButton"));
    teamButton->setToolTip(tr("The mediators: staff and outside mediators, their specialities"));
    connect(teamButton, &QPushButton::clicked, this, [this] {
        TeamDialog dialog(m_service, this);
        dialog.exec();
    });
    auto *monthly = new QPushButton(tr("Monthly &statistics…"), this);
    monthly->setObjectName(QStringLiteral("monthlyButton"));
    monthly->setToolTip(tr("The month's people's-mediation statistics (统计月报表), to print"));
    connect(monthly, &QPushButton::clicked, this, &MediationPage::printMonthly);
    auto *screening = new QPushButton(tr("Scree&ning log…"), this);
    screening->setObjectName(QStringLiteral("screeningButton"));
    screening->setToolTip(tr("Rounds of screening for disputes (矛盾纠纷排查) and the disputes "
                             "headed off, which the statistics count"));
    connect(screening, &QPushButton::clicked, this, [this] {
        ScreeningLogDialog dialog(m_service.database(), this);
        dialog.exec();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_thisWeek, 1);
    top->addWidget(screening);
    top->addWidget(monthly);
    top->addWidget(ListExporter::button(
        this, m_service.database(), QStringLiteral("exportCasesButton"), tr("Export the cases"),
        QStringLiteral("调解案件"), *m_cases, QStringLiteral("cases"), Permission::ViewMediation));
    top->addWidget(m_openOnly);
    top->addWidget(teamButton);
    top->addWidget(accept);
    auto *detail = new QWidget(this);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addLayout(m_actions);
    detailButtons->addStretch();
    detailButtons->addWidget(m_extend);
    detailButtons->addWidget(m_shareCost);
    m_payments = new QPushButton(tr("&Payments…"), this);
    m_payments->setObjectName(QStringLiteral("paymentsButton"));
    m_payments->setToolTip(tr("Which households have paid their share"));
    m_replaceLead = new QPushButton(tr("Replace the &lead…"), this);
    m_replaceLead->setObjectName(QStringLiteral("replaceLeadButton"));
    m_replaceLead->setToolTip(tr("A party asked for another mediator to lead the case"));
    m_caseFile = new QPushButton(tr("Case &file…"), this);
    m_caseFile->setObjectName(QStringLiteral("caseFileButton"));
    m_caseFile->setToolTip(tr("The papers of the case file (卷宗): what is ready, what is "
                              "missing, printed one by one or bound"));
    connect(m_caseFile, &QPushButton::clicked, this, [this] {
        CaseFileDialog dialog(m_service, m_office, m_case.id, this);
        dialog.exec();
    });
    // What mediation kept the dispute from: the statistics form counts each.
    auto *avertedRow = new QHBoxLayout;
    auto *avertedLabel = new QLabel(tr("Mediation kept this dispute from:"), this);
    avertedLabel->setToolTip(tr("Counted in the statistics in the month the case concludes"));
    avertedRow->addWidget(avertedLabel);
    const auto addAverted = [&](Averted what, const QString &label, const char *name,
                                const QString &tip) {
        auto *box = new QCheckBox(label, this);
        box->setObjectName(QLatin1String(name));
        box->setToolTip(tip);
        connect(box, &QCheckBox::clicked, this, [this, what](bool averted) {
            if (const Status done = m_service.setAverted(m_case, what, averted); !done) {
                ErrorReporter::report(this, tr("The case was not changed."), done.error());
                reloadCase();
            }
        });
        avertedRow->addWidget(box);
        m_averted.insert(what, box);
    };
    addAverted(Averted::Criminal, tr("a &criminal case"), "avertedCriminal",
               tr("The dispute would have turned into a criminal case (防止民转刑)"));
    addAverted(Averted::Suicide, tr("a suicide"), "avertedSuicide",
               tr("A party was at risk of taking their own life (防止民间纠纷引起自杀)"));
    addAverted(Averted::GroupPetition, tr("a group petition"), "avertedGroupPetition",
               tr("Many households would have petitioned together (防止群体性上访)"));
    addAverted(Averted::GroupFight, tr("a group fight"), "avertedGroupFight",
               tr("Groups would have come to blows (防止群体性械斗)"));
    avertedRow->addStretch();
    detailButtons->addWidget(m_replaceLead);
    // The papers on a row of their own: with every step a case allows, one row is wider than
    // a 1280-pixel screen and would widen the window.
    auto *paperButtons = new QHBoxLayout;
    paperButtons->addStretch();
    paperButtons->addWidget(m_caseFile);
    paperButtons->addWidget(m_payments);
    connect(m_payments, &QPushButton::clicked, this, &MediationPage::recordPayments);
    m_voidShare = new QPushButton(tr("&Void a share…"), this);
    m_voidShare->setObjectName(QStringLiteral("voidShareButton"));
    m_voidShare->setToolTip(
        tr("Void a cost share agreed in error, saying why: it stays on the case's record"));
    paperButtons->addWidget(m_voidShare);
    connect(m_voidShare, &QPushButton::clicked, this, &MediationPage::voidShare);
    connect(m_replaceLead, &QPushButton::clicked, this, &MediationPage::replaceLead);
    m_editAgreement = new QPushButton(tr("Agreement &details…"), this);
    m_editAgreement->setObjectName(QStringLiteral("editAgreementButton"));
    m_editAgreement->setToolTip(tr("The agreement's terms, the money it settles and, once a "
                                   "court has confirmed it, the court's confirmation (司法确认)"));
    connect(m_editAgreement, &QPushButton::clicked, this, [this] {
        AgreementDialog dialog(m_service, m_case, this);
        dialog.exec();
        reloadCase();
    });
    paperButtons->addWidget(m_editAgreement);
    paperButtons->addWidget(m_agreement);
    paperButtons->addWidget(m_costShare);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(new QLabel(tr("Sessions"), this));
    sessionButtons->addStretch();
    m_record = new QPushButton(tr("Write the &record…"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setToolTip(tr("The record of the session (调解笔录) and its result"));
    m_record->setEnabled(false);
    sessionButtons->addWidget(m_record);
    sessionButtons->addWidget(m_schedule);
    connect(m_record, &QPushButton::clicked, this, &MediationPage::writeRecord);
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_sessionTable->selectionModel()->selectedRows();
        m_record->setEnabled(!rows.isEmpty() && !m_sessions.at(rows.first().row()).cancelled);
    });
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_facts);
    detailLayout->addLayout(detailButtons);
    detailLayout->addLayout(paperButtons);
    detailLayout->addLayout(avertedRow);
    detailLayout->addLayout(sessionButtons);
    detailLayout->addWidget(m_sessionTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_caseTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("mediationFigures"));
    m_figures->setWordWrap(true);
    m_figures->setStyleSheet(QStringLiteral("color: #333;"));
    auto *casesLayout = new QVBoxLayout(casesTab);
    casesLayout->addLayout(top);
    casesLayout->addWidget(m_figures);
    casesLayout->addWidget(splitter, 1);

    // The week: every session, or one mediator's, or one venue's.
    auto *weekTab = new QWidget(this);
    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *today = new QPushButton(tr("This week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    previous->setToolTip(tr("The week before"));
    today->setToolTip(tr("Back to this week"));
    next->setToolTip(tr("The week after"));
    m_weekFilter->setObjectName(QStringLiteral("weekFilter"));
    m_move->setObjectName(QStringLiteral("moveSessionButton"));
    m_move->setToolTip(tr("Move the chosen session to another time or room"));
    m_cancel->setObjectName(QStringLiteral("cancelSessionButton"));
    m_cancel->setToolTip(tr("Cancel the chosen session, with the reason"));
    auto *weekBar = new QHBoxLayout;
    weekBar->addWidget(previous);
    weekBar->addWidget(today);
    weekBar->addWidget(next);
    weekBar->addWidget(m_weekTitle, 1);
    weekBar->addWidget(m_weekFilter);
    auto *weekButtons = new QHBoxLayout;
    weekButtons->addStretch();
    weekButtons->addWidget(m_move);
    weekButtons->addWidget(m_cancel);
    auto *weekLayout = new QVBoxLayout(weekTab);
    weekLayout->addLayout(weekBar);
    weekLayout->addWidget(m_week, 1);
    weekLayout->addLayout(weekButtons);

    m_tabs->addTab(casesTab, tr("Cases"));
    m_tabs->addTab(weekTab, tr("Week"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    fillWeekFilter();
    connect(&m_service, &MediationService::teamChanged, this, &MediationPage::fillWeekFilter);

    connect(m_openOnly, &QCheckBox::toggled, this, &MediationPage::reloadCases);
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const MediationCase *c = m_cases->caseAt(current.row())) {
                    m_case = *c;
                    reloadCase();
                }
            });
    connect(m_schedule, &QPushButton::clicked, this, &MediationPage::scheduleSession);
    connect(m_extend, &QPushButton::clicked, this, &MediationPage::extendLimit);
    connect(m_agreement, &QPushButton::clicked, this, &MediationPage::printAgreement);
    connect(m_costShare, &QPushButton::clicked, this, &MediationPage::printCostShare);
    connect(m_shareCost, &QPushButton::clicked, this, &MediationPage::shareCost);
    m_shareCost->setObjectName(QStringLiteral("shareCostButton"));
    m_shareCost->setToolTip(tr("Split a repair across the households of the stairwell unit"));
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(today, &QPushButton::clicked, this,
            [this] { showWeek(m_service.database().clock().today()); });
    connect(m_weekFilter, &QComboBox::currentIndexChanged, this, &MediationPage::reloadWeek);
    connect(m_week, &WeekView::selectionChanged, this, [this](SessionId id) {
        m_move->setEnabled(id.isValid());
        m_cancel->setEnabled(id.isValid());
    });
    connect(m_week, &WeekView::activated, this, &MediationPage::moveSelected);
    connect(m_week, &WeekView::moveRequested, this, [this](SessionId id, const QDateTime &start) {
        const auto session = m_service.repository().session(id);
        if (!session)
            return;
        const Status done = m_service.reschedule(
            *session, start, start.addSecs(session->start.secsTo(session->end)), session->venue);
        if (!done)
            ErrorReporter::report(this, tr("The session was not moved."), done.error());
    });
    connect(m_move, &QPushButton::clicked, this, &MediationPage::moveSelected);
    connect(m_cancel, &QPushButton::clicked, this, &MediationPage::cancelSelected);
    connect(&m_service, &MediationService::casesChanged, this, [this] {
        reloadCases();
        reloadCase();
    });
    connect(&m_service, &MediationService::sessionsChanged, this, [this] {
        reloadCase();
        reloadWeek();
    });
    m_move->setEnabled(false);
    m_cancel->setEnabled(false);
    reloadCases();
    showWeek(m_service.database().clock().today());
    reloadCase();
}

bool MediationPage::mayRead() const {
    // The page is not offered to roles that may not see mediation files; it loads nothing for
    // them rather than meet core's refusal at every turn.
    return Permissions::allows(m_service.database().session().role, Permission::ViewMediation);
}

QString MediationPage::mediatorName(MediatorId id) const {
    const auto mediator = m_service.repository().mediator(id);
    return mediator ? mediator->name : QString();
}

void MediationPage::reloadCases() {
    if (!mayRead() || m_shown->defer())
        return;
    const auto cases = m_service.repository().cases(m_openOnly->isChecked());
    const auto team = m_service.repository().mediators();
    if (!cases || !team) {
        ErrorReporter::report(this, tr("The cases could not be listed."),
                              cases ? team.error() : cases.error());
        return;
    }
    QHash<qint64, QString> names;
    for (const Mediator &m : *team)
        names.insert(m.id.value, m.name);
    const QDate today = m_service.database().clock().today();
    m_cases->setCases(*cases, names, today);
    if (const auto f =
            MediationFigures::compute(m_service.database(), QDate(today.year(), 1, 1), today)) {
        m_figures->setText(
            tr("This year: %1 cases accepted, %2 concluded, agreement rate %3%, %4 yuan of repair "
               "costs shared, median %5 days from acceptance to closing.")
                .arg(f->accepted)
                .arg(f->concluded)
                .arg(f->agreementRate * 100, 0, 'f', 0)
                .arg(CostSplit::yuan(f->costSharedFen))
                .arg(f->medianDaysToClose, 0, 'f', 0));
    }
    const int row = m_cases->rowOf(m_case.id);
    if (row >= 0)
        m_caseTable->selectRow(row);
}

void MediationPage::showCase(CaseId id) {
    m_tabs->setCurrentIndex(0);
    const int row = m_cases->rowOf(id);
    if (row >= 0) {
        m_caseTable->selectRow(row);
        m_caseTable->scrollTo(m_cases->index(row, 0));
    }
}

void MediationPage::reloadCase() {
    if (!mayRead() || m_shown->defer())
        return;
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto found = m_case.id.isValid() ? m_service.repository().mediationCase(m_case.id)
                                           : Result<MediationCase>::failure(QString());
    const bool chosen = found.ok();
    for (QWidget *w : std::initializer_list<QWidget *>{m_schedule, m_extend, m_agreement,
                                                       m_costShare, m_sessionTable, m_caseFile})
        w->setEnabled(chosen);
    for (QCheckBox *box : std::as_const(m_averted))
        box->setEnabled(chosen);
    m_payments->setEnabled(false);
    m_voidShare->setEnabled(false);
    m_editAgreement->setEnabled(false);
    m_replaceLead->setEnabled(false);
    m_shareCost->setEnabled(false);
    if (!chosen) {
        m_header->setText(tr("Choose a case above."));
        m_facts->clear();
        m_sessionsModel->setRows({});
        return;
    }
    m_case = *found;
    const MediationCase &c = m_case;
    const QDate today = m_service.database().clock().today();
    QString state = CaseStateMachine::stateName(c.state);
    if (c.isOverLimit(today))
        state = tr("%1 — past its limit of %2")
                    .arg(state, QLocale().toString(c.limitOn, QLocale::ShortFormat));
    m_header->setText(tr("%1 %2").arg(c.number, MediationLabels::caseType(c.type)));
    QStringList parties;
    for (const Party &p : c.parties)
        parties << tr("%1: %2").arg(
            p.side == PartySide::Applicant ? tr("applicant") : tr("respondent"),
            p.address.isEmpty() ? p.name : tr("%1, %2").arg(p.name, p.address));
    QStringList team;
    for (const MediatorId m : c.team)
        team << mediatorName(m);
    QString html = QStringLiteral("<table>");
    html += factRow(tr("State"), state);
    html += factRow(tr("Accepted"),
                    tr("%1, %2").arg(QLocale().toString(c.acceptedOn, QLocale::ShortFormat),
                                     MediationLabels::source(c.source)));
    html += factRow(tr("Risk"), MediationLabels::risk(c.risk));
    html += factRow(tr("Parties"), parties.join(QStringLiteral("; ")));
    html += factRow(tr("Facts"), c.facts);
    html += factRow(tr("Focus of the dispute"), c.focus);
    html += factRow(tr("Lead mediator"), mediatorName(c.leadMediator));
    html += factRow(tr("Team"), team.join(tr(", ")));
    html += factRow(tr("Outcome"), c.outcome);
    if (const auto contents = m_service.caseFile(c.id)) {
        const auto items = CaseFile::items(*contents, m_service.database().clock().now());
        const auto ready = std::count_if(items.cbegin(), items.cend(),
                                         [](const CaseFileItem &item) { return item.ready; });
        html += factRow(tr("Case file"),
                        ready == items.size()
                            ? tr("complete")
                            : tr("%1 of %2 papers ready").arg(ready).arg(items.size()));
    }
    m_facts->setText(html + QStringLiteral("</table>"));
    for (auto it = m_averted.cbegin(); it != m_averted.cend(); ++it) {
        it.value()->setChecked(c.averted(it.key()));
        it.value()->setEnabled(c.state != CaseState::Closed);
    }
    for (const CaseAction action : CaseStateMachine::actionsFrom(c.state)) {
        auto *button = new QPushButton(MediationLabels::action(action), this);
        button->setObjectName(QStringLiteral("caseAction_%1").arg(int(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actions->addWidget(button);
    }
    const bool open = CaseStateMachine::isOpen(c.state);
    m_schedule->setEnabled(open);
    m_extend->setEnabled(open);
    m_shareCost->setEnabled(CaseStateMachine::maySharecost(c.state));
    const auto agreement = m_service.agreements().agreement(c.id);
    m_agreement->setEnabled(agreement && agreement->has_value());
    m_editAgreement->setEnabled(agreement && agreement->has_value() &&
                                (c.state == CaseState::Mediating ||
                                 c.state == CaseState::AgreementReached ||
                                 c.state == CaseState::FollowedUp));
    const auto shares = m_service.agreements().costShares(c.id);
    // Voided shares stay on record but are neither printed nor paid.
    const bool anyInForce =
        shares && std::any_of(shares->cbegin(), shares->cend(),
                              [](const CostShare &share) { return !share.isVoid(); });
    m_costShare->setEnabled(anyInForce);
    m_payments->setEnabled(anyInForce);
    m_voidShare->setEnabled(anyInForce);
    m_replaceLead->setEnabled(open);
    const auto sessions = m_service.repository().sessions(c.id);
    m_sessions = sessions ? *sessions : QList<Session>();
    m_record->setEnabled(false);
    QList<QStringList> rows;
    if (sessions) {
        for (const Session &s : *sessions) {
            QString result = s.cancelled ? tr("Cancelled: %1").arg(s.result) : s.result;
            rows.append({QLocale().toString(s.start, QLocale::ShortFormat) + QStringLiteral("–") +
                             s.end.toString(QStringLiteral("HH:mm")),
                         venueText(s.venue), s.purpose, result});
        }
    }
    m_sessionsModel->setRows(rows);
    m_sessionTable->resizeColumnsToContents();
}

void MediationPage::showWeek(QDate anyDay) {
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    reloadWeek();
}

void MediationPage::fillWeekFilter() {
    const QString chosen = m_weekFilter->currentData().toString();
    const QSignalBlocker blocker(m_weekFilter);
    m_weekFilter->clear();
    m_weekFilter->addItem(tr("All sessions"), QString());
    for (VenueKind kind : {VenueKind::MediationRoom, VenueKind::CouncilHall, VenueKind::OnSite})
        m_weekFilter->addItem(tr("Venue: %1").arg(MediationLabels::venue(kind)),
                              QStringLiteral("v%1").arg(int(kind)));
    if (const auto team = m_service.repository().mediators()) {
        for (const Mediator &m : *team) {
            if (m.id.isValid() && m.active)
                m_weekFilter->addItem(tr("Mediator: %1").arg(m.name),
                                      QStringLiteral("m%1").arg(m.id.value));
        }
    }
    m_weekFilter->setCurrentIndex(qMax(0, m_weekFilter->findData(chosen)));
}

void MediationPage::reloadWeek() {
    if (!mayRead() || m_shown->defer())
        return;
    const QDateTime from(m_monday, QTime(0, 0));
    const auto sessions = m_service.repository().sessionsBetween(from, from.addDays(7));
    if (!sessions) {
        ErrorReporter::report(this, tr("The week could not be shown."), sessions.error());
        return;
    }
    const QString filter = m_weekFilter->currentData().toString();
    QList<WeekView::Entry> entries;
    for (const Session &s : *sessions) {
        if (filter.startsWith(u'v') && s.venue.kind != VenueKind(filter.mid(1).toInt()))
            continue;
        if (filter.startsWith(u'm') &&
            !s.mediators.contains(MediatorId{filter.mid(1).toLongLong()}))
            continue;
        const auto c = m_service.repository().mediationCase(s.caseId);
        QStringList names;
        for (const MediatorId m : s.mediators)
            names << mediatorName(m);
        entries.append(
            {s, c ? c->number : QString(), venueText(s.venue) + u'\n' + names.join(tr(", "))});
    }
    m_week->setWeek(m_monday, m_service.database().clock().today(), entries);
    m_weekTitle->setText(tr("%1 to %2: %n session(s)", nullptr, int(entries.size()))
                             .arg(QLocale().toString(m_monday, QLocale::ShortFormat),
                                  QLocale().toString(m_monday.addDays(6), QLocale::ShortFormat)));
    const QDate today = m_service.database().clock().today();
    const QDateTime weekStart(today.addDays(1 - today.dayOfWeek()), QTime(0, 0));
    const auto thisWeek = m_service.repository().sessionsBetween(weekStart, weekStart.addDays(7));
    const auto todays = m_service.repository().sessionsBetween(
        QDateTime(today, QTime(0, 0)), QDateTime(today.addDays(1), QTime(0, 0)));
    // Today's sessions by time and case, so the morning starts from this line.
    QStringList todayLines;
    if (todays) {
        for (const Session &s : *todays) {
            const auto c = m_service.repository().mediationCase(s.caseId);
            todayLines << tr("%1 %2 (%3)")
                              .arg(s.start.toString(QStringLiteral("HH:mm")),
                                   c ? c->number : QString(), venueText(s.venue));
        }
    }
    m_thisWeek->setText(
        todayLines.isEmpty()
            ? tr("No sessions today · this week: %1").arg(thisWeek ? thisWeek->size() : 0)
            : tr("Today: %1 · this week: %2")
                  .arg(todayLines.join(QStringLiteral("; ")))
                  .arg(thisWeek ? thisWeek->size() : 0));
    m_thisWeek->setToolTip(tr("Today's and this week's sessions; the Week tab shows them all"));
}

void MediationPage::acceptCase() {
    CaseDialog dialog(m_service, m_registry.residents(), this);
    if (dialog.exec() == QDialog::Accepted)
        showCase(dialog.caseId());
}

void MediationPage::acceptCaseFromComplaint(qint64 complaintId, const QString &reporter,
                                            const QString &phone, const QString &facts) {
    m_tabs->setCurrentIndex(0);
    CaseDialog dialog(m_service, m_registry.residents(), this);
    dialog.prefill(complaintId, reporter, phone, facts);
    if (dialog.exec() == QDialog::Accepted)
        showCase(dialog.caseId());
}

void MediationPage::scheduleSession() {
    if (!m_case.id.isValid())
        return;
    const QDateTime now = m_service.database().clock().now();
    QDateTime suggested(now.date().addDays(1), QTime(9, 0));
    SessionDialog dialog(m_service, m_case, suggested, nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto session = m_service.repository().session(dialog.sessionId()))
            showWeek(session->start.date());
    }
}

void MediationPage::writeRecord() {
    const QModelIndexList rows = m_sessionTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Session session = m_sessions.at(rows.first().row());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record of the session — %1").arg(m_case.number));
    dialog.resize(640, 480);
    auto *record = new QPlainTextEdit(session.record, &dialog);
    record->setObjectName(QStringLiteral("recordText"));
    record->setPlaceholderText(
        tr("Time, place, matter, who took part; what each party said; how the mediators "
           "explained the law and policy; what was agreed."));
    auto *result = new QLineEdit(session.result, &dialog);
    result->setObjectName(QStringLiteral("recordResult"));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Record:"), record);
    form->addRow(tr("Result:"), result);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (const Status done = m_service.record(session, record->toPlainText(), result->text());
            !done) {
            error->setText(done.error());
            error->show();
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void MediationPage::printMonthly() {
    const auto month =
        MonthChooser::ask(this, tr("Monthly statistics"), m_service.database().clock().today());
    if (!month)
        return;
    const QDate first = *month;
    const auto statistics = MediationStatistics::compute(m_service.database(), first);
    const auto office = m_office.identity();
    if (!statistics || !office) {
        ErrorReporter::report(this, tr("The statistics cannot be printed."),
                              statistics ? office.error() : statistics.error());
        return;
    }
    auto document = MediationDocuments::monthlyStatistics(*statistics, *office,
                                                          m_service.database().operatorName(),
                                                          m_service.database().clock().today());
    DocumentPrinter::preview(
        this, *document,
        tr("Mediation statistics %1").arg(first.toString(QStringLiteral("yyyy-MM"))));
}

std::optional<QList<CostShare>> MediationPage::chooseShares(const QList<CostShare> &all,
                                                            const QString &title, bool withAll) {
    // A voided share is on the case's record, not paid or printed any more.
    QList<CostShare> shares;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(shares),
                 [](const CostShare &share) { return !share.isVoid(); });
    if (shares.size() <= 1)
        return shares;
    QStringList items;
    if (withAll)
        items << tr("All %n sheet(s)", nullptr, int(shares.size()));
    for (qsizetype i = 0; i < shares.size(); ++i)
        items << tr("%1. %2 — %3 yuan")
                     .arg(i + 1)
                     .arg(shares.at(i).description, CostSplit::yuan(shares.at(i).totalFen));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, title, tr("The case shares %n cost(s). Which one?", nullptr, int(shares.size())),
        items, withAll ? 0 : int(items.size()) - 1, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype index = items.indexOf(chosen) - (withAll ? 1 : 0);
    if (index < 0)
        return shares;
    return QList<CostShare>{shares.at(index)};
}

void MediationPage::recordPayments() {
    const auto shares = m_service.agreements().costShares(m_case.id);
    if (!shares || shares->isEmpty())
        return;
    const auto chosen = chooseShares(*shares, tr("Payments"), false);
    if (!chosen || chosen->isEmpty())
        return;
    const CostShare share = chosen->first();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("paymentsDialog"));
    dialog.setWindowTitle(tr("Payments — %1").arg(share.description));
    dialog.resize(520, 480);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("paymentList"));
    for (const CostSharePart &part : share.parts) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 yuan").arg(part.address, CostSplit::yuan(part.amountFen)), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(part.paid ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, part.household.value);
    }
    // Each tick is saved at once, so a closed dialog loses nothing.
    connect(
        list, &QListWidget::itemChanged, &dialog, [this, share, &dialog](QListWidgetItem *item) {
            const Status done =
                m_service.setPaid(share.id, HouseholdId{item->data(Qt::UserRole).toLongLong()},
                                  item->checkState() == Qt::Checked);
            if (!done)
                ErrorReporter::report(&dialog, tr("The payment was not recorded."), done.error());
        });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Tick the households that have paid:"), &dialog));
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void MediationPage::voidShare() {
    const auto shares = m_service.agreements().costShares(m_case.id);
    if (!shares)
        return;
    const auto chosen = chooseShares(*shares, tr("Void a share"), false);
    if (!chosen || chosen->isEmpty())
        return;
    const CostShare share = chosen->first();
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("voidReason"));
    reason->setPlaceholderText(tr("e.g. entered twice; the repair was paid by the company"));
    FormDialog::run(this, tr("Void the share — %1").arg(share.description),
                    {{QString(), new QLabel(tr("%1 yuan over %n household(s). Payments recorded "
                                               "stay on record; the share is no longer paid or "
                                               "printed.",
                                               nullptr, int(share.parts.size()))
                                                .arg(CostSplit::yuan(share.totalFen)))},
                     {tr("&Why:"), reason}},
                    [&] { return m_service.voidCostShare(share.id, reason->text()); });
}

void MediationPage::replaceLead() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Replace the lead mediator — %1").arg(m_case.number));
    auto *lead = new QComboBox(&dialog);
    if (const auto team = m_service.repository().mediators()) {
        for (const Mediator &m : *team) {
            if (m.id.isValid() && m.active && m.id != m_case.leadMediator)
                lead->addItem(tr("%1 (%2)").arg(m.name, MediationLabels::mediatorKind(m.kind)),
                              m.id.value);
        }
    }
    auto *request = new QLineEdit(&dialog);
    request->setPlaceholderText(tr("Who asked, and why"));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("New lead:"), lead);
    form->addRow(tr("The request:"), request);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status done = m_service.replaceLead(
            m_case, MediatorId{lead->currentData().toLongLong()}, request->text());
        if (!done) {
            error->setText(done.error());
            error->show();
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void MediationPage::shareCost() {
    CostShareDialog dialog(m_service, m_registry, m_case, this);
    dialog.exec();
}

void MediationPage::runAction(CaseAction action) {
    QString note;
    if (action == CaseAction::ReachAgreement) {
        // The agreement is written first; the case then records it was reached.
        AgreementDialog dialog(m_service, m_case, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const Status done = m_service.act(m_case, action, dialog.summary()); !done)
            ErrorReporter::report(this, tr("The case did not move on."), done.error());
        return;
    }
    if (action == CaseAction::FollowUp) {
        const auto answer = QMessageBox::question(
            this, MediationLabels::action(action), tr("Was the agreement carried out?"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        bool ok = false;
        note = QInputDialog::getText(this, MediationLabels::action(action),
                                     tr("Notes of the visit:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const Status done = m_service.followUp(
            m_case, {m_service.database().clock().today(), answer == QMessageBox::Yes, note});
        if (!done)
            ErrorReporter::report(this, tr("The follow-up was not recorded."), done.error());
        return;
    }
    if (action != CaseAction::Investigate && action != CaseAction::Mediate &&
        action != CaseAction::Close) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(this, MediationLabels::action(action),
                                              tr("What was decided, for the case file:"), QString(),
                                              &ok);
        if (!ok)
            return;
    }
    if (const Status done = m_service.act(m_case, action, note); !done)
        ErrorReporter::report(this, tr("The case did not move on."), done.error());
}

void MediationPage::extendLimit() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Extend the time limit"));
    auto *date = new QDateEdit(m_case.limitOn.addMonths(1), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *consent = new QLineEdit(&dialog);
    consent->setPlaceholderText(tr("How both parties consented"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("New limit:"), date);
    form->addRow(tr("Consent:"), consent);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status done = m_service.extendLimit(m_case, date->date(), consent->text()); !done)
        ErrorReporter::report(this, tr("The limit was not extended."), done.error());
}

void MediationPage::printAgreement() {
    const auto agreement = m_service.agreements().agreement(m_case.id);
    const auto office = m_office.identityOf(m_case.community);
    if (!agreement || !agreement->has_value() || !office) {
        ErrorReporter::report(this, tr("The agreement cannot be printed."),
                              !agreement ? agreement.error()
                              : !office  ? office.error()
                                         : tr("There is no agreement yet."));
        return;
    }
    QStringList mediators;
    for (const MediatorId m : m_case.team)
        mediators << mediatorName(m);
    if (const Status noted = m_service.recordPrinted(m_case.id, QStringLiteral("agreement"));
        !noted) {
        ErrorReporter::report(this, tr("The agreement cannot be printed."), noted.error());
        return;
    }
    auto document = MediationDocuments::agreement(m_case, **agreement, mediators, *office);
    // One copy for each party and one for the file, as the agreement itself says.
    DocumentPrinter::preview(this, *document, tr("Agreement %1").arg(m_case.number),
                             int(m_case.parties.size()) + 1);
}

void MediationPage::printCostShare() {
    const auto shares = m_service.agreements().costShares(m_case.id);
    const auto office = m_office.identityOf(m_case.community);
    if (!shares || shares->isEmpty() || !office) {
        ErrorReporter::report(this, tr("The cost-sharing sheet cannot be printed."),
                              !shares   ? shares.error()
                              : !office ? office.error()
                                        : tr("The case shares no costs."));
        return;
    }
    const auto chosen = chooseShares(*shares, tr("Cost-sharing sheet"), true);
    if (!chosen)
        return;
    if (const Status noted = m_service.recordPrinted(m_case.id, QStringLiteral("cost_share"));
        !noted) {
        ErrorReporter::report(this, tr("The cost-sharing sheet cannot be printed."), noted.error());
        return;
    }
    auto document = MediationDocuments::costShareSheets(m_case, *chosen, *office,
                                                        m_service.database().clock().today());
    DocumentPrinter::preview(this, *document, tr("Cost sharing %1").arg(m_case.number));
}

void MediationPage::moveSelected() {
    const auto session = m_service.repository().session(m_week->selected());
    if (!session)
        return;
    const auto mediationCase = m_service.repository().mediationCase(session->caseId);
    if (!mediationCase)
        return;
    SessionDialog dialog(m_service, *mediationCase, session->start, &*session, this);
    dialog.exec();
}

void MediationPage::cancelSelected() {
    const SessionId id = m_week->selected();
    if (!id.isValid())
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel the session"), tr("Why is it cancelled?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const Status done = m_service.cancel(id, reason); !done)
        ErrorReporter::report(this, tr("The session was not cancelled."), done.error());
}

} // namespace linli
