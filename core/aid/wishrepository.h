#pragma once

#include "aid/wish.h"
#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

class Database;

/// Which wishes a list shows.
struct WishFilter {
    QList<WishState> states; ///< empty: every state
    BuildingId buildingId;   ///< unset: every building
    std::optional<WishKind> kind;
};

/// The wish wall's storage: reads for the board and a wish's history, and the writes the
/// service makes, each audited.
class WishRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::WishRepository)
public:
    explicit WishRepository(const Database &database)
        : m_database(database) {}

    Result<QList<Wish>> wishes(const WishFilter &filter) const;
    Result<Wish> wish(WishId id) const;
    Result<QList<WishEvent>> events(WishId id) const;

    static Result<Wish> insert(const WriteContext &context, Wish wish);
    /// Saves the wish's new state and fields over the version it was read at, with the event.
    static Status update(const WriteContext &context, const Wish &before, const Wish &after,
                         WishAction action, const QString &note);

private:
    const Database &m_database;
};

} // namespace linli
