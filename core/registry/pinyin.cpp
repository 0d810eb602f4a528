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

QString latinOf(const QString &text) {
    icu::Transliterator *t = transliterator();
    if (!t)
        return text.toLower();
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    t->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

bool allHan(const QString &name) {
    for (const QChar c : name) {
        if (c.unicode() < 0x4e00 || c.unicode() > 0x9fff)
            return false;
    }
    return true;
}

} // namespace

PinyinName Pinyin::forName(const QString &name) {
    return fromLatin(name, readingOf(name));
}

// ICU's names mode reads the start of a name as a surname (单 shan, 万俟 moqi) and a later
// character as in a given name; only a few pairs of characters read as one word (澹台 tan tai
// wherever it stands). So a name is read as its first two characters (which may be a
// two-character surname), then its other characters one by one, unless a pair across the cut
// reads otherwise together: then whole. Each part is remembered: a street's 160,000 residents
// have 95,000 different names but only thousands of such parts, and ICU was a quarter of a
// roster import's time. tests/core/tst_pinyin holds the parts' reading to the whole name's.
QString Pinyin::readingOf(const QString &name) {
    thread_local QHash<QString, QString> pieces; // starts, and names read whole
    thread_local QHash<QChar, QString> later;    // a character after a surname
    thread_local QHash<QString, bool> readApart; // two later characters
    const auto piece = [](const QString &text) {
        auto found = pieces.constFind(text);
        if (found != pieces.constEnd())
            return *found;
        if (pieces.size() >= 50000) // a few megabytes at most
            pieces.clear();
        return *pieces.insert(text, latinOf(text));
    };
    const auto after = [](QChar c) {
        auto found = later.constFind(c);
        if (found != later.constEnd())
            return *found;
        // Read after a surname, as in a name; the surname's syllable is taken off again.
        const QString read = latinOf(QStringLiteral("王") + c);
        return *later.insert(c,
                             read.startsWith(QStringLiteral("wang ")) ? read.mid(5) : latinOf(c));
    };
    if (name.size() <= 2 || !allHan(name))
        return piece(name);
    QString latin = piece(name.left(2));
    for (qsizetype i = 2; i < name.size(); ++i) {
        const QString pair = name.mid(i - 1, 2);
        auto apart = readApart.constFind(pair);
        if (apart == readApart.constEnd()) {
            if (readApart.size() >= 50000)
                readApart.clear();
            apart = readApart.insert(pair, latinOf(QStringLiteral("王") + pair) ==
                                               QStringLiteral("wang ") + after(pair.at(0)) + u' ' +
                                                   after(pair.at(1)));
        }
        if (!*apart)
            return piece(name);
        latin += u' ' + after(name.at(i));
    }
    return latin;
}

PinyinName Pinyin::wholeName(const QString &name) {
    return fromLatin(name, latinOf(name));
}

PinyinName Pinyin::fromLatin(const QString &name, const QString &latin) {
    PinyinName result;
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
