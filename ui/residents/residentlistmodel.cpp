#include "residents/residentlistmodel.h"

#include "registry/idnumber.h"
#include "registry/registrylabels.h"

#include <QBrush>
#include <QPalette>

namespace linli {

ResidentListModel::ResidentListModel(const ResidentRepository &repository, QDate today,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_today(today) {}

void ResidentListModel::setQuery(const ResidentQuery &query) {
    m_query = query;
    reload();
}

void ResidentListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    endResetModel();
    const auto total = m_repository.count(m_query);
    m_total = total ? *total : 0;
    if (!total)
        Q_EMIT loadFailed(total.error());
    fetchMore({});
    Q_EMIT totalCountChanged(m_total);
}

int ResidentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResidentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ResidentListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_complete;
}

void ResidentListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_complete)
        return;
    std::optional<ResidentPageKey> after;
    if (!m_rows.isEmpty())
        after = ResidentPageKey{m_rows.constLast().sortKey, m_rows.constLast().resident.id.value};
    const auto page = m_repository.page(m_query, after, pageSize);
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

QVariant ResidentListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ResidentListEntry &entry = m_rows.at(index.row());
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
        return r.mobile;
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
        return tr("Mobile");
    case Address:
        return tr("Address");
    case Markers:
        return tr("Markers");
    default:
        return {};
    }
}

} // namespace linli
