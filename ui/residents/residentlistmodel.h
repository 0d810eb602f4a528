#pragma once

#include "registry/residentrepository.h"

#include "residents/residentsearcher.h"
#include "widgets/pagedtablemodel.h"

#include <QSet>

namespace linli {

/// All residents matching a query, in pinyin order, fetched a page at a time as the view
/// scrolls (keyset paging), so that a sub-district's 160,000 residents open without a pause.
/// ID numbers are shown masked.
class ResidentListModel final : public PagedTableModel<ResidentListEntry> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentListModel)
public:
    enum Column { Name, Gender, Age, IdNumber, Mobile, Address, Markers, ColumnCount };
    /// The resident's household id, for the row's role `HouseholdRole`.
    static constexpr int HouseholdRole = Qt::UserRole + 1;
    static constexpr int ResidentRole = Qt::UserRole + 2;

    ResidentListModel(const ResidentRepository &repository, QDate today, QObject *parent = nullptr);

    void setQuery(const ResidentQuery &query);
    /// The same, the search run by `searcher` on its own thread: the rows change when it is
    /// found (searchFinished), and a newer search supersedes it.
    void searchFor(const ResidentQuery &query, ResidentSearcher &searcher);
    const ResidentQuery &query() const { return m_query; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString &message);
    /// A search of searchFor() is shown.
    void searchFinished();

private:
    Result<QList<ResidentListEntry>> pageAfter(const ResidentListEntry *last,
                                               int limit) const override;
    Result<std::pair<QList<ResidentListEntry>, int>> firstPage(int limit) const override;
    bool canJump() const override;
    Result<QList<ResidentListEntry>> pageAt(int offset, int limit, int total) const override;
    void keepLean(QList<ResidentListEntry> &page) const;
    void totalChanged(int total) override { Q_EMIT totalCountChanged(total); }
    void failed(const QString &message) override { Q_EMIT loadFailed(message); }

    const ResidentRepository &m_repository;
    QDate m_today;
    ResidentQuery m_query;
    mutable QSet<QString> m_addresses; ///< each address once, shared by its rows
};

} // namespace linli
