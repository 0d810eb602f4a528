#pragma once

#include "complaints/complaintrepository.h"

#include <QAbstractTableModel>

namespace linli {

/// Complaints matching a filter, newest first, fetched a page at a time as the view scrolls.
/// Overdue rows stand out.
class ComplaintListModel final : public QAbstractTableModel {
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
        ColumnCount
    };
    static constexpr int ComplaintIdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 200;

    ComplaintListModel(const ComplaintRepository &repository, QObject *parent = nullptr);

    /// Sets the filter; `now` judges what is overdue.
    void setFilter(const ComplaintFilter &filter, const QDateTime &now);
    const ComplaintFilter &filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    const Complaint *complaintAt(int row) const;

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
    const ComplaintRepository &m_repository;
    ComplaintFilter m_filter;
    QDateTime m_now;
    QList<Complaint> m_rows;
    bool m_complete = false;
    int m_total = 0;
};

} // namespace linli
