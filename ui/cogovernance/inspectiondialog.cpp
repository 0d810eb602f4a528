#include "cogovernance/inspectiondialog.h"

#include "cogovernance/cogovernanceservice.h"
#include "storage/database.h"
#include "widgets/savingguard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

InspectionDialog::InspectionDialog(CoGovernanceService &service, BuildingId building,
                                   const QString &buildingName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_building(building)
    , m_date(new QDateEdit(service.database().clock().today(), this))
    , m_inspectors(new QLineEdit(this))
    , m_corridor(new QCheckBox(tr("Corridor and fire escape clear"), this))
    , m_clutter(new QCheckBox(tr("No clutter piled on the stairs"), this))
    , m_lighting(new QCheckBox(tr("Lighting working"), this))
    , m_bins(new QCheckBox(tr("Bins emptied, rubbish sorted"), this))
    , m_notes(new QLineEdit(this))
    , m_rectifyBy(new QDateEdit(service.database().clock().today().addDays(7), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("inspectionDialog"));
    setWindowTitle(tr("Inspection of %1").arg(buildingName));
    m_inspectors->setObjectName(QStringLiteral("inspectors"));
    m_inspectors->setPlaceholderText(tr("The neighbour head, group members, the grid worker"));
    m_corridor->setObjectName(QStringLiteral("itemCorridor"));
    m_clutter->setObjectName(QStringLiteral("itemClutter"));
    m_lighting->setObjectName(QStringLiteral("itemLighting"));
    m_bins->setObjectName(QStringLiteral("itemBins"));
    m_rectifyBy->setObjectName(QStringLiteral("rectifyBy"));
    m_error->setObjectName(QStringLiteral("inspectionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    for (QDateEdit *date : {m_date, m_rectifyBy}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_date->setMaximumDate(service.database().clock().today());
    for (QCheckBox *item : {m_corridor, m_clutter, m_lighting, m_bins}) {
        item->setChecked(true);
        connect(item, &QCheckBox::toggled, this, &InspectionDialog::updateDeadline);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Inspectors:"), m_inspectors);
    form->addRow(tr("Kept to the pact:"), m_corridor);
    form->addRow(QString(), m_clutter);
    form->addRow(QString(), m_lighting);
    form->addRow(QString(), m_bins);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Put right by:"), m_rectifyBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("inspectionOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InspectionDialog::reject);
    updateDeadline();
}

void InspectionDialog::updateDeadline() {
    const bool failed = !(m_corridor->isChecked() && m_clutter->isChecked() &&
                          m_lighting->isChecked() && m_bins->isChecked());
    m_rectifyBy->setEnabled(failed);
}

void InspectionDialog::accept() {
    Inspection inspection;
    inspection.buildingId = m_building;
    inspection.inspectedOn = m_date->date();
    inspection.inspectors = m_inspectors->text();
    inspection.corridorClear = m_corridor->isChecked();
    inspection.noClutter = m_clutter->isChecked();
    inspection.lighting = m_lighting->isChecked();
    inspection.bins = m_bins->isChecked();
    inspection.notes = m_notes->text();
    inspection.rectifyBy = m_rectifyBy->isEnabled() ? m_rectifyBy->date() : QDate();
    const SavingGuard saving(this);
    const auto recorded = m_service.inspect(inspection);
    if (!recorded) {
        m_error->setText(recorded.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
