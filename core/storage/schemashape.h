#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace linli {

/// What a Linli file's schema is at each version — its tables, indexes, triggers and views,
/// exactly as the schema steps made them — and the check that a file holds that and nothing
/// else. A trigger or view planted in the file would run on every save (copying ID numbers
/// elsewhere, say), and a dropped audit trigger would let the trail be changed: such a file is
/// refused, naming what does not belong or what is missing.
class SchemaShape final {
    Q_DECLARE_TR_FUNCTIONS(linli::SchemaShape)
public:
    /// Success when the schema of the SQLite file on `db` is the one the steps up to `version`
    /// make; otherwise a refusal naming the differences. `shown` is the file as the user knows it.
    static Status check(const QSqlDatabase &db, int version, const QString &shown);
};

} // namespace linli
