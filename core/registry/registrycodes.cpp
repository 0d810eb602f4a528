#include "registry/registrycodes.h"

#include "common/codetable.h"

namespace linli::codes {

namespace {

constexpr CodeTable<CompoundKind, 5> kCompoundKinds = {{
    {CompoundKind::NewBuilt, u"new_built"},
    {CompoundKind::Old, u"old"},
    {CompoundKind::Resettlement, u"resettlement"},
    {CompoundKind::WorkUnit, u"work_unit"},
    {CompoundKind::Scattered, u"scattered"},
}};

constexpr CodeTable<Gender, 2> kGenders = {{
    {Gender::Male, u"male"},
    {Gender::Female, u"female"},
}};

constexpr CodeTable<Relation, 9> kRelations = {{
    {Relation::Head, u"head"},
    {Relation::Spouse, u"spouse"},
    {Relation::Child, u"child"},
    {Relation::Parent, u"parent"},
    {Relation::Grandchild, u"grandchild"},
    {Relation::Sibling, u"sibling"},
    {Relation::OtherRelative, u"other_relative"},
    {Relation::Tenant, u"tenant"},
    {Relation::Other, u"other"},
}};

constexpr CodeTable<StaffRole, 4> kStaffRoles = {{
    {StaffRole::Cadre, u"cadre"},
    {StaffRole::GridWorker, u"grid_worker"},
    {StaffRole::DutyStaff, u"duty"},
    {StaffRole::Other, u"other"},
}};

constexpr CodeTable<GroupRole, 3> kGroupRoles = {{
    {GroupRole::Leader, u"leader"},
    {GroupRole::Member, u"member"},
    {GroupRole::Representative, u"representative"},
}};

} // namespace

QString compoundKind(CompoundKind kind) {
    return toCode(kCompoundKinds, kind);
}
CompoundKind compoundKindFrom(QAnyStringView code) {
    return fromCode(kCompoundKinds, code);
}
QString gender(Gender value) {
    return toCode(kGenders, value);
}
Gender genderFrom(QAnyStringView code) {
    return fromCode(kGenders, code);
}
QString relation(Relation value) {
    return toCode(kRelations, value);
}
Relation relationFrom(QAnyStringView code) {
    return fromCode(kRelations, code);
}
QString staffRole(StaffRole role) {
    return toCode(kStaffRoles, role);
}
StaffRole staffRoleFrom(QAnyStringView code) {
    return fromCode(kStaffRoles, code);
}
QString groupRole(GroupRole role) {
    return toCode(kGroupRoles, role);
}
GroupRole groupRoleFrom(QAnyStringView code) {
    return fromCode(kGroupRoles, code);
}

} // namespace linli::codes
