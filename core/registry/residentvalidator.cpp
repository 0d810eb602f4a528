#include "registry/residentvalidator.h"

#include "registry/idnumber.h"

namespace linli {

void ResidentValidator::normalise(Resident &resident) {
    resident.name = resident.name.simplified();
    resident.idNumber = IdNumber::normalise(resident.idNumber);
    resident.mobile = PhoneNumber::normalise(resident.mobile);
}

QList<FieldIssue> ResidentValidator::check(const Resident &resident, QDate today) {
    QList<FieldIssue> issues;
    if (resident.name.isEmpty())
        issues.append({ResidentField::Name, tr("Enter the resident's name.")});
    else if (resident.name.size() > maxNameLength)
        issues.append(
            {ResidentField::Name, tr("The name is longer than %1 characters.").arg(maxNameLength)});

    if (!resident.householdId.isValid())
        issues.append(
            {ResidentField::Household, tr("Choose the household the resident lives in.")});

    if (resident.birthDate.isValid() && resident.birthDate > today)
        issues.append({ResidentField::BirthDate, tr("The birth date lies in the future.")});

    if (!resident.idNumber.isEmpty()) {
        const auto facts = IdNumber::parse(resident.idNumber, today);
        if (!facts) {
            issues.append({ResidentField::IdNumber, facts.error()});
        } else {
            if (resident.birthDate.isValid() && resident.birthDate != facts->birthDate)
                issues.append({ResidentField::BirthDate,
                               tr("The birth date does not match the ID number, which gives %1.")
                                   .arg(facts->birthDate.toString(Qt::ISODate))});
            if (resident.gender != facts->gender)
                issues.append(
                    {ResidentField::IdNumber,
                     tr("The ID number belongs to a %1 resident, but %2 was chosen.")
                         .arg(facts->gender == Gender::Male ? tr("male") : tr("female"),
                              resident.gender == Gender::Male ? tr("male") : tr("female"))});
        }
    }

    if (!resident.mobile.isEmpty()) {
        if (const Status phone = PhoneNumber::validate(resident.mobile); !phone)
            issues.append({ResidentField::Mobile, phone.error()});
    }
    return issues;
}

} // namespace linli
