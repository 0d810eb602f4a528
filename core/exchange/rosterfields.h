#pragma once

#include "exchange/sheet.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace linli {

/// What a roster column holds. Office rosters (花名册) name them in many ways; each field
/// knows the headers staff write for it.
enum class RosterField {
    Ignore,
    Compound,
    Building,
    Unit,
    Room,
    Address, ///< the whole address in one cell, used when the four parts are not given
    Name,
    Gender,
    IdNumber,
    Phone,
    Relation,
    PartyMember,
    BirthDate,
    ElderlyAlone,
    Volunteer,
    LowIncome,
    Disabled,
    Notes,
};

/// Which column holds which field, and which row holds the headers.
struct RosterMapping {
    int headerRow = 0; ///< zero-based row of the sheet
    QList<RosterField> columns;

    std::optional<int> columnOf(RosterField field) const;
    bool has(RosterField field) const { return columnOf(field).has_value(); }
    /// Whether the place of a row comes from the four columns or from one address column.
    bool placeFromParts() const;
    /// The required fields no column was matched to; empty when the mapping is usable.
    QList<RosterField> missing() const;
};

class RosterFields final {
    Q_DECLARE_TR_FUNCTIONS(linli::RosterFields)
public:
    static const QList<RosterField> &all();
    static QString label(RosterField field);
    /// The field a header names, Ignore when none does. Spaces, full-width letters, "是否"
    /// and a trailing colon do not matter.
    static RosterField forHeader(const QString &header);
    /// The headers Linli's template and export write, in Chinese.
    static QString templateHeader(RosterField field);
    /// Finds the header row among the first rows (a title such as 某某社区居民花名册 may stand
    /// above it) and matches each of its columns; a field is matched to one column only.
    static RosterMapping guess(const Sheet &sheet);
};

} // namespace linli
