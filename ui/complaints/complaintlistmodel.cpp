#include "complaints/complaintlistmodel.h"

#include "complaints/complaintlabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace linli {

ComplaintListModel::ComplaintListModel(const ComplaintRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository) {}

void ComplaintListModel::setFilter(const ComplaintFilter &filter, const QDateTime &now) {
    m_filter = filter;
    m_filter.now = now;
    m_now = now;
    reload();
}

void ComplaintListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    endResetModel();
    const auto total = m_repository.count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        Q_EMIT loadFailed(total.error());
    fetchMore({});
    Q_EMIT totalCountChanged(m_total);
}

const Complaint *ComplaintListModel::complaintAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_complete;
}

void ComplaintListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_complete)
        return;
    std::optional<ComplaintPageKey> after;
    if (!m_rows.isEmpty())
        after = ComplaintPageKey{m_rows.constLast().receivedAt, m_rows.constLast().id.value};
    const auto page = m_repository.page(m_filter, after, pageSize);
    if (!page) {
        m_complete = true;
        Q_EMIT loadFailed(page.error());
        return;
    }
    m_complete = page->size() < pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const {
    const Complaint *c = complaintAt(index.row());
    if (!c)
        return {};
    const bool overdue = c->isOverdue(m_now);
    switch (role) {
    case ComplaintIdRole:
        return c->id.value;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue since %1").arg(QLocale().toString(c->dueAt, QLocale::ShortFormat));
        return c->details.isEmpty() ? QVariant() : QVariant(c->details);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return c->number();
    case Received:
        return QLocale().toString(c->receivedAt, QLocale::ShortFormat);
    case Channel:
        return ComplaintLabels::channel(c->channel);
    case Reporter:
        return c->reporter.name;
    case Place:
        return c->place.description;
    case Category:
        return c->categoryName;
    case Summary:
        return c->summary;
    case State:
        return overdue ? tr("%1, overdue").arg(ComplaintLabels::state(c->state))
                       : ComplaintLabels::state(c->state);
    case Handler:
        return c->assignee;
    case Due:
        return c->isOpen() ? QLocale().toString(c->dueAt, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Received:
        return tr("Received");
    case Channel:
        return tr("Channel");
    case Reporter:
        return tr("Reporter");
    case Place:
        return tr("Place");
    case Category:
        return tr("Category");
    case Summary:
        return tr("Summary");
    case State:
        return tr("State");
    case Handler:
        return tr("Handler");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace linli
