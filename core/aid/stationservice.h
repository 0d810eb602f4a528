#pragma once

#include "aid/stationrepository.h"
#include "aid/wish.h"
#include "common/result.h"

#include <QObject>

namespace linli {

class Database;

/// The mutual-aid station (邻里互助站): donations in, things taken out, the stock by category
/// (never below zero), what has sat on the shelf too long, and what on the shelf could answer
/// an open wish.
class StationService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StationService)
public:
    explicit StationService(Database &database, QObject *parent = nullptr);

    const StationRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }

    Result<StationItemId> donate(StationItem item);
    /// Refused when more is asked than is on the shelf.
    Result<StationTakeId> take(StationTake take);
    /// Donations still on the shelf after `days` days, oldest first.
    Result<QList<StationItem>> sittingLong(int days) const;
    /// What on the shelf may answer an item wish: the best matches first.
    Result<QList<StationItem>> suggestionsFor(const Wish &wish) const;

    static constexpr int longOnShelfDays = 90;

Q_SIGNALS:
    void stationChanged();

private:
    Database &m_database;
    StationRepository m_repository;
};

} // namespace linli
