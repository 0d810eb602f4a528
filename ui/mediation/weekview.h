#pragma once

#include "mediation/mediation.h"

#include <QWidget>

namespace linli {

/// A week of sessions drawn as a timetable: a column a day, 08:00 to 18:00, each session a
/// block with its case number and place. Clicking a block chooses it; dragging it to another
/// day or time (in quarter hours) asks for the session to be moved there, and Escape drops the
/// drag.
class WeekView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekView)
public:
    struct Entry {
        Session session;
        QString caseNumber;
        QString caption; ///< the second line: the place and the mediators
    };

    explicit WeekView(QWidget *parent = nullptr);
    /// `today` is shaded; it comes from core's clock, like every date the program shows.
    void setWeek(QDate monday, QDate today, const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    /// The chosen session; unset when none.
    SessionId selected() const { return m_selected; }
    QSize sizeHint() const override { return {900, 560}; }
    /// Where the session is drawn.
    QRectF blockOf(const Session &session) const;
    /// Where a moment of the week is drawn: its day's column, its time's height.
    QPointF pointOf(const QDateTime &at) const;

Q_SIGNALS:
    void selectionChanged(linli::SessionId session);
    void activated(linli::SessionId session);
    /// The user dropped the session at a new start; its length stays.
    void moveRequested(linli::SessionId session, const QDateTime &start);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    const Entry *entryOf(SessionId id) const;
    /// Where a session grabbed `grabMinutes` into its length lands when the mouse is at `point`.
    QDateTime dropStart(const QPointF &point, const Session &session) const;
    void endDrag();

    QRectF grid() const;
    SessionId sessionAt(const QPointF &point) const;

    QDate m_monday;
    QDate m_today;
    QList<Entry> m_entries;
    SessionId m_selected;
    // The drag in progress: the session, where it was grabbed, and where it would land.
    SessionId m_dragged;
    QPointF m_pressedAt;
    int m_grabMinutes = 0;
    QDateTime m_dropAt;
};

} // namespace linli
