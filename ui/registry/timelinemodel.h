#pragma once

#include "timeline/timelineentry.h"

#include <QAbstractTableModel>

namespace linli {

/// A household's timeline, newest first.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { When, What, Detail, By, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent) {}
    void setEntries(const QList<TimelineEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TimelineEntry> m_entries;
};

} // namespace linli
