#include "registry/buildingroleswidget.h"

#include "registry/idnumber.h"

#include "registry/registrylabels.h"
#include "registry/registryservice.h"
#include "registry/roledialog.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

BuildingRolesWidget::BuildingRolesWidget(RegistryService &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_headsModel(new StringTableModel({tr("Neighbour head"), tr("Mobile"), tr("Term")}, this))
    , m_groupModel(new StringTableModel({tr("Member"), tr("Role")}, this))
    , m_headsTable(makeListTable(m_headsModel, QStringLiteral("neighbourHeadTable"), this))
    , m_groupTable(makeListTable(m_groupModel, QStringLiteral("groupTable"), this))
    , m_endTerm(new QPushButton(tr("&End term…"), this))
    , m_remove(new QPushButton(tr("Re&move from group"), this)) {
    setEmptyHint(m_headsTable,
                 tr("No neighbour head yet: Appoint… records the one the building chose."));
    setEmptyHint(m_groupTable, tr("No self-governance group yet: Add member… for each resident "
                                  "on it."));
    auto *appoint = new QPushButton(tr("&Appoint…"), this);
    appoint->setObjectName(QStringLiteral("appointHeadButton"));
    appoint->setToolTip(tr("Record a resident chosen by the building as its neighbour head"));
    m_endTerm->setObjectName(QStringLiteral("endTermButton"));
    m_endTerm->setToolTip(tr("End the chosen neighbour head's term of office"));
    auto *add = new QPushButton(tr("Add &member…"), this);
    add->setObjectName(QStringLiteral("addGroupMemberButton"));
    add->setToolTip(tr("Add a resident to the building's self-governance group"));
    m_remove->setObjectName(QStringLiteral("removeGroupMemberButton"));
    m_remove->setToolTip(tr("Take the chosen member off the building's self-governance group"));

    auto *headsBox = new QGroupBox(tr("Neighbour heads"), this);
    auto *headsButtons = new QHBoxLayout;
    headsButtons->addWidget(appoint);
    headsButtons->addWidget(m_endTerm);
    headsButtons->addStretch();
    auto *headsLayout = new QVBoxLayout(headsBox);
    headsLayout->addWidget(m_headsTable);
    headsLayout->addLayout(headsButtons);

    auto *groupBox = new QGroupBox(tr("Building self-governance group"), this);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(add);
    groupButtons->addWidget(m_remove);
    groupButtons->addStretch();
    auto *groupLayout = new QVBoxLayout(groupBox);
    groupLayout->addWidget(m_groupTable);
    groupLayout->addLayout(groupButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(headsBox);
    layout->addWidget(groupBox);

    m_headsTable->setMaximumHeight(150);
    m_groupTable->setMaximumHeight(150);
    connect(appoint, &QPushButton::clicked, this, &BuildingRolesWidget::appointHead);
    connect(m_endTerm, &QPushButton::clicked, this, &BuildingRolesWidget::endTerm);
    connect(add, &QPushButton::clicked, this, &BuildingRolesWidget::addMember);
    connect(m_remove, &QPushButton::clicked, this, &BuildingRolesWidget::removeMember);
    connect(&m_registry, &RegistryService::peopleChanged, this, &BuildingRolesWidget::reload);
    connect(m_headsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_endTerm->setEnabled(selectedRow(m_headsTable) >= 0); });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(selectedRow(m_groupTable) >= 0); });
}

void BuildingRolesWidget::showBuilding(BuildingId building) {
    m_building = building;
    reload();
}

void BuildingRolesWidget::reload() {
    if (!m_building.isValid())
        return;
    const auto heads =
        m_registry.people().neighbourHeads(m_building, m_registry.database().clock().today());
    const auto group = m_registry.people().groupMembers(m_building);
    if (!heads || !group) {
        ErrorReporter::report(this, tr("The building's roles could not be read."),
                              heads ? group.error() : heads.error());
        return;
    }
    m_heads = *heads;
    m_group = *group;
    QList<QStringList> headRows;
    for (const NeighbourHead &head : std::as_const(m_heads))
        headRows.append(
            {head.residentName, MobilePhone::masked(head.mobile),
             tr("since %1").arg(QLocale().toString(head.termStart, QLocale::ShortFormat))});
    m_headsModel->setRows(headRows);
    QList<QStringList> groupRows;
    for (const GroupMember &member : std::as_const(m_group))
        groupRows.append({member.residentName, RegistryLabels::groupRole(member.role)});
    m_groupModel->setRows(groupRows);
    m_headsTable->resizeColumnsToContents();
    m_groupTable->resizeColumnsToContents();
    m_endTerm->setEnabled(false);
    m_remove->setEnabled(false);
}

int BuildingRolesWidget::selectedRow(QTableView *table) const {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void BuildingRolesWidget::appointHead() {
    RoleDialog dialog(m_registry, m_building, RoleDialog::Role::NeighbourHead, this);
    dialog.exec();
}

void BuildingRolesWidget::addMember() {
    RoleDialog dialog(m_registry, m_building, RoleDialog::Role::GroupMember, this);
    dialog.exec();
}

void BuildingRolesWidget::endTerm() {
    const int row = selectedRow(m_headsTable);
    if (row < 0 || row >= m_heads.size())
        return;
    const NeighbourHead head = m_heads.at(row);
    const QDate today = m_registry.database().clock().today();
    if (QMessageBox::question(
            this, tr("End term"),
            tr("End %1's term as neighbour head today?").arg(head.residentName)) !=
        QMessageBox::Yes)
        return;
    if (const Status done = m_registry.endNeighbourHeadTerm(head, today); !done)
        ErrorReporter::report(this, tr("The term was not ended."), done.error());
}

void BuildingRolesWidget::removeMember() {
    const int row = selectedRow(m_groupTable);
    if (row < 0 || row >= m_group.size())
        return;
    if (const Status done = m_registry.removeGroupMember(m_group.at(row)); !done)
        ErrorReporter::report(this, tr("The member was not removed."), done.error());
}

} // namespace linli
