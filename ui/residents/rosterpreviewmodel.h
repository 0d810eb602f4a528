#pragma once

#include "exchange/rosterimport.h"

#include <QAbstractTableModel>
#include <optional>

namespace linli {

/// The rows of a roster preview for a table: file row, verdict, name, address, masked ID number
/// and phone, and what is wrong; optionally only the rows of one verdict.
class RosterPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterPreviewModel)
public:
    enum Column { FileRow, Verdict, Name, Address, IdNumber, Phone, Problems, ColumnCount };

    explicit RosterPreviewModel(QObject *parent = nullptr);
    void setPreview(const RosterPreview &preview);
    void showOnly(std::optional<RosterRow::Verdict> verdict);
    static QString verdictLabel(RosterRow::Verdict verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    RosterPreview m_preview;
    std::optional<RosterRow::Verdict> m_only;
    QList<qsizetype> m_shown;
};

} // namespace linli
