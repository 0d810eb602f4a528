#include "registry/registrytreemodel.h"

#include "registry/registrylabels.h"
#include "registry/registryservice.h"

#include <QApplication>
#include <QStyle>

namespace linli {

struct RegistryTreeModel::Node {
    Kind kind = Kind::Root;
    qint64 id = 0;
    QString label;
    QString toolTip;
    Node *parent = nullptr;
    bool loaded = false;
    std::vector<std::unique_ptr<Node>> children;

    int row() const {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

std::unique_ptr<RegistryTreeModel::Node> RegistryTreeModel::makeNode(const Item &item,
                                                                     Node *parent) {
    auto node = std::make_unique<Node>();
    node->kind = item.kind;
    node->id = item.id;
    node->label = item.label;
    node->toolTip = item.toolTip;
    node->parent = parent;
    return node;
}

RegistryTreeModel::RegistryTreeModel(RegistryService &registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_registry(registry)
    , m_root(std::make_unique<Node>()) {
    connect(&registry, &RegistryService::placesChanged, this, &RegistryTreeModel::syncAll);
    connect(&registry, &RegistryService::householdsChanged, this, &RegistryTreeModel::syncAll);
    connect(&registry, &RegistryService::residentsChanged, this, &RegistryTreeModel::syncAll);
}

RegistryTreeModel::~RegistryTreeModel() = default;

RegistryTreeModel::Node *RegistryTreeModel::nodeFrom(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex RegistryTreeModel::indexOf(const Node *node) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

RegistryTreeModel::NodeRef RegistryTreeModel::nodeAt(const QModelIndex &index) const {
    const Node *node = nodeFrom(index);
    return {node->kind, node->id};
}

QModelIndex RegistryTreeModel::index(int row, int column, const QModelIndex &parent) const {
    const Node *node = nodeFrom(parent);
    if (column != 0 || row < 0 || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex RegistryTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeFrom(child)->parent);
}

int RegistryTreeModel::rowCount(const QModelIndex &parent) const {
    return int(nodeFrom(parent)->children.size());
}

int RegistryTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

bool RegistryTreeModel::hasChildren(const QModelIndex &parent) const {
    const Node *node = nodeFrom(parent);
    if (node->kind == Kind::Household)
        return false;
    return !node->loaded || !node->children.empty();
}

bool RegistryTreeModel::canFetchMore(const QModelIndex &parent) const {
    const Node *node = nodeFrom(parent);
    return node->kind != Kind::Household && !node->loaded;
}

void RegistryTreeModel::fetchMore(const QModelIndex &parent) {
    Node *node = nodeFrom(parent);
    if (node->loaded || node->kind == Kind::Household)
        return;
    node->loaded = true;
    const QList<Item> items = load(*node);
    if (items.isEmpty())
        return;
    beginInsertRows(parent, 0, int(items.size()) - 1);
    for (const Item &item : items)
        node->children.push_back(makeNode(item, node));
    endInsertRows();
}

QVariant RegistryTreeModel::data(const QModelIndex &index, int role) const {
    const Node *node = nodeFrom(index);
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return node->label;
    case Qt::ToolTipRole:
        return node->toolTip;
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        switch (node->kind) {
        case Kind::Community:
            return style->standardIcon(QStyle::SP_DirHomeIcon);
        case Kind::Household:
            return style->standardIcon(QStyle::SP_FileIcon);
        default:
            return style->standardIcon(QStyle::SP_DirIcon);
        }
    }
    default:
        return {};
    }
}

QList<RegistryTreeModel::Item> RegistryTreeModel::load(const Node &node) {
    QList<Item> items;
    auto failed = [this](const QString &message) {
        Q_EMIT loadFailed(message);
        return QList<Item>();
    };
    switch (node.kind) {
    case Kind::Root: {
        const auto list = m_registry.places().communities();
        if (!list)
            return failed(list.error());
        for (const Community &c : *list)
            items.append(
                {Kind::Community, c.id.value, c.name, tr("%1, %2").arg(c.subdistrict, c.district)});
        break;
    }
    case Kind::Community: {
        const auto list = m_registry.places().compounds(CommunityId{node.id});
        if (!list)
            return failed(list.error());
        for (const Compound &c : *list)
            items.append({Kind::Compound, c.id.value,
                          tr("%1 (%2)").arg(c.name, RegistryLabels::compoundKind(c.kind)),
                          RegistryLabels::compoundKind(c.kind)});
        break;
    }
    case Kind::Compound: {
        const auto list = m_registry.places().buildings(CompoundId{node.id});
        if (!list)
            return failed(list.error());
        for (const Building &b : *list)
            items.append({Kind::Building, b.id.value, b.name, {}});
        break;
    }
    case Kind::Building: {
        const auto list = m_registry.places().units(BuildingId{node.id});
        if (!list)
            return failed(list.error());
        for (const Unit &u : *list)
            items.append({Kind::Unit, u.id.value, u.name, {}});
        break;
    }
    case Kind::Unit: {
        const auto list = m_registry.households().households(UnitId{node.id});
        if (!list)
            return failed(list.error());
        for (const Household &h : *list)
            items.append({Kind::Household, h.id.value,
                          tr("%1 (%n resident(s))", nullptr, h.memberCount).arg(h.room),
                          h.address});
        break;
    }
    case Kind::Household:
        break;
    }
    return items;
}

void RegistryTreeModel::syncChildren(Node *node) {
    if (!node->loaded)
        return;
    const QList<Item> items = load(*node);
    const QModelIndex parentIndex = indexOf(node);
    // Remove the children that are gone, from the end so rows stay valid.
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        const Node *child = node->children[size_t(row)].get();
        const bool kept = std::any_of(items.begin(), items.end(), [child](const Item &item) {
            return item.kind == child->kind && item.id == child->id;
        });
        if (!kept) {
            beginRemoveRows(parentIndex, row, row);
            node->children.erase(node->children.begin() + row);
            endRemoveRows();
        }
    }
    // Walk the new list: relabel the children that stay, insert the new ones where they belong.
    for (int row = 0; row < items.size(); ++row) {
        const Item &item = items.at(row);
        if (size_t(row) < node->children.size() && node->children[size_t(row)]->id == item.id) {
            Node *child = node->children[size_t(row)].get();
            if (child->label != item.label || child->toolTip != item.toolTip) {
                child->label = item.label;
                child->toolTip = item.toolTip;
                const QModelIndex changed = createIndex(row, 0, child);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        auto existing = std::find_if(node->children.begin(), node->children.end(),
                                     [&item](const auto &c) { return c->id == item.id; });
        if (existing != node->children.end()) {
            // Moved (renamed into another sort position): remove and re-insert below.
            const int from = int(existing - node->children.begin());
            beginRemoveRows(parentIndex, from, from);
            node->children.erase(existing);
            endRemoveRows();
        }
        beginInsertRows(parentIndex, row, row);
        node->children.insert(node->children.begin() + row, makeNode(item, node));
        endInsertRows();
    }
    for (auto &child : node->children)
        syncChildren(child.get());
}

void RegistryTreeModel::syncAll() {
    syncChildren(m_root.get());
}

QModelIndex RegistryTreeModel::childWith(const QModelIndex &parent, Kind kind, qint64 id) {
    if (canFetchMore(parent))
        fetchMore(parent);
    const Node *node = nodeFrom(parent);
    for (size_t i = 0; i < node->children.size(); ++i) {
        if (node->children[i]->kind == kind && node->children[i]->id == id)
            return createIndex(int(i), 0, node->children[i].get());
    }
    return {};
}

QModelIndex RegistryTreeModel::revealHousehold(HouseholdId household) {
    const auto found = m_registry.households().household(household);
    if (!found)
        return {};
    const auto place = m_registry.places().placeOfUnit(found->unitId);
    if (!place)
        return {};
    QModelIndex index = childWith({}, Kind::Community, place->communityId.value);
    index = index.isValid() ? childWith(index, Kind::Compound, place->compoundId.value) : index;
    index = index.isValid() ? childWith(index, Kind::Building, place->buildingId.value) : index;
    index = index.isValid() ? childWith(index, Kind::Unit, place->unitId.value) : index;
    return index.isValid() ? childWith(index, Kind::Household, household.value) : index;
}

QModelIndex RegistryTreeModel::find(Kind kind, qint64 id) const {
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->kind == kind && node->id == id)
            return indexOf(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

} // namespace linli
