#include "registry/idnumber.h"
#include "registry/residentvalidator.h"

#include <QTest>

using namespace linli;

class TestValidation final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idNumber_data();
    void idNumber();
    void idNumberFacts();
    void idNumberNormalised_data();
    void idNumberNormalised();
    void masked();
    void mobile_data();
    void mobile();
    void phone_data();
    void phone();
    void residentRules_data();
    void residentRules();
};

static const QDate kToday(2025, 3, 27);

void TestValidation::idNumber_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("valid with X") << "11010519491231002X" << true << "";
    QTest::newRow("valid with digit") << "360426199101010071" << true << "";
    QTest::newRow("wrong check character") << "360426199101010072" << false << "check character";
    QTest::newRow("too short") << "36042619910101007" << false << "18 characters";
    QTest::newRow("too long") << "3604261991010100711" << false << "18 characters";
    QTest::newRow("letter inside") << "36042619910A010071" << false << "only digits";
    QTest::newRow("X not last") << "X10105194912310020" << false << "only digits";
    QTest::newRow("no such date") << "110105194902300027" << false << "birth date";
    QTest::newRow("future birth") << "110105203001010010" << false << "future";
    QTest::newRow("empty") << "" << false << "18 characters";
}

void TestValidation::idNumber() {
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const auto facts = IdNumber::parse(number, kToday);
    QCOMPARE(facts.ok(), valid);
    if (!valid)
        QVERIFY2(facts.error().contains(messagePart), qPrintable(facts.error()));
}

void TestValidation::idNumberFacts() {
    const auto elder = IdNumber::parse(QStringLiteral("11010519491231002X"), kToday);
    QVERIFY(elder);
    QCOMPARE(elder->birthDate, QDate(1949, 12, 31));
    QCOMPARE(elder->gender, Gender::Female); // 17th digit 2 is even
    const auto young = IdNumber::parse(QStringLiteral("360426199101010071"), kToday);
    QVERIFY(young);
    QCOMPARE(young->birthDate, QDate(1991, 1, 1));
    QCOMPARE(young->gender, Gender::Male);
    QCOMPARE(IdNumber::checkCharacter(u"11010519491231002"), QChar(u'X'));
}

void TestValidation::idNumberNormalised_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("spaces") << " 110105 19491231 002x "
                            << "11010519491231002X";
    QTest::newRow("full-width") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
                                << "11010519491231002X";
    QTest::newRow("lower x") << "11010519491231002x"
                             << "11010519491231002X";
}

void TestValidation::idNumberNormalised() {
    QFETCH(QString, typed);
    QFETCH(QString, normalised);
    QCOMPARE(IdNumber::normalise(typed), normalised);
    QVERIFY(IdNumber::parse(IdNumber::normalise(typed), kToday));
}

void TestValidation::masked() {
    QCOMPARE(IdNumber::masked(QStringLiteral("11010519491231002X")),
             QStringLiteral("1101**********002X"));
    QCOMPARE(MobilePhone::masked(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
}

void TestValidation::mobile_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("plain") << "13812345678" << true << "";
    QTest::newRow("spaces and dashes") << "138-1234 5678" << true << "";
    QTest::newRow("country code") << "+86 138 1234 5678" << true << "";
    QTest::newRow("full-width") << QStringLiteral("１３８１２３４５６７８") << true << "";
    QTest::newRow("ten digits") << "1381234567" << false << "11 digits";
    QTest::newRow("twelve digits") << "138123456789" << false << "11 digits";
    QTest::newRow("landline") << "07315550101" << false << "starts with 13";
    QTest::newRow("starts 12") << "12812345678" << false << "starts with 13";
    QTest::newRow("letters") << "1381234567a" << false << "only digits";
}

void TestValidation::mobile() {
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const Status status = MobilePhone::validate(MobilePhone::normalise(typed));
    QCOMPARE(status.ok(), valid);
    if (!valid)
        QVERIFY2(status.error().contains(messagePart), qPrintable(status.error()));
}

void TestValidation::phone_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("mobile") << "138 1234 5678"
                            << "13812345678"
                            << "";
    QTest::newRow("mobile +86") << "+86-138-1234-5678"
                                << "13812345678"
                                << "";
    QTest::newRow("landline four-digit area") << "0731-84561234"
                                              << "0731-84561234"
                                              << "";
    QTest::newRow("landline run together") << "073184561234"
                                           << "0731-84561234"
                                           << "";
    QTest::newRow("landline in brackets") << "(0731)8456123"
                                          << "0731-8456123"
                                          << "";
    QTest::newRow("Beijing") << "010 6512 3456"
                             << "010-65123456"
                             << "";
    QTest::newRow("Guangzhou") << "02087654321"
                               << "020-87654321"
                               << "";
    QTest::newRow("landline too short") << "0731-84561"
                                        << "073184561"
                                        << "area code";
    QTest::newRow("mobile too short") << "1381234567"
                                      << "1381234567"
                                      << "11 digits";
    QTest::newRow("mobile too long") << "138123456789"
                                     << "138123456789"
                                     << "11 digits";
}

void TestValidation::phone() {
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, messagePart);
    const QString number = PhoneNumber::normalise(typed);
    QCOMPARE(number, stored);
    const Status status = PhoneNumber::validate(number);
    QCOMPARE(status.ok(), messagePart.isEmpty());
    if (!status)
        QVERIFY2(status.error().contains(messagePart), qPrintable(status.error()));
    if (PhoneNumber::isLandline(number) && status)
        QCOMPARE(MobilePhone::masked(number),
                 number.section(u'-', 0, 0) + QStringLiteral("-****") + number.right(4));
}

void TestValidation::residentRules_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<int>("gender");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<int>("field"); // -1: no issue expected
    QTest::newRow("valid") << "王秀英"
                           << "11010519491231002X" << int(Gender::Female) << QDate(1949, 12, 31)
                           << "13812345678" << -1;
    QTest::newRow("no ID, no phone") << "王小明"
                                     << "" << int(Gender::Male) << QDate() << "" << -1;
    QTest::newRow("empty name") << "  "
                                << "" << int(Gender::Male) << QDate() << ""
                                << int(ResidentField::Name);
    QTest::newRow("bad ID") << "王秀英"
                            << "110105194912310021" << int(Gender::Female) << QDate() << ""
                            << int(ResidentField::IdNumber);
    QTest::newRow("gender mismatch") << "王秀英"
                                     << "11010519491231002X" << int(Gender::Male) << QDate() << ""
                                     << int(ResidentField::IdNumber);
    QTest::newRow("birth mismatch") << "王秀英"
                                    << "11010519491231002X" << int(Gender::Female)
                                    << QDate(1950, 1, 1) << "" << int(ResidentField::BirthDate);
    QTest::newRow("future birth") << "王小宝"
                                  << "" << int(Gender::Male) << QDate(2026, 1, 1) << ""
                                  << int(ResidentField::BirthDate);
    QTest::newRow("bad phone") << "王秀英"
                               << "" << int(Gender::Female) << QDate() << "1381234"
                               << int(ResidentField::Mobile);
}

void TestValidation::residentRules() {
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(int, gender);
    QFETCH(QDate, birthDate);
    QFETCH(QString, mobile);
    QFETCH(int, field);
    Resident resident;
    resident.householdId = HouseholdId{1};
    resident.name = name;
    resident.idNumber = idNumber;
    resident.gender = Gender(gender);
    resident.birthDate = birthDate;
    resident.mobile = mobile;
    ResidentValidator::normalise(resident);
    const QList<FieldIssue> issues = ResidentValidator::check(resident, kToday);
    if (field < 0) {
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.first().field), field);
        QVERIFY(!issues.first().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
