#include "cogovernance/venuesdialog.h"

#include "cogovernance/meetingservice.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

namespace {

QString kindName(CouncilVenueKind kind) {
    switch (kind) {
    case CouncilVenueKind::Hall:
        return VenuesDialog::tr("Building council hall (楼栋议事厅)");
    case CouncilVenueKind::Online:
        return VenuesDialog::tr("Online council group (网上楼栋议事群)");
    case CouncilVenueKind::PartyHome:
        return VenuesDialog::tr("Party members' home (党员之家)");
    }
    return {};
}

} // namespace

VenuesDialog::VenuesDialog(MeetingService &service, CompoundId compound,
                           const QString &compoundName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_compound(compound)
    , m_model(new StringTableModel({tr("Kind"), tr("Name"), tr("Room"), tr("Seats"), tr("Run by")},
                                   this))
    , m_table(makeListTable(m_model, QStringLiteral("venuesTable"), this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_room(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_owner(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("venuesDialog"));
    setEmptyHint(m_table, tr("No venues yet: enter where this compound's councils meet below."));
    setWindowTitle(tr("Council venues of %1").arg(compoundName));
    resize(720, 460);
    for (CouncilVenueKind kind :
         {CouncilVenueKind::Hall, CouncilVenueKind::Online, CouncilVenueKind::PartyHome})
        m_kind->addItem(kindName(kind), int(kind));
    m_name->setObjectName(QStringLiteral("venueName"));
    m_owner->setObjectName(QStringLiteral("venueOwner"));
    m_owner->setPlaceholderText(tr("For an online group: the grid worker or neighbour head"));
    m_capacity->setRange(0, 500);
    m_capacity->setSpecialValueText(tr("not set"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *addButton = new QPushButton(tr("&Add the venue"), this);
    addButton->setObjectName(QStringLiteral("addVenueButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Seats:"), m_capacity);
    form->addRow(tr("Run &by:"), m_owner);
    form->addRow(QString(), addButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(close);
    connect(addButton, &QPushButton::clicked, this, &VenuesDialog::add);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void VenuesDialog::reload() {
    QList<QStringList> rows;
    if (const auto venues = m_service.repository().venues(m_compound)) {
        for (const CouncilVenue &v : *venues)
            rows.append({kindName(v.kind), v.name, v.room,
                         v.capacity > 0 ? QString::number(v.capacity) : QString(), v.owner});
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

void VenuesDialog::add() {
    CouncilVenue venue;
    venue.compoundId = m_compound;
    venue.kind = CouncilVenueKind(m_kind->currentData().toInt());
    venue.name = m_name->text();
    venue.room = m_room->text();
    venue.capacity = m_capacity->value();
    venue.owner = m_owner->text();
    if (const auto saved = m_service.saveVenue(venue); !saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    m_error->hide();
    m_name->clear();
    m_room->clear();
    m_owner->clear();
    m_capacity->setValue(0);
    reload();
}

} // namespace linli
