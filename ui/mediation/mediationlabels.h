#pragma once

#include "mediation/mediation.h"
#include "mediation/officialcategory.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// The words shown for the mediation enumerations, translated.
class MediationLabels final {
    Q_DECLARE_TR_FUNCTIONS(linli::MediationLabels)
public:
    static QString caseType(CaseType type);
    /// A category of the official statistics form, as the form names it.
    static QString officialCategory(OfficialCategory category);
    static QString source(CaseSource source);
    static QString risk(Risk risk);
    static QString venue(VenueKind venue);
    static QString mediatorKind(MediatorKind kind);
    static QString action(CaseAction action);
    static const QList<CaseType> &caseTypes();
};

} // namespace linli
