#include "registry/chinesename.h"

#include <QSet>

namespace linli {

namespace {

// The compound surnames still in use, as the Hundred Family Surnames list them.
const QSet<QString> &compoundSurnames() {
    static const QSet<QString> surnames = [] {
        QSet<QString> set;
        for (const QString &s :
             QStringLiteral("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 "
                            "轩辕 令狐 钟离 端木 西门 南宫 独孤 百里 呼延 赫连 澹台 公冶 宗政 "
                            "濮阳 淳于 单于 太叔 申屠 闻人 万俟 闾丘 司空 亓官 司寇 子车 颛孙 "
                            "巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 第五 左丘 "
                            "东郭 公羊 羊舌 微生 东门 仲孙")
                 .split(u' ', Qt::SkipEmptyParts))
            set.insert(s);
        return set;
    }();
    return surnames;
}

} // namespace

QString ChineseName::surname(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.size() > 2 && compoundSurnames().contains(trimmed.left(2)))
        return trimmed.left(2);
    return trimmed.left(1);
}

QString ChineseName::masked(const QString &name) {
    const QString family = surname(name);
    return family.isEmpty() ? QString() : family + QStringLiteral("某");
}

} // namespace linli
