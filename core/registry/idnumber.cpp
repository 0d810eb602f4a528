#include "registry/idnumber.h"

#include <QRegularExpression>

namespace linli {

QString toHalfWidth(const QString &input) {
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out += u' ';
        else
            out += c;
    }
    return out;
}

QString IdNumber::normalise(const QString &input) {
    QString out = toHalfWidth(input);
    out.remove(u' ');
    out.remove(u'\t');
    return out.toUpper();
}

QChar IdNumber::checkCharacter(QStringView first17) {
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QChar(u'X') : QChar(char16_t(u'0' + check));
}

Result<IdNumber::Facts> IdNumber::parse(const QString &number, QDate today) {
    using R = Result<Facts>;
    if (number.size() != 18)
        return R::failure(
            tr("The ID number must have 18 characters; this one has %1.").arg(number.size()));
    for (int i = 0; i < 17; ++i) {
        if (!number[i].isDigit() || number[i].unicode() > 0x7f)
            return R::failure(tr("The ID number may hold only digits, with X allowed as the last "
                                 "character."));
    }
    const QChar last = number[17];
    if (!(last.isDigit() && last.unicode() <= 0x7f) && last != u'X')
        return R::failure(tr("The ID number may hold only digits, with X allowed as the last "
                             "character."));
    Facts facts;
    // Digits only by now: read as numbers (QDate::fromString was a tenth of a roster's import).
    const auto digits = [&number](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + number[i].digitValue();
        return value;
    };
    const int year = digits(6, 4), month = digits(10, 2), day = digits(12, 2);
    if (QDate::isValid(year, month, day))
        facts.birthDate = QDate(year, month, day);
    if (!facts.birthDate.isValid() || facts.birthDate.year() < 1880)
        return R::failure(
            tr("The ID number does not hold a real birth date (characters 7 to 14)."));
    if (facts.birthDate > today)
        return R::failure(tr("The birth date in the ID number lies in the future."));
    if (checkCharacter(QStringView(number).left(17)) != last)
        return R::failure(tr("The ID number's check character is wrong: a character was probably "
                             "mistyped."));
    facts.gender = number[16].digitValue() % 2 == 1 ? Gender::Male : Gender::Female;
    return facts;
}

QString IdNumber::masked(const QString &number) {
    if (number.size() <= 8)
        return QString(number.size(), u'*');
    return number.left(4) + QString(number.size() - 8, u'*') + number.right(4);
}

QString MobilePhone::normalise(const QString &input) {
    QString out = toHalfWidth(input);
    out.remove(u' ');
    out.remove(u'-');
    out.remove(u'\t');
    if (out.startsWith(QStringLiteral("+86")))
        out.remove(0, 3);
    else if (out.size() == 13 && out.startsWith(QStringLiteral("86")))
        out.remove(0, 2);
    return out;
}

Status MobilePhone::validate(const QString &number) {
    for (const QChar c : number) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return Status::failure(tr("The mobile number may hold only digits."));
    }
    if (number.size() != 11)
        return Status::failure(
            tr("The mobile number must have 11 digits; this one has %1.").arg(number.size()));
    if (number[0] != u'1' || number[1] < u'3')
        return Status::failure(tr("A mainland mobile number starts with 13 to 19."));
    return Status::success();
}

QString MobilePhone::masked(const QString &number) {
    if (const qsizetype dash = number.indexOf(u'-'); dash > 0 && number.size() > dash + 5)
        return number.left(dash + 1) + QStringLiteral("****") + number.right(4);
    if (number.size() != 11)
        return number;
    return number.left(3) + QStringLiteral("****") + number.right(4);
}

QString PhoneNumber::normalise(const QString &input) {
    QString out = MobilePhone::normalise(input);
    out.remove(u'(');
    out.remove(u')');
    if (!isLandline(out) || out.size() < 10 || out.size() > 12)
        return out;
    // Beijing (010) and the big cities (020-029) have three-digit area codes, the rest four.
    const int area = (out.at(1) == u'1' || out.at(1) == u'2') ? 3 : 4;
    return out.left(area) + u'-' + out.mid(area);
}

Status PhoneNumber::validate(const QString &number) {
    if (!isLandline(number))
        return MobilePhone::validate(number);
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-\\d{7,8}$"));
    if (!landline.match(number).hasMatch())
        return Status::failure(tr("A landline is written with its area code, as 0731-84561234; "
                                  "%1 is not.")
                                   .arg(number));
    return Status::success();
}

} // namespace linli
