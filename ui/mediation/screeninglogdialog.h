#pragma once

#include "mediation/screeninglog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace linli {

class Database;
class StringTableModel;

/// The log of screening rounds (矛盾纠纷排查登记): the last twelve months' rounds, where each
/// went, the disputes found and those headed off before they became cases; a round is logged,
/// corrected or taken off here. The statistics form counts what this log holds.
class ScreeningLogDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningLogDialog)
public:
    explicit ScreeningLogDialog(Database &database, QWidget *parent = nullptr);

private:
    void reload();
    /// The form for a round; true when it was saved.
    bool edit(DisputeScreening screening);
    void removeChosen();
    /// The round chosen in the table; none when no row is chosen.
    std::optional<DisputeScreening> chosen() const;

    Database &m_database;
    ScreeningLog m_log;
    QList<DisputeScreening> m_rounds;
    StringTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_correct;
    QPushButton *m_remove;
};

} // namespace linli
