#include "access/communityscope.h"

#include "storage/sql.h"

namespace linli {

namespace {

const QString kPlace = QStringLiteral(
    "SELECT coalesce("
    " (SELECT community_id FROM compounds WHERE id = ?),"
    " (SELECT c.community_id FROM buildings b JOIN compounds c ON c.id = b.compound_id"
    "  WHERE b.id = ?),"
    " (SELECT c.community_id FROM households h JOIN units u ON u.id = h.unit_id"
    "  JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id"
    "  WHERE h.id = ?),"
    " (SELECT c.community_id FROM residents r JOIN households h ON h.id = r.household_id"
    "  JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id"
    "  JOIN compounds c ON c.id = b.compound_id WHERE r.id = ?))");
const QString kCommunities = QStringLiteral("SELECT count(*), min(id) FROM communities");

} // namespace

QString CommunityScope::ofColumn(const QString &communityColumn) {
    return QStringLiteral("(? = 0 OR %1 = ?)").arg(communityColumn);
}

QString CommunityScope::ofBuilding(const QString &buildingColumn) {
    return QStringLiteral("(? = 0 OR %1 IN (SELECT scope_b.id FROM buildings scope_b"
                          " JOIN compounds scope_c ON scope_c.id = scope_b.compound_id"
                          " WHERE scope_c.community_id = ?))")
        .arg(buildingColumn);
}

QString CommunityScope::ofHousehold(const QString &householdColumn) {
    return QStringLiteral("(? = 0 OR %1 IN (SELECT scope_h.id FROM households scope_h"
                          " JOIN units scope_u ON scope_u.id = scope_h.unit_id"
                          " JOIN buildings scope_b ON scope_b.id = scope_u.building_id"
                          " JOIN compounds scope_c ON scope_c.id = scope_b.compound_id"
                          " WHERE scope_c.community_id = ?))")
        .arg(householdColumn);
}

QVariantList CommunityScope::values(const UserSession &session) {
    return {session.community.isValid() ? 1 : 0, session.community.value};
}

Result<CommunityId> CommunityScope::ofPlace(const QSqlDatabase &connection, const Place &place) {
    if (!place.compound.isValid() && !place.building.isValid() && !place.household.isValid() &&
        !place.resident.isValid())
        return CommunityId{};
    const auto community = sql::scalar(
        connection, kPlace,
        {place.compound.value, place.building.value, place.household.value, place.resident.value});
    if (!community)
        return community.status();
    return CommunityId{community->toLongLong()};
}

Result<CommunityId> CommunityScope::forNewRecord(const QSqlDatabase &connection,
                                                 const UserSession &session, const Place &place) {
    if (session.community.isValid())
        return session.community;
    const auto ofItsPlace = ofPlace(connection, place);
    if (!ofItsPlace)
        return ofItsPlace;
    if (ofItsPlace->isValid())
        return *ofItsPlace;
    auto communities = sql::run(connection, kCommunities);
    if (!communities)
        return communities.status();
    communities->next();
    // None yet (a record before the first community is made): it stays with no community,
    // seen by the whole sub-district.
    if (communities->value(0).toInt() <= 1)
        return CommunityId{communities->value(1).toLongLong()};
    return Result<CommunityId>::failure(
        tr("This database holds several communities: choose the one this record belongs to "
           "under Community at the foot of the window, then save again."));
}

} // namespace linli
