#pragma once

#include "registry/resident.h"

#include <QAbstractTableModel>

namespace linli {

/// The members of one household, present and former, with ID numbers masked.
class HouseholdMembersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdMembersModel)
public:
    enum Column { Name, Relation, Gender, Age, IdNumber, Mobile, Markers, Status, ColumnCount };

    explicit HouseholdMembersModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent) {}

    void setMembers(const QList<Resident> &members, QDate today);
    const Resident *memberAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Resident> m_members;
    QDate m_today;
};

} // namespace linli
