#pragma once

#include "common/strongid.h"
#include "registry/people.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace linli {

using PactId = StrongId<struct PactTag>;
using PactTemplateId = StrongId<struct PactTemplateTag>;
using InspectionId = StrongId<struct InspectionTag>;

/// A hygiene pact to start from: a title and numbered clauses with placeholders.
struct PactTemplate {
    PactTemplateId id;
    QString name;
    QString title;
    QStringList clauses;
    bool builtIn = false; ///< the default written for Linli: kept, copied rather than changed
    int version = 0;      ///< the row version it was read at (see RowVersion)
};

/// Who sweeps the stairs which week (值日表): a floor at a time, or a household of each
/// stairwell unit at a time.
enum class RotaMode { None, ByFloor, ByHousehold };

/// One version of a building's hygiene pact (楼栋卫生公约). Its clauses keep their placeholders.
struct Pact {
    PactId id;
    BuildingId buildingId;
    int version = 0;
    QString title;
    QStringList clauses;
    QDate adoptedOn;
    PactTemplateId templateId;
    qint64 decisionId = 0; ///< the building meeting's decision that adopted it, if any
    RotaMode rota = RotaMode::None;
    QDate rotaStart;
};

/// A household of the pact's building, and whether someone living there now has signed.
struct PactHousehold {
    HouseholdId id;
    QString unit;
    QString room;
    QString head; ///< the head of household, or the first member; empty for an empty flat
    ResidentId headId;
    QDate signedOn; ///< unset: not yet signed (or the signer has moved out)
    QString signer;
};

/// What a building's printed pact shows, with its placeholders filled in.
struct PactSheet {
    QString community;
    QString compound;
    QString building;
    Pact pact;
    QDate decidedOn;     ///< the day of the meeting whose decision adopted it, if any
    QStringList clauses; ///< rendered
    QStringList neighbourHeads;
    QList<GroupMember> group; ///< the building's self-governance group
    QList<PactHousehold> households;
};

/// An inspection of a building against its pact (互相监督).
struct Inspection {
    InspectionId id;
    BuildingId buildingId;
    QDate inspectedOn;
    QString inspectors;
    bool corridorClear = true;
    bool noClutter = true;
    bool lighting = true;
    bool bins = true;
    QString notes;
    QDate rectifyBy; ///< the deadline to put right what failed

    bool passed() const { return corridorClear && noClutter && lighting && bins; }
};

/// An inspection with where it was: a line of the inspection ledger (检查台账).
struct InspectionRecord {
    Inspection inspection;
    QString compound;
    QString building;
};

/// A building at a glance: its pact (if any), how many of its households signed, and how its
/// last inspection went.
struct BuildingPactStatus {
    CompoundId compoundId;
    QString compound;
    BuildingId buildingId;
    QString building;
    int version = 0; ///< 0: no pact yet
    QDate adoptedOn;
    int households = 0;
    int signedHouseholds = 0;
    QDate lastInspectedOn;
    bool lastPassed = false;
};

/// A building that needs looking at: its last inspection failed, or it has not been inspected
/// for too long (or ever).
struct InspectionDue {
    BuildingId buildingId;
    QString compound;
    QString building;
    QDate lastInspectedOn; ///< unset: never inspected
    bool lastFailed = false;
    QDate rectifyBy;
};

} // namespace linli
