#pragma once

#include "aid/wish.h"
#include "aid/wishrepository.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace linli {

class ShownGate;

class ComplaintService;
class OfficeSettingsService;
class RegistryService;
class StationService;
class WishService;

/// The wish wall (心愿墙) as a wall: cards in four columns — to check, on the wall, being
/// helped, done lately — filtered by building and kind; each step taken from the card; new
/// wishes posted here; the wall sheet printed for the activity centre.
class WishBoard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WishBoard)
public:
    WishBoard(WishService &wishes, RegistryService &registry, ComplaintService &complaints,
              OfficeSettingsService &office, const StationService &station,
              QWidget *parent = nullptr);

    void reload();
    /// Opens the form for a new wish.
    void postWish();

Q_SIGNALS:
    /// The user wants to see the complaint a wish became.
    void complaintRequested(qint64 complaint);

private:
    enum Column { ToCheck, OnTheWall, BeingHelped, Done, ColumnCount };
    void act(WishId id, WishAction action);
    void printWall();
    void exportWishes();
    WishFilter filter() const;
    void claim(const Wish &wish);
    void dispatch(const Wish &wish);
    void finish(const Wish &wish, WishAction action);
    void escalate(const Wish &wish);
    void fillBuildings();

    WishService &m_wishes;
    RegistryService &m_registry;
    ComplaintService &m_complaints;
    OfficeSettingsService &m_office;
    const StationService &m_station;
    QComboBox *m_building;
    QComboBox *m_kind;
    QLabel *m_summary;
    QList<QVBoxLayout *> m_columns;
    QList<QLabel *> m_columnTitles;
    ShownGate *m_shown = nullptr; ///< the data are read when the widget is shown
    /// Each card's wish at the version the wall shows: an action runs on it, so a wish another
    /// desk moved on meanwhile is refused naming who, not acted on as it is now.
    QHash<qint64, int> m_shownVersions;
};

} // namespace linli
