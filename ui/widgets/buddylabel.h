#pragma once

#include <QLabel>

namespace linli {

/// A form label whose mnemonic (the letter after &) moves to `buddy`. A form row whose field is
/// a layout gets no buddy of its own, and would show the & as it is.
inline QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace linli
