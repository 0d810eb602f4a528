#pragma once

#include "registry/people.h"
#include "registry/places.h"
#include "registry/resident.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

/// The words shown for the registry's enumerations, translated.
class RegistryLabels final {
    Q_DECLARE_TR_FUNCTIONS(linli::RegistryLabels)
public:
    static QString compoundKind(CompoundKind kind);
    static QString gender(Gender gender);
    static QString relation(Relation relation);
    static QString staffRole(StaffRole role);
    static QString groupRole(GroupRole role);
    /// The markers a resident carries, as one comma-separated phrase.
    static QString markers(const ResidentMarkers &markers);

    static const QList<CompoundKind> &compoundKinds();
    static const QList<Relation> &relations();
};

} // namespace linli
