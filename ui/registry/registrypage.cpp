#include "registry/registrypage.h"

#include "registry/householdfilewidget.h"
#include "registry/placedetailswidget.h"
#include "registry/placedialog.h"
#include "registry/registrylabels.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "widgets/errorreporter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace linli {

using Kind = RegistryTreeModel::Kind;

RegistryPage::RegistryPage(RegistryService &registry, const OfficeSettingsService &office,
                           const HouseholdTimeline &timeline, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_office(office)
    , m_model(new RegistryTreeModel(registry, this))
    , m_tree(new QTreeView(this))
    , m_details(new QStackedWidget(this))
    , m_placeDetails(new PlaceDetailsWidget(registry, this))
    , m_householdFile(new HouseholdFileWidget(registry, timeline, this))
    , m_toolBar(new QToolBar(this)) {
    m_tree->setObjectName(QStringLiteral("registryTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(260);
    m_details->addWidget(m_placeDetails);
    m_details->addWidget(m_householdFile);

    m_addCommunity = m_toolBar->addAction(tr("New community…"), this, &RegistryPage::addCommunity);
    m_addCompound = m_toolBar->addAction(tr("New compound…"), this, &RegistryPage::addCompound);
    m_addBuilding = m_toolBar->addAction(tr("New building…"), this, &RegistryPage::addBuilding);
    m_addUnit = m_toolBar->addAction(tr("New unit…"), this, &RegistryPage::addUnit);
    m_addHousehold = m_toolBar->addAction(tr("New household…"), this, &RegistryPage::addHousehold);
    m_toolBar->addSeparator();
    m_addResident = m_toolBar->addAction(tr("New resident…"), m_householdFile,
                                         &HouseholdFileWidget::addResident);
    m_addResident->setShortcut(QKeySequence::New);
    m_addResident->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addResident->setToolTip(
        tr("Register a new member of the chosen household (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_toolBar->addSeparator();
    m_edit = m_toolBar->addAction(tr("Rename…"), this, &RegistryPage::editSelected);
    m_edit->setShortcut(Qt::Key_F2);
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove = m_toolBar->addAction(tr("Delete"), this, &RegistryPage::removeSelected);
    m_addCommunity->setObjectName(QStringLiteral("addCommunityAction"));
    m_addCommunity->setToolTip(tr("Add a community; a sub-district's file holds several"));
    m_addCompound->setObjectName(QStringLiteral("addCompoundAction"));
    m_addBuilding->setObjectName(QStringLiteral("addBuildingAction"));
    m_addUnit->setObjectName(QStringLiteral("addUnitAction"));
    m_addHousehold->setObjectName(QStringLiteral("addHouseholdAction"));
    m_addResident->setObjectName(QStringLiteral("addResidentAction"));
    m_edit->setObjectName(QStringLiteral("editPlaceAction"));
    m_remove->setObjectName(QStringLiteral("removePlaceAction"));
    m_remove->setToolTip(tr("Delete the chosen place; only an empty one can be deleted"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("registrySplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RegistryPage::selectionChanged);
    connect(m_model, &RegistryTreeModel::loadFailed, this, [this](const QString &message) {
        ErrorReporter::report(this, tr("The registry could not be read."), message);
    });
    // A single community is opened at once: most files hold one.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() == 1)
        m_tree->expand(m_model->index(0, 0));
    selectionChanged();
}

RegistryTreeModel::NodeRef RegistryPage::selected() const {
    return m_model->nodeAt(m_tree->currentIndex());
}

qint64 RegistryPage::selectedAncestor(Kind kind) const {
    for (QModelIndex index = m_tree->currentIndex(); index.isValid(); index = index.parent()) {
        const auto node = m_model->nodeAt(index);
        if (node.kind == kind)
            return node.id;
    }
    if (kind == Kind::Community && m_model->rowCount() == 1)
        return m_model->nodeAt(m_model->index(0, 0)).id;
    return 0;
}

void RegistryPage::selectionChanged() {
    const auto node = selected();
    m_addCompound->setEnabled(selectedAncestor(Kind::Community) != 0);
    m_addBuilding->setEnabled(selectedAncestor(Kind::Compound) != 0);
    m_addUnit->setEnabled(selectedAncestor(Kind::Building) != 0);
    m_addHousehold->setEnabled(selectedAncestor(Kind::Unit) != 0);
    m_addResident->setEnabled(node.kind == Kind::Household);
    m_edit->setEnabled(node.kind != Kind::Root);
    m_remove->setEnabled(node.kind != Kind::Root && node.kind != Kind::Community);
    if (node.kind == Kind::Household) {
        m_householdFile->showHousehold(HouseholdId{node.id});
        m_details->setCurrentWidget(m_householdFile);
    } else {
        m_placeDetails->showPlace(node);
        m_details->setCurrentWidget(m_placeDetails);
    }
}

void RegistryPage::showElderCareFrom(const ElderCareService &care) {
    m_placeDetails->setElderCare(&care);
}

void RegistryPage::showHousehold(HouseholdId household) {
    const QModelIndex index = m_model->revealHousehold(household);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void RegistryPage::select(Kind kind, qint64 id, const QModelIndex &parent) {
    if (parent.isValid())
        m_tree->expand(parent);
    if (m_model->canFetchMore(parent))
        m_model->fetchMore(parent);
    const QModelIndex index = m_model->find(kind, id);
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
}

static QList<std::pair<QString, QVariant>> compoundKindChoices() {
    QList<std::pair<QString, QVariant>> choices;
    for (const CompoundKind kind : RegistryLabels::compoundKinds())
        choices.append({RegistryLabels::compoundKind(kind), int(kind)});
    return choices;
}

void RegistryPage::addCommunity() {
    PlaceDialog dialog(tr("New community"), tr("&Name:"), QString(), this);
    CommunityId added;
    dialog.setSave([&](const QString &name, const QVariant &) {
        // A new community takes the sub-district and district of the office.
        const auto office = m_office.identity();
        const auto id = m_registry.addCommunity({{},
                                                 name,
                                                 office ? office->subdistrict : QString(),
                                                 office ? office->district : QString()});
        if (id)
            added = *id;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted)
        select(Kind::Community, added.value, {});
}

void RegistryPage::addCompound() {
    const CommunityId community{selectedAncestor(Kind::Community)};
    PlaceDialog dialog(tr("New compound"), tr("&Name:"), QString(), this);
    dialog.setChoices(tr("&Kind:"), compoundKindChoices(), int(CompoundKind::Old));
    CompoundId added;
    dialog.setSave([&](const QString &name, const QVariant &kind) {
        const auto id = m_registry.addCompound({{}, community, name, CompoundKind(kind.toInt())});
        if (id)
            added = *id;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted)
        select(Kind::Compound, added.value, m_model->find(Kind::Community, community.value));
}

void RegistryPage::addBuilding() {
    const CompoundId compound{selectedAncestor(Kind::Compound)};
    const CommunityId community{selectedAncestor(Kind::Community)};
    PlaceDialog dialog(tr("New building"), tr("&Name:"), QString(), this);
    QList<std::pair<QString, QVariant>> grids = {{tr("No grid"), qint64(0)}};
    if (const auto list = m_registry.people().grids(community)) {
        for (const Grid &grid : *list)
            grids.append({grid.name, grid.id.value});
    }
    dialog.setChoices(tr("&Grid:"), grids, qint64(0));
    BuildingId added;
    dialog.setSave([&](const QString &name, const QVariant &grid) {
        const auto id = m_registry.addBuilding({{}, compound, name, GridId{grid.toLongLong()}});
        if (id)
            added = *id;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted)
        select(Kind::Building, added.value, m_model->find(Kind::Compound, compound.value));
}

void RegistryPage::addUnit() {
    const BuildingId building{selectedAncestor(Kind::Building)};
    PlaceDialog dialog(tr("New stairwell unit"), tr("&Name:"), QString(), this);
    UnitId added;
    dialog.setSave([&](const QString &name, const QVariant &) {
        const auto id = m_registry.addUnit({{}, building, name});
        if (id)
            added = *id;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted)
        select(Kind::Unit, added.value, m_model->find(Kind::Building, building.value));
}

void RegistryPage::addHousehold() {
    const UnitId unit{selectedAncestor(Kind::Unit)};
    PlaceDialog dialog(tr("New household"), tr("&Room:"), QString(), this);
    HouseholdId added;
    dialog.setSave([&](const QString &room, const QVariant &) {
        const auto id = m_registry.addHousehold(unit, room);
        if (id)
            added = *id;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted)
        select(Kind::Household, added.value, m_model->find(Kind::Unit, unit.value));
}

void RegistryPage::editSelected() {
    const auto node = selected();
    switch (node.kind) {
    case Kind::Community: {
        auto community = m_registry.places().community(CommunityId{node.id});
        if (!community)
            return;
        PlaceDialog dialog(tr("Rename community"), tr("&Name:"), community->name, this);
        dialog.setSave([&](const QString &name, const QVariant &) {
            community->name = name;
            return m_registry.updateCommunity(*community);
        });
        dialog.exec();
        break;
    }
    case Kind::Compound: {
        auto compound = m_registry.places().compound(CompoundId{node.id});
        if (!compound)
            return;
        PlaceDialog dialog(tr("Edit compound"), tr("&Name:"), compound->name, this);
        dialog.setChoices(tr("&Kind:"), compoundKindChoices(), int(compound->kind));
        dialog.setSave([&](const QString &name, const QVariant &kind) {
            compound->name = name;
            compound->kind = CompoundKind(kind.toInt());
            return m_registry.updateCompound(*compound);
        });
        dialog.exec();
        break;
    }
    case Kind::Building: {
        auto building = m_registry.places().building(BuildingId{node.id});
        if (!building)
            return;
        PlaceDialog dialog(tr("Edit building"), tr("&Name:"), building->name, this);
        QList<std::pair<QString, QVariant>> grids = {{tr("No grid"), qint64(0)}};
        if (const auto list =
                m_registry.people().grids(CommunityId{selectedAncestor(Kind::Community)})) {
            for (const Grid &grid : *list)
                grids.append({grid.name, grid.id.value});
        }
        dialog.setChoices(tr("&Grid:"), grids, building->gridId.value);
        dialog.setSave([&](const QString &name, const QVariant &grid) {
            building->name = name;
            building->gridId = GridId{grid.toLongLong()};
            return m_registry.updateBuilding(*building);
        });
        dialog.exec();
        break;
    }
    case Kind::Unit: {
        auto unit = m_registry.places().unit(UnitId{node.id});
        if (!unit)
            return;
        PlaceDialog dialog(tr("Rename stairwell unit"), tr("&Name:"), unit->name, this);
        dialog.setSave([&](const QString &name, const QVariant &) {
            unit->name = name;
            return m_registry.updateUnit(*unit);
        });
        dialog.exec();
        break;
    }
    case Kind::Household: {
        const auto household = m_registry.households().household(HouseholdId{node.id});
        if (!household)
            return;
        PlaceDialog dialog(tr("Correct the room number"), tr("&Room:"), household->room, this);
        dialog.setSave([&](const QString &room, const QVariant &) {
            return m_registry.renameHousehold(*household, room);
        });
        dialog.exec();
        break;
    }
    case Kind::Root:
        break;
    }
    selectionChanged();
}

void RegistryPage::removeSelected() {
    const auto node = selected();
    const QString name = m_model->data(m_tree->currentIndex(), Qt::DisplayRole).toString();
    if (QMessageBox::question(this, tr("Delete"), tr("Delete %1 from the registry?").arg(name)) !=
        QMessageBox::Yes)
        return;
    Status done = Status::success();
    switch (node.kind) {
    case Kind::Compound:
        done = m_registry.removeCompound(CompoundId{node.id});
        break;
    case Kind::Building:
        done = m_registry.removeBuilding(BuildingId{node.id});
        break;
    case Kind::Unit:
        done = m_registry.removeUnit(UnitId{node.id});
        break;
    case Kind::Household:
        done = m_registry.removeHousehold(HouseholdId{node.id});
        break;
    default:
        return;
    }
    if (!done)
        ErrorReporter::report(this, tr("%1 was not deleted.").arg(name), done.error());
}

} // namespace linli
