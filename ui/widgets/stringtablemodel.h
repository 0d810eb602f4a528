#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace linli {

/// A small read-only table of texts with translated headers, for short lists a page has
/// already formatted (a building's neighbour heads, its group). Big lists have their own models.
class StringTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StringTableModel)
public:
    explicit StringTableModel(QStringList headers, QObject *parent = nullptr);
    void setRows(const QList<QStringList> &rows);
    /// Columns of figures, aligned to the right so that their digits line up.
    void setFigureColumns(QList<int> columns) { m_figureColumns = std::move(columns); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_figureColumns;
};

} // namespace linli
