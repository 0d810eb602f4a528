#include "exchange/rostervalues.h"

#include "registry/idnumber.h"

#include <QRegularExpression>

namespace linli {

namespace {

QString clean(const QString &text) {
    return toHalfWidth(text).simplified();
}

bool isDigits(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

std::optional<Gender> RosterValues::gender(const QString &text) {
    const QString t = clean(text).toLower();
    if (t == u"男" || t == u"m" || t == u"male" || t == u"男性")
        return Gender::Male;
    if (t == u"女" || t == u"f" || t == u"female" || t == u"女性")
        return Gender::Female;
    return std::nullopt;
}

std::optional<bool> RosterValues::yesNo(const QString &text) {
    const QString t = clean(text).toLower();
    static const QStringList yes = {QStringLiteral("是"),
                                    QStringLiteral("√"),
                                    QStringLiteral("✓"),
                                    QStringLiteral("y"),
                                    QStringLiteral("yes"),
                                    QStringLiteral("1"),
                                    QStringLiteral("true"),
                                    QStringLiteral("有"),
                                    QStringLiteral("党员"),
                                    QStringLiteral("中共党员"),
                                    QStringLiteral("中共预备党员"),
                                    QStringLiteral("预备党员")};
    static const QStringList no = {
        QStringLiteral(""),         QStringLiteral("否"),   QStringLiteral("×"),
        QStringLiteral("n"),        QStringLiteral("no"),   QStringLiteral("0"),
        QStringLiteral("false"),    QStringLiteral("无"),   QStringLiteral("群众"),
        QStringLiteral("共青团员"), QStringLiteral("团员"), QStringLiteral("民主党派")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

Result<std::optional<Relation>> RosterValues::relation(const QString &text) {
    const QString t = clean(text);
    if (t.isEmpty())
        return std::optional<Relation>();
    struct Word {
        const char16_t *word;
        Relation relation;
    };
    static const Word words[] = {
        {u"户主", Relation::Head},
        {u"本人", Relation::Head},
        {u"配偶", Relation::Spouse},
        {u"妻", Relation::Spouse},
        {u"妻子", Relation::Spouse},
        {u"夫", Relation::Spouse},
        {u"丈夫", Relation::Spouse},
        {u"子女", Relation::Child},
        {u"子", Relation::Child},
        {u"女", Relation::Child},
        {u"儿子", Relation::Child},
        {u"女儿", Relation::Child},
        {u"长子", Relation::Child},
        {u"次子", Relation::Child},
        {u"长女", Relation::Child},
        {u"次女", Relation::Child},
        {u"儿媳", Relation::OtherRelative},
        {u"女婿", Relation::OtherRelative},
        {u"父母", Relation::Parent},
        {u"父亲", Relation::Parent},
        {u"母亲", Relation::Parent},
        {u"父", Relation::Parent},
        {u"母", Relation::Parent},
        {u"孙子女", Relation::Grandchild},
        {u"孙子", Relation::Grandchild},
        {u"孙女", Relation::Grandchild},
        {u"外孙", Relation::Grandchild},
        {u"外孙女", Relation::Grandchild},
        {u"兄弟姐妹", Relation::Sibling},
        {u"兄", Relation::Sibling},
        {u"弟", Relation::Sibling},
        {u"姐", Relation::Sibling},
        {u"妹", Relation::Sibling},
        {u"哥哥", Relation::Sibling},
        {u"弟弟", Relation::Sibling},
        {u"姐姐", Relation::Sibling},
        {u"妹妹", Relation::Sibling},
        {u"其他亲属", Relation::OtherRelative},
        {u"亲属", Relation::OtherRelative},
        {u"租户", Relation::Tenant},
        {u"租客", Relation::Tenant},
        {u"承租人", Relation::Tenant},
        {u"其他", Relation::Other},
        {u"其它", Relation::Other},
        {u"head", Relation::Head},
        {u"spouse", Relation::Spouse},
        {u"child", Relation::Child},
        {u"parent", Relation::Parent},
        {u"grandchild", Relation::Grandchild},
        {u"sibling", Relation::Sibling},
        {u"relative", Relation::OtherRelative},
        {u"tenant", Relation::Tenant},
        {u"other", Relation::Other},
    };
    const QString lower = t.toLower();
    for (const Word &w : words) {
        if (lower == QStringView(w.word))
            return std::optional<Relation>(w.relation);
    }
    return Result<std::optional<Relation>>::failure(
        tr("The relation \"%1\" is not one Linli knows; write 户主, 配偶, 子女, 父母, 孙子女, "
           "兄弟姐妹, 其他亲属, 租户 or 其他.")
            .arg(t));
}

Result<QDate> RosterValues::date(const QString &text) {
    const QString t = clean(text);
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression written(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch match = written.match(t);
    if (!match.hasMatch())
        match = compact.match(t);
    if (match.hasMatch()) {
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(),
                        match.captured(3).toInt());
        if (day.isValid())
            return day;
    }
    return Result<QDate>::failure(tr("\"%1\" is not a date; write it as 1990-01-31.").arg(t));
}

bool RosterValues::looksMangledByExcel(const QString &text) {
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?E\\+?\\d+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString t = clean(text);
    if (scientific.match(t).hasMatch())
        return true;
    // Shown in full, a number Excel kept has only 15 significant digits: the rest are zeros.
    return t.size() == 18 && isDigits(t) && t.endsWith(QStringLiteral("000")) &&
           IdNumber::checkCharacter(QStringView(t).left(17)) != t.at(17);
}

QString RosterValues::building(const QString &text) {
    const QString t = clean(text);
    return isDigits(t) ? t + QStringLiteral("栋") : t;
}

QString RosterValues::unit(const QString &text) {
    const QString t = clean(text);
    return isDigits(t) ? t + QStringLiteral("单元") : t;
}

QString RosterValues::room(const QString &text) {
    QString t = clean(text);
    if (t.endsWith(u'室') || t.endsWith(u'房'))
        t.chop(1);
    return t;
}

std::optional<RosterPlace> RosterValues::splitAddress(const QString &address) {
    static const QRegularExpression pattern(
        QStringLiteral("^(.+?)(\\d+(?:栋|幢|号楼|座))(\\d+单元)(\\d+[A-Za-z]?)[室房]?$"));
    const auto match = pattern.match(clean(address).remove(u' '));
    if (!match.hasMatch())
        return std::nullopt;
    return RosterPlace{match.captured(1), match.captured(2), match.captured(3), match.captured(4)};
}

} // namespace linli
