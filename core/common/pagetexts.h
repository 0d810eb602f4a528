#pragma once

#include <QByteArray>
#include <QString>
#include <QUtf8StringView>

#include <string>

namespace linli {

/// Where one row's text lies in its page's block.
struct TextSpan {
    quint32 offset = 0;
    quint32 size = 0;
};

/// The free texts of one page of list rows, kept as SQLite gave them: one block of UTF-8 a page,
/// shared by its rows, each text made a QString only when a list shows it. Scrolled to its end
/// the complaints list reads 56,000 rows; a QString each for their names, places and summaries
/// was half of its time (tests/bench).
class PageTexts {
public:
    explicit PageTexts(qsizetype expectedBytes = 0) { m_building.reserve(size_t(expectedBytes)); }

    TextSpan add(QUtf8StringView utf8) {
        const TextSpan span{quint32(m_building.size()), quint32(utf8.size())};
        m_building.append(utf8.data(), size_t(utf8.size()));
        return span;
    }
    /// The block, once every row is added.
    QByteArray block() const { return QByteArray(m_building.data(), qsizetype(m_building.size())); }

    static QString text(const QByteArray &block, TextSpan span) {
        if (span.size == 0)
            return {};
        return QString::fromUtf8(block.constData() + span.offset, qsizetype(span.size));
    }

private:
    std::string m_building; ///< appended to a row at a time (cheaper than QByteArray's append)
};

} // namespace linli
