#pragma once

#include "mediation/mediation.h"

// How the mediation enumerations are spelled in the database. Internal to core/mediation.
namespace linli::codes {

QString mediatorKind(MediatorKind value);
MediatorKind mediatorKindFrom(const QString &code);
QString caseType(CaseType value);
CaseType caseTypeFrom(const QString &code);
/// Every case type, in the order the database's codes list them.
QList<CaseType> caseTypes();
QString caseSource(CaseSource value);
CaseSource caseSourceFrom(const QString &code);
QString risk(Risk value);
Risk riskFrom(const QString &code);
QString caseState(CaseState value);
CaseState caseStateFrom(const QString &code);
QString caseAction(CaseAction value);
/// The column (and the audit key) of what a case kept a dispute from: averted_criminal…
const char *avertedColumn(Averted value);
QString averted(Averted value);
QString partySide(PartySide value);
PartySide partySideFrom(const QString &code);
QString venueKind(VenueKind value);
VenueKind venueKindFrom(const QString &code);

} // namespace linli::codes
