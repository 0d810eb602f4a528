#pragma once

#include "registry/people.h"
#include "registry/places.h"
#include "registry/resident.h"

#include <QString>

// How the registry's enumerations are spelled in the database. Internal to core/registry.
namespace linli::codes {

QString compoundKind(CompoundKind kind);
CompoundKind compoundKindFrom(const QString &code);
QString gender(Gender gender);
Gender genderFrom(const QString &code);
QString relation(Relation relation);
Relation relationFrom(const QString &code);
QString staffRole(StaffRole role);
StaffRole staffRoleFrom(const QString &code);
QString groupRole(GroupRole role);
GroupRole groupRoleFrom(const QString &code);

} // namespace linli::codes
