#pragma once

#include "aid/wishrepository.h"
#include "common/result.h"
#include "storage/rowversion.h"

#include <QObject>

namespace linli {

class ComplaintService;
class Database;

/// The wish wall (心愿墙): posting a wish, checking it before the wall shows it, routing it to
/// the neighbours or dispatching it, and following it until it is fulfilled.
/// A wish as a desk acts on it: see Seen and RowVersion.
using WishRef = Seen<WishId>;

class WishService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WishService)
public:
    WishService(Database &database, ComplaintService &complaints, QObject *parent = nullptr);

    const WishRepository &repository() const { return m_repository; }
    const Database &database() const { return m_database; }
    Database &database() { return m_database; }

    /// Posts a wish, numbered by year and waiting to be checked. `postedBy` defaults to the
    /// operator (staff posting on the resident's behalf).
    Result<Wish> post(Wish draft);
    /// Checked (核实) with the resident or the neighbour head: the wall shows it now.
    Status verify(WishRef id);
    /// A neighbour, volunteer or party member takes it on.
    Status claim(WishRef id, ResidentId helper, const QString &helperName);
    /// Dispatched (派单) to the building's neighbour head or the grid worker, due by `dueOn`.
    Status dispatch(WishRef id, DispatchRole role, const QString &name, QDate dueOn);
    /// A claim or dispatch given back: the wish goes back on the wall.
    Status release(WishRef id, const QString &reason);
    /// Done: what was done, when, and how many hours the helper gave.
    Status fulfil(WishRef id, const QString &outcome, QDate doneOn, double hours);
    Status withdraw(WishRef id, const QString &reason);
    /// A matter for the office after all: logged as a complaint, linked both ways.
    Result<qint64> escalate(WishRef id, qint64 categoryId);

Q_SIGNALS:
    void wishesChanged();

private:
    using Change = std::function<Status(Wish &)>;
    Status transition(WishRef id, WishAction action, const QString &note, const Change &change);

    Database &m_database;
    ComplaintService &m_complaints;
    WishRepository m_repository;
};

} // namespace linli
