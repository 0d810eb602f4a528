#include "residents/residentlistmodel.h"

#include "registry/idnumber.h"
#include "registry/registrylabels.h"

#include <QBrush>
#include <QPalette>

namespace linli {

ResidentListModel::ResidentListModel(const ResidentRepository &repository, QDate today,
                                     QObject *parent)
    : PagedTableModel(parent)
    , m_repository(repository)
    , m_today(today) {}

void ResidentListModel::setQuery(const ResidentQuery &query) {
    m_query = query;
    reload();
}

void ResidentListModel::searchFor(const ResidentQuery &query, ResidentSearcher &searcher) {
    m_query = query;
    setPending();
    searcher.search(query, pageSize, [this](ResidentSearcher::FirstPage found) {
        if (!found) {
            showFirstPage(found.status());
        } else {
            keepLean(found->rows);
            showFirstPage(std::pair{std::move(found->rows), found->total});
        }
        Q_EMIT searchFinished();
    });
}

int ResidentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Result<QList<ResidentListEntry>> ResidentListModel::pageAfter(const ResidentListEntry *last,
                                                              int limit) const {
    std::optional<ResidentPageKey> after;
    if (last)
        after = ResidentPageKey{last->sortKey, last->resident.id.value};
    auto page = m_repository.page(m_query, after, limit);
    if (page)
        keepLean(*page);
    return page;
}

bool ResidentListModel::canJump() const {
    // A search's count stops past its limit ("more than 1,000"): then the list grows as it is
    // scrolled instead.
    return m_query.text.trimmed().isEmpty() || totalCount() <= ResidentRepository::countLimit;
}

Result<QList<ResidentListEntry>> ResidentListModel::pageAt(int offset, int limit, int total) const {
    auto page = m_repository.pageAt(m_query, offset, limit, total);
    if (page)
        keepLean(*page);
    return page;
}

Result<std::pair<QList<ResidentListEntry>, int>> ResidentListModel::firstPage(int limit) const {
    auto first = m_repository.firstPage(m_query, limit);
    if (!first)
        return first.status();
    keepLean(first->rows);
    return std::pair{std::move(first->rows), first->total};
}

void ResidentListModel::keepLean(QList<ResidentListEntry> &page) const {
    // A sub-district's list scrolled to its end holds 160,000 rows: the members of a household
    // share one copy of its address, and only a page's last row keeps the sort key the next
    // page starts after.
    for (qsizetype i = 0; i < page.size(); ++i) {
        ResidentListEntry &entry = page[i];
        entry.address = *m_addresses.insert(entry.address);
        if (i + 1 < page.size())
            entry.sortKey = QString();
    }
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const {
    const ResidentListEntry *row = rowAt(index.row());
    if (!index.isValid() || !row)
        return {};
    const ResidentListEntry &entry = *row;
    const Resident &r = entry.resident;
    if (role == HouseholdRole)
        return r.householdId.value;
    if (role == ResidentRole)
        return r.id.value;
    if (role == Qt::ForegroundRole && r.hasMovedOut())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole && r.hasMovedOut())
        return tr("Moved out on %1").arg(QLocale().toString(r.movedOutOn, QLocale::ShortFormat));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Gender:
        return RegistryLabels::gender(r.gender);
    case Age:
        return r.birthDate.isValid() ? QVariant(ageOn(r.birthDate, m_today)) : QVariant();
    case IdNumber:
        return IdNumber::masked(r.idNumber);
    case Mobile:
        return MobilePhone::masked(r.mobile);
    case Address:
        return entry.address;
    case Markers:
        return RegistryLabels::markers(r.markers);
    default:
        return {};
    }
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Mobile:
        return tr("Phone");
    case Address:
        return tr("Address");
    case Markers:
        return tr("Markers");
    default:
        return {};
    }
}

} // namespace linli
