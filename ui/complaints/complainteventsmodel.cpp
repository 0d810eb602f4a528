#include "complaints/complainteventsmodel.h"

#include "complaints/complaintlabels.h"

#include <QLocale>

namespace linli {

void ComplaintEventsModel::setEvents(const QList<ComplaintEvent> &events) {
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ComplaintEventsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int ComplaintEventsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintEventsModel::describe(const ComplaintEvent &e) const {
    if (e.isRegistration)
        return tr("Logged");
    switch (e.action) {
    case ComplaintAction::Assign:
        return e.from == ComplaintState::Registered ? tr("Assigned to %1").arg(e.assignee)
                                                    : tr("Handed over to %1").arg(e.assignee);
    case ComplaintAction::Start:
        return tr("Work started");
    case ComplaintAction::Resolve:
        return tr("Resolved");
    case ComplaintAction::Answer:
        return tr("Reporter answered");
    case ComplaintAction::FollowUp:
        return e.to == ComplaintState::InProgress ? tr("Follow-up: unsatisfied, reopened")
                                                  : tr("Follow-up visit");
    case ComplaintAction::Close:
        return tr("Closed");
    case ComplaintAction::Extend:
        return tr("Time limit extended");
    case ComplaintAction::Remind:
        return tr("Reminder issued");
    case ComplaintAction::Revisit:
        return tr("Reporter came again");
    }
    return {};
}

QVariant ComplaintEventsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size() || role != Qt::DisplayRole)
        return {};
    const ComplaintEvent &e = m_events.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(e.at, QLocale::ShortFormat);
    case Who:
        return e.operatorName;
    case What:
        return describe(e);
    case Note:
        return e.note;
    default:
        return {};
    }
}

QVariant ComplaintEventsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace linli
