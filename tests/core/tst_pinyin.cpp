#include "registry/pinyin.h"

#include <QTest>

using namespace linli;

class TestPinyin final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forName_data();
    void forName();
    void looksLikePinyin();
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

void TestPinyin::looksLikePinyin() {
    QVERIFY(Pinyin::looksLikePinyin(QStringLiteral("zsf")));
    QVERIFY(Pinyin::looksLikePinyin(QStringLiteral("zhang san")));
    QVERIFY(!Pinyin::looksLikePinyin(QStringLiteral("张")));
    QVERIFY(!Pinyin::looksLikePinyin(QStringLiteral("1381")));
    QVERIFY(!Pinyin::looksLikePinyin(QStringLiteral(" ")));
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
