#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace linli {

/// What the big lists share: rows of `Row` fetched a page at a time as the view scrolls
/// (keyset paging in core), and the total the filter matches. A subclass says how to fetch the
/// first page with the total, how to fetch the page after a row, and what to do with the total
/// and with failures — it declares the signals, since a template cannot.
template<typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int pageSize = 200;

    int totalCount() const { return m_total; }
    const Row *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    /// Drops what was fetched and starts again from the first page.
    void reload() { showFirstPage(firstPage(pageSize)); }

protected:
    /// Shows a first page found elsewhere (on another thread): what was fetched goes.
    void showFirstPage(Result<std::pair<QList<Row>, int>> first) {
        beginResetModel();
        m_rows.clear();
        m_complete = false;
        m_pending = false;
        endResetModel();
        m_complete = true;
        m_total = 0;
        if (!first) {
            failed(first.error());
        } else {
            m_total = first->second;
            m_complete = first->first.size() < pageSize;
            if (!first->first.isEmpty()) {
                beginInsertRows({}, 0, int(first->first.size() - 1));
                m_rows = std::move(first->first);
                endInsertRows();
            }
        }
        totalChanged(m_total);
    }
    /// While a new first page is being found, the rows shown are the old filter's: none is
    /// fetched after them.
    void setPending() { m_pending = true; }

public:
    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override {
        return !parent.isValid() && !m_complete && !m_pending;
    }
    void fetchMore(const QModelIndex &parent) override {
        if (parent.isValid() || m_complete || m_pending)
            return;
        const auto page = pageAfter(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize);
        if (!page) {
            m_complete = true;
            failed(page.error());
            return;
        }
        m_complete = page->size() < pageSize;
        if (page->isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }

protected:
    explicit PagedTableModel(QObject *parent)
        : QAbstractTableModel(parent) {}

    /// The first page and the total the filter matches, asked together: a shorter page is the
    /// whole list, and some queries find both in one pass.
    virtual Result<std::pair<QList<Row>, int>> firstPage(int limit) const = 0;
    /// The page after `last` (the first page when null).
    virtual Result<QList<Row>> pageAfter(const Row *last, int limit) const = 0;
    virtual void totalChanged(int total) = 0;
    virtual void failed(const QString &message) = 0;

private:
    QList<Row> m_rows;
    bool m_complete = false;
    bool m_pending = false;
    int m_total = 0;
};

} // namespace linli
