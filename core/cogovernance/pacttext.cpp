#include "cogovernance/pacttext.h"

#include <QRegularExpression>

namespace linli {

namespace {

const QRegularExpression &placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

} // namespace

QStringList PactText::placeholders() {
    return {QStringLiteral("{社区}"), QStringLiteral("{小区}"), QStringLiteral("{楼栋}"),
            QStringLiteral("{邻长}"), QStringLiteral("{日期}")};
}

Status PactText::check(const QStringList &clauses) {
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        auto it = placeholderPattern().globalMatch(clauses.at(i));
        while (it.hasNext()) {
            const QString found = it.next().captured(0);
            if (!placeholders().contains(found))
                return Status::failure(tr("Clause %1 has an unknown placeholder %2; the known ones "
                                          "are %3.")
                                           .arg(i + 1)
                                           .arg(found, placeholders().join(QStringLiteral(" "))));
        }
    }
    return Status::success();
}

Status PactText::checkTitle(const QString &title) {
    auto it = placeholderPattern().globalMatch(title);
    while (it.hasNext()) {
        const QString found = it.next().captured(0);
        if (!placeholders().contains(found))
            return Status::failure(
                tr("The title has an unknown placeholder %1; the known ones are %2.")
                    .arg(found, placeholders().join(QStringLiteral(" "))));
    }
    return Status::success();
}

Result<QString> PactText::renderTitle(const QString &title, const PactValues &values) {
    if (Status known = checkTitle(title); !known)
        return known;
    const auto filled = render({title}, values);
    if (filled)
        return filled->constFirst();
    // The clause's message, told of the title.
    if (title.contains(QStringLiteral("{邻长}")) && values.neighbourHead.isEmpty())
        return Result<QString>::failure(
            tr("The title names the neighbour head ({邻长}), but %1 has none: appoint one in the "
               "registry, or take the placeholder out of the title.")
                .arg(values.compound + values.building));
    return Result<QString>::failure(
        tr("The title needs a value that is not known: %1").arg(filled.error()));
}

Result<QStringList> PactText::render(const QStringList &clauses, const PactValues &values) {
    if (Status known = check(clauses); !known)
        return known;
    const QString date =
        values.date.isValid() ? values.date.toString(QStringLiteral("yyyy年M月d日")) : QString();
    const QList<std::pair<QString, QString>> table = {
        {QStringLiteral("{社区}"), values.community},
        {QStringLiteral("{小区}"), values.compound},
        {QStringLiteral("{楼栋}"), values.building},
        {QStringLiteral("{邻长}"), values.neighbourHead},
        {QStringLiteral("{日期}"), date}};
    QStringList rendered;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        QString clause = clauses.at(i);
        for (const auto &[placeholder, value] : table) {
            if (!clause.contains(placeholder))
                continue;
            if (value.isEmpty()) {
                if (placeholder == QStringLiteral("{邻长}"))
                    return Result<QStringList>::failure(
                        tr("Clause %1 names the neighbour head ({邻长}), but %2 has none: appoint "
                           "one in the registry, or take the placeholder out of the clause.")
                            .arg(i + 1)
                            .arg(values.compound + values.building));
                return Result<QStringList>::failure(
                    tr("Clause %1 needs a value for %2, which is not known.")
                        .arg(i + 1)
                        .arg(placeholder));
            }
            clause.replace(placeholder, value);
        }
        rendered << clause;
    }
    return rendered;
}

QString PactText::chineseNumber(int number) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number <= 0 || number > 99)
        return QString::number(number);
    if (number < 10)
        return digits.at(number);
    const int tens = number / 10;
    const int ones = number % 10;
    return (tens == 1 ? QString() : QString(digits.at(tens))) + QStringLiteral("十") +
           (ones == 0 ? QString() : QString(digits.at(ones)));
}

} // namespace linli
