#pragma once

#include <QImage>
#include <QList>
#include <QStringList>

namespace linli {

/// Simple charts drawn for printed documents, where Qt Charts (a widgets library) is not at
/// hand: bars for counts per month, and a line of a share (0..1) on its own 0–100% scale.
class ChartImage final {
public:
    /// A chart `width` × `height` pixels (for a 300 dpi page). Either series may be empty.
    static QImage barsAndLine(const QString &title, const QStringList &labels,
                              const QList<int> &bars, const QString &barName,
                              const QList<double> &share, const QString &shareName,
                              int width = 1900, int height = 760);
};

} // namespace linli
