#include "registry/chinesename.h"
#include "registry/pinyin.h"

#include <QTest>

using namespace linli;

class TestPinyin final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forName_data();
    void forName();
    void readInPartsAsInOnePiece();
    void looksLikePinyin();
    void aPublicSheetKeepsTheWholeSurname_data();
    void aPublicSheetKeepsTheWholeSurname();
};

void TestPinyin::forName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");
    QTest::newRow("three characters") << "张三丰"
                                      << "zhangsanfeng"
                                      << "zsf";
    QTest::newRow("surname 曾") << "曾小明"
                                << "zengxiaoming"
                                << "zxm";
    QTest::newRow("surname 单") << "单田芳"
                                << "shantianfang"
                                << "stf";
    QTest::newRow("surname 解") << "解放"
                                << "xiefang"
                                << "xf";
    QTest::newRow("double surname") << "欧阳娜娜"
                                    << "ouyangnana"
                                    << "oynn";
    QTest::newRow("ü becomes u") << "吕布"
                                 << "lubu"
                                 << "lb";
    QTest::newRow("latin name") << "Anna Li"
                                << "annali"
                                << "al";
}

void TestPinyin::forName() {
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const PinyinName pinyin = Pinyin::forName(name);
    QCOMPARE(pinyin.full, full);
    QCOMPARE(pinyin.initials, initials);
    QVERIFY(pinyin.sortKey.endsWith(name));
}

// forName reads a long name in parts (its start, then each later character); ICU reading the
// whole name must give the same, on the characters that read one way as a surname, another in a
// given name and a third alone, after one- and two-character surnames, and on every character
// of the common block in a given name.
void TestPinyin::readInPartsAsInOnePiece() {
    const QStringList surnames = {
        QStringLiteral("王"),   QStringLiteral("单"),   QStringLiteral("曾"),
        QStringLiteral("解"),   QStringLiteral("长"),   QStringLiteral("欧阳"),
        QStringLiteral("长孙"), QStringLiteral("澹台"), QStringLiteral("万俟"),
        QStringLiteral("尉迟"), QStringLiteral("单于"), QStringLiteral("司马")};
    const QString tricky = QStringLiteral("仇峙曾筠翟莘长隗靓乐刀区单卜召员尉折查牟盖种秘粘繁解重"
                                          "朴覃缪句行朝和俟澹台于孙");
    int compared = 0;
    for (const QString &surname : surnames) {
        for (const QChar a : tricky) {
            for (const QChar b : tricky) {
                const QString name = surname + a + b;
                QCOMPARE(Pinyin::forName(name).sortKey, Pinyin::wholeName(name).sortKey);
                ++compared;
            }
        }
    }
    for (char16_t c = 0x4e00; c <= 0x9fa5; ++c) {
        for (const QString &start : {QStringLiteral("王小"), QStringLiteral("欧阳")}) {
            const QString name = start + QChar(c);
            QCOMPARE(Pinyin::forName(name).sortKey, Pinyin::wholeName(name).sortKey);
            ++compared;
        }
    }
    QVERIFY(compared > 60000);
}

void TestPinyin::looksLikePinyin() {
    QVERIFY(Pinyin::looksLikePinyin(QStringLiteral("zsf")));
    QVERIFY(Pinyin::looksLikePinyin(QStringLiteral("zhang san")));
    QVERIFY(!Pinyin::looksLikePinyin(QStringLiteral("张")));
    QVERIFY(!Pinyin::looksLikePinyin(QStringLiteral("1381")));
    QVERIFY(!Pinyin::looksLikePinyin(QStringLiteral(" ")));
}

void TestPinyin::aPublicSheetKeepsTheWholeSurname_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one-character surname") << QStringLiteral("王秀兰") << QStringLiteral("王某");
    QTest::newRow("compound surname") << QStringLiteral("欧阳斌俊") << QStringLiteral("欧阳某");
    QTest::newRow("compound, two-character name")
        << QStringLiteral("司马光") << QStringLiteral("司马某");
    QTest::newRow("欧 alone is a surname too") << QStringLiteral("欧阳") << QStringLiteral("欧某");
    QTest::newRow("spaces") << QStringLiteral(" 诸葛亮 ") << QStringLiteral("诸葛某");
    QTest::newRow("nothing") << QString() << QString();
}

void TestPinyin::aPublicSheetKeepsTheWholeSurname() {
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(ChineseName::masked(name), shown);
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
