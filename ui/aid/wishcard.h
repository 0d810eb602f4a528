#pragma once

#include "aid/wish.h"

#include <QFrame>

namespace linli {

/// One wish as a card on the wall: its number, building, what is wished, who wished it, who
/// took it on, and a button for each step its state allows.
class WishCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WishCard)
public:
    /// `onShelf` names what the mutual-aid station has that may answer the wish.
    WishCard(const Wish &wish, QDate today, const QString &onShelf = {}, QWidget *parent = nullptr);
    const Wish &wish() const { return m_wish; }

Q_SIGNALS:
    void actionRequested(linli::WishId wish, linli::WishAction action);

private:
    Wish m_wish;
};

} // namespace linli
