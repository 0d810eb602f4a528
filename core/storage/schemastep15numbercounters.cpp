#include "storage/schemasteps.h"

namespace linli {

// Version 15: the numbers a year's complaints, mediation cases and wishes take, one counter row
// for each kind and year. A desk taking a number changes that one row, so on the server two
// desks numbering at once meet there, briefly, and nowhere else; the numbers run on without a
// gap, and the tables' UNIQUE (year, seq) stays the last word. The counters start where each
// year's numbers stand.
QStringList step15NumberCounters() {
    return {
        QStringLiteral("CREATE TABLE number_counters (kind TEXT NOT NULL, year INTEGER NOT NULL,"
                       " last INTEGER NOT NULL, PRIMARY KEY (kind, year))"),
        QStringLiteral("INSERT INTO number_counters (kind, year, last)"
                       " SELECT 'complaint', year, max(seq) FROM complaints GROUP BY year"),
        QStringLiteral("INSERT INTO number_counters (kind, year, last)"
                       " SELECT 'mediation_case', year, max(seq) FROM mediation_cases"
                       " GROUP BY year"),
        QStringLiteral("INSERT INTO number_counters (kind, year, last)"
                       " SELECT 'wish', year, max(seq) FROM wishes GROUP BY year"),
    };
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step15NumberCountersOnPostgres() {
    return {
        QStringLiteral("CREATE TABLE number_counters (kind TEXT COLLATE \"C\" NOT NULL, year "
                       "BIGINT NOT NULL, last BIGINT NOT NULL, PRIMARY KEY (kind, year))"),
        QStringLiteral("INSERT INTO number_counters (kind, year, last) SELECT 'complaint', year, "
                       "max(seq) FROM complaints GROUP BY year"),
        QStringLiteral("INSERT INTO number_counters (kind, year, last) SELECT 'mediation_case', "
                       "year, max(seq) FROM mediation_cases GROUP BY year"),
        QStringLiteral("INSERT INTO number_counters (kind, year, last) SELECT 'wish', year, "
                       "max(seq) FROM wishes GROUP BY year"),
    };
}

} // namespace linli
