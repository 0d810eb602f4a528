#pragma once

#include "aid/eldercare.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace linli {

class ShownGate;

class ElderCareService;
class RegistryService;
class StringTableModel;

/// Care for elders living alone, as the office works it: who was not visited in time (worst
/// first), who has no carer yet, and the tasks visits left open — with a visit recorded, a
/// carer added or assigned, an interval set and a period marked from here.
class ElderCareWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElderCareWidget)
public:
    ElderCareWidget(ElderCareService &care, RegistryService &registry, QWidget *parent = nullptr);

    void reload();
    /// The visit form, for `elder` when given.
    void recordVisit(ResidentId elder = {});

private:
    void addCarer();
    void assignCarer(ResidentId elder = {});
    void setInterval();
    void markPeriod();
    void closeTask();
    ResidentId selectedOverdue() const;

    ElderCareService &m_care;
    RegistryService &m_registry;
    QLabel *m_summary;
    StringTableModel *m_overdueModel;
    StringTableModel *m_aloneModel;
    StringTableModel *m_taskModel;
    QTableView *m_overdue;
    QTableView *m_alone;
    QTableView *m_tasks;
    QList<OverdueElder> m_overdueRows;
    QList<Elder> m_aloneRows;
    QList<CareTask> m_taskRows;
    ShownGate *m_shown = nullptr; ///< the data are read when the widget is shown
};

} // namespace linli
