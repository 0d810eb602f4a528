#include "widgets/stringtablemodel.h"

namespace linli {

StringTableModel::StringTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void StringTableModel::setRows(const QList<QStringList> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StringTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StringTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant StringTableModel::data(const QModelIndex &index, int role) const {
    if (role == Qt::TextAlignmentRole && m_figureColumns.contains(index.column()))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant StringTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_headers.value(section);
}

} // namespace linli
