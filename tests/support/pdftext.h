#pragma once

#include <QProcess>
#include <QString>

namespace linli::test {

/// The text of a PDF as pdftotext reads it, as it is: what a user searching, or copying out of,
/// the saved document gets.
inline QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>")
            .arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The characters of a PDF's text that Chinese text never holds, though they look the same
/// printed: Kangxi and CJK radicals (⼈ for 人, ⺠ for 民), compatibility ideographs, and 戶
/// (Linli prints 户). Empty when the text reads as printed.
inline QString misreadCharacters(const QString &text) {
    QString misread;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool radical = code >= 0x2E80 && code <= 0x2FDF;
        const bool compatibility = code >= 0xF900 && code <= 0xFAFF;
        if ((radical || compatibility || c == u'戶') && !misread.contains(c))
            misread += c;
    }
    return misread;
}

/// The text with all white space removed: pdftotext spreads table cells and wraps lines.
inline QString squeezed(QString text) {
    text.remove(QChar(u' '));
    text.remove(QChar(u'\n'));
    text.remove(QChar(u'\t'));
    text.remove(QChar(u'\f'));
    return text;
}

/// Whether the squeezed PDF text holds `expected`, as typed.
inline bool pdfHas(const QString &squeezedText, const QString &expected) {
    return squeezedText.contains(squeezed(expected));
}

} // namespace linli::test
