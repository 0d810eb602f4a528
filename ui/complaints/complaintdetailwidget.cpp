#include "complaints/complaintdetailwidget.h"

#include "complaints/complaintactiondialog.h"
#include "complaints/complainteventsmodel.h"
#include "complaints/complaintlabels.h"
#include "complaints/complaintservice.h"
#include "complaints/complaintstatemachine.h"
#include "documents/complaintdocuments.h"
#include "registry/idnumber.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/factstable.h"
#include "widgets/tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace linli {

namespace {

QString when(const QDateTime &at) {
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : QString();
}

} // namespace

ComplaintDetailWidget::ComplaintDetailWidget(ComplaintService &service,
                                             const OfficeSettingsService &office, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_office(office)
    , m_header(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_events(new ComplaintEventsModel(this))
    , m_eventTable(new QTableView(this))
    , m_actions(new QHBoxLayout)
    , m_receipt(new QPushButton(tr("Print &receipt…"), this))
    , m_mediation(new QPushButton(tr("Open a &mediation case…"), this))
    , m_showPhone(new QPushButton(tr("Show the p&hone"), this)) {
    setObjectName(QStringLiteral("complaintDetail"));
    m_header->setObjectName(QStringLiteral("complaintHeader"));
    m_header->setWordWrap(true);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_facts->setObjectName(QStringLiteral("complaintFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventTable->setObjectName(QStringLiteral("complaintEvents"));
    setEmptyHint(m_eventTable, tr("Choose a complaint in the list to see what has been done."));
    m_eventTable->setModel(m_events);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_receipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_receipt->setToolTip(tr("A slip for the reporter with the number and the office's phone"));

    auto *bottom = new QHBoxLayout;
    bottom->addLayout(m_actions);
    bottom->addStretch();
    bottom->addWidget(m_mediation);
    bottom->addWidget(m_showPhone);
    bottom->addWidget(m_receipt);
    m_showPhone->setObjectName(QStringLiteral("showPhoneButton"));
    m_showPhone->setToolTip(tr("The reporter's full number, to call back; the look is recorded "
                               "in the audit trail"));
    connect(m_showPhone, &QPushButton::clicked, this, [this] {
        const auto phone = m_service.revealReporterPhone(m_complaint.id);
        if (!phone) {
            ErrorReporter::report(this, tr("The phone cannot be shown."), phone.error());
            return;
        }
        m_revealedPhone = *phone;
        reload();
    });
    m_mediation->setObjectName(QStringLiteral("openMediationButton"));
    m_mediation->setToolTip(tr("The matter was routed to mediation: accept it as a dispute case"));
    m_mediation->hide();
    connect(m_mediation, &QPushButton::clicked, this,
            [this] { Q_EMIT mediationRequested(m_complaint); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_facts);
    layout->addLayout(bottom);
    layout->addWidget(m_eventTable, 1);

    connect(m_receipt, &QPushButton::clicked, this, &ComplaintDetailWidget::printReceipt);
    connect(&m_service, &ComplaintService::complaintsChanged, this, [this](ComplaintId changed) {
        if (changed == m_complaint.id)
            reload();
    });
    setEnabled(false);
}

void ComplaintDetailWidget::showComplaint(ComplaintId id) {
    if (id != m_complaint.id)
        m_revealedPhone.clear();
    m_complaint.id = id;
    reload();
}

void ComplaintDetailWidget::reload() {
    const auto complaint = m_service.complaints().complaint(m_complaint.id);
    const auto events = m_service.complaints().events(m_complaint.id);
    if (!complaint || !events) {
        setEnabled(false);
        m_header->clear();
        m_facts->clear();
        m_events->setEvents({});
        return;
    }
    setEnabled(true);
    m_complaint = *complaint;
    const QDateTime now = m_service.database().clock().now();
    const Complaint &c = m_complaint;
    QString state = ComplaintLabels::state(c.state);
    if (c.isOverdue(now))
        state = tr("%1 — overdue since %2").arg(state, when(c.dueAt));
    m_header->setText(tr("%1 %2").arg(c.number(), c.summary));
    QString html = QStringLiteral("<table>");
    html += factRow(tr("State"), state);
    html += factRow(tr("Received"),
                    tr("%1, %2, logged by %3")
                        .arg(when(c.receivedAt), ComplaintLabels::channel(c.channel), c.loggedBy));
    const bool mayReveal = m_service.database().require(Permission::RevealPersonalData).ok();
    if (!mayReveal) // another account at the desk now
        m_revealedPhone.clear();
    const QString phone =
        m_revealedPhone.isEmpty() ? MobilePhone::masked(c.reporter.phone) : m_revealedPhone;
    html += factRow(tr("Reporter"), c.reporter.phone.isEmpty()
                                        ? c.reporter.name
                                        : tr("%1, %2").arg(c.reporter.name, phone));
    // Offered to the roles that may see it, while it is still hidden.
    m_showPhone->setVisible(!c.reporter.phone.isEmpty() && m_revealedPhone.isEmpty() && mayReveal);
    html += factRow(tr("Place"), c.place.description);
    html += factRow(tr("Category"),
                    tr("%1, %2").arg(c.categoryName, ComplaintLabels::urgency(c.urgency)));
    html += factRow(tr("Details"), c.details);
    if (c.level)
        html += factRow(tr("Level"), ComplaintLabels::level(*c.level));
    html += factRow(tr("Handler"), c.assignee);
    if (c.isOpen())
        html += factRow(tr("Due"), when(c.dueAt));
    html += factRow(tr("Resolution"), c.resolution);
    if (c.answeredAt.isValid())
        html += factRow(tr("Answered"), tr("%1, %2").arg(when(c.answeredAt), c.answerMethod));
    if (c.satisfaction)
        html += factRow(tr("Follow-up"), ComplaintLabels::satisfaction(*c.satisfaction));
    m_facts->setText(html + QStringLiteral("</table>"));
    m_events->setEvents(*events);
    m_eventTable->resizeColumnsToContents();
    m_mediation->setVisible(c.level == Level::Mediation && c.isOpen());
    rebuildActions();
}

void ComplaintDetailWidget::rebuildActions() {
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QDateTime now = m_service.database().clock().now();
    for (const ComplaintAction action : ComplaintStateMachine::actionsFrom(m_complaint.state)) {
        // A reminder only makes sense on an overdue complaint.
        if (action == ComplaintAction::Remind && !m_complaint.isOverdue(now))
            continue;
        auto *button = new QPushButton(ComplaintLabels::action(action), this);
        button->setObjectName(QStringLiteral("action_%1").arg(int(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actions->addWidget(button);
    }
}

void ComplaintDetailWidget::runAction(ComplaintAction action) {
    const int shownVersion = m_complaint.version;
    ComplaintActionDialog dialog(m_service, m_complaint, action, this);
    if (dialog.exec() == QDialog::Accepted)
        return; // the service's announcement reloads the page
    // Closed unsaved, perhaps after a refusal for another desk's change: show what is saved
    // now, so the next step starts from it instead of being refused again.
    reload();
    if (m_complaint.version != shownVersion)
        Q_EMIT changedElsewhere();
}

void ComplaintDetailWidget::printReceipt() {
    const auto office = m_office.identityOf(m_complaint.community);
    if (!office) {
        ErrorReporter::report(this, tr("The receipt cannot be printed."), office.error());
        return;
    }
    auto document = ComplaintDocuments::receipt(m_complaint, *office);
    DocumentPrinter::preview(this, *document, tr("Receipt %1").arg(m_complaint.number()));
}

} // namespace linli
