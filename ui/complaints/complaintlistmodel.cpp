#include "complaints/complaintlistmodel.h"

#include "complaints/complaintlabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace linli {

ComplaintListModel::ComplaintListModel(const ComplaintRepository &repository, QObject *parent)
    : PagedTableModel(parent)
    , m_repository(repository) {}

void ComplaintListModel::setFilter(const ComplaintFilter &filter, const QDateTime &now) {
    m_filter = filter;
    m_filter.now = now;
    m_now = now;
    reload();
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Result<std::pair<QList<ComplaintListEntry>, int>> ComplaintListModel::firstPage(int limit) const {
    auto page = pageAfter(nullptr, limit);
    if (!page)
        return page.status();
    // A page that is not full is the whole list: no need to count.
    if (page->size() < limit)
        return std::pair{*page, int(page->size())};
    const Result<int> total = m_repository.count(m_filter);
    if (!total)
        return total.status();
    return std::pair{*page, *total};
}

Result<QList<ComplaintListEntry>> ComplaintListModel::pageAfter(const ComplaintListEntry *last,
                                                                int limit) const {
    std::optional<ComplaintPageKey> after;
    if (last)
        after = ComplaintPageKey{last->receivedAt, last->id.value};
    return m_repository.listPage(m_filter, after, limit);
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const {
    const ComplaintListEntry *c = complaintAt(index.row());
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
        // The details, or the summary the column may cut short.
        if (const QString details = c->details; !details.isEmpty())
            return details;
        return c->summary;
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
        return c->reporterName;
    case Place:
        return c->place;
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
    case Community:
        return m_communityNames.value(c->community.value);
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
    case Community:
        return tr("Community");
    default:
        return {};
    }
}

} // namespace linli
