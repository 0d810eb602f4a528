#include "storage/postgresspelling.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace linli::postgres {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

/// The index just past the literal that starts at `from` ('…' or "…", doubled quotes inside).
qsizetype skipQuoted(const QString &text, qsizetype from) {
    const QChar quote = text.at(from);
    qsizetype i = from + 1;
    while (i < text.size()) {
        if (text.at(i) == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return i;
}

/// The arguments of the call whose '(' is at `open`, split at its top-level commas, and the
/// index of its ')'; -1 when the parentheses do not close.
struct Call {
    QStringList arguments;
    qsizetype close = -1;
};

Call callAt(const QString &text, qsizetype open) {
    Call call;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'\'' || c == u'"') {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (--depth == 0) {
                call.arguments << text.mid(start, i - start).trimmed();
                call.close = i;
                return call;
            }
        } else if (c == u',' && depth == 1) {
            call.arguments << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
        ++i;
    }
    return call;
}

/// The rewritten call, or an empty string to leave it as it is.
QString rewriteCall(const QString &name, const QStringList &args) {
    const QString lower = name.toLower();
    if (lower == u"instr" && args.size() == 2)
        return QStringLiteral("strpos(%1, %2)").arg(args.at(0), args.at(1));
    if (lower == u"group_concat" && (args.size() == 1 || args.size() == 2))
        return QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)")
            .arg(args.at(0), args.size() == 2 ? args.at(1) : QStringLiteral("','"));
    if (lower == u"char" && args.size() == 1)
        return QStringLiteral("chr(%1)").arg(args.at(0));
    // Linli binds lists of ids as one JSON array: a set of bigint values, as json_each gives.
    if (lower == u"json_each" && args.size() == 1)
        return QStringLiteral("(SELECT CAST(value AS BIGINT) AS value"
                              " FROM json_array_elements_text(CAST(%1 AS json))) AS json_each")
            .arg(args.at(0));
    return {};
}

QString translate(const QString &text) {
    QString out;
    out.reserve(text.size() + 32);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\'' || c == u'"') {
            const qsizetype end = skipQuoted(text, i);
            out += QStringView(text).mid(i, end - i);
            i = end;
            continue;
        }
        if (!isWordChar(c) || (i > 0 && isWordChar(text.at(i - 1)))) {
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QString word = text.mid(i, end - i);
        qsizetype open = end;
        while (open < text.size() && text.at(open).isSpace())
            ++open;
        // A column named like a function (t.char) is not a call.
        const bool qualified = i > 0 && text.at(i - 1) == u'.';
        if (!qualified && open < text.size() && text.at(open) == u'(') {
            const Call call = callAt(text, open);
            if (call.close > 0) {
                QStringList args;
                for (const QString &arg : call.arguments)
                    args << translate(arg);
                const QString rewritten = rewriteCall(word, args);
                if (!rewritten.isEmpty()) {
                    out += rewritten;
                    i = call.close + 1;
                    continue;
                }
            }
        }
        out += word;
        i = end;
    }
    return out;
}

// Types are written in capitals in the schema steps, and names in small letters (a column may
// be called text): the type rules match capitals only.
QString translateSchema(const QString &text) {
    static const QRegularExpression identity(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression textColumn(QStringLiteral("\\bTEXT\\b(?!\\s+COLLATE)"));
    static const QRegularExpression noCase(QStringLiteral("\\bTEXT\\s+COLLATE\\s+NOCASE\\b"));
    // Only column definitions: CAST(x AS TEXT) in a view or a default keeps its type.
    static const QRegularExpression cast(QStringLiteral("\\bAS\\s+TEXT\\b"));
    static const QRegularExpression definition(
        QStringLiteral("^\\s*(CREATE\\s+TABLE|ALTER\\s+TABLE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!definition.match(text).hasMatch())
        return translate(text);
    QString out = text;
    out.replace(cast, QStringLiteral("AS \x01"));
    out.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    out.replace(blob, QStringLiteral("BYTEA"));
    // NOCASE has no collation of its name in PostgreSQL: the column keeps code point order and
    // its uniqueness ignoring case comes from an index on lower() (see the accounts' step).
    out.replace(noCase, QStringLiteral("TEXT"));
    out.replace(textColumn, QStringLiteral("TEXT COLLATE \"C\""));
    out.replace(QStringLiteral("AS \x01"), QStringLiteral("AS TEXT"));
    return translate(out);
}

/// Rewritten once per statement text: the same few hundred statements run again and again.
QString cached(const QString &text, QString (*rewrite)(const QString &)) {
    static QMutex mutex;
    static QHash<QString, QString> done;
    const QMutexLocker lock(&mutex);
    auto found = done.constFind(text);
    if (found != done.constEnd())
        return *found;
    return *done.insert(text, rewrite(text));
}

} // namespace

QString statement(const QString &sqlite) {
    return cached(sqlite, &translate);
}

QString schema(const QString &sqlite) {
    return translateSchema(sqlite);
}

} // namespace linli::postgres
