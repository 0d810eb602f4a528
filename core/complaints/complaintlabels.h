#pragma once

#include "complaints/complaint.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// The words shown for the complaint enumerations, translated.
class ComplaintLabels final {
    Q_DECLARE_TR_FUNCTIONS(linli::ComplaintLabels)
public:
    static QString channel(Channel channel);
    static QString urgency(Urgency urgency);
    static QString state(ComplaintState state);
    static QString level(Level level);
    static QString satisfaction(Satisfaction satisfaction);
    /// The button: "Assign…", "Resolve…".
    static QString action(ComplaintAction action);
    /// For sentences: "assigned", "resolved".
    static QString actionPastTense(ComplaintAction action);

    static const QList<Channel> &channels();
    static const QList<Level> &levels();
    static const QList<ComplaintState> &states();
};

} // namespace linli
