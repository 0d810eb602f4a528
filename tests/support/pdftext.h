#pragma once

#include <QProcess>
#include <QString>

namespace linli::test {

/// The text of a PDF as pdftotext reads it, normalised so Chinese compares as typed: the
/// embedded CJK fonts map some glyphs back to radical code points (日 → ⽇, 民 → ⺠), which NFKC
/// and a short table undo.
inline QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>")
            .arg(QString::fromUtf8(process.readAllStandardError()));
    QString text = QString::fromUtf8(process.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC);
    // The last pair is a variant (戶 for 户) that shares a glyph in the fonts.
    static const QString radicals =
        QStringLiteral("⺠⻔⻓⻛⻜⻢⻰⻋⻅⻘⻝⻨⻩⻬⻮⻄⻙⻆⻉⻈⻚⻥⻦⻧戶");
    static const QString ideographs =
        QStringLiteral("民门长风飞马龙车见青食麦黄齐齿西韦角贝讠页鱼鸟卤户");
    for (qsizetype i = 0; i < radicals.size(); ++i)
        text.replace(radicals.at(i), ideographs.at(i));
    return text;
}

/// The text with all white space removed: pdftotext spreads table cells and wraps lines.
inline QString squeezed(QString text) {
    text.remove(QChar(u' '));
    text.remove(QChar(u'\n'));
    text.remove(QChar(u'\t'));
    text.remove(QChar(u'\f'));
    return text;
}

/// Whether the squeezed PDF text holds `expected`, normalised the same way.
inline bool pdfHas(const QString &squeezedText, const QString &expected) {
    return squeezedText.contains(squeezed(expected.normalized(QString::NormalizationForm_KC)));
}

} // namespace linli::test
