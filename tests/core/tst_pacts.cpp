#include "cogovernance/cleaningrota.h"
#include "cogovernance/cogovernanceservice.h"
#include "documents/pactdocuments.h"
#include "documents/printeddocument.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTest>
#include <QTextDocument>

using namespace linli;

namespace {

Pact pactOf(BuildingId building, const QString &title, const QStringList &clauses, QDate on,
            PactTemplateId from = {}) {
    Pact pact;
    pact.buildingId = building;
    pact.title = title;
    pact.clauses = clauses;
    pact.adoptedOn = on;
    pact.templateId = from;
    return pact;
}

Inspection inspectionOf(BuildingId building, QDate on, const QString &inspectors) {
    Inspection inspection;
    inspection.buildingId = building;
    inspection.inspectedOn = on;
    inspection.inspectors = inspectors;
    return inspection;
}

} // namespace

// Building hygiene pacts from template to signed sheet, the cleaning rota, and inspections.
class TestPacts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rendersPlaceholders_data();
    void rendersPlaceholders();
    void chineseNumbers_data();
    void chineseNumbers();
    void templates();
    void adoptsVersionsAndSigns();
    void aVersionKeepsTheWordsItWasAdoptedWith();
    void twoDesksAdoptAndSignTheSamePact();
    void aDeskShowingAReplacedVersionRecordsNothingOnIt();
    void pactPrintsEveryHousehold();
    void aRotaIntoTheNewYearDatesItsWeeks();
    void longBuildingRunsOverPagesWithHeaderAndCount();
    void theSignOffStaysTogether();
    void aTableRunningOverPagesIsClosedOnEachPage();
    void compoundPrintsEachBuildingOnItsOwn();
    void rota_data();
    void rota();
    void inspectionsAndWhatIsDue();

private:
    /// Households of the fixture's building: two units, `floors` floors, three rooms a floor,
    /// each with a head of household.
    void fillBuilding(int floors);
    static int pdfPages(const QString &pdf);

    std::unique_ptr<test::RegistryFixture> m_f;
    std::unique_ptr<CoGovernanceService> m_service;
    ResidentId m_headOfLi;
    QList<HouseholdId> m_households;
};

void TestPacts::init() {
    m_f = std::make_unique<test::RegistryFixture>();
    m_service = std::make_unique<CoGovernanceService>(*m_f->db);
    m_households.clear();
    const HouseholdId home = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("101"));
    m_households << home;
    m_headOfLi = *m_f->registry.addResident(
        m_f->resident(home, QStringLiteral("李明"), Gender::Male, Relation::Head));
    NeighbourHead head;
    head.residentId = m_headOfLi;
    head.termStart = QDate(2024, 1, 1);
    head.buildings = {m_f->building};
    QVERIFY(m_f->registry.addNeighbourHead(head));
    QVERIFY(m_f->registry.addGroupMember({{}, m_f->building, m_headOfLi, {}, GroupRole::Leader}));
}

void TestPacts::cleanup() {
    m_service.reset();
    m_f.reset();
}

void TestPacts::fillBuilding(int floors) {
    const UnitId second = *m_f->registry.addUnit({{}, m_f->building, QStringLiteral("3单元")});
    int person = 0;
    for (const UnitId unit : {m_f->unit, second}) {
        for (int floor = 1; floor <= floors; ++floor) {
            for (int room = 1; room <= 3; ++room) {
                const QString number =
                    QStringLiteral("%1%2").arg(floor).arg(room, 2, 10, QChar(u'0'));
                if (unit == m_f->unit && number == QStringLiteral("101"))
                    continue;
                const HouseholdId h = *m_f->registry.addHousehold(unit, number);
                m_households << h;
                QVERIFY(m_f->registry.addResident(m_f->resident(
                    h, QStringLiteral("住户%1").arg(++person), Gender::Female, Relation::Head)));
            }
        }
    }
}

int TestPacts::pdfPages(const QString &pdf) {
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished();
    for (const QString &line : QString::fromUtf8(info.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.section(u':', 1).trimmed().toInt();
    }
    return -1;
}

void TestPacts::rendersPlaceholders_data() {
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("neighbourHead");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("every placeholder")
        << QStringLiteral("{社区}{小区}{楼栋}由邻长{邻长}负责，自{日期}起施行")
        << QStringLiteral("李明")
        << QStringLiteral("红旗社区明珠花园3栋由邻长李明负责，自2025年3月1日起施行") << QString();
    QTest::newRow("no placeholder") << QStringLiteral("楼道不堆放杂物") << QString()
                                    << QStringLiteral("楼道不堆放杂物") << QString();
    QTest::newRow("unknown placeholder")
        << QStringLiteral("由{物业}负责") << QStringLiteral("李明") << QString()
        << QStringLiteral("Clause 1 has an unknown placeholder {物业}");
    QTest::newRow("no neighbour head")
        << QStringLiteral("由邻长{邻长}提醒") << QString() << QString()
        << QStringLiteral("names the neighbour head ({邻长}), but 明珠花园3栋 has none");
}

void TestPacts::rendersPlaceholders() {
    QFETCH(QString, clause);
    QFETCH(QString, neighbourHead);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    const PactValues values{QStringLiteral("红旗社区"), QStringLiteral("明珠花园"),
                            QStringLiteral("3栋"), neighbourHead, QDate(2025, 3, 1)};
    const auto rendered = PactText::render({clause}, values);
    if (error.isEmpty()) {
        QVERIFY2(rendered, qPrintable(rendered.error()));
        QCOMPARE(rendered->first(), expected);
    } else {
        QVERIFY(!rendered);
        QVERIFY2(rendered.error().contains(error), qPrintable(rendered.error()));
    }
}

void TestPacts::chineseNumbers_data() {
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("written");
    QTest::newRow("1") << 1 << QStringLiteral("一");
    QTest::newRow("9") << 9 << QStringLiteral("九");
    QTest::newRow("10") << 10 << QStringLiteral("十");
    QTest::newRow("12") << 12 << QStringLiteral("十二");
    QTest::newRow("20") << 20 << QStringLiteral("二十");
    QTest::newRow("35") << 35 << QStringLiteral("三十五");
}

void TestPacts::chineseNumbers() {
    QFETCH(int, number);
    QFETCH(QString, written);
    QCOMPARE(PactText::chineseNumber(number), written);
}

void TestPacts::templates() {
    const auto templates = m_service->repository().templates();
    QVERIFY(templates);
    QCOMPARE(templates->size(), 1);
    const PactTemplate builtIn = templates->first();
    QVERIFY(builtIn.builtIn);
    QCOMPARE(builtIn.title, QStringLiteral("楼栋卫生公约"));
    QCOMPARE(builtIn.clauses.size(), 8);
    QVERIFY(PactText::check(builtIn.clauses));

    PactTemplate changed = builtIn;
    changed.clauses << QStringLiteral("新增条款");
    QVERIFY(!m_service->saveTemplate(changed)); // the built-in one stays as written
    PactTemplate own = builtIn;
    own.id = {};
    own.builtIn = false;
    own.name = QStringLiteral("明珠花园版");
    own.clauses << QStringLiteral("电动车一律停放在小区集中充电棚。") << QStringLiteral("  ");
    QVERIFY(!m_service->saveTemplate({{}, own.name, own.title, {QStringLiteral("{楼号}")}, false}));
    // The title's placeholders are checked as the clauses' are.
    const auto unknownInTitle = m_service->saveTemplate(
        {{}, own.name, QStringLiteral("{小区}{楼栋}{物业}卫生公约"), own.clauses, false});
    QVERIFY(!unknownInTitle);
    QCOMPARE(unknownInTitle.error(),
             QStringLiteral("The title has an unknown placeholder {物业}; the known ones are "
                            "{社区} {小区} {楼栋} {邻长} {日期}."));
    const auto saved = m_service->saveTemplate(own);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(m_service->repository().pactTemplate(*saved)->clauses.size(), 9);
    QVERIFY(!m_service->removeTemplate(builtIn.id));
    QVERIFY(m_service->removeTemplate(*saved));
    QCOMPARE(m_service->repository().templates()->size(), 1);
}

// A version's words are filled when it is adopted and kept: a new neighbour head or a vacancy
// later neither rewrites it nor stops it from showing and printing.
void TestPacts::aVersionKeepsTheWordsItWasAdoptedWith() {
    Pact draft;
    draft.buildingId = m_f->building;
    draft.title = QStringLiteral("{小区}{楼栋}卫生公约");
    draft.clauses = {QStringLiteral("未达标的事项，由邻长{邻长}提醒相关住户限期整改。"),
                     QStringLiteral("本公约自{日期}起施行，由{社区}居民委员会指导监督。")};
    draft.adoptedOn = QDate(2025, 3, 1);
    const auto adopted = m_service->adopt(draft);
    QVERIFY2(adopted, qPrintable(adopted.error()));
    const QStringList words = {QStringLiteral("未达标的事项，由邻长李明提醒相关住户限期整改。"),
                               QStringLiteral("本公约自2025年3月1日起施行，由红旗社区居民委员会"
                                              "指导监督。")};
    QCOMPARE(adopted->title, QStringLiteral("明珠花园3栋卫生公约"));
    QCOMPARE(adopted->clauses, words);

    // 李明's term ends; 王芳 takes over.
    const NeighbourHead li =
        m_f->registry.people().neighbourHeads(m_f->building, QDate(2025, 3, 1))->first();
    QVERIFY(m_f->registry.endNeighbourHeadTerm(li, QDate(2025, 3, 20)));
    const HouseholdId home = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("202"));
    const ResidentId wang = *m_f->registry.addResident(
        m_f->resident(home, QStringLiteral("王芳"), Gender::Female, Relation::Head));
    NeighbourHead next;
    next.residentId = wang;
    next.termStart = QDate(2025, 3, 21);
    next.buildings = {m_f->building};
    QVERIFY(m_f->registry.addNeighbourHead(next));
    auto sheet = m_service->sheet(m_f->building);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->clauses, words);
    QCOMPARE(sheet->pact.title, QStringLiteral("明珠花园3栋卫生公约"));
    QCOMPARE(sheet->neighbourHeads, QStringList{QStringLiteral("王芳")}); // who reminds today

    // A vacancy: the pact in force still shows, prints alone and with its compound.
    const NeighbourHead wangHead =
        m_f->registry.people().neighbourHeads(m_f->building, QDate(2025, 3, 27))->first();
    QVERIFY(m_f->registry.endNeighbourHeadTerm(wangHead, QDate(2025, 3, 26)));
    QVERIFY(m_f->registry.people().neighbourHeads(m_f->building, QDate(2025, 3, 27))->isEmpty());
    sheet = m_service->sheet(m_f->building);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->clauses, words);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pact.pdf"));
    QVERIFY(PrintedDocument::writePdf(*PactDocuments::pact(*sheet), pdf, QStringLiteral("公约")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("由邻长李明提醒相关住户限期整改")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("明珠花园3栋卫生公约")), qPrintable(text));
    QStringList without;
    const auto sheets = m_service->compoundSheets(m_f->compound, &without);
    QVERIFY2(sheets, qPrintable(sheets.error()));
    QCOMPARE(sheets->size(), 1);
    QVERIFY(without.isEmpty());

    // A new version adopted during the vacancy cannot name a head; one that names none can.
    draft.adoptedOn = QDate(2025, 3, 27);
    const auto vacant = m_service->adopt(draft);
    QVERIFY(!vacant);
    QVERIFY2(vacant.error().contains(QStringLiteral("has none")), qPrintable(vacant.error()));
    draft.clauses = {QStringLiteral("未达标的事项，由楼栋自治小组提醒。")};
    QVERIFY(m_service->adopt(draft));
    QCOMPARE((*m_service->repository().currentPact(m_f->building))->version, 2);
    QCOMPARE(m_service->repository().pact(adopted->id)->clauses, words); // version 1 as adopted
}

// Two desks with the same building before them: the second to adopt a first pact, or to record
// the same household signed, is told who did first; the first's pact and signing day stay.
void TestPacts::twoDesksAdoptAndSignTheSamePact() {
    const auto otherDesk = m_f->anotherDesk();
    QVERIFY(otherDesk);
    CoGovernanceService other(*otherDesk);
    Pact draft = pactOf(m_f->building, QStringLiteral("卫生公约"),
                        {QStringLiteral("楼道不堆放杂物。")}, QDate(2025, 3, 1));
    draft.version = 1; // both desks saw no pact
    const auto theirs = other.adopt(draft);
    QVERIFY2(theirs, qPrintable(theirs.error()));
    draft.title = QStringLiteral("甲台的公约");
    const auto mine = m_service->adopt(draft);
    QVERIFY(!mine);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(mine.status()), qPrintable(mine.error()));
    QCOMPARE((*m_service->repository().currentPact(m_f->building))->title,
             QStringLiteral("卫生公约"));

    QVERIFY(other.sign(theirs->id, {m_households.first()}, QDate(2025, 3, 3)));
    const Status twice = m_service->sign(theirs->id, {m_households.first()}, QDate(2025, 3, 1));
    QVERIFY(!twice);
    QVERIFY2(test::RegistryFixture::namesAnotherDesk(twice), qPrintable(twice.error()));
    QCOMPARE(m_service->repository().households(m_f->building, theirs->id)->first().signedOn,
             QDate(2025, 3, 3));
    QVERIFY(other.unsign(theirs->id, {m_households.first()}));
    QVERIFY(!m_service->unsign(theirs->id, {m_households.first()}));
}

void TestPacts::adoptsVersionsAndSigns() {
    const PactTemplate builtIn = m_service->repository().templates()->first();
    QVERIFY(!m_service->repository().currentPact(m_f->building)->has_value());
    Pact draft;
    draft.buildingId = m_f->building;
    draft.title = builtIn.title;
    draft.clauses = builtIn.clauses;
    draft.templateId = builtIn.id;
    draft.adoptedOn = QDate(2025, 3, 28);
    QVERIFY(!m_service->adopt(draft)); // not yet
    draft.adoptedOn = QDate(2025, 3, 1);
    const auto first = m_service->adopt(draft);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->version, 1);
    draft.clauses << QStringLiteral("楼顶平台不晾晒被褥以外的杂物。");
    draft.adoptedOn = QDate(2025, 3, 10);
    const auto second = m_service->adopt(draft);
    QCOMPARE(second->version, 2);
    const auto current = m_service->repository().currentPact(m_f->building);
    QCOMPARE((*current)->version, 2);
    QCOMPARE((*current)->clauses.size(), 9);
    QCOMPARE((*current)->adoptedOn, QDate(2025, 3, 10));

    // 101 signs; a flat added later has not; when the signer moves out, 101 has not either.
    const HouseholdId later = *m_f->registry.addHousehold(m_f->unit, QStringLiteral("102"));
    QVERIFY(!m_service->sign(second->id, {later}, QDate(2025, 3, 20))); // nobody lives there
    // All of a batch sign, or none: 101 is not recorded when the empty flat refuses.
    QVERIFY(!m_service->sign(second->id, {m_households.first(), later}, QDate(2025, 3, 20)));
    QVERIFY(
        !m_service->repository().households(m_f->building, second->id)->first().signedOn.isValid());
    QVERIFY(!m_service->sign(second->id, {m_households.first()}, QDate(2025, 3, 9)));
    QVERIFY(m_service->sign(second->id, {m_households.first()}, QDate(2025, 3, 20)));
    auto households = m_service->repository().households(m_f->building, second->id);
    QCOMPARE(households->size(), 2);
    QCOMPARE(households->at(0).signedOn, QDate(2025, 3, 20));
    QCOMPARE(households->at(0).signer, QStringLiteral("李明"));
    QVERIFY(!households->at(1).signedOn.isValid());
    const ResidentId newcomer = *m_f->registry.addResident(
        m_f->resident(later, QStringLiteral("王芳"), Gender::Female, Relation::Head));
    QVERIFY(newcomer.isValid());
    QVERIFY(m_f->registry.moveOut(m_headOfLi, QDate(2025, 3, 25)));
    households = m_service->repository().households(m_f->building, second->id);
    QVERIFY(!households->at(0).signedOn.isValid());
    QVERIFY(!households->at(1).signedOn.isValid());
    QCOMPARE(households->at(1).head, QStringLiteral("王芳"));
    QVERIFY(m_service->unsign(second->id, {m_households.first()}));
}

// A rota that runs from December into January: each week's dates carry their year, or 12月29日
// —1月4日 would read as going backwards. One within a year says its year once.
void TestPacts::aRotaIntoTheNewYearDatesItsWeeks() {
    fillBuilding(3);
    const PactTemplate builtIn = m_service->repository().templates()->first();
    const auto adopted = m_service->adopt(
        pactOf(m_f->building, builtIn.title, builtIn.clauses, QDate(2025, 3, 1), builtIn.id));
    QVERIFY2(adopted, qPrintable(adopted.error()));
    const auto printed = [this]() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("rota.pdf"));
        const auto sheet = m_service->sheet(m_f->building);
        if (!sheet ||
            !PrintedDocument::writePdf(*PactDocuments::pact(*sheet), pdf, QStringLiteral("公约")))
            return QString();
        return test::squeezed(test::pdfText(pdf));
    };
    QVERIFY(m_service->setRota(adopted->id, RotaMode::ByFloor, QDate(2025, 12, 15)));
    QString text = printed();
    QVERIFY2(text.contains(QStringLiteral("2025年12月29日—2026年1月4日")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2025年12月15日—2025年12月21日")), qPrintable(text));
    QVERIFY(m_service->setRota(adopted->id, RotaMode::ByFloor, QDate(2025, 3, 3)));
    text = printed();
    QVERIFY2(text.contains(QStringLiteral("表中日期均为2025年。")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3月3日—3月9日")), qPrintable(text));
}

// A desk that shows version 1 while another desk adopts version 2: ticking a household there
// would record a signature no page or printed sheet shows any more. Refused, naming who adopted
// the version in force; version 2 is signed as usual.
void TestPacts::aDeskShowingAReplacedVersionRecordsNothingOnIt() {
    const auto otherDesk = m_f->anotherDesk();
    QVERIFY(otherDesk);
    CoGovernanceService other(*otherDesk);
    const auto first =
        m_service->adopt(pactOf(m_f->building, QStringLiteral("卫生公约"),
                                {QStringLiteral("楼道不堆放杂物。")}, QDate(2025, 3, 1)));
    QVERIFY2(first, qPrintable(first.error()));
    Pact revised = *first;
    revised.id = {};
    revised.version = 2;
    revised.clauses << QStringLiteral("垃圾袋装，定点投放。");
    const auto second = other.adopt(revised);
    QVERIFY2(second, qPrintable(second.error()));

    const HouseholdId home = m_households.first();
    for (const Status &refused :
         {m_service->sign(first->id, {home}, QDate(2025, 3, 5)),
          m_service->unsign(first->id, {home}),
          m_service->setRota(first->id, RotaMode::ByHousehold, QDate(2025, 3, 3))}) {
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QStringLiteral("乙台 adopted version 2 of this pact")),
                 qPrintable(refused.error()));
    }
    QVERIFY(
        !m_service->repository().households(m_f->building, first->id)->first().signedOn.isValid());
    QCOMPARE(m_service->repository().pact(first->id)->rota, RotaMode::None);

    QVERIFY(m_service->sign(second->id, {home}, QDate(2025, 3, 5)));
    QCOMPARE(m_service->repository().households(m_f->building, second->id)->first().signedOn,
             QDate(2025, 3, 5));
}

void TestPacts::pactPrintsEveryHousehold() {
    fillBuilding(2);
    const PactTemplate builtIn = m_service->repository().templates()->first();
    const auto adopted = m_service->adopt(
        pactOf(m_f->building, builtIn.title, builtIn.clauses, QDate(2025, 3, 1), builtIn.id));
    QVERIFY2(adopted, qPrintable(adopted.error()));
    QVERIFY(m_service->sign(adopted->id, {m_households.first()}, QDate(2025, 3, 2)));
    QVERIFY(m_service->setRota(adopted->id, RotaMode::ByFloor, QDate(2025, 3, 5)));
    const auto sheet = m_service->sheet(m_f->building);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->households.size(), 12);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pact.pdf"));
    QVERIFY(PrintedDocument::writePdf(*PactDocuments::pact(*sheet), pdf, QStringLiteral("公约")));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    QVERIFY2(test::pdfHas(text, QStringLiteral("红旗社区居民委员会")), qPrintable(text));
    QVERIFY(test::pdfHas(text, QStringLiteral("楼栋卫生公约")));
    QVERIFY(test::pdfHas(text, QStringLiteral("明珠花园3栋第1版2025年3月1日通过")));
    for (const QString &clause : sheet->clauses)
        QVERIFY2(test::pdfHas(text, clause), qPrintable(clause));
    QVERIFY(test::pdfHas(text, QStringLiteral("由邻长李明提醒")));
    QVERIFY(test::pdfHas(text, QStringLiteral("楼栋自治小组：李明（组长）")));
    for (const PactHousehold &h : sheet->households)
        QVERIFY2(test::pdfHas(text, h.unit + h.room + h.head), qPrintable(h.unit + h.room));
    QVERIFY(test::pdfHas(text, QStringLiteral("已签（李明）2025年3月2日")));
    // The rota by floor: two floors, a week each from the Monday of the start.
    QVERIFY(test::pdfHas(text, QStringLiteral("楼道卫生值日表")));
    QVERIFY(test::pdfHas(text, QStringLiteral("13月3日—3月9日1层")));
    QVERIFY(test::pdfHas(text, QStringLiteral("23月10日—3月16日2层")));
}

void TestPacts::longBuildingRunsOverPagesWithHeaderAndCount() {
    fillBuilding(20); // 120 households
    const PactTemplate builtIn = m_service->repository().templates()->first();
    QVERIFY(m_service->adopt(
        pactOf(m_f->building, builtIn.title, builtIn.clauses, QDate(2025, 3, 1), builtIn.id)));
    const auto sheet = m_service->sheet(m_f->building);
    QCOMPARE(sheet->households.size(), 120);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(PrintedDocument::writePdf(*PactDocuments::pact(*sheet), pdf, QStringLiteral("公约")));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QStringList texts = test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(test::misreadCharacters(texts.join(QString())).isEmpty(),
             qPrintable(test::misreadCharacters(texts.join(QString()))));
    QCOMPARE(texts.size(), pages);
    for (int page = 0; page < pages; ++page) {
        const QString text = test::squeezed(texts.at(page));
        QVERIFY2(test::pdfHas(text, QStringLiteral("第%1页共%2页").arg(page + 1).arg(pages)),
                 qPrintable(text));
        // The table's header row heads every page the table runs over.
        if (page > 0)
            QVERIFY2(test::pdfHas(text, QStringLiteral("序号单元房号户主签名日期")),
                     qPrintable(text));
    }
    const QString all = test::squeezed(test::pdfText(pdf));
    QVERIFY2(test::misreadCharacters(all).isEmpty(), qPrintable(test::misreadCharacters(all)));
    QVERIFY(test::pdfHas(all, QStringLiteral("1203住户")));
    QVERIFY(test::pdfHas(all, QStringLiteral("3单元2003住户")));
}

// Whatever the number of households, the sign-off (the group's name and the date) is printed
// together: never the date alone at the top of a last page.
void TestPacts::theSignOffStaysTogether() {
    PactSheet sheet;
    sheet.community = QStringLiteral("红旗社区");
    sheet.compound = QStringLiteral("明珠花园");
    sheet.building = QStringLiteral("3栋");
    sheet.pact.title = QStringLiteral("楼栋卫生公约");
    sheet.pact.version = 1;
    sheet.pact.adoptedOn = QDate(2025, 3, 1);
    sheet.clauses = {QStringLiteral("楼道不堆放杂物。"), QStringLiteral("垃圾袋装，定点投放。")};
    QTemporaryDir dir;
    for (int households = 60; households <= 84; ++households) {
        sheet.households.clear();
        for (int i = 0; i < households; ++i)
            sheet.households << PactHousehold{{},
                                              QStringLiteral("1单元"),
                                              QString::number(101 + i),
                                              QStringLiteral("住户"),
                                              {},
                                              {},
                                              {}};
        const QString pdf = dir.filePath(QStringLiteral("pact-%1.pdf").arg(households));
        QVERIFY(
            PrintedDocument::writePdf(*PactDocuments::pact(sheet), pdf, QStringLiteral("公约")));
        const QStringList pages = test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
        const auto onPage = [&pages](const QString &text) {
            for (qsizetype page = 0; page < pages.size(); ++page)
                if (test::squeezed(pages.at(page)).contains(text))
                    return page;
            return qsizetype(-1);
        };
        const qsizetype group = onPage(QStringLiteral("明珠花园3栋楼栋自治小组"));
        const qsizetype date = onPage(QStringLiteral("楼栋自治小组2025年3月1日"));
        QVERIFY2(group >= 0 && date == group,
                 qPrintable(QStringLiteral("%1 households: the group on page %2, with its date "
                                           "on page %3")
                                .arg(households)
                                .arg(group + 1)
                                .arg(date + 1)));
    }
}

// The signature table runs over three pages: on each page it ends in a border under its last
// row, as a ruled form on paper does, with no column lines running on below. Seen in the
// pages as printed (pdftoppm).
void TestPacts::aTableRunningOverPagesIsClosedOnEachPage() {
    fillBuilding(20);
    const PactTemplate builtIn = m_service->repository().templates()->first();
    QVERIFY(m_service->adopt(
        pactOf(m_f->building, builtIn.title, builtIn.clauses, QDate(2025, 3, 1), builtIn.id)));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(PrintedDocument::writePdf(*PactDocuments::pact(*m_service->sheet(m_f->building)), pdf,
                                      QStringLiteral("公约")));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("75"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"),
                  QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("page"))});
    QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
    for (const char *name : {"page-1.png", "page-2.png"}) {
        const QImage page(dir.filePath(QLatin1String(name)));
        QVERIFY2(!page.isNull(), name);
        const auto ink = [&page](int x, int y) { return qGray(page.pixel(x, y)) < 235; };
        // The table's left border: the first ink from the left, low on the page (the clauses
        // fill the top of the first).
        const int middle = page.height() * 85 / 100;
        int left = 0;
        while (left < page.width() / 4 && !ink(left, middle))
            ++left;
        QVERIFY2(left < page.width() / 4, name);
        // Where that border stops, above the footer band.
        int end = middle;
        while (end + 1 < page.height() * 95 / 100 && ink(left, end + 1))
            ++end;
        // There a border runs across the table.
        int across = 0;
        for (int x = left; x < page.width() - left; ++x)
            across += ink(x, end - 1) || ink(x, end) || ink(x, end + 1) ? 1 : 0;
        QVERIFY2(across > (page.width() - 2 * left) * 9 / 10,
                 qPrintable(QStringLiteral("%1: the column border stops at y %2 with %3 of %4 "
                                           "pixels ruled across")
                                .arg(QLatin1String(name))
                                .arg(end)
                                .arg(across)
                                .arg(page.width() - 2 * left)));
    }
}

void TestPacts::compoundPrintsEachBuildingOnItsOwn() {
    fillBuilding(1);
    const BuildingId second =
        *m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("5栋"), {}});
    const UnitId unit = *m_f->registry.addUnit({{}, second, QStringLiteral("1单元")});
    const HouseholdId h = *m_f->registry.addHousehold(unit, QStringLiteral("501"));
    QVERIFY(m_f->registry.addResident(
        m_f->resident(h, QStringLiteral("赵强"), Gender::Male, Relation::Head)));
    QVERIFY(m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("7栋"), {}}));
    const PactTemplate builtIn = m_service->repository().templates()->first();
    // 5栋 and 7栋 have no neighbour head, which the default pact names: refused, all or none.
    const auto refused = m_service->adoptForCompound(m_f->compound, builtIn.id, QDate(2025, 3, 1));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("5栋")), qPrintable(refused.error()));
    QVERIFY(!m_service->repository().currentPact(m_f->building)->has_value());
    PactTemplate plain = builtIn;
    plain.id = {};
    plain.name = QStringLiteral("无邻长版");
    plain.clauses = {QStringLiteral("{楼栋}楼道不堆放杂物。"), QStringLiteral("自{日期}起施行。")};
    const PactTemplateId plainId = *m_service->saveTemplate(plain);
    QVERIFY(m_service->adopt(
        pactOf(m_f->building, builtIn.title, builtIn.clauses, QDate(2025, 3, 1), builtIn.id)));
    const auto adopted = m_service->adoptForCompound(m_f->compound, plainId, QDate(2025, 3, 2));
    QVERIFY2(adopted, qPrintable(adopted.error()));
    QCOMPARE(*adopted, 2); // 5栋 and 7栋; 3栋 keeps its own

    QStringList without;
    const auto sheets = m_service->compoundSheets(m_f->compound, &without);
    QVERIFY2(sheets, qPrintable(sheets.error()));
    QCOMPARE(sheets->size(), 3);
    QVERIFY(without.isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("compound.pdf"));
    QVERIFY(
        PrintedDocument::writePdf(*PactDocuments::compound(*sheets), pdf, QStringLiteral("公约")));
    const QStringList pages = test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(test::misreadCharacters(pages.join(QString())).isEmpty(),
             qPrintable(test::misreadCharacters(pages.join(QString()))));
    QCOMPARE(pages.size(), 3); // one page each: each building from a new page
    QVERIFY(test::pdfHas(test::squeezed(pages.at(0)), QStringLiteral("明珠花园3栋第1版")));
    QVERIFY(test::pdfHas(test::squeezed(pages.at(1)), QStringLiteral("5栋楼道不堆放杂物")));
    QVERIFY(test::pdfHas(test::squeezed(pages.at(1)), QStringLiteral("1单元501赵强")));
    QVERIFY(test::pdfHas(test::squeezed(pages.at(2)), QStringLiteral("明珠花园7栋第1版")));
    // Single-page buildings carry no page count.
    QVERIFY(!test::squeezed(pages.at(1)).contains(QStringLiteral("共")));
}

void TestPacts::rota_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("weeks");
    QTest::newRow("by floor") << int(RotaMode::ByFloor) << QStringList{QStringLiteral("值日楼层")}
                              << QStringList{QStringLiteral("2025-03-03:1层"),
                                             QStringLiteral("2025-03-10:2层"),
                                             QStringLiteral("2025-03-17:12层")};
    QTest::newRow("by household, units side by side")
        << int(RotaMode::ByHousehold)
        << QStringList{QStringLiteral("1单元"), QStringLiteral("2单元")}
        << QStringList{QStringLiteral("2025-03-03:101,201"), QStringLiteral("2025-03-10:102,1201"),
                       QStringLiteral("2025-03-17:202,")};
    QTest::newRow("none") << int(RotaMode::None) << QStringList() << QStringList();
}

void TestPacts::rota() {
    QFETCH(int, mode);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, weeks);
    auto household = [](const char *unit, const char *room) {
        PactHousehold h;
        h.unit = QString::fromUtf8(unit);
        h.room = QString::fromUtf8(room);
        return h;
    };
    const QList<PactHousehold> households = {household("1单元", "101"), household("1单元", "102"),
                                             household("1单元", "202"), household("2单元", "201"),
                                             household("2单元", "1201")};
    // Wednesday 5 March: the rota starts on that week's Monday.
    const CleaningRota rota = CleaningRota::make(households, RotaMode(mode), QDate(2025, 3, 5));
    QCOMPARE(rota.columns, columns);
    QStringList got;
    for (const CleaningRota::Week &week : rota.weeks)
        got << week.monday.toString(Qt::ISODate) + u':' + week.onDuty.join(u',');
    QCOMPARE(got, weeks);
    QCOMPARE(CleaningRota::floorOf(QStringLiteral("1201")), 12);
    QCOMPARE(CleaningRota::floorOf(QStringLiteral("A座")), 0);
}

void TestPacts::inspectionsAndWhatIsDue() {
    const BuildingId second =
        *m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("5栋"), {}});
    const BuildingId third =
        *m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("7栋"), {}});
    QVERIFY(m_f->registry.addBuilding({{}, m_f->compound, QStringLiteral("9栋"), {}}));
    const QStringList clauses = {QStringLiteral("楼道不堆放杂物。")};
    for (const BuildingId b : {m_f->building, second, third})
        QVERIFY(m_service->adopt(
            pactOf(b, QStringLiteral("楼栋卫生公约"), clauses, QDate(2024, 12, 1))));
    Inspection failing;
    failing.buildingId = m_f->building;
    failing.inspectedOn = QDate(2025, 3, 20);
    failing.inspectors = QStringLiteral("李明、周敏");
    failing.noClutter = false;
    failing.notes = QStringLiteral("2单元三楼堆放纸箱");
    QVERIFY(!m_service->inspect(failing)); // no deadline for the failure
    failing.rectifyBy = QDate(2025, 3, 27);
    QVERIFY(m_service->inspect(failing));
    Inspection recent = inspectionOf(second, QDate(2025, 3, 15), QStringLiteral("李明"));
    QVERIFY(m_service->inspect(recent));
    Inspection old = inspectionOf(third, QDate(2024, 12, 20), QStringLiteral("李明"));
    QVERIFY(m_service->inspect(old));
    Inspection future = inspectionOf(third, QDate(2025, 3, 28), QStringLiteral("李明"));
    QVERIFY(!m_service->inspect(future));
    Inspection nobody = inspectionOf(third, QDate(2025, 3, 1), QStringLiteral("  "));
    QVERIFY(!m_service->inspect(nobody));

    // With the clock at 2025-03-27: not inspected for 60 days, or failed. 9栋 has no pact.
    const QDate cutoff = m_f->db.clock().today().addDays(-60);
    const auto due = m_service->repository().inspectionsDue(cutoff);
    QVERIFY(due);
    QStringList got;
    for (const InspectionDue &d : *due)
        got << d.building + (d.lastFailed ? QStringLiteral(":failed") : QStringLiteral(":old"));
    QCOMPARE(got, (QStringList{QStringLiteral("7栋:old"), QStringLiteral("3栋:failed")}));
    QCOMPARE(due->at(1).rectifyBy, QDate(2025, 3, 27));
    QCOMPARE(m_service->repository().inspections(m_f->building)->first().notes,
             QStringLiteral("2单元三楼堆放纸箱"));

    // The overview: every building, with its pact, signatures and last inspection.
    const auto overview = m_service->repository().overview();
    QVERIFY(overview);
    QCOMPARE(overview->size(), 4);
    QCOMPARE(overview->at(0).building, QStringLiteral("3栋"));
    QCOMPARE(overview->at(0).version, 1);
    QCOMPARE(overview->at(0).households, 1);
    QVERIFY(!overview->at(0).lastPassed);
    QCOMPARE(overview->at(1).building, QStringLiteral("5栋"));
    QVERIFY(overview->at(1).lastPassed);
    QCOMPARE(overview->at(3).building, QStringLiteral("9栋"));
    QCOMPARE(overview->at(3).version, 0);
    QVERIFY(!overview->at(3).lastInspectedOn.isValid());
}

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPacts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pacts.moc"
