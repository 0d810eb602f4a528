#pragma once

#include "common/result.h"
#include "registry/places.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

class Database;

/// Households (户): a room in a stairwell unit, with its written address.
class HouseholdRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::HouseholdRepository)
public:
    explicit HouseholdRepository(const Database &database)
        : m_database(database) {}

    /// The households of a unit with how many residents live in each now.
    Result<QList<Household>> households(UnitId unit) const;
    Result<Household> household(HouseholdId id) const;

    /// `address` is written from `place` and the room; the room must be free in its unit.
    static Result<HouseholdId> add(const WriteContext &context, const Household &household,
                                   const HouseholdPlace &place);
    static Status updateRoom(const WriteContext &context, const Household &before,
                             const QString &room, const HouseholdPlace &place);
    /// Removes a household with no residents on record.
    static Status remove(const WriteContext &context, const Household &household);

private:
    const Database &m_database;
};

} // namespace linli
