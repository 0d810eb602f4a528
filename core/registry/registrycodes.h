#pragma once

#include "registry/people.h"
#include "registry/places.h"
#include "registry/resident.h"

#include <QString>

// How the registry's enumerations are spelled in the database. Internal to core/registry.
namespace linli::codes {

QString compoundKind(CompoundKind kind);
CompoundKind compoundKindFrom(QAnyStringView code);
QString gender(Gender gender);
Gender genderFrom(QAnyStringView code);
QString relation(Relation relation);
Relation relationFrom(QAnyStringView code);
QString staffRole(StaffRole role);
StaffRole staffRoleFrom(QAnyStringView code);
QString groupRole(GroupRole role);
GroupRole groupRoleFrom(QAnyStringView code);

} // namespace linli::codes
