#include "registry/householdmembersmodel.h"

#include "registry/idnumber.h"
#include "registry/registrylabels.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace linli {

void HouseholdMembersModel::setMembers(const QList<Resident> &members, QDate today) {
    beginResetModel();
    m_members = members;
    m_today = today;
    endResetModel();
}

const Resident *HouseholdMembersModel::memberAt(int row) const {
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

int HouseholdMembersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int HouseholdMembersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdMembersModel::data(const QModelIndex &index, int role) const {
    const Resident *r = memberAt(index.row());
    if (!r)
        return {};
    if (role == Qt::ForegroundRole && r->hasMovedOut())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r->name;
    case Relation:
        return RegistryLabels::relation(r->relation);
    case Gender:
        return RegistryLabels::gender(r->gender);
    case Age:
        return r->birthDate.isValid() ? QVariant(ageOn(r->birthDate, m_today)) : QVariant();
    case IdNumber:
        return IdNumber::masked(r->idNumber);
    case Mobile:
        return MobilePhone::masked(r->mobile);
    case Markers:
        return RegistryLabels::markers(r->markers);
    case Status:
        return r->hasMovedOut()
                   ? tr("Moved out %1").arg(QLocale().toString(r->movedOutOn, QLocale::ShortFormat))
                   : tr("Living here");
    default:
        return {};
    }
}

QVariant HouseholdMembersModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation to head");
    case Gender:
        return tr("Gender");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Mobile:
        return tr("Phone");
    case Markers:
        return tr("Markers");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace linli
