#pragma once

#include "common/result.h"
#include "registry/resident.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace linli {

/// Where a household sits, as a roster writes it.
struct RosterPlace {
    QString compound;
    QString building;
    QString unit;
    QString room;

    QString address() const { return compound + building + unit + room; }
    bool isComplete() const {
        return !compound.isEmpty() && !building.isEmpty() && !unit.isEmpty() && !room.isEmpty();
    }
};

/// Reads the values office rosters hold, in the ways staff write them. Each reader gives
/// nullopt (or a failure with the reason) for a value it cannot take.
class RosterValues final {
    Q_DECLARE_TR_FUNCTIONS(linli::RosterValues)
public:
    /// 男/女, M/F, male/female.
    static std::optional<Gender> gender(const QString &text);
    /// 是/否, √/×, Y/N, 1/0, TRUE/FALSE, and for party membership 中共党员/群众 and the like.
    /// An empty cell is no.
    static std::optional<bool> yesNo(const QString &text);
    /// 户主, 本人, 配偶, 妻子, 长子, 孙女, 租户 and the rest; an empty cell gives nullopt.
    static Result<std::optional<Relation>> relation(const QString &text);
    /// 1990-01-31, 1990/1/31, 1990.1.31, 19900131, 1990年1月31日; an empty cell is null.
    static Result<QDate> date(const QString &text);
    /// Whether Excel turned an ID number into a number and lost its last digits
    /// (4.30304E+17, or 18 digits ending in 000 where the ID number's check fails).
    static bool looksMangledByExcel(const QString &text);
    /// A bare number is a building's or a unit's number: 3 → 3栋, 2 → 2单元; 302室 → 302.
    static QString building(const QString &text);
    static QString unit(const QString &text);
    static QString room(const QString &text);
    /// 明珠花园3栋2单元302 → its four parts; nullopt when it is not written that way.
    static std::optional<RosterPlace> splitAddress(const QString &address);
};

} // namespace linli
