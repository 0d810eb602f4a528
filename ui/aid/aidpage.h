#pragma once

#include <QWidget>

class QTabWidget;

namespace linli {

class WishBoard;
class Workspace;

/// Neighbour mutual aid (邻里互帮): the wish wall, and the office's other mutual-aid work as it
/// lands, each on its own tab.
class AidPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AidPage)
public:
    explicit AidPage(Workspace &workspace, QWidget *parent = nullptr);

    WishBoard *wishBoard() const { return m_wishBoard; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void complaintRequested(qint64 complaint);

private:
    QTabWidget *m_tabs;
    WishBoard *m_wishBoard;
};

} // namespace linli
