#pragma once

#include "aid/event.h"

#include <QWidget>

class QListWidget;
class QTableView;

namespace linli {

class ShownGate;

class EventService;
class OfficeSettingsService;
class RegistryService;
class StringTableModel;

/// The neighbourhood festival and other events: the events, an event's activities with their
/// places taken, an activity's sign-ups with attendance; new events, activities, sign-ups and
/// helpers from here, and the sign-up sheet printed.
class EventsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsWidget)
public:
    EventsWidget(EventService &events, RegistryService &registry, OfficeSettingsService &office,
                 QWidget *parent = nullptr);

    void reload();

private:
    void showEvent(int row);
    void showActivity();
    void newEvent();
    void newActivity();
    void signUp();
    void markAttendance(bool attended);
    void addHelper();
    void printSheet();
    void exportSignUps();
    const Event *chosenEvent() const;
    const Activity *chosenActivity() const;

    EventService &m_events;
    RegistryService &m_registry;
    OfficeSettingsService &m_office;
    QListWidget *m_eventList;
    StringTableModel *m_activityModel;
    StringTableModel *m_signUpModel;
    QTableView *m_activityTable;
    QTableView *m_signUpTable;
    QList<Event> m_eventRows;
    QList<Activity> m_activityRows;
    QList<SignUp> m_signUpRows;
    ShownGate *m_shown = nullptr; ///< the data are read when the widget is shown
};

} // namespace linli
