#pragma once

#include "mediation/mediation.h"

#include <QWidget>

namespace linli {

/// A week of sessions drawn as a timetable: a column a day, 08:00 to 18:00, each session a
/// block with its case number and place. Clicking a block chooses it.
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

Q_SIGNALS:
    void selectionChanged(linli::SessionId session);
    void activated(linli::SessionId session);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QRectF blockOf(const Session &session) const;
    QRectF grid() const;
    SessionId sessionAt(const QPointF &point) const;

    QDate m_monday;
    QDate m_today;
    QList<Entry> m_entries;
    SessionId m_selected;
};

} // namespace linli
