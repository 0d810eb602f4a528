#include "complaints/dutydeskpage.h"

#include "complaints/complaintintakewidget.h"
#include "complaints/complaintlistmodel.h"
#include "complaints/complaintservice.h"
#include "complaints/rosterdialog.h"
#include "roster/dutyroster.h"
#include "storage/database.h"
#include "widgets/tableviews.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

DutyDeskPage::DutyDeskPage(ComplaintService &service, RegistryService &registry,
                           const OfficeSettingsService &office, DutyRoster &roster, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_roster(roster)
    , m_onDuty(new QLabel(this))
    , m_intake(new ComplaintIntakeWidget(service, registry, office, this))
    , m_today(new ComplaintListModel(service.complaints(), this))
    , m_dueToday(new ComplaintListModel(service.complaints(), this))
    , m_overdue(new ComplaintListModel(service.complaints(), this))
    , m_todayTitle(new QLabel(this))
    , m_dueTitle(new QLabel(this))
    , m_overdueTitle(new QLabel(this)) {
    auto *intakeBox = new QGroupBox(tr("Log a visitor's or caller's matter"), this);
    auto *intakeLayout = new QVBoxLayout(intakeBox);
    m_onDuty->setObjectName(QStringLiteral("onDutyToday"));
    auto *rosterButton = new QPushButton(tr("Duty &roster…"), this);
    rosterButton->setObjectName(QStringLiteral("rosterButton"));
    rosterButton->setToolTip(tr("Who is on duty on which day"));
    connect(rosterButton, &QPushButton::clicked, this, [this] {
        RosterDialog dialog(m_roster, m_service.database().clock().today(), this);
        dialog.exec();
    });
    auto *duty = new QHBoxLayout;
    duty->addWidget(m_onDuty, 1);
    duty->addWidget(rosterButton);
    intakeLayout->addLayout(duty);
    intakeLayout->addWidget(m_intake);

    auto *today = new QWidget(this);
    auto *todayLayout = new QVBoxLayout(today);
    todayLayout->setContentsMargins(0, 0, 0, 0);
    m_todayTitle->setObjectName(QStringLiteral("todayTitle"));
    m_dueTitle->setObjectName(QStringLiteral("dueTodayTitle"));
    m_overdueTitle->setObjectName(QStringLiteral("overdueTitle"));
    m_overdueTitle->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    todayLayout->addWidget(m_todayTitle);
    QTableView *received = addList(m_today, QStringLiteral("todayTable"));
    setEmptyHint(received, tr("Nothing received yet today. A visitor's or caller's matter is "
                              "logged in the form on the left."));
    todayLayout->addWidget(received, 1);
    todayLayout->addWidget(m_dueTitle);
    QTableView *due = addList(m_dueToday, QStringLiteral("dueTodayTable"));
    setEmptyHint(due, tr("Nothing falls due today."));
    todayLayout->addWidget(due, 1);
    todayLayout->addWidget(m_overdueTitle);
    QTableView *overdue = addList(m_overdue, QStringLiteral("overdueTable"));
    setEmptyHint(overdue, tr("Nothing is overdue."));
    todayLayout->addWidget(overdue, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(intakeBox, 5);
    layout->addWidget(today, 6);
    setFocusProxy(m_intake);
    connect(&m_service, &ComplaintService::complaintsChanged, this, &DutyDeskPage::reload);
    connect(&m_roster, &DutyRoster::changed, this, &DutyDeskPage::showOnDuty);
    showOnDuty();
    reload();
}

QTableView *DutyDeskPage::addList(ComplaintListModel *model, const QString &name) {
    QTableView *table = makeListTable(model, name, this);
    // The desk needs the number, the reporter, the summary and where it stands.
    for (int column :
         {ComplaintListModel::Channel, ComplaintListModel::Place, ComplaintListModel::Category,
          ComplaintListModel::Received, ComplaintListModel::Community})
        table->hideColumn(column);
    table->setColumnWidth(ComplaintListModel::Number, 85);
    table->setColumnWidth(ComplaintListModel::Reporter, 70);
    table->setColumnWidth(ComplaintListModel::Summary, 200);
    connect(table, &QTableView::activated, this, [this, model](const QModelIndex &index) {
        if (const ComplaintListEntry *c = model->complaintAt(index.row()))
            Q_EMIT complaintRequested(c->id);
    });
    return table;
}

void DutyDeskPage::showOnDuty() {
    const auto staff = m_roster.on(m_service.database().clock().today());
    QStringList names;
    if (staff) {
        for (const StaffMember &member : *staff)
            names << member.name;
    }
    m_onDuty->setText(names.isEmpty() ? tr("Nobody is on the roster for today.")
                                      : tr("On duty today: %1").arg(names.join(tr(", "))));
}

void DutyDeskPage::reload() {
    const QDateTime now = m_service.database().clock().now();
    ComplaintFilter today;
    today.from = now.date();
    today.to = now.date();
    m_today->setFilter(today, now);
    ComplaintFilter due;
    due.dueOn = now.date();
    m_dueToday->setFilter(due, now);
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    m_overdue->setFilter(overdue, now);
    m_todayTitle->setText(tr("Received today: %1").arg(m_today->totalCount()));
    m_dueTitle->setText(tr("Due today: %1").arg(m_dueToday->totalCount()));
    m_overdueTitle->setText(tr("Overdue: %1").arg(m_overdue->totalCount()));
}

} // namespace linli
