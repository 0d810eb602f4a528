#include "mediation/caselistmodel.h"

#include "mediation/casestatemachine.h"
#include "mediation/mediationlabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace linli {

void CaseListModel::setCases(const QList<MediationCase> &cases,
                             const QHash<qint64, QString> &mediatorNames, QDate today) {
    beginResetModel();
    m_cases = cases;
    m_names = mediatorNames;
    m_today = today;
    endResetModel();
}

const MediationCase *CaseListModel::caseAt(int row) const {
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseListModel::rowOf(CaseId id) const {
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).id == id)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const {
    const MediationCase *c = caseAt(index.row());
    if (!c)
        return {};
    const bool overLimit = c->isOverLimit(m_today);
    if (role == Qt::ForegroundRole && overLimit)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && overLimit)
        return tr("Open past its one-month limit: continuing needs both parties' consent.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return c->number;
    case Accepted:
        return QLocale().toString(c->acceptedOn, QLocale::ShortFormat);
    case Type:
        return MediationLabels::caseType(c->type);
    case Parties: {
        QStringList names;
        for (const Party &p : c->parties)
            names << p.name;
        return names.join(tr(" / "));
    }
    case Lead:
        return m_names.value(c->leadMediator.value);
    case State:
        return CaseStateMachine::stateName(c->state);
    case Limit:
        return CaseStateMachine::isOpen(c->state)
                   ? QLocale().toString(c->limitOn, QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Accepted:
        return tr("Accepted");
    case Type:
        return tr("Type");
    case Parties:
        return tr("Parties");
    case Lead:
        return tr("Lead mediator");
    case State:
        return tr("State");
    case Limit:
        return tr("Time limit");
    default:
        return {};
    }
}

} // namespace linli
