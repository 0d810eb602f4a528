#include "aid/wishcard.h"

#include "aid/aidlabels.h"
#include "aid/wishstatemachine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace linli {

namespace {

// Paper-note colours by state, so the wall reads at a glance.
QString colourOf(const Wish &wish, QDate today) {
    if (wish.isOverdue(today))
        return QStringLiteral("#fde2e1");
    switch (wish.state) {
    case WishState::Posted:
        return QStringLiteral("#eeeeee");
    case WishState::Open:
        return QStringLiteral("#fff4c2");
    case WishState::Claimed:
    case WishState::Dispatched:
        return QStringLiteral("#dcecfb");
    case WishState::Fulfilled:
        return QStringLiteral("#dff3e3");
    case WishState::Withdrawn:
    case WishState::Escalated:
        return QStringLiteral("#f2f2f2");
    }
    return {};
}

} // namespace

WishCard::WishCard(const Wish &wish, QDate today, const QString &onShelf, QWidget *parent)
    : QFrame(parent)
    , m_wish(wish) {
    setObjectName(QStringLiteral("wishCard-%1").arg(wish.number()));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("linli--WishCard { background: %1; border: 1px solid #c9c2a5;"
                                 " border-radius: 6px; }")
                      .arg(colourOf(wish, today)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    auto *title =
        new QLabel(tr("<b>%1</b> · %2 · %3")
                       .arg(wish.number(), AidLabels::wishKind(wish.kind).toHtmlEscaped(),
                            wish.buildingName.isEmpty() ? tr("no building")
                                                        : wish.buildingName.toHtmlEscaped()),
                   this);
    layout->addWidget(title);
    auto *text = new QLabel(wish.text, this);
    text->setObjectName(QStringLiteral("wishText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QFont bigger = text->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    text->setFont(bigger);
    layout->addWidget(text);

    const QLocale locale;
    QString facts =
        tr("Wished by %1 on %2")
            .arg(wish.wisherName, locale.toString(wish.postedAt.date(), QLocale::ShortFormat));
    if (wish.state == WishState::Claimed)
        facts += u'\n' + tr("Claimed by %1").arg(wish.helperName);
    if (wish.state == WishState::Dispatched && wish.dispatchedRole)
        facts += u'\n' + tr("Dispatched to %1 (%2), due %3")
                             .arg(wish.helperName, AidLabels::dispatchRole(*wish.dispatchedRole),
                                  locale.toString(wish.dueOn, QLocale::ShortFormat));
    if (wish.state == WishState::Fulfilled)
        facts += u'\n' + tr("Done on %1: %2")
                             .arg(locale.toString(wish.doneOn, QLocale::ShortFormat), wish.outcome);
    if (wish.state == WishState::Escalated)
        facts += u'\n' + tr("Now a complaint");
    if (wish.state == WishState::Withdrawn)
        facts += u'\n' + tr("Withdrawn: %1").arg(wish.outcome);
    if (wish.isOverdue(today))
        facts += u'\n' + tr("Overdue");
    if (!onShelf.isEmpty())
        facts += u'\n' + tr("On the station's shelf: %1").arg(onShelf);
    auto *details = new QLabel(facts, this);
    details->setObjectName(QStringLiteral("wishFacts"));
    details->setWordWrap(true);
    details->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(details);

    // The step forward as buttons; giving back, withdrawing and escalating under "More", so
    // that a card stays narrow enough for four columns.
    const QList<WishAction> actions = WishStateMachine::actionsFrom(wish.state);
    if (!actions.isEmpty()) {
        auto *buttons = new QHBoxLayout;
        buttons->setSpacing(4);
        QMenu *more = nullptr;
        for (const WishAction action : actions) {
            const bool forward = action == WishAction::Verify || action == WishAction::Claim ||
                                 action == WishAction::Dispatch || action == WishAction::Fulfil;
            const QString name = QStringLiteral("wishAction-%1").arg(int(action));
            if (forward) {
                auto *button = new QPushButton(AidLabels::wishAction(action), this);
                button->setObjectName(name);
                button->setToolTip(AidLabels::wishActionHint(action));
                connect(button, &QPushButton::clicked, this,
                        [this, action] { Q_EMIT actionRequested(m_wish.id, action); });
                buttons->addWidget(button);
                continue;
            }
            if (!more)
                more = new QMenu(this);
            QAction *item = more->addAction(AidLabels::wishAction(action), this, [this, action] {
                Q_EMIT actionRequested(m_wish.id, action);
            });
            item->setObjectName(name);
            item->setToolTip(AidLabels::wishActionHint(action));
        }
        buttons->addStretch();
        if (more) {
            auto *moreButton = new QToolButton(this);
            moreButton->setObjectName(QStringLiteral("wishMore"));
            moreButton->setText(tr("More"));
            moreButton->setPopupMode(QToolButton::InstantPopup);
            moreButton->setMenu(more);
            buttons->addWidget(moreButton);
        }
        layout->addLayout(buttons);
    }
}

} // namespace linli
