#include "registry/timelinemodel.h"

#include <QLocale>

namespace linli {

void TimelineModel::setEntries(const QList<TimelineEntry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(entry.at, QLocale::ShortFormat);
    case What:
        return entry.title;
    case Detail:
        return entry.detail;
    case By:
        return entry.operatorName;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What happened");
    case Detail:
        return tr("Details");
    case By:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace linli
