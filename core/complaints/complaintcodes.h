#pragma once

#include "complaints/complaint.h"

// How the complaint enumerations are spelled in the database. Internal to core/complaints.
namespace linli::codes {

QString channel(Channel value);
Channel channelFrom(QAnyStringView code);
QString urgency(Urgency value);
Urgency urgencyFrom(QAnyStringView code);
QString state(ComplaintState value);
ComplaintState stateFrom(QAnyStringView code);
QString level(Level value);
std::optional<Level> levelFrom(QAnyStringView code);
QString satisfaction(Satisfaction value);
std::optional<Satisfaction> satisfactionFrom(QAnyStringView code);
QString action(ComplaintAction value);
ComplaintAction actionFrom(QAnyStringView code);

} // namespace linli::codes
