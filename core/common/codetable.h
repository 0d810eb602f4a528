#pragma once

#include "common/codeunit.h"

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

namespace detail {
/// A code (ASCII) equal to `spelled`, compared unit by unit: the lists read a code a row.
template<typename View> bool codeEquals(View code, const char16_t *spelled) {
    qsizetype i = 0;
    for (; i < code.size(); ++i) {
        const char16_t unit = codeUnit(code.data()[i]);
        if (spelled[i] == u'\0' || unit != spelled[i])
            return false;
    }
    return spelled[i] == u'\0';
}
} // namespace detail

/// The value spelled `code` (UTF-16 or, straight from SQLite, UTF-8); the table's first value
/// for an unknown code.
template<typename Enum, size_t N>
Enum fromCode(const CodeTable<Enum, N> &table, QAnyStringView code) {
    return code.visit([&table](auto view) {
        for (const auto &[e, c] : table) {
            if (detail::codeEquals(view, c))
                return e;
        }
        return table.front().first;
    });
}

} // namespace linli
