#pragma once

#include "common/result.h"
#include "registry/resident.h"

#include <QCoreApplication>
#include <QDate>

namespace linli {

/// The 18-character resident ID number (居民身份证号码) of GB 11643.
class IdNumber final {
    Q_DECLARE_TR_FUNCTIONS(linli::IdNumber)
public:
    struct Facts {
        QDate birthDate;
        Gender gender = Gender::Male;
    };

    /// Trims, drops inner spaces, converts full-width digits and upper-cases x.
    static QString normalise(const QString &input);
    /// The check character for the first 17 digits: (12 - S mod 11) mod 11, 10 written X.
    static QChar checkCharacter(QStringView first17);
    /// Checks a normalised number and reads the birth date and gender it encodes.
    static Result<Facts> parse(const QString &number, QDate today);
    /// First four and last four characters, the rest as asterisks: for every list.
    static QString masked(const QString &number);
};

/// An 11-digit mainland mobile number.
class MobilePhone final {
    Q_DECLARE_TR_FUNCTIONS(linli::MobilePhone)
public:
    /// Trims, drops spaces and dashes, converts full-width digits and a +86 prefix.
    static QString normalise(const QString &input);
    static Status validate(const QString &number);
    /// 138****5678 (a landline 0731-****1234), for lists where the whole number is not needed.
    static QString masked(const QString &number);
};

/// A phone number as residents give it: an 11-digit mobile, or a landline with its area code,
/// kept as 0731-84561234 (the area code is three digits after 01 and 02, four otherwise).
class PhoneNumber final {
    Q_DECLARE_TR_FUNCTIONS(linli::PhoneNumber)
public:
    /// As MobilePhone::normalise, and a landline written with one dash after its area code.
    static QString normalise(const QString &input);
    static Status validate(const QString &number);
    static bool isLandline(const QString &number) { return number.startsWith(u'0'); }
};

/// Shared by the two normalisers: full-width digits and letters to ASCII.
QString toHalfWidth(const QString &input);

} // namespace linli
