#include "demo/demowriter.h"

#include "registry/idnumber.h"
#include "registry/places.h"
#include "registry/registrycodes.h"
#include "registry/residentrepository.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QStringList>

namespace linli {

namespace {

// The reference community of domain.md and its neighbours; names only, all data invented.
struct CompoundSeed {
    const char16_t *name;
    const char *kind;
    int buildings;
};
constexpr CompoundSeed kReferenceCompounds[] = {
    {u"明珠花园", "old", 6},
    {u"检察院小区", "old", 4},
    {u"地勘佳苑81号小区", "old", 5},
    {u"商贸城", "scattered", 3},
    {u"红旗新村", "old", 6},
    {u"建设里小区", "old", 5},
    {u"电机厂宿舍", "work_unit", 5},
    {u"湘钢家属区", "work_unit", 6},
    {u"宝塔安置小区", "resettlement", 5},
    {u"滨江安置区", "resettlement", 4},
    {u"金域华府", "new_built", 5},
    {u"春天花园", "new_built", 4},
    {u"和平巷零散楼栋", "scattered", 2},
};

constexpr const char16_t *kCommunityNames[] = {
    u"红旗社区", u"东风社区", u"建设社区", u"和平社区", u"光明社区", u"长城社区", u"团结社区",
    u"幸福社区", u"湖光社区", u"宝塔社区", u"胜利社区", u"新华社区", u"朝阳社区", u"友谊社区",
    u"华新社区", u"先锋社区", u"滨江社区", u"书院社区", u"荷塘社区", u"双拥社区",
};

constexpr const char16_t *kCompoundStems[] = {
    u"翠苑", u"锦园", u"嘉园", u"雅居", u"福苑", u"康城", u"馨园", u"丽景", u"名都", u"华庭",
    u"绿洲", u"怡园", u"枫林", u"桂苑", u"荷风", u"湘江", u"金桥", u"银杏", u"学府", u"阳光",
};
constexpr const char *kCompoundKinds[] = {"old",          "old",       "new_built",
                                          "resettlement", "work_unit", "scattered"};

const QString kSurnames = QStringLiteral(
    "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
    "袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史"
    "陶黎贺顾毛龚邵万严覃戴孔向汤单解欧阳");
const QString kMaleChars =
    QStringLiteral("伟强军磊勇杰涛斌辉刚明建国华平志宏峰波鹏超俊文浩宇轩然博晨阳海龙东林成德顺");
const QString kFemaleChars =
    QStringLiteral("芳娜敏静丽艳娟霞秀英华玲红梅琳燕兰萍雪琴慧颖婷欣怡佳雨涵晴月桂珍凤小明");
constexpr const char *kRegionCodes[] = {"430304", "430304", "430304", "430302", "430321", "430381"};
constexpr const char *kMobilePrefixes[] = {"130", "131", "133", "135", "136", "138", "139",
                                           "150", "151", "152", "158", "159", "176", "177",
                                           "180", "181", "186", "187", "189", "199"};

const QString kInsertCommunity =
    QStringLiteral("INSERT INTO communities (name, subdistrict, district)"
                   " VALUES (:name, :subdistrict, :district) RETURNING id");
const QString kInsertStaff =
    QStringLiteral("INSERT INTO staff (community_id, name, role, mobile)"
                   " VALUES (:community, :name, :role, :mobile) RETURNING id");
const QString kInsertGrid = QStringLiteral("INSERT INTO grids (community_id, name, worker_id)"
                                           " VALUES (:community, :name, :worker) RETURNING id");
const QString kInsertCompound = QStringLiteral("INSERT INTO compounds (community_id, name, kind)"
                                               " VALUES (:community, :name, :kind) RETURNING id");
const QString kInsertBuilding = QStringLiteral("INSERT INTO buildings (compound_id, name, grid_id)"
                                               " VALUES (:compound, :name, :grid) RETURNING id");
const QString kInsertUnit =
    QStringLiteral("INSERT INTO units (building_id, name) VALUES (:building, :name) RETURNING id");
const QString kInsertHousehold = QStringLiteral("INSERT INTO households (unit_id, room, address)"
                                                " VALUES (:unit, :room, :address) RETURNING id");
const QString kInsertHead =
    QStringLiteral("INSERT INTO neighbour_heads (resident_id, term_start, term_end)"
                   " VALUES (:resident, :term_start, NULL) RETURNING id");
const QString kInsertHeadBuilding =
    QStringLiteral("INSERT INTO neighbour_head_buildings (neighbour_head_id, building_id)"
                   " VALUES (:head, :building)");
const QString kInsertGroup =
    QStringLiteral("INSERT INTO group_members (building_id, resident_id, role)"
                   " VALUES (:building, :resident, :role)");
// The demo's history: when each household and resident was registered, and by whom, so that
// household files are not empty. Written straight, with invented dates in the past.
const QString kInsertAudit =
    QStringLiteral("INSERT INTO audit_log (at, operator, entity, entity_id, action, changes)"
                   " VALUES (:at, :operator, :entity, :entity_id, :action, :changes)");
const QString kUpsertSetting =
    QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value");

} // namespace

DemoWriter::DemoWriter(const WriteContext &context, DemoGenerator::Scale scale, QDate today)
    : m_context(context)
    , m_scale(scale)
    , m_today(today) {
    m_insertAudit = kInsertAudit;
    m_insertCompound = kInsertCompound;
    m_insertBuilding = kInsertBuilding;
    m_insertUnit = kInsertUnit;
    m_insertHousehold = kInsertHousehold;
    m_insertHead = kInsertHead;
    m_insertHeadBuilding = kInsertHeadBuilding;
    m_insertGroup = kInsertGroup;
}

QString DemoWriter::randomSurname() {
    const int pick = below(int(kSurnames.size()) + 2);
    if (pick >= kSurnames.size() - 2)
        return QStringLiteral("欧阳");
    return kSurnames.mid(pick, 1);
}

QString DemoWriter::randomName(bool male, const QString &surname) {
    const QString &pool = male ? kMaleChars : kFemaleChars;
    QString name = surname + pool.at(below(int(pool.size())));
    if (below(10) < 7)
        name += pool.at(below(int(pool.size())));
    return name;
}

QString DemoWriter::nextIdNumber(QDate birth, bool male) {
    for (;;) {
        const QString region = QLatin1String(kRegionCodes[below(std::size(kRegionCodes))]);
        const int sequence = below(500) * 2 + (male ? 1 : 0);
        const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const QString number = first17 + IdNumber::checkCharacter(first17);
        if (!m_usedIds.contains(number)) {
            m_usedIds.insert(number);
            return number;
        }
    }
}

QString DemoWriter::nextMobile() {
    return QLatin1String(kMobilePrefixes[below(std::size(kMobilePrefixes))]) +
           QStringLiteral("%1").arg(next() % 100000000u, 8, 10, QLatin1Char('0'));
}

Result<DemoGenerator::Summary> DemoWriter::run() {
    const int communities = m_scale == DemoGenerator::Scale::District ? 60
                            : m_scale == DemoGenerator::Scale::Street ? 20
                                                                      : 1;
    for (int i = 0; i < communities; ++i) {
        if (Status done = writeCommunity(i); !done)
            return done;
    }
    const QList<std::pair<QString, QString>> settings = {
        {QStringLiteral("office.community"), QStringLiteral("红旗社区居民委员会")},
        {QStringLiteral("office.subdistrict"), QStringLiteral("宝塔街道")},
        {QStringLiteral("office.district"), QStringLiteral("湘潭市岳塘区")},
        {QStringLiteral("office.phone"), QStringLiteral("0731-5555 0101")},
        {QStringLiteral("office.seal_text"),
         QStringLiteral("湘潭市岳塘区宝塔街道红旗社区居民委员会")},
        {QStringLiteral("database.demo"), QStringLiteral("1")},
        {QStringLiteral("mediation.number_prefix"), QStringLiteral("红调字")},
    };
    for (const auto &[key, value] : settings) {
        if (auto done = m_context.run(kUpsertSetting, {{"key", key}, {"value", value}}); !done)
            return done.status();
    }
    return m_summary;
}

Status DemoWriter::writeCommunity(int index) {
    const bool street = m_scale != DemoGenerator::Scale::Community;
    // Past the first twenty (three sub-districts): 红旗二社区 of 东坪街道, 红旗三社区 of
    // 书院路街道.
    static const QStringList subdistricts = {QStringLiteral("宝塔街道"), QStringLiteral("东坪街道"),
                                             QStringLiteral("书院路街道")};
    static const QStringList ordinals = {QString(), QStringLiteral("二"), QStringLiteral("三")};
    const int count = int(std::size(kCommunityNames));
    QString name = QString::fromUtf16(kCommunityNames[index % count]);
    name.insert(name.size() - 2, ordinals.value(index / count));
    auto community =
        m_context.insert(kInsertCommunity, {{"name", name},
                                            {"subdistrict", subdistricts.value(index / count)},
                                            {"district", QStringLiteral("岳塘区")}});
    if (!community)
        return community.status();
    ++m_summary.communities;

    // Staff: the secretary, the director, cadres, duty staff, then one grid worker per grid.
    const int gridCount = street ? 5 : 6;
    QList<qint64> workers;
    for (int s = 0; s < 4 + gridCount; ++s) {
        const bool male = below(2) == 0;
        const QString role = s < 2   ? QStringLiteral("cadre")
                             : s < 4 ? QStringLiteral("duty")
                                     : QStringLiteral("grid_worker");
        const QString staffName = randomName(male, randomSurname());
        auto staff = m_context.insert(kInsertStaff, {{"community", *community},
                                                     {"name", staffName},
                                                     {"role", role},
                                                     {"mobile", nextMobile()}});
        if (!staff)
            return staff.status();
        if (s == 2)
            m_dutyStaff = staffName;
        if (s >= 4)
            workers << *staff;
    }
    QList<qint64> grids;
    for (int g = 0; g < gridCount; ++g) {
        auto grid = m_context.insert(kInsertGrid, {{"community", *community},
                                                   {"name", QStringLiteral("第%1网格").arg(g + 1)},
                                                   {"worker", workers.at(g)}});
        if (!grid)
            return grid.status();
        grids << *grid;
    }

    if (!street || index == 0) {
        for (const CompoundSeed &seed : kReferenceCompounds) {
            if (Status done =
                    writeCompound(*community, QString::fromUtf16(seed.name),
                                  QLatin1String(seed.kind), street ? 5 : seed.buildings, grids);
                !done)
                return done;
        }
    }
    if (street) {
        const int already = index == 0 ? int(std::size(kReferenceCompounds)) : 0;
        for (int c = already; c < 20; ++c) {
            const QString compound = QString::fromUtf16(kCompoundStems[(c + index) % 20]) +
                                     (c % 2 == 0 ? QStringLiteral("小区") : QStringLiteral("花园"));
            if (Status done = writeCompound(
                    *community, compound, QLatin1String(kCompoundKinds[(c + index) % 6]), 5, grids);
                !done)
                return done;
        }
    }
    return m_context.audit(QStringLiteral("community"), *community, WriteContext::Action::Create,
                           {{QStringLiteral("name"), name}, {QStringLiteral("demo"), true}});
}

Status DemoWriter::writeCompound(qint64 communityId, const QString &name, const QString &kind,
                                 int buildings, const QList<qint64> &grids) {
    const bool street = m_scale != DemoGenerator::Scale::Community;
    auto compound = m_context.insert(m_insertCompound,
                                     {{"community", communityId}, {"name", name}, {"kind", kind}});
    if (!compound)
        return compound.status();
    ++m_summary.compounds;
    for (int b = 1; b <= buildings; ++b) {
        const QString buildingName = QStringLiteral("%1栋").arg(b);
        auto building = m_context.insert(
            m_insertBuilding, {{"compound", *compound},
                               {"name", buildingName},
                               {"grid", grids.at((m_summary.buildings + b) % grids.size())}});
        if (!building)
            return building.status();
        ++m_summary.buildings;
        const int units = street ? 3 : (b % 3 == 0 ? 3 : 2);
        const int floors = street ? 5 : (kind == QStringLiteral("new_built") ? 9 : 7);
        QList<qint64> residents;
        for (int u = 1; u <= units; ++u) {
            const QString unitName = QStringLiteral("%1单元").arg(u);
            auto unit =
                m_context.insert(m_insertUnit, {{"building", *building}, {"name", unitName}});
            if (!unit)
                return unit.status();
            for (int floor = 1; floor <= floors; ++floor) {
                for (int room = 1; room <= 2; ++room) {
                    const QString roomName = QString::number(floor * 100 + room);
                    const QString address = writtenAddress(name, buildingName, unitName, roomName);
                    if (Status done = writeHousehold(*unit, address, roomName, residents); !done)
                        return done;
                }
            }
        }
        // The building's neighbour head and self-governance group, chosen among its residents.
        if (residents.size() < 4)
            continue;
        const QDate termStart = m_today.addDays(-400 - below(300));
        auto head = m_context.insert(m_insertHead,
                                     {{"resident", residents.at(0)}, {"term_start", termStart}});
        if (!head)
            return head.status();
        if (auto done =
                m_context.run(m_insertHeadBuilding, {{"head", *head}, {"building", *building}});
            !done)
            return done.status();
        const QStringList roles = {QStringLiteral("leader"), QStringLiteral("member"),
                                   QStringLiteral("member"), QStringLiteral("representative")};
        for (int m = 0; m < roles.size(); ++m) {
            const qint64 member = residents.at((m * residents.size()) / roles.size());
            if (auto done = m_context.run(
                    m_insertGroup,
                    {{"building", *building}, {"resident", member}, {"role", roles.at(m)}});
                !done)
                return done.status();
        }
    }
    return Status::success();
}

WriteContext DemoWriter::at(const QDateTime &moment) const {
    return WriteContext(m_context.connection(), m_dutyStaff, moment, m_context.community());
}

Status DemoWriter::audit(const QDateTime &at, const QString &entity, qint64 id,
                         const QString &action, const QJsonObject &changes) {
    const QString json = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    return m_context
        .run(m_insertAudit, {{"at", at},
                             {"operator", m_dutyStaff},
                             {"entity", entity},
                             {"entity_id", id},
                             {"action", action},
                             {"changes", json}})
        .status();
}

Status DemoWriter::writeHousehold(qint64 unitId, const QString &address, const QString &room,
                                  QList<qint64> &buildingResidents) {
    auto household = m_context.insert(m_insertHousehold,
                                      {{"unit", unitId}, {"room", room}, {"address", address}});
    if (!household)
        return household.status();
    ++m_summary.households;
    const QDateTime registered(m_today.addDays(-60 - below(900)), QTime(8 + below(9), below(60)));
    if (Status done = audit(registered, QStringLiteral("household"), *household,
                            QStringLiteral("create"), {{QStringLiteral("address"), address}});
        !done)
        return done;

    const int roll = below(100);
    const int size = roll < 15 ? 1 : roll < 45 ? 2 : roll < 75 ? 3 : roll < 93 ? 4 : 5;
    const QString surname = randomSurname();
    const int headAge = size == 1 ? 28 + below(62) : 30 + below(50);
    const bool headMale = below(100) < 60;

    struct Member {
        QString relation;
        int age;
        bool male;
        QString surname;
    };
    QList<Member> members = {{QStringLiteral("head"), headAge, headMale, surname}};
    if (size >= 2)
        members.append({QStringLiteral("spouse"), qMax(20, headAge - 3 + below(7)), !headMale,
                        randomSurname()});
    for (int c = 2; c < size; ++c) {
        if (c == 4 && headAge < 60)
            members.append(
                {QStringLiteral("parent"), headAge + 25 + below(6), below(2) == 0, surname});
        else
            members.append({QStringLiteral("child"), qMax(0, headAge - 24 - below(10) - c),
                            below(2) == 0, surname});
    }

    for (const Member &m : std::as_const(members)) {
        const QDate birth = m_today.addYears(-m.age).addDays(-below(365));
        const QString name = randomName(m.male, m.surname);
        const int age = m.age;
        // Drawn in the order the demo always drew them, so that its community stays the same.
        Resident resident;
        resident.householdId = HouseholdId{*household};
        resident.name = name;
        resident.gender = m.male ? Gender::Male : Gender::Female;
        resident.birthDate = birth;
        resident.relation = codes::relationFrom(m.relation);
        resident.markers.elderlyAlone = size == 1 && age >= 70 && below(10) < 8;
        const bool movedOut = below(100) < 2;
        const QDate movedOutOn = movedOut ? m_today.addDays(-below(300)) : QDate();
        resident.idNumber = nextIdNumber(birth, m.male);
        resident.mobile = age >= 14 && (age < 75 || below(2) == 0) ? nextMobile() : QString();
        resident.markers.partyMember = age >= 18 && below(100) < 9;
        resident.markers.volunteer = age >= 16 && age < 75 && below(100) < 6;
        resident.markers.lowIncome = below(100) < 3;
        resident.markers.disabled = below(100) < 2;
        // Through the registry's own writing path, as the desk and the roster import write a
        // resident, dated as the demo's history has it: registered with the household, some
        // moved out since.
        const auto id = ResidentRepository::add(at(registered.addSecs(60 + below(600))), resident);
        if (!id)
            return id.status();
        ++m_summary.residents;
        if (movedOut) {
            resident.id = *id;
            if (Status done = ResidentRepository::moveOut(at(QDateTime(movedOutOn, QTime(9, 30))),
                                                          resident, movedOutOn);
                !done)
                return done;
        }
        if (!movedOut && age >= 25 && buildingResidents.size() < 40)
            buildingResidents.append(id->value);
    }
    return Status::success();
}

} // namespace linli
