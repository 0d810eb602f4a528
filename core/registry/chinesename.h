#pragma once

#include <QString>

namespace linli {

/// What a Chinese personal name is made of, as far as a public sheet needs it.
class ChineseName final {
public:
    /// The surname: the first character, or the first two of a compound surname (复姓: 欧阳,
    /// 司马, 诸葛 …) when more of the name follows.
    static QString surname(const QString &name);
    /// The name as a public sheet shows it: the surname and 某 (欧阳斌俊 → 欧阳某).
    static QString masked(const QString &name);
};

} // namespace linli
