#include "documents/chartimage.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace linli {

QImage ChartImage::barsAndLine(const QString &title, const QStringList &labels,
                               const QList<int> &bars, const QString &barName,
                               const QList<double> &share, const QString &shareName, int width,
                               int height) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(height / 24);
    p.setFont(font);
    const int left = width / 12;
    const int right = width - width / 12;
    const int top = height / 7;
    const int bottom = height - height / 5;
    p.drawText(QRect(0, 0, width, top), Qt::AlignCenter, title);

    const int n = int(labels.size());
    const int most = std::max(1, bars.isEmpty() ? 1 : *std::max_element(bars.begin(), bars.end()));
    // Gridlines at quarters of the scale, the counts on the left, the share on the right.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 2));
    for (int q = 0; q <= 4; ++q) {
        const int y = bottom - (bottom - top) * q / 4;
        p.drawLine(left, y, right, y);
        p.setPen(Qt::darkGray);
        if (!bars.isEmpty())
            p.drawText(QRect(0, y - 30, left - 12, 60), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(int(std::lround(most * q / 4.0))));
        if (!share.isEmpty())
            p.drawText(QRect(right + 12, y - 30, width - right - 12, 60),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1%").arg(q * 25));
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 2));
    }
    if (n == 0)
        return image;
    const double slot = double(right - left) / n;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3b, 0x7d, 0xc4));
    for (int i = 0; i < n && i < bars.size(); ++i) {
        const double h = double(bottom - top) * bars.at(i) / most;
        p.drawRect(QRectF(left + slot * i + slot * 0.2, bottom - h, slot * 0.6, h));
    }
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i)
        p.drawText(QRectF(left + slot * i, bottom + 8, slot, height / 12.0), Qt::AlignCenter,
                   labels.at(i));
    if (!share.isEmpty()) {
        QPainterPath path;
        for (int i = 0; i < n && i < share.size(); ++i) {
            const QPointF point(left + slot * (i + 0.5), bottom - (bottom - top) * share.at(i));
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0xe0, 0x8a, 0x1e), 6));
        p.drawPath(path);
    }
    // The legend, under the months.
    const int legendY = height - height / 12;
    int x = left;
    const auto key = [&](const QColor &colour, const QString &name) {
        if (name.isEmpty())
            return;
        p.fillRect(QRect(x, legendY - 14, 40, 28), colour);
        p.setPen(Qt::black);
        p.drawText(QRect(x + 52, legendY - 30, width / 2, 60), Qt::AlignLeft | Qt::AlignVCenter,
                   name);
        x += 52 + p.fontMetrics().horizontalAdvance(name) + 60;
    };
    if (!bars.isEmpty())
        key(QColor(0x3b, 0x7d, 0xc4), barName);
    if (!share.isEmpty())
        key(QColor(0xe0, 0x8a, 0x1e), shareName);
    return image;
}

} // namespace linli
