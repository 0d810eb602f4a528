#pragma once

#include "mediation/mediation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace linli {

/// The mediation cases, open first; a case past its one-month limit stands out.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)
public:
    enum Column { Number, Accepted, Type, Parties, Lead, State, Limit, ColumnCount };

    explicit CaseListModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent) {}
    void setCases(const QList<MediationCase> &cases, const QHash<qint64, QString> &mediatorNames,
                  QDate today);
    const MediationCase *caseAt(int row) const;
    int rowOf(CaseId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MediationCase> m_cases;
    QHash<qint64, QString> m_names;
    QDate m_today;
};

} // namespace linli
