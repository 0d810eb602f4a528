#include "mediation/teamdialog.h"

#include "mediation/mediationlabels.h"
#include "mediation/mediationservice.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

TeamDialog::TeamDialog(MediationService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new StringTableModel({tr("Name"), tr("Kind"), tr("Organisation"), tr("Phone"),
                                    tr("Specialties"), tr("On the team")},
                                   this))
    , m_table(makeListTable(m_model, QStringLiteral("teamTable"), this)) {
    setObjectName(QStringLiteral("teamDialog"));
    setEmptyHint(m_table, tr("No mediators yet: Add a member… for each staff mediator and each "
                             "lawyer, retired judge or volunteer who mediates."));
    setWindowTitle(tr("The joint mediation team"));
    resize(820, 480);
    auto *add = new QPushButton(tr("&Add a member…"), this);
    add->setObjectName(QStringLiteral("addMediatorButton"));
    auto *toggle = new QPushButton(tr("&Retire or restore"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(toggle);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Staff of the office join the team the first time they take part in a case."), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &TeamDialog::addMember);
    connect(toggle, &QPushButton::clicked, this, &TeamDialog::toggleMember);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_service, &MediationService::teamChanged, this, &TeamDialog::reload);
    reload();
}

void TeamDialog::reload() {
    const auto team = m_service.repository().mediators();
    if (!team) {
        ErrorReporter::report(this, tr("The team could not be listed."), team.error());
        return;
    }
    m_rows = *team;
    QList<QStringList> rows;
    for (const Mediator &m : std::as_const(m_rows))
        rows.append({m.name, MediationLabels::mediatorKind(m.kind), m.organisation, m.phone,
                     m.specialties,
                     !m.id.isValid() ? tr("Staff, not yet in a case")
                     : m.active      ? tr("Yes")
                                     : tr("Retired")});
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

void TeamDialog::addMember() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New member of the team"));
    auto *name = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (MediatorKind k :
         {MediatorKind::Judge, MediatorKind::Prosecutor, MediatorKind::PoliceOfficer,
          MediatorKind::Lawyer, MediatorKind::PartyElder, MediatorKind::Volunteer,
          MediatorKind::LiaisonUnit, MediatorKind::Cadre, MediatorKind::GridWorker})
        kind->addItem(MediationLabels::mediatorKind(k), int(k));
    auto *organisation = new QLineEdit(&dialog);
    organisation->setPlaceholderText(tr("e.g. 岳塘区人民法院"));
    auto *phone = new QLineEdit(&dialog);
    auto *specialties = new QLineEdit(&dialog);
    specialties->setPlaceholderText(tr("e.g. 婚姻家庭、相邻关系"));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Organisation:"), organisation);
    form->addRow(tr("&Phone:"), phone);
    form->addRow(tr("&Specialties:"), specialties);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Mediator m;
        m.name = name->text();
        m.kind = MediatorKind(kind->currentData().toInt());
        m.organisation = organisation->text().simplified();
        m.phone = phone->text().simplified();
        m.specialties = specialties->text().simplified();
        if (const auto added = m_service.addMediator(m); !added) {
            error->setText(added.error());
            error->show();
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void TeamDialog::toggleMember() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Mediator &m = m_rows.at(rows.first().row());
    if (!m.id.isValid())
        return;
    if (const Status done = m_service.setMediatorActive(m.id, !m.active); !done)
        ErrorReporter::report(this, tr("The team was not changed."), done.error());
}

} // namespace linli
