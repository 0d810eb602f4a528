#pragma once

#include "registry/residentrepository.h"

#include <QAbstractTableModel>

namespace linli {

/// All residents matching a query, in pinyin order, fetched a page at a time as the view
/// scrolls (keyset paging), so that a sub-district's 160,000 residents open without a pause.
/// ID numbers are shown masked.
class ResidentListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentListModel)
public:
    enum Column { Name, Gender, Age, IdNumber, Mobile, Address, Markers, ColumnCount };
    static constexpr int pageSize = 200;
    /// The resident's household id, for the row's role `HouseholdRole`.
    static constexpr int HouseholdRole = Qt::UserRole + 1;
    static constexpr int ResidentRole = Qt::UserRole + 2;

    ResidentListModel(const ResidentRepository &repository, QDate today, QObject *parent = nullptr);

    void setQuery(const ResidentQuery &query);
    const ResidentQuery &query() const { return m_query; }
    /// Matches in all, not only those fetched so far.
    int totalCount() const { return m_total; }
    /// Reloads after a change elsewhere, keeping the query.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString &message);

private:
    const ResidentRepository &m_repository;
    QDate m_today;
    ResidentQuery m_query;
    QList<ResidentListEntry> m_rows;
    bool m_complete = false;
    int m_total = 0;
};

} // namespace linli
