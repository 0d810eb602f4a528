#pragma once

#include "complaints/complaint.h"

#include <QAbstractTableModel>

namespace linli {

/// A complaint's timeline: every step, who took it, when, and the note.
class ComplaintEventsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintEventsModel)
public:
    enum Column { When, Who, What, Note, ColumnCount };

    explicit ComplaintEventsModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent) {}
    void setEvents(const QList<ComplaintEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString describe(const ComplaintEvent &event) const;
    QList<ComplaintEvent> m_events;
};

} // namespace linli
