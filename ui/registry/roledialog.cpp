#include "registry/roledialog.h"

#include "registry/registrylabels.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "widgets/savingguard.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

RoleDialog::RoleDialog(RegistryService &registry, BuildingId building, Role role, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_building(building)
    , m_role(role)
    , m_resident(new QComboBox(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(role == Role::NeighbourHead ? tr("Appoint a neighbour head")
                                               : tr("Add a member to the building group"));
    setMinimumWidth(420);
    m_resident->setObjectName(QStringLiteral("roleResident"));
    // Typing part of a name or address narrows the list.
    m_resident->setEditable(true);
    m_resident->setInsertPolicy(QComboBox::NoInsert);
    m_resident->completer()->setFilterMode(Qt::MatchContains);
    m_resident->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (const auto residents = registry.residents().livingIn(building)) {
        for (const ResidentListEntry &entry : *residents)
            m_resident->addItem(tr("%1 — %2").arg(entry.resident.name, entry.address),
                                entry.resident.id.value);
    }
    m_error->setObjectName(QStringLiteral("roleError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Resident:"), m_resident);
    if (role == Role::NeighbourHead) {
        m_termStart = new QDateEdit(registry.database().clock().today(), this);
        m_termStart->setObjectName(QStringLiteral("termStart"));
        m_termStart->setCalendarPopup(true);
        m_termStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(tr("&Term starts:"), m_termStart);
    } else {
        m_groupRole = new QComboBox(this);
        m_groupRole->setObjectName(QStringLiteral("groupRole"));
        for (const GroupRole groupRole :
             {GroupRole::Member, GroupRole::Leader, GroupRole::Representative})
            m_groupRole->addItem(RegistryLabels::groupRole(groupRole), int(groupRole));
        form->addRow(tr("R&ole:"), m_groupRole);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_resident->count() > 0);
    if (m_resident->count() == 0) {
        m_error->setText(tr("Nobody lives in this building yet: register its households first."));
        m_error->show();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
}

void RoleDialog::accept() {
    const int index = m_resident->findText(m_resident->currentText());
    if (index < 0) {
        m_error->setText(tr("Choose a resident from the list."));
        m_error->show();
        return;
    }
    const ResidentId resident{m_resident->itemData(index).toLongLong()};
    const SavingGuard saving(this);
    Status done = Status::success();
    if (m_role == Role::NeighbourHead) {
        NeighbourHead head;
        head.residentId = resident;
        head.termStart = m_termStart->date();
        head.buildings = {m_building};
        done = m_registry.addNeighbourHead(head).status();
    } else {
        done =
            m_registry
                .addGroupMember(
                    {{}, m_building, resident, {}, GroupRole(m_groupRole->currentData().toInt())})
                .status();
    }
    if (!done) {
        m_error->setText(done.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
