#include "storage/schemasteps.h"

namespace linli {

namespace {

enum class Spelling { SQLite, PostgreSQL };

// The names, heads and date of pact `pact` (an SQL expression naming its id), each as the
// step fills one placeholder. The heads are those in office the day the pact was adopted; a
// version adopted while the building had none names today's, and failing those, no one (the
// built-in text then reads "由邻长提醒").
QString heads(const QString &pact, Spelling spelling, bool onAdoption) {
    const QString when = onAdoption ? QStringLiteral(" AND n.term_start <= p.adopted_on"
                                                     " AND (n.term_end IS NULL"
                                                     " OR n.term_end > p.adopted_on)")
                                    : QStringLiteral(" AND n.term_end IS NULL");
    const QString from = QStringLiteral(" FROM neighbour_heads n JOIN neighbour_head_buildings nb"
                                        " ON nb.neighbour_head_id = n.id JOIN residents r"
                                        " ON r.id = n.resident_id JOIN pacts p"
                                        " ON p.building_id = nb.building_id WHERE p.id = ") +
                         pact + when;
    if (spelling == Spelling::PostgreSQL)
        return QStringLiteral("(SELECT string_agg(r.name, '、' ORDER BY n.term_start, n.id)") +
               from + u')';
    return QStringLiteral("(SELECT group_concat(name, '、') FROM (SELECT r.name") + from +
           QStringLiteral(" ORDER BY n.term_start, n.id))");
}

QString filled(const QString &column, const QString &pact, Spelling spelling) {
    const QString place = QStringLiteral(" FROM pacts p JOIN buildings b ON b.id = p.building_id"
                                         " JOIN compounds c ON c.id = b.compound_id"
                                         " JOIN communities cm ON cm.id = c.community_id"
                                         " WHERE p.id = ") +
                          pact;
    // 2026年3月7日: the year, month and day as numbers, without leading zeros.
    const QString number = spelling == Spelling::PostgreSQL
                               ? QStringLiteral("CAST(CAST(substr(p.adopted_on, %1, %2) AS BIGINT)"
                                                " AS TEXT)")
                               : QStringLiteral("CAST(CAST(substr(p.adopted_on, %1, %2) AS INTEGER)"
                                                " AS TEXT)");
    const QString date = QStringLiteral("(SELECT ") + number.arg(1).arg(4) +
                         QStringLiteral(" || '年' || ") + number.arg(6).arg(2) +
                         QStringLiteral(" || '月' || ") + number.arg(9).arg(2) +
                         QStringLiteral(" || '日' FROM pacts p WHERE p.id = ") + pact + u')';
    return QStringLiteral("replace(replace(replace(replace(replace(") + column +
           QStringLiteral(", '{社区}', (SELECT cm.name") + place +
           QStringLiteral(")), '{小区}', (SELECT c.name") + place +
           QStringLiteral(")), '{楼栋}', (SELECT b.name") + place +
           QStringLiteral(")), '{日期}', ") + date + QStringLiteral("), '{邻长}', coalesce(") +
           heads(pact, spelling, true) + QStringLiteral(", ") + heads(pact, spelling, false) +
           QStringLiteral(", ''))");
}

QStringList statements(Spelling spelling) {
    return {
        QStringLiteral("UPDATE pacts SET title = ") +
            filled(QStringLiteral("title"), QStringLiteral("pacts.id"), spelling) +
            QStringLiteral(" WHERE title LIKE '%{%'"),
        QStringLiteral("UPDATE pact_clauses SET text = ") +
            filled(QStringLiteral("text"), QStringLiteral("pact_clauses.pact_id"), spelling) +
            QStringLiteral(" WHERE text LIKE '%{%'"),
    };
}

} // namespace

// Version 18: a pact keeps the words it was adopted with. Until now its clauses kept their
// placeholders ({邻长}…) and were filled whenever shown, so a change of head rewrote every
// version and a vacancy stopped the pact in force from printing. The placeholders of the pacts
// already adopted are filled here as on their adoption day; from now on adopting fills them.
QStringList step18PactWords() {
    return statements(Spelling::SQLite);
}

// The same step as PostgreSQL runs it, side by side with the SQLite text above.
QStringList step18PactWordsOnPostgres() {
    return statements(Spelling::PostgreSQL);
}

} // namespace linli
