#include "registry/householdfilewidget.h"

#include "access/permissions.h"

#include "registry/householdmembersmodel.h"
#include "registry/registryservice.h"
#include "registry/residentdialog.h"
#include "registry/timelinemodel.h"
#include "storage/database.h"
#include "timeline/householdtimeline.h"
#include "widgets/errorreporter.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

HouseholdFileWidget::HouseholdFileWidget(RegistryService &registry,
                                         const HouseholdTimeline &timeline, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_timeline(timeline)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_members(new HouseholdMembersModel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_memberTable(makeListTable(m_members, QStringLiteral("memberTable"), this))
    , m_timelineTable(makeListTable(m_timelineModel, QStringLiteral("timelineTable"), this))
    , m_add(new QPushButton(tr("&Add resident…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_moveOut(new QPushButton(tr("&Move out…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_reveal(new QPushButton(tr("Show ID and &phone…"), this))
    , m_anonymise(new QPushButton(tr("Anon&ymise…"), this)) {
    setObjectName(QStringLiteral("householdFile"));
    setEmptyHint(m_memberTable, tr("Nobody lives here on record: Add resident… enters the first."));
    setEmptyHint(m_timelineTable,
                 tr("Nothing has happened in this household's file yet: moves, complaints, "
                    "visits and wishes appear here as they are recorded."));
    m_title->setObjectName(QStringLiteral("householdTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_add->setObjectName(QStringLiteral("addResidentButton"));
    m_add->setToolTip(tr("Register a new member of this household (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editResidentButton"));
    m_edit->setToolTip(tr("Change the chosen resident's details"));
    m_moveOut->setObjectName(QStringLiteral("moveOutButton"));
    m_moveOut->setToolTip(tr("Record that the resident no longer lives here; the record is kept"));
    m_remove->setObjectName(QStringLiteral("removeResidentButton"));
    m_remove->setToolTip(tr("Delete a resident entered by mistake"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Shows the full ID number and phone; the look is recorded in the "
                            "audit trail"));
    m_memberTable->setColumnWidth(HouseholdMembersModel::IdNumber, 170);
    m_anonymise->setObjectName(QStringLiteral("anonymiseButton"));
    m_anonymise->setToolTip(tr("Removes the resident's name, ID number and phone for good, on "
                               "their request; the counts in the figures stay"));
    // Offered to those core lets do it: the administrators.
    m_anonymise->setVisible(
        Permissions::allows(m_registry.database().session().role, Permission::AnonymiseResidents));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_moveOut);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_anonymise);
    buttons->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Members"), this));
    layout->addWidget(m_memberTable, 3);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Household file"), this));
    layout->addWidget(m_timelineTable, 2);

    connect(m_add, &QPushButton::clicked, this, &HouseholdFileWidget::addResident);
    connect(m_edit, &QPushButton::clicked, this, &HouseholdFileWidget::editResident);
    connect(m_moveOut, &QPushButton::clicked, this, &HouseholdFileWidget::moveOutResident);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdFileWidget::removeResident);
    connect(m_reveal, &QPushButton::clicked, this, &HouseholdFileWidget::revealResident);
    connect(m_anonymise, &QPushButton::clicked, this, &HouseholdFileWidget::anonymiseResident);
    connect(m_memberTable, &QTableView::activated, this, &HouseholdFileWidget::editResident);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdFileWidget::updateButtons);
    connect(&m_registry, &RegistryService::residentsChanged, this, [this](HouseholdId changed) {
        if (changed == m_household || !changed.isValid())
            reload();
    });
    updateButtons();
}

void HouseholdFileWidget::showHousehold(HouseholdId household) {
    m_household = household;
    reload();
}

void HouseholdFileWidget::reload() {
    const auto household = m_registry.households().household(m_household);
    const auto members = m_registry.residents().members(m_household);
    const auto entries = m_timeline.entries(m_household);
    if (!household || !members || !entries) {
        ErrorReporter::report(this, tr("The household file could not be read."),
                              !household ? household.error()
                              : !members ? members.error()
                                         : entries.error());
        return;
    }
    m_address = household->address;
    m_title->setText(household->address);
    m_summary->setText(tr("%n resident(s) living here", nullptr, household->memberCount));
    m_members->setMembers(*members, m_registry.database().clock().today());
    m_timelineModel->setEntries(*entries);
    m_memberTable->resizeColumnsToContents();
    m_timelineTable->resizeColumnsToContents();
    updateButtons();
}

int HouseholdFileWidget::currentRow() const {
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HouseholdFileWidget::updateButtons() {
    const Resident *selected = m_members->memberAt(currentRow());
    m_add->setEnabled(m_household.isValid());
    m_edit->setEnabled(selected && !selected->isAnonymised());
    m_moveOut->setEnabled(selected && !selected->hasMovedOut() && !selected->isAnonymised());
    m_remove->setEnabled(selected != nullptr);
    m_anonymise->setEnabled(selected && !selected->isAnonymised());
}

void HouseholdFileWidget::anonymiseResident() {
    const Resident *selected = m_members->memberAt(currentRow());
    if (!selected || selected->isAnonymised())
        return;
    const Resident resident = *selected;
    QMessageBox box(QMessageBox::Warning, tr("Anonymise %1").arg(resident.name),
                    tr("Remove %1's name, ID number and phone for good?").arg(resident.name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("anonymiseBox"));
    box.setInformativeText(
        tr("The name goes also from the complaints, mediation cases and meetings they took part "
           "in. Gender, birth year, household and markers stay, so that the figures stay right. "
           "This cannot be undone."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const Status done = m_registry.anonymise(resident.id); !done)
        ErrorReporter::report(this, tr("The resident was not anonymised."), done.error());
}

void HouseholdFileWidget::addResident() {
    if (!m_household.isValid())
        return;
    Resident fresh;
    fresh.householdId = m_household;
    // The first member is usually the head; later ones usually are not.
    fresh.relation = m_members->rowCount() == 0 ? Relation::Head : Relation::Spouse;
    ResidentDialog dialog(m_registry, fresh, m_address, this);
    dialog.exec();
}

void HouseholdFileWidget::editResident() {
    const Resident *selected = m_members->memberAt(currentRow());
    if (!selected)
        return;
    // Editing shows the ID number and phone in full: it is a look, checked and recorded.
    const auto full = m_registry.reveal(selected->id);
    if (!full) {
        ErrorReporter::report(this, tr("The resident cannot be edited."), full.error());
        return;
    }
    ResidentDialog dialog(m_registry, *full, m_address, this);
    dialog.exec();
}

void HouseholdFileWidget::revealResident() {
    const Resident *selected = m_members->memberAt(currentRow());
    if (!selected)
        return;
    const auto full = m_registry.reveal(selected->id);
    if (!full) {
        ErrorReporter::report(this, tr("The details cannot be shown."), full.error());
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("%1's details").arg(full->name),
                    tr("ID number: %1\nMobile: %2")
                        .arg(full->idNumber.isEmpty() ? tr("not recorded") : full->idNumber,
                             full->mobile.isEmpty() ? tr("not recorded") : full->mobile),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("revealBox"));
    box.setInformativeText(tr("This look is recorded in the audit trail."));
    box.exec();
}

void HouseholdFileWidget::moveOutResident() {
    const Resident *selected = m_members->memberAt(currentRow());
    if (!selected || selected->hasMovedOut())
        return;
    const Resident resident = *selected;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move out"));
    auto *date = new QDateEdit(m_registry.database().clock().today(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(m_registry.database().clock().today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%1 no longer lives at %2. The record is kept in the household "
                               "file.")
                                .arg(resident.name, m_address),
                            &dialog));
    form->addRow(tr("Moved out on:"), date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status done = m_registry.moveOut(resident.id, date->date()); !done)
        ErrorReporter::report(this, tr("The move-out was not recorded."), done.error());
}

void HouseholdFileWidget::removeResident() {
    const Resident *selected = m_members->memberAt(currentRow());
    if (!selected)
        return;
    const Resident resident = *selected;
    const auto answer = QMessageBox::question(
        this, tr("Delete resident"),
        tr("Delete %1 from the registry? Use this only for a record entered by mistake; for a "
           "resident who left, record a move-out instead.")
            .arg(resident.name));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status done = m_registry.removeResident(resident.id); !done)
        ErrorReporter::report(this, tr("The resident was not deleted."), done.error());
}

} // namespace linli
