#include "mediation/weekview.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace linli {

namespace {
constexpr int kFirstHour = 8;
constexpr int kLastHour = 18;
constexpr int kHeader = 36;
constexpr int kGutter = 48;
} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("weekView"));
    setMinimumSize(700, 420);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void WeekView::setWeek(QDate monday, QDate today, const QList<Entry> &entries) {
    m_monday = monday;
    m_today = today;
    m_entries = entries;
    bool stillThere = false;
    for (const Entry &entry : m_entries)
        stillThere = stillThere || entry.session.id == m_selected;
    if (!stillThere && m_selected.isValid()) {
        m_selected = {};
        Q_EMIT selectionChanged(m_selected);
    }
    update();
}

QRectF WeekView::grid() const {
    return QRectF(kGutter, kHeader, width() - kGutter - 4, height() - kHeader - 4);
}

QRectF WeekView::blockOf(const Session &session) const {
    const QRectF area = grid();
    const double dayWidth = area.width() / 7.0;
    const double hourHeight = area.height() / (kLastHour - kFirstHour);
    const int day = int(m_monday.daysTo(session.start.date()));
    auto y = [&](const QTime &t) {
        const double hours = t.hour() + t.minute() / 60.0 - kFirstHour;
        return area.top() + std::clamp(hours, 0.0, double(kLastHour - kFirstHour)) * hourHeight;
    };
    const QTime end =
        session.end.date() == session.start.date() ? session.end.time() : QTime(23, 59);
    return QRectF(area.left() + day * dayWidth + 2, y(session.start.time()), dayWidth - 4,
                  std::max(18.0, y(end) - y(session.start.time())));
}

void WeekView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = grid();
    const double dayWidth = area.width() / 7.0;
    const double hourHeight = area.height() / (kLastHour - kFirstHour);
    const QColor line = palette().color(QPalette::Mid);
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        const QRectF column(area.left() + d * dayWidth, area.top(), dayWidth, area.height());
        if (day == m_today)
            painter.fillRect(column, QColor(255, 248, 225));
        else if (d >= 5)
            painter.fillRect(column, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(column.left(), 0, dayWidth, kHeader), Qt::AlignCenter,
                         QLocale().toString(day, QStringLiteral("ddd M/d")));
        painter.setPen(line);
        painter.drawLine(column.topLeft(), column.bottomLeft());
    }
    for (int h = kFirstHour; h <= kLastHour; ++h) {
        const double y = area.top() + (h - kFirstHour) * hourHeight;
        painter.setPen(line);
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(0, y - 8, kGutter - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1:00").arg(h));
    }
    for (const Entry &entry : m_entries) {
        const QRectF block = blockOf(entry.session);
        const bool chosen = entry.session.id == m_selected;
        painter.setPen(
            QPen(chosen ? QColor(0x1a, 0x56, 0xa8) : QColor(0x5b, 0x8d, 0xd6), chosen ? 2.5 : 1));
        painter.setBrush(chosen ? QColor(0xc9, 0xdc, 0xf7) : QColor(0xe3, 0xed, 0xfb));
        painter.drawRoundedRect(block, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(block.adjusted(4, 2, -4, -2),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         entry.session.start.toString(QStringLiteral("HH:mm")) + u' ' +
                             entry.caseNumber + u'\n' + entry.caption);
    }
}

SessionId WeekView::sessionAt(const QPointF &point) const {
    for (const Entry &entry : m_entries) {
        if (blockOf(entry.session).contains(point))
            return entry.session.id;
    }
    return {};
}

void WeekView::mousePressEvent(QMouseEvent *event) {
    const SessionId hit = sessionAt(event->position());
    if (hit != m_selected) {
        m_selected = hit;
        update();
        Q_EMIT selectionChanged(m_selected);
    }
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event) {
    const SessionId hit = sessionAt(event->position());
    if (hit.isValid())
        Q_EMIT activated(hit);
}

} // namespace linli
