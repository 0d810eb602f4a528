#include "mediation/weekview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace linli {

namespace {
constexpr int kFirstHour = 8;
constexpr int kLastHour = 18;
constexpr int kHeader = 36;
constexpr int kGutter = 48;
constexpr int kSnapMinutes = 15;
} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("weekView"));
    setMinimumSize(700, 420);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
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
    if (const Entry *dragged = entryOf(m_dragged); dragged && m_dropAt.isValid()) {
        // Where the session would land, with its new time.
        Session moved = dragged->session;
        moved.end = m_dropAt.addSecs(moved.start.secsTo(moved.end));
        moved.start = m_dropAt;
        const QRectF ghost = blockOf(moved);
        painter.setPen(QPen(QColor(0x1a, 0x56, 0xa8), 1.5, Qt::DashLine));
        painter.setBrush(QColor(0x1a, 0x56, 0xa8, 40));
        painter.drawRoundedRect(ghost, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(ghost.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                         m_dropAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                             moved.end.toString(QStringLiteral("HH:mm")));
    }
}

QPointF WeekView::pointOf(const QDateTime &at) const {
    const QRectF area = grid();
    const double dayWidth = area.width() / 7.0;
    const double hourHeight = area.height() / (kLastHour - kFirstHour);
    const double hours = at.time().hour() + at.time().minute() / 60.0 - kFirstHour;
    return {area.left() + (m_monday.daysTo(at.date()) + 0.5) * dayWidth,
            area.top() + hours * hourHeight};
}

const WeekView::Entry *WeekView::entryOf(SessionId id) const {
    if (!id.isValid())
        return nullptr;
    for (const Entry &entry : m_entries) {
        if (entry.session.id == id)
            return &entry;
    }
    return nullptr;
}

QDateTime WeekView::dropStart(const QPointF &point, const Session &session) const {
    const QRectF area = grid();
    const double dayWidth = area.width() / 7.0;
    const double hourHeight = area.height() / (kLastHour - kFirstHour);
    const int day = std::clamp(int((point.x() - area.left()) / dayWidth), 0, 6);
    const int length = int(session.start.secsTo(session.end) / 60);
    int minutes = int((point.y() - area.top()) / hourHeight * 60) - m_grabMinutes;
    minutes = int(std::lround(double(minutes) / kSnapMinutes)) * kSnapMinutes;
    minutes = std::clamp(minutes, 0, std::max(0, (kLastHour - kFirstHour) * 60 - length));
    return QDateTime(m_monday.addDays(day), QTime(kFirstHour, 0).addSecs(minutes * 60));
}

void WeekView::endDrag() {
    m_dragged = {};
    m_dropAt = {};
    update();
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
    endDrag();
    if (const Entry *entry = entryOf(hit); entry && event->button() == Qt::LeftButton) {
        m_dragged = hit;
        m_pressedAt = event->position();
        const double hourHeight = grid().height() / (kLastHour - kFirstHour);
        m_grabMinutes =
            int((event->position().y() - blockOf(entry->session).top()) / hourHeight * 60);
    }
    if (hit != m_selected) {
        m_selected = hit;
        update();
        Q_EMIT selectionChanged(m_selected);
    }
}

void WeekView::mouseMoveEvent(QMouseEvent *event) {
    const Entry *entry = entryOf(m_dragged);
    if (!entry || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dropAt.isValid() &&
        (event->position() - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
        return;
    const QDateTime at = dropStart(event->position(), entry->session);
    if (at != m_dropAt) {
        m_dropAt = at;
        update();
    }
}

void WeekView::mouseReleaseEvent(QMouseEvent *event) {
    const Entry *entry = entryOf(m_dragged);
    if (entry && m_dropAt.isValid() && event->button() == Qt::LeftButton) {
        const SessionId id = m_dragged;
        const QDateTime at = m_dropAt;
        const bool moved = at != entry->session.start;
        endDrag();
        if (moved)
            Q_EMIT moveRequested(id, at);
        return;
    }
    endDrag();
}

void WeekView::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && m_dragged.isValid()) {
        endDrag();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event) {
    const SessionId hit = sessionAt(event->position());
    if (hit.isValid())
        Q_EMIT activated(hit);
}

} // namespace linli
