#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace linli {

using CarerId = StrongId<struct CarerTag>;
using CareVisitId = StrongId<struct CareVisitTag>;
using CareTaskId = StrongId<struct CareTaskTag>;
using CarePeriodId = StrongId<struct CarePeriodTag>;

/// Who looks after an elder living alone: a party member, a neighbour head or a volunteer.
enum class CarerKind { PartyMember, NeighbourHead, Volunteer };
enum class VisitKind { Company, Repair, Meals, HealthCheck, PhoneCall, Other };
/// The checklist of a visit; each item passes or fails, or was not looked at.
enum class CheckItem { Health, Mood, GasWaterPower, Hygiene, Living };
enum class CareTaskKind { Repair, Meals, Health, Hygiene, Other };

struct Carer {
    CarerId id;
    ResidentId residentId;
    QString name;     ///< read-only, from the registry
    QString building; ///< read-only: where the carer lives
    CarerKind kind = CarerKind::Volunteer;
    bool active = true;
};

/// An elder living alone (独居老人), as the care register shows them: from the registry's marker,
/// with the office's target interval and their carers.
struct Elder {
    ResidentId residentId;
    QString name;
    QString address;
    BuildingId buildingId;
    QDate birthDate;
    int age = -1;
    int intervalDays = 30; ///< at most a month; shorter for the frail
    bool frail = false;
    QString notes;
    QList<CarerId> carers;
    QStringList carerNames;
};

struct CareVisit {
    CareVisitId id;
    ResidentId elderId;
    CarerId carerId;   ///< unset when office staff went themselves
    QString carerName; ///< read-only
    QDate visitedOn;
    VisitKind kind = VisitKind::Company;
    /// False for "phoned, no answer" (or nobody opened): it does not count as a visit, and raises
    /// the elder on the overdue list.
    bool reached = true;
    /// The checklist: true passed, false failed, unset not looked at.
    std::optional<bool> health, mood, gasWaterPower, hygiene, living;
    QString notes;
    double hours = 0;
    QString recordedBy;
};

/// Something a visit found wrong — a dripping tap, no hot meal — followed until it is done.
struct CareTask {
    CareTaskId id;
    ResidentId elderId;
    QString elderName; ///< read-only
    CareVisitId visitId;
    CareTaskKind kind = CareTaskKind::Other;
    QString text;
    QDate openedOn;
    QDate dueOn;
    QDate doneOn;
    QString doneBy;
    QString outcome;
    bool isOpen() const { return !doneOn.isValid(); }
};

/// A period the office marks (a heat wave, the Spring Festival) when visits come sooner.
struct CarePeriod {
    CarePeriodId id;
    QString name;
    QDate startsOn;
    QDate endsOn;
    int intervalDays = 7;
};

/// One line of the list of elders not visited within their interval, worst first.
struct OverdueElder {
    Elder elder;
    QDate lastVisit;         ///< the last visit that reached them; null when never visited
    QDate dueOn;             ///< when the next visit was due
    int daysOverdue = 0;     ///< days past dueOn (never visited: since they were registered)
    int unansweredSince = 0; ///< calls and doors not answered since the last real visit
    int effectiveInterval = 30;
};

} // namespace linli
