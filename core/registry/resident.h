#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QString>

namespace linli {

enum class Gender { Male, Female };

/// Relation to the head of household (与户主关系).
enum class Relation {
    Head,
    Spouse,
    Child,
    Parent,
    Grandchild,
    Sibling,
    OtherRelative,
    Tenant,
    Other
};

struct ResidentMarkers {
    bool partyMember = false;
    bool elderlyAlone = false; ///< sensitive
    bool volunteer = false;
    bool lowIncome = false;
    bool disabled = false;

    friend bool operator==(const ResidentMarkers &, const ResidentMarkers &) = default;
};

struct Resident {
    ResidentId id;
    HouseholdId householdId;
    QString name;
    Gender gender = Gender::Male;
    QDate birthDate;
    QString idNumber; ///< sensitive: masked in every list
    QString mobile;
    Relation relation = Relation::Head;
    ResidentMarkers markers;
    QDate movedOutOn;   ///< null while the resident lives in the household
    int version = 0;    ///< the row version it was read at (see RowVersion)
    QDate anonymisedOn; ///< set once the name and identifiers are removed (see Anonymiser)
    QString notes;      ///< free notes, as rosters keep them (备注)

    bool hasMovedOut() const { return movedOutOn.isValid(); }
    bool isAnonymised() const { return anonymisedOn.isValid(); }
};

/// Full years of age on `day`; -1 when the birth date is unknown.
inline int ageOn(QDate birth, QDate day) {
    if (!birth.isValid())
        return -1;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

/// One row of the residents list: the resident and the address of their household.
struct ResidentListEntry {
    Resident resident;
    QString address;
    QString sortKey;
};

} // namespace linli
