#pragma once

#include <QString>

// Linli's statements are written once, in the SQL both engines share. The few places where
// PostgreSQL spells a thing otherwise than SQLite are rewritten here, and only here: a closed list
// of rules, each tested (tests/core/tst_postgresspelling).
namespace linli::postgres {

/// A query or write as PostgreSQL reads it: instr() → strpos(), group_concat() → string_agg() of
/// text, char(n) → chr(n), json_each(?) (a JSON array of ids) → a set of ids. String literals are
/// left alone.
QString statement(const QString &sqlite);

/// A schema statement as PostgreSQL reads it: INTEGER → BIGINT (SQLite's integers are 64-bit),
/// REAL → DOUBLE PRECISION, BLOB → BYTEA, an INTEGER PRIMARY KEY → an identity column, and
/// every TEXT column in the "C" collation, so that text sorts and compares by code point as in
/// SQLite and keyset paging sees the same order on both engines.
QString schema(const QString &sqlite);

} // namespace linli::postgres
