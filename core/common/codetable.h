#pragma once

#include <QAnyStringView>
#include <QString>

#include <array>
#include <utility>

namespace linli {

/// How an enumeration is spelled in the database: one pair a value. Used only inside core.
template<typename Enum, size_t N>
using CodeTable = std::array<std::pair<Enum, const char16_t *>, N>;

template<typename Enum, size_t N> QString toCode(const CodeTable<Enum, N> &table, Enum value) {
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return {};
}

/// The value spelled `code` (UTF-16 or, straight from SQLite, UTF-8); the table's first value
/// for an unknown code.
template<typename Enum, size_t N>
Enum fromCode(const CodeTable<Enum, N> &table, QAnyStringView code) {
    for (const auto &[e, c] : table) {
        if (QAnyStringView::equal(code, QStringView(c)))
            return e;
    }
    return table.front().first;
}

} // namespace linli
