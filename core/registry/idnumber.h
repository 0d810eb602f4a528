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
    /// 138****5678, for lists where the whole number is not needed.
    static QString masked(const QString &number);
};

/// Shared by the two normalisers: full-width digits and letters to ASCII.
QString toHalfWidth(const QString &input);

} // namespace linli
