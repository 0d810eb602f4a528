#include "access/communityscope.h"

#include "storage/statement.h"

namespace linli {

namespace {

const QString kPlace = QStringLiteral(
    "SELECT coalesce("
    " (SELECT community_id FROM compounds WHERE id = :compound),"
    " (SELECT c.community_id FROM buildings b JOIN compounds c ON c.id = b.compound_id"
    "  WHERE b.id = :building),"
    " (SELECT c.community_id FROM households h JOIN units u ON u.id = h.unit_id"
    "  JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id"
    "  WHERE h.id = :household),"
    " (SELECT c.community_id FROM residents r JOIN households h ON h.id = r.household_id"
    "  JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id"
    "  JOIN compounds c ON c.id = b.compound_id WHERE r.id = :resident))");
const QString kCommunities =
    QStringLiteral("SELECT count(*) AS n, min(id) AS first_id FROM communities");

} // namespace

QString CommunityScope::ofColumn(const QString &communityColumn) {
    return QStringLiteral("(:scope_in_one = 0 OR %1 = :scope_community)").arg(communityColumn);
}

QString CommunityScope::ofBuilding(const QString &buildingColumn) {
    return QStringLiteral("(:scope_in_one = 0 OR %1 IN (SELECT scope_b.id FROM buildings scope_b"
                          " JOIN compounds scope_c ON scope_c.id = scope_b.compound_id"
                          " WHERE scope_c.community_id = :scope_community))")
        .arg(buildingColumn);
}

QString CommunityScope::ofHousehold(const QString &householdColumn) {
    return QStringLiteral("(:scope_in_one = 0 OR %1 IN (SELECT scope_h.id FROM households scope_h"
                          " JOIN units scope_u ON scope_u.id = scope_h.unit_id"
                          " JOIN buildings scope_b ON scope_b.id = scope_u.building_id"
                          " JOIN compounds scope_c ON scope_c.id = scope_b.compound_id"
                          " WHERE scope_c.community_id = :scope_community))")
        .arg(householdColumn);
}

sql::Params CommunityScope::params(const UserSession &session) {
    return {{"scope_in_one", session.community.isValid() ? 1 : 0},
            {"scope_community", session.community.value}};
}

Result<CommunityId> CommunityScope::ofPlace(const QSqlDatabase &connection, const Place &place) {
    if (!place.compound.isValid() && !place.building.isValid() && !place.household.isValid() &&
        !place.resident.isValid())
        return CommunityId{};
    const auto community = sql::Statement::single(connection, kPlace,
                                                  {{"compound", place.compound.value},
                                                   {"building", place.building.value},
                                                   {"household", place.household.value},
                                                   {"resident", place.resident.value}});
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
    auto communities = sql::Statement::run(connection, kCommunities);
    if (!communities)
        return communities.status();
    // An aggregate gives its one row; none means reading it failed.
    if (!communities->next())
        return communities->status() ? Result<CommunityId>(CommunityId{})
                                     : Result<CommunityId>(communities->status());
    // None yet (a record before the first community is made): it stays with no community,
    // seen by the whole sub-district.
    if (communities->integer("n") <= 1)
        return CommunityId{communities->integer("first_id")};
    return Result<CommunityId>::failure(
        tr("This database holds several communities: choose the one this record belongs to "
           "under Community at the foot of the window, then save again."));
}

} // namespace linli
