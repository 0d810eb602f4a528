#pragma once

#include "mediation/mediation.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// The words shown for the mediation enumerations, translated.
class MediationLabels final {
    Q_DECLARE_TR_FUNCTIONS(linli::MediationLabels)
public:
    static QString caseType(CaseType type);
    static QString source(CaseSource source);
    static QString risk(Risk risk);
    static QString venue(VenueKind venue);
    static QString mediatorKind(MediatorKind kind);
    static QString action(CaseAction action);
    static const QList<CaseType> &caseTypes();
};

} // namespace linli
