#include "aid/volunteerhourswidget.h"

#include "aid/eldercareservice.h"
#include "aid/eventservice.h"
#include "aid/wishservice.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/listexporter.h"
#include "widgets/showngate.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

VolunteerHoursWidget::VolunteerHoursWidget(EventService &events, WishService &wishes,
                                           ElderCareService &care, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_year(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_model(new StringTableModel(
          {tr("Volunteer"), tr("Address"), tr("Hours"), tr("Wishes"), tr("Visits"), tr("Events")},
          this))
    , m_table(makeListTable(m_model, QStringLiteral("hoursTable"), this)) {
    m_shown = new ShownGate(this, [this] { reload(); });
    setObjectName(QStringLiteral("volunteerHours"));
    setEmptyHint(m_table, tr("No volunteer hours this year yet: claimed wishes, visits and help "
                             "at events are counted here."));
    m_year->setObjectName(QStringLiteral("hoursYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(events.database().clock().today().year());
    m_summary->setObjectName(QStringLiteral("hoursSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_summary, 1);
    bar->addWidget(ListExporter::button(
        this, m_events.database(), QStringLiteral("exportHoursButton"),
        tr("Export the volunteer hours"), QStringLiteral("志愿服务时长"), *m_model,
        QStringLiteral("volunteer_hours"), Permission::ExportPersonalData));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &VolunteerHoursWidget::reload);
    // Hours come from all three: any change may move the list.
    connect(&events, &EventService::eventsChanged, this, &VolunteerHoursWidget::reload);
    connect(&wishes, &WishService::wishesChanged, this, &VolunteerHoursWidget::reload);
    connect(&care, &ElderCareService::careChanged, this, &VolunteerHoursWidget::reload);
    reload();
}

void VolunteerHoursWidget::reload() {
    if (m_shown->defer())
        return;
    const auto hours = m_events.repository().volunteerHours(m_year->value());
    if (!hours) {
        ErrorReporter::report(this, tr("The volunteer hours could not be read."), hours.error());
        return;
    }
    const QLocale locale;
    QList<QStringList> rows;
    double total = 0;
    for (const VolunteerTally &t : *hours) {
        total += t.total();
        rows.append({t.name, t.address, locale.toString(t.total(), 'f', 1),
                     t.wishes > 0 ? QString::number(t.wishes) : QString(),
                     t.visits > 0 ? QString::number(t.visits) : QString(),
                     t.events > 0 ? QString::number(t.events) : QString()});
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 volunteers, %2 hours in all")
                           .arg(hours->size())
                           .arg(locale.toString(total, 'f', 1)));
}

} // namespace linli
