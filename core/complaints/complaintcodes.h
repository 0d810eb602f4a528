#pragma once

#include "complaints/complaint.h"

// How the complaint enumerations are spelled in the database. Internal to core/complaints.
namespace linli::codes {

QString channel(Channel value);
Channel channelFrom(const QString &code);
QString urgency(Urgency value);
Urgency urgencyFrom(const QString &code);
QString state(ComplaintState value);
ComplaintState stateFrom(const QString &code);
QString level(Level value);
std::optional<Level> levelFrom(const QString &code);
QString satisfaction(Satisfaction value);
std::optional<Satisfaction> satisfactionFrom(const QString &code);
QString action(ComplaintAction value);
ComplaintAction actionFrom(const QString &code);

} // namespace linli::codes
