#pragma once

#include <QString>

namespace linli {

/// The pinyin forms of a name, computed once when the name is written and stored with it:
/// search by full pinyin or initials, and the key that sorts names the Chinese way.
struct PinyinName {
    QString full;     ///< "zhangsanfeng"
    QString initials; ///< "zsf"
    QString sortKey;  ///< "zhang san feng", then the name itself to keep homophones apart
};

class Pinyin final {
public:
    /// Reads surnames as surnames (曾 zeng, 单 shan, 解 xie) through ICU's personal-name mode.
    static PinyinName forName(const QString &name);
    /// The same read by ICU in one piece, for the tests that hold forName to it.
    static PinyinName wholeName(const QString &name);
    /// Whether a search text could be pinyin: ASCII letters only (spaces are dropped).
    static bool looksLikePinyin(const QString &text);

private:
    static QString readingOf(const QString &name);
    static PinyinName fromLatin(const QString &name, const QString &latin);
};

/// What the residents search matches for one resident, besides the address: the name, its
/// pinyin and initials, the phone and the ID number, lower-cased.
QString residentSearchText(const QString &name, const PinyinName &pinyin, const QString &mobile,
                           const QString &idNumber);

} // namespace linli
