#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QList>
#include <QString>

namespace linli {

enum class StaffRole { Cadre, GridWorker, DutyStaff, Other };

/// A member of the community office's staff (社区干部, 网格员, 值班人员).
struct StaffMember {
    StaffId id;
    CommunityId communityId;
    QString name;
    StaffRole role = StaffRole::Cadre;
    QString mobile;
    bool active = true;
};

/// A grid (网格) of a few hundred households, with its grid worker.
struct Grid {
    GridId id;
    CommunityId communityId;
    QString name;
    StaffId workerId;   ///< may be unset
    QString workerName; ///< read-only, for display
};

/// A resident chosen by one or more buildings as their neighbour head (邻长), for a term.
struct NeighbourHead {
    NeighbourHeadId id;
    ResidentId residentId;
    QString residentName; ///< read-only, for display
    QString mobile;       ///< read-only, for display
    QDate termStart;
    QDate termEnd; ///< null while the term is open-ended
    QList<BuildingId> buildings;
};

enum class GroupRole { Leader, Member, Representative };

/// A member of a building's self-governance group (楼栋自治小组).
struct GroupMember {
    GroupMemberId id;
    BuildingId buildingId;
    ResidentId residentId;
    QString residentName; ///< read-only, for display
    GroupRole role = GroupRole::Member;
};

} // namespace linli
