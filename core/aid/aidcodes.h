#pragma once

#include "aid/eldercare.h"
#include "aid/station.h"
#include "aid/wish.h"

// How the mutual-aid enumerations are spelled in the database. Internal to core/aid.
namespace linli::aidcodes {

QString wishKind(WishKind value);
WishKind wishKindFrom(const QString &code);
QString wishChannel(WishChannel value);
WishChannel wishChannelFrom(const QString &code);
QString wishState(WishState value);
WishState wishStateFrom(const QString &code);
QString wishAction(WishAction value);
WishAction wishActionFrom(const QString &code);
QString dispatchRole(DispatchRole value);
DispatchRole dispatchRoleFrom(const QString &code);
QString carerKind(CarerKind value);
CarerKind carerKindFrom(const QString &code);
QString visitKind(VisitKind value);
VisitKind visitKindFrom(const QString &code);
QString careTaskKind(CareTaskKind value);
CareTaskKind careTaskKindFrom(const QString &code);
QString stationCategory(StationCategory value);
StationCategory stationCategoryFrom(const QString &code);

} // namespace linli::aidcodes
