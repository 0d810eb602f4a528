#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaObject>

#include <algorithm>
#include <cstdlib>

namespace linli {

/// What the big lists share: rows of `Row` fetched a page at a time as the view scrolls
/// (keyset paging in core), and the total the filter matches. A subclass says how to fetch the
/// first page with the total, how to fetch the page after a row, and what to do with the total
/// and with failures — it declares the signals, since a template cannot.
///
/// A subclass that can also fetch a page at any position (`pageAt`) has every row of an exact
/// total from the start: the scroll bar is the list's true length, and a jump to the end or a
/// drag of the bar reads only the pages in view (the page after one in hand by its key, any
/// other by its position). At most `keptPages` such pages are kept, so that memory stays the
/// same however far the list is scrolled.
template<typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int pageSize = 200;
    static constexpr int keptPages = 40;

    int totalCount() const { return m_total; }
    /// The row, fetched with its page if need be; null past the list's end. The pointer is
    /// good until the next call.
    const Row *rowAt(int row) const {
        if (row >= 0 && row < m_rows.size())
            return &m_rows.at(row);
        if (!m_jumping || row < 0 || row >= m_total)
            return nullptr;
        const QList<Row> &page = pageHolding(row / pageSize);
        const qsizetype at = row % pageSize;
        return at < page.size() ? &page.at(at) : nullptr;
    }

    /// Drops what was fetched and starts again from the first page.
    void reload() { showFirstPage(firstPage(pageSize)); }

protected:
    /// Shows a first page found elsewhere (on another thread): what was fetched goes.
    void showFirstPage(Result<std::pair<QList<Row>, int>> first) {
        beginResetModel();
        m_rows.clear();
        m_pages.clear();
        m_complete = false;
        m_pending = false;
        m_jumping = false;
        endResetModel();
        m_complete = true;
        m_total = 0;
        if (!first) {
            failed(first.error());
        } else {
            m_total = first->second;
            m_complete = first->first.size() < pageSize;
            // Every row at once, when any page can be fetched where it lies.
            m_jumping = !m_complete && canJump() && m_total > first->first.size();
            const int rows = m_jumping ? m_total : int(first->first.size());
            if (rows > 0) {
                beginInsertRows({}, 0, rows - 1);
                m_rows = std::move(first->first);
                endInsertRows();
            }
            if (m_jumping)
                m_complete = true;
        }
        totalChanged(m_total);
    }
    /// While a new first page is being found, the rows shown are the old filter's: none is
    /// fetched after them.
    void setPending() { m_pending = true; }

public:
    int rowCount(const QModelIndex &parent = {}) const override {
        if (parent.isValid())
            return 0;
        return m_jumping ? m_total : int(m_rows.size());
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
    /// Whether pages can be fetched by position for the list shown now: the total must be
    /// exact, not a search's "more than 1,000".
    virtual bool canJump() const { return false; }
    /// The `limit` rows from position `offset` on, of `total` (so that a page near the end
    /// can be read from the end).
    virtual Result<QList<Row>> pageAt(int offset, int limit, int total) const {
        Q_UNUSED(offset)
        Q_UNUSED(limit)
        Q_UNUSED(total)
        return QList<Row>();
    }
    virtual void totalChanged(int total) = 0;
    virtual void failed(const QString &message) = 0;

private:
    // The page `index` past the first, fetched now if it is not at hand.
    const QList<Row> &pageHolding(int index) const {
        auto found = m_pages.constFind(index);
        if (found != m_pages.cend())
            return *found;
        // A new search is being found: its query is not the shown rows', so nothing is read for
        // them until its first page comes (a few tens of milliseconds of blank rows at most).
        static const QList<Row> none;
        if (m_pending)
            return none;
        if (m_pages.size() >= keptPages) {
            // The pages farthest from this one go first: those near it are the ones in view.
            QList<int> held = m_pages.keys();
            std::sort(held.begin(), held.end(),
                      [index](int a, int b) { return std::abs(a - index) > std::abs(b - index); });
            for (qsizetype i = 0; i < held.size() / 2; ++i)
                m_pages.remove(held.at(i));
        }
        // Scrolling down, the page before is at hand: the next one is found by its key, a seek.
        const QList<Row> *before =
            index == 1 ? &m_rows : (m_pages.contains(index - 1) ? &m_pages[index - 1] : nullptr);
        auto page = before && !before->isEmpty() ? pageAfter(&before->constLast(), pageSize)
                                                 : pageAt(index * pageSize, pageSize, m_total);
        if (!page) {
            // Said once the paint under way is over; the rows stay empty meanwhile.
            QMetaObject::invokeMethod(
                const_cast<PagedTableModel *>(this),
                [this, message = page.error()] {
                    const_cast<PagedTableModel *>(this)->failed(message);
                },
                Qt::QueuedConnection);
            return *m_pages.insert(index, QList<Row>());
        }
        return *m_pages.insert(index, std::move(*page));
    }

    QList<Row> m_rows;
    mutable QHash<int, QList<Row>> m_pages; ///< pages by position, past the first, when jumping
    bool m_complete = false;
    bool m_pending = false;
    bool m_jumping = false;
    int m_total = 0;
};

} // namespace linli
