#include "registry/pinyin.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace linli {

namespace {

// Creating a transliterator parses its rules (milliseconds); one per thread is kept.
icu::Transliterator *transliterator() {
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            "Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    return instance.get();
}

} // namespace

PinyinName Pinyin::forName(const QString &name) {
    // Names repeat (王秀英, 张伟…): an import or the demo writes 160,000 residents with far
    // fewer names, and ICU's transliteration was a tenth of the street demo's time.
    thread_local QHash<QString, PinyinName> known;
    if (const auto found = known.constFind(name); found != known.constEnd())
        return *found;
    if (known.size() >= 20000) // a few megabytes at most
        known.clear();
    PinyinName result = transliterated(name);
    known.insert(name, result);
    return result;
}

PinyinName Pinyin::transliterated(const QString &name) {
    PinyinName result;
    QString latin = name.toLower();
    if (icu::Transliterator *t = transliterator()) {
        icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()),
                                int32_t(name.size()));
        t->transliterate(text);
        latin = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    }
    QStringList syllables;
    QString current;
    for (const QChar c : latin) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            current += c;
        } else if (!current.isEmpty()) {
            syllables << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        syllables << current;
    for (const QString &syllable : std::as_const(syllables)) {
        result.full += syllable;
        result.initials += syllable.front();
    }
    result.sortKey = syllables.join(u' ') + u'\x1f' + name;
    return result;
}

bool Pinyin::looksLikePinyin(const QString &text) {
    bool any = false;
    for (const QChar c : text) {
        if (c == u' ')
            continue;
        if (!(c.unicode() < 0x80 && c.isLetter()))
            return false;
        any = true;
    }
    return any;
}

} // namespace linli

namespace linli {

QString residentSearchText(const QString &name, const PinyinName &pinyin, const QString &mobile,
                           const QString &idNumber) {
    return QStringList{name, pinyin.full, pinyin.initials, mobile, idNumber}.join(u' ').toLower();
}

} // namespace linli
