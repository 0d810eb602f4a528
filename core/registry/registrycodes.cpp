#include "registry/registrycodes.h"

#include <QHash>

#include <array>
#include <utility>

namespace linli::codes {

namespace {

template<typename Enum, size_t N>
QString toCode(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value) {
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename Enum, size_t N>
Enum fromCode(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &code) {
    for (const auto &[e, c] : table) {
        if (code == QStringView(c))
            return e;
    }
    return table.front().first;
}

constexpr std::array<std::pair<CompoundKind, const char16_t *>, 5> kCompoundKinds = {{
    {CompoundKind::NewBuilt, u"new_built"},
    {CompoundKind::Old, u"old"},
    {CompoundKind::Resettlement, u"resettlement"},
    {CompoundKind::WorkUnit, u"work_unit"},
    {CompoundKind::Scattered, u"scattered"},
}};

constexpr std::array<std::pair<Gender, const char16_t *>, 2> kGenders = {{
    {Gender::Male, u"male"},
    {Gender::Female, u"female"},
}};

constexpr std::array<std::pair<Relation, const char16_t *>, 9> kRelations = {{
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

constexpr std::array<std::pair<StaffRole, const char16_t *>, 4> kStaffRoles = {{
    {StaffRole::Cadre, u"cadre"},
    {StaffRole::GridWorker, u"grid_worker"},
    {StaffRole::DutyStaff, u"duty"},
    {StaffRole::Other, u"other"},
}};

constexpr std::array<std::pair<GroupRole, const char16_t *>, 3> kGroupRoles = {{
    {GroupRole::Leader, u"leader"},
    {GroupRole::Member, u"member"},
    {GroupRole::Representative, u"representative"},
}};

} // namespace

QString compoundKind(CompoundKind kind) {
    return toCode(kCompoundKinds, kind);
}
CompoundKind compoundKindFrom(const QString &code) {
    return fromCode(kCompoundKinds, code);
}
QString gender(Gender value) {
    return toCode(kGenders, value);
}
Gender genderFrom(const QString &code) {
    return fromCode(kGenders, code);
}
QString relation(Relation value) {
    return toCode(kRelations, value);
}
Relation relationFrom(const QString &code) {
    return fromCode(kRelations, code);
}
QString staffRole(StaffRole role) {
    return toCode(kStaffRoles, role);
}
StaffRole staffRoleFrom(const QString &code) {
    return fromCode(kStaffRoles, code);
}
QString groupRole(GroupRole role) {
    return toCode(kGroupRoles, role);
}
GroupRole groupRoleFrom(const QString &code) {
    return fromCode(kGroupRoles, code);
}

} // namespace linli::codes
