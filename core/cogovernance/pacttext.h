#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace linli {

/// What a pact's placeholders stand for in one building.
struct PactValues {
    QString community;     ///< {社区}
    QString compound;      ///< {小区}
    QString building;      ///< {楼栋}
    QString neighbourHead; ///< {邻长}: empty when the building has none
    QDate date;            ///< {日期}: the day the pact was adopted
};

/// Fills a pact's placeholders — {社区} {小区} {楼栋} {邻长} {日期} — and says clearly what is
/// wrong when a clause names an unknown placeholder or a value the building lacks.
class PactText final {
    Q_DECLARE_TR_FUNCTIONS(linli::PactText)
public:
    static QStringList placeholders();
    static Result<QStringList> render(const QStringList &clauses, const PactValues &values);
    /// The title filled as the clauses are.
    static Result<QString> renderTitle(const QString &title, const PactValues &values);
    /// Checks the clauses' placeholders are ones Linli knows, without values.
    static Status check(const QStringList &clauses);
    /// Checks the title's placeholders the same way.
    static Status checkTitle(const QString &title);
    /// 一、二、… 二十: how the pact numbers its clauses.
    static QString chineseNumber(int number);
};

} // namespace linli
