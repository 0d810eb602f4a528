#include "residents/rosterpreviewmodel.h"

#include "registry/idnumber.h"

#include <QBrush>
#include <QColor>

namespace linli {

RosterPreviewModel::RosterPreviewModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void RosterPreviewModel::setPreview(const RosterPreview &preview) {
    beginResetModel();
    m_preview = preview;
    refilter();
    endResetModel();
}

void RosterPreviewModel::showOnly(std::optional<RosterRow::Verdict> verdict) {
    beginResetModel();
    m_only = verdict;
    refilter();
    endResetModel();
}

void RosterPreviewModel::refilter() {
    m_shown.clear();
    for (qsizetype i = 0; i < m_preview.rows.size(); ++i) {
        if (!m_only || m_preview.rows.at(i).verdict == *m_only)
            m_shown.append(i);
    }
}

QString RosterPreviewModel::verdictLabel(RosterRow::Verdict verdict) {
    switch (verdict) {
    case RosterRow::Verdict::New:
        return tr("New");
    case RosterRow::Verdict::Update:
        return tr("Update");
    case RosterRow::Verdict::Unchanged:
        return tr("Unchanged");
    case RosterRow::Verdict::Error:
        return tr("Error");
    }
    return {};
}

int RosterPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RosterPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterPreviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const RosterRow &row = m_preview.rows.at(m_shown.at(index.row()));
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        switch (row.verdict) {
        case RosterRow::Verdict::New:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case RosterRow::Verdict::Update:
            return QBrush(QColor(0x0b, 0x57, 0xd0));
        case RosterRow::Verdict::Unchanged:
            return QBrush(QColor(0x5f, 0x63, 0x68));
        case RosterRow::Verdict::Error:
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Problems)
        return row.problems.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case FileRow:
        return row.fileRow;
    case Verdict:
        return verdictLabel(row.verdict);
    case Name:
        return row.resident.name;
    case Address:
        return row.place.address();
    case IdNumber:
        return IdNumber::masked(row.resident.idNumber);
    case Phone:
        return MobilePhone::masked(row.resident.mobile);
    case Problems:
        return row.problems.join(u' ');
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FileRow:
        return tr("Row");
    case Verdict:
        return tr("Verdict");
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Problems:
        return tr("What is wrong");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linli
