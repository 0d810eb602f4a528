#pragma once

#include "complaints/complaintrepository.h"

#include "widgets/pagedtablemodel.h"

#include <QHash>

namespace linli {

/// Complaints matching a filter, newest first, fetched a page at a time as the view scrolls.
/// Overdue rows stand out.
class ComplaintListModel final : public PagedTableModel<ComplaintListEntry> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintListModel)
public:
    enum Column {
        Number,
        Received,
        Channel,
        Reporter,
        Place,
        Category,
        Summary,
        State,
        Handler,
        Due,
        Community, ///< shown for the whole sub-district of a database of several communities
        ColumnCount
    };
    static constexpr int ComplaintIdRole = Qt::UserRole + 1;

    ComplaintListModel(const ComplaintRepository &repository, QObject *parent = nullptr);

    /// Sets the filter; `now` judges what is overdue.
    void setFilter(const ComplaintFilter &filter, const QDateTime &now);
    const ComplaintFilter &filter() const { return m_filter; }
    const ComplaintListEntry *complaintAt(int row) const { return rowAt(row); }
    /// The communities' names, for the Community column.
    void setCommunityNames(QHash<qint64, QString> names) { m_communityNames = std::move(names); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString &message);

private:
    Result<std::pair<QList<ComplaintListEntry>, int>> firstPage(int limit) const override;
    Result<QList<ComplaintListEntry>> pageAfter(const ComplaintListEntry *last,
                                                int limit) const override;
    bool canJump() const override { return true; }
    Result<QList<ComplaintListEntry>> pageAt(int offset, int limit, int total) const override {
        return m_repository.listPageAt(m_filter, offset, limit, total);
    }
    void totalChanged(int total) override { Q_EMIT totalCountChanged(total); }
    void failed(const QString &message) override { Q_EMIT loadFailed(message); }

    const ComplaintRepository &m_repository;
    ComplaintFilter m_filter;
    QDateTime m_now; ///< to compare with the rows' due times
    QHash<qint64, QString> m_communityNames;
};

} // namespace linli
