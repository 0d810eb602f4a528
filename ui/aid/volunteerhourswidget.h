#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace linli {

class ShownGate;

class ElderCareService;
class EventService;
class StringTableModel;
class WishService;

/// The year's volunteer hours, most first: claimed wishes, care visits and event help.
class VolunteerHoursWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteerHoursWidget)
public:
    VolunteerHoursWidget(EventService &events, WishService &wishes, ElderCareService &care,
                         QWidget *parent = nullptr);
    void reload();

private:
    EventService &m_events;
    QSpinBox *m_year;
    QLabel *m_summary;
    StringTableModel *m_model;
    QTableView *m_table;
    ShownGate *m_shown = nullptr; ///< the data are read when the widget is shown
};

} // namespace linli
