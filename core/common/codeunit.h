#pragma once

#include <QChar>

namespace linli {

/// One unit of a text as Qt keeps it (UTF-16) or as SQLite gives it (UTF-8), as a number to
/// compare with ASCII: the readers of stored codes, days and moments take either encoding
/// without converting it. A byte of a multi-byte UTF-8 sequence never equals an ASCII character.
inline char16_t codeUnit(QChar c) {
    return c.unicode();
}
inline char16_t codeUnit(char c) {
    return char16_t(uchar(c));
}

} // namespace linli
