#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace linli {

class DutyRoster;

/// A week of the mediation room's duty roster: a row a staff member, a column a day, a tick for
/// who is on duty. Each tick is saved at once.
class RosterDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterDialog)
public:
    RosterDialog(DutyRoster &roster, QDate anyDay, QWidget *parent = nullptr);

private:
    void load();
    void save(int column);

    DutyRoster &m_roster;
    QDate m_monday;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_week;
    bool m_loading = false;
};

} // namespace linli
