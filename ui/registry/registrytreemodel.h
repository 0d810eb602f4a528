#pragma once

#include "common/strongid.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace linli {

class RegistryService;

/// The tree community → compound → building → unit → household. Each level is read from core
/// when it is first expanded; after a change, the loaded levels are compared with core and
/// only what differs is inserted, removed or relabelled, so the view keeps its expansion.
class RegistryTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTreeModel)
public:
    enum class Kind { Root, Community, Compound, Building, Unit, Household };
    struct NodeRef {
        Kind kind = Kind::Root;
        qint64 id = 0;
    };

    explicit RegistryTreeModel(RegistryService &registry, QObject *parent = nullptr);
    ~RegistryTreeModel() override;

    NodeRef nodeAt(const QModelIndex &index) const;
    /// Loads the levels above a household as needed and returns its index.
    QModelIndex revealHousehold(HouseholdId household);
    /// The index of an already loaded node, or an invalid index.
    QModelIndex find(Kind kind, qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Node;
    struct Item {
        Kind kind;
        qint64 id;
        QString label;
        QString toolTip;
    };

    static std::unique_ptr<Node> makeNode(const Item &item, Node *parent);
    Node *nodeFrom(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    QList<Item> load(const Node &node);
    void syncChildren(Node *node);
    void syncAll();
    QModelIndex childWith(const QModelIndex &parent, Kind kind, qint64 id);

    RegistryService &m_registry;
    std::unique_ptr<Node> m_root;
};

} // namespace linli
