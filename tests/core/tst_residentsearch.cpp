#include "support/registryfixture.h"

#include <QTest>

using namespace linli;

class TestResidentSearch final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void pinyinOrder();
    void keysetPagesCoverEverythingOnce();
    void movedOutOnlyOnRequest();
    void likeWildcardsAreLiteral();
    void addressFollowsRenamesAndMoves();

private:
    QStringList names(const QString &text, bool movedOut = false);
    std::unique_ptr<test::RegistryFixture> m_f;
};

void TestResidentSearch::initTestCase() {
    m_f = std::make_unique<test::RegistryFixture>();
    auto &f = *m_f;
    const HouseholdId a = *f.registry.addHousehold(f.unit, QStringLiteral("301"));
    const auto otherUnit = *f.registry.addUnit({{}, f.building, QStringLiteral("1单元")});
    const HouseholdId b = *f.registry.addHousehold(otherUnit, QStringLiteral("101"));
    struct Seed {
        const char16_t *name;
        Gender gender;
        HouseholdId household;
        const char *id;
        const char *mobile;
    };
    const Seed seeds[] = {
        {u"张三丰", Gender::Male, a, "", "13812345678"},
        {u"李明", Gender::Male, a, "360426199101010071", ""},
        {u"李小明", Gender::Male, a, "", ""},
        {u"王小明", Gender::Male, b, "", ""},
        {u"曾小明", Gender::Male, b, "", "13900001111"},
        {u"单田芳", Gender::Male, b, "", ""},
        {u"欧阳娜娜", Gender::Female, b, "11010519491231002X", ""},
        {u"李四", Gender::Male, b, "", ""},
        {u"周%芳", Gender::Female, b, "", ""},
    };
    for (const Seed &s : seeds) {
        Resident r = f.resident(s.household, QString::fromUtf16(s.name), s.gender);
        r.idNumber = QLatin1String(s.id);
        r.mobile = QLatin1String(s.mobile);
        const auto added = f.registry.addResident(r);
        QVERIFY2(added, qPrintable(added.error()));
    }
    Resident gone = f.resident(b, QStringLiteral("李已迁"), Gender::Male);
    const ResidentId goneId = *f.registry.addResident(gone);
    QVERIFY(f.registry.moveOut(goneId, QDate(2025, 1, 1)));
}

void TestResidentSearch::addressFollowsRenamesAndMoves() {
    // The search reads each resident's copy of the address: it follows a renamed compound, a
    // renamed room and a resident who moves to another household.
    test::RegistryFixture f;
    const HouseholdId home = *f.registry.addHousehold(f.unit, QStringLiteral("502"));
    const HouseholdId other = *f.registry.addHousehold(f.unit, QStringLiteral("601"));
    const ResidentId id =
        *f.registry.addResident(f.resident(home, QStringLiteral("郑和"), Gender::Male));
    auto found = [&](const QString &text) {
        const auto page = f.registry.residents().page({text, false}, std::nullopt, 10);
        return page && page->size() == 1 && page->first().resident.id == id;
    };
    QVERIFY(found(QStringLiteral("明珠花园3栋2单元502")));
    Compound renamed = *f.registry.places().compound(f.compound);
    renamed.name = QStringLiteral("明珠雅苑");
    QVERIFY(f.registry.updateCompound(renamed));
    QVERIFY(found(QStringLiteral("明珠雅苑3栋")));
    QVERIFY(!found(QStringLiteral("明珠花园")));
    QVERIFY(f.registry.renameHousehold(home, QStringLiteral("503")));
    QVERIFY(found(QStringLiteral("2单元503")));
    Resident moved = *f.registry.residents().resident(id);
    moved.householdId = other;
    QVERIFY(f.registry.updateResident(moved));
    QVERIFY(found(QStringLiteral("2单元601")));
    QVERIFY(!found(QStringLiteral("2单元503")));
}

QStringList TestResidentSearch::names(const QString &text, bool movedOut) {
    const auto page = m_f->registry.residents().page({text, movedOut}, std::nullopt, 100);
    if (!page)
        qFatal("search failed: %s", qPrintable(page.error()));
    QStringList list;
    for (const ResidentListEntry &entry : *page)
        list << entry.resident.name;
    const int counted = *m_f->registry.residents().count({text, movedOut});
    if (counted != list.size())
        qFatal("count %d disagrees with the page of %d", counted, int(list.size()));
    // The list's first page and count in one go agree with both, on a page of two as well.
    for (const int limit : {100, 2}) {
        const auto first = m_f->registry.residents().firstPage({text, movedOut}, limit);
        if (!first)
            qFatal("first page failed: %s", qPrintable(first.error()));
        QStringList firstNames;
        for (const ResidentListEntry &entry : first->rows)
            firstNames << entry.resident.name;
        if (firstNames != list.mid(0, limit) || first->total != counted)
            qFatal("the first page of %d (%s, %d) disagrees with the page (%s, %d)", limit,
                   qPrintable(firstNames.join(u',')), first->total, qPrintable(list.join(u',')),
                   counted);
    }
    return list;
}

void TestResidentSearch::search_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one character") << "李" << QStringList{"李明", "李四", "李小明"};
    QTest::newRow("two characters") << "小明" << QStringList{"李小明", "王小明", "曾小明"};
    QTest::newRow("three characters") << "张三丰" << QStringList{"张三丰"};
    QTest::newRow("full pinyin") << "zhangsanfeng" << QStringList{"张三丰"};
    QTest::newRow("pinyin with space") << "Zhang San" << QStringList{"张三丰"};
    QTest::newRow("initials") << "zsf" << QStringList{"张三丰"};
    QTest::newRow("surname reading 曾") << "zengxiao" << QStringList{"曾小明"};
    QTest::newRow("surname reading 单") << "shantian" << QStringList{"单田芳"};
    QTest::newRow("phone tail") << "5678" << QStringList{"张三丰"};
    QTest::newRow("ID tail with x") << "002x" << QStringList{"欧阳娜娜"};
    QTest::newRow("ID birth date part") << "19910101" << QStringList{"李明"};
    QTest::newRow("address") << "1单元101" << QStringList{"李四",   "欧阳娜娜", "单田芳",
                                                          "王小明", "曾小明",   "周%芳"};
    QTest::newRow("nothing") << "赵" << QStringList{};
    QTest::newRow("full-width digits") << QStringLiteral("５６７８") << QStringList{"张三丰"};
}

void TestResidentSearch::search() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(names(text), expected);
}

void TestResidentSearch::pinyinOrder() {
    QCOMPARE(names(QString()), (QStringList{"李明", "李四", "李小明", "欧阳娜娜", "单田芳",
                                            "王小明", "曾小明", "张三丰", "周%芳"}));
}

void TestResidentSearch::keysetPagesCoverEverythingOnce() {
    const QStringList all = names(QString(), true);
    QStringList paged;
    std::optional<ResidentPageKey> after;
    for (;;) {
        const auto page = m_f->registry.residents().page({QString(), true}, after, 3);
        QVERIFY(page);
        for (const ResidentListEntry &entry : *page)
            paged << entry.resident.name;
        if (page->size() < 3)
            break;
        after = ResidentPageKey{page->last().sortKey, page->last().resident.id.value};
    }
    QCOMPARE(paged, all);
    QCOMPARE(all.size(), 10);
}

void TestResidentSearch::movedOutOnlyOnRequest() {
    QVERIFY(!names(QStringLiteral("李")).contains(QStringLiteral("李已迁")));
    QVERIFY(names(QStringLiteral("李"), true).contains(QStringLiteral("李已迁")));
}

void TestResidentSearch::likeWildcardsAreLiteral() {
    QCOMPARE(names(QStringLiteral("%")), QStringList{"周%芳"});
    QCOMPARE(names(QStringLiteral("_")), QStringList{});
}

QTEST_GUILESS_MAIN(TestResidentSearch)
#include "tst_residentsearch.moc"
