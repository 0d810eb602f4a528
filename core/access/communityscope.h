#pragma once

#include "access/access.h"
#include "common/result.h"
#include "common/strongid.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

namespace linli {

/// Several communities in one database: which records a session reads and where its new ones
/// go. Each reading statement adds one of the filters below and binds `values(session)`; a
/// session of the whole sub-district binds 0 and the filter lets every row through.
class CommunityScope final {
    Q_DECLARE_TR_FUNCTIONS(linli::CommunityScope)
public:
    /// "(:scope_in_one = 0 OR <column> = :scope_community)": a record with a community of its
    /// own. The filters use these two names only, so a statement may hold several.
    static QString ofColumn(const QString &communityColumn);
    /// The same for a record tied to a building or a household by `column`.
    static QString ofBuilding(const QString &buildingColumn);
    static QString ofHousehold(const QString &householdColumn);
    /// The two values the filters bind (:scope_in_one, :scope_community).
    static sql::Params params(const UserSession &session);

    /// What a new record says of where it is; any part may be unset.
    struct Place {
        CompoundId compound;
        BuildingId building;
        HouseholdId household;
        ResidentId resident;
    };
    /// The community a new record goes to: the session's; else that of its place; else the
    /// database's only community (none while it holds none). With several communities and neither,
    /// the record is refused with a message saying to choose the community to work in.
    static Result<CommunityId> forNewRecord(const QSqlDatabase &connection,
                                            const UserSession &session, const Place &place = {});

private:
    /// The community of a place (unset when the place names none, or it no longer exists).
    static Result<CommunityId> ofPlace(const QSqlDatabase &connection, const Place &place);
};

} // namespace linli
