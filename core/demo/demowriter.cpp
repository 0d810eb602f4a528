#include "demo/demowriter.h"

#include "mediation/mediationrepository.h"
#include "registry/householdrepository.h"
#include "registry/idnumber.h"
#include "registry/peoplerepository.h"
#include "registry/placerepository.h"
#include "registry/places.h"
#include "registry/registrycodes.h"
#include "registry/residentrepository.h"
#include "settings/officesettingsrepository.h"
#include "storage/statement.h"

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

} // namespace

DemoWriter::DemoWriter(const WriteContext &context, DemoGenerator::Scale scale, QDate today)
    : m_context(context)
    , m_scale(scale)
    , m_today(today) {}

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
    // The office's identity, as the settings page saves it, and the mediation numbers' prefix.
    const OfficeIdentity office{QStringLiteral("红旗社区居民委员会"), QStringLiteral("宝塔街道"),
                                QStringLiteral("湘潭市岳塘区"), QStringLiteral("0731-5555 0101"),
                                QStringLiteral("湘潭市岳塘区宝塔街道红旗社区居民委员会")};
    if (Status saved = OfficeSettingsRepository::save(m_context, {}, office); !saved)
        return saved;
    if (Status prefixed = MediationRepository::setNumberPrefix(m_context, QStringLiteral("红调字"));
        !prefixed)
        return prefixed;
    if (Status marked = OfficeSettingsRepository::markAsDemo(m_context); !marked)
        return marked;
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
    // Places and people go in through the registry's own writing path, as the desk writes them.
    const auto community = PlaceRepository::add(
        m_context,
        Community{{}, name, subdistricts.value(index / count), QStringLiteral("岳塘区")});
    if (!community)
        return community.status();
    ++m_summary.communities;

    // Staff: the secretary, the director, cadres, duty staff, then one grid worker per grid.
    const int gridCount = street ? 5 : 6;
    QList<StaffId> workers;
    for (int s = 0; s < 4 + gridCount; ++s) {
        StaffMember member;
        member.communityId = *community;
        const bool male = below(2) == 0;
        member.role = s < 2   ? StaffRole::Cadre
                      : s < 4 ? StaffRole::DutyStaff
                              : StaffRole::GridWorker;
        member.name = randomName(male, randomSurname());
        member.mobile = nextMobile();
        const auto staff = PeopleRepository::add(m_context, member);
        if (!staff)
            return staff.status();
        if (s == 2)
            m_dutyStaff = member.name;
        if (s >= 4)
            workers << *staff;
    }
    QList<GridId> grids;
    for (int g = 0; g < gridCount; ++g) {
        const auto grid = PeopleRepository::add(
            m_context,
            Grid{{}, *community, QStringLiteral("第%1网格").arg(g + 1), workers.at(g), {}});
        if (!grid)
            return grid.status();
        grids << *grid;
    }

    if (!street || index == 0) {
        for (const CompoundSeed &seed : kReferenceCompounds) {
            if (Status done = writeCompound(*community, QString::fromUtf16(seed.name),
                                            codes::compoundKindFrom(seed.kind),
                                            street ? 5 : seed.buildings, grids);
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
                    *community, compound, codes::compoundKindFrom(kCompoundKinds[(c + index) % 6]),
                    5, grids);
                !done)
                return done;
        }
    }
    return Status::success();
}

Status DemoWriter::writeCompound(CommunityId communityId, const QString &name, CompoundKind kind,
                                 int buildings, const QList<GridId> &grids) {
    const bool street = m_scale != DemoGenerator::Scale::Community;
    HouseholdPlace place;
    place.communityId = communityId;
    place.compoundName = name;
    const auto compound = PlaceRepository::add(m_context, Compound{{}, communityId, name, kind, 0});
    if (!compound)
        return compound.status();
    place.compoundId = *compound;
    ++m_summary.compounds;
    for (int b = 1; b <= buildings; ++b) {
        place.buildingName = QStringLiteral("%1栋").arg(b);
        const auto building = PlaceRepository::add(
            m_context, Building{{},
                                *compound,
                                place.buildingName,
                                grids.at((m_summary.buildings + b) % grids.size()),
                                0});
        if (!building)
            return building.status();
        place.buildingId = *building;
        ++m_summary.buildings;
        const int units = street ? 3 : (b % 3 == 0 ? 3 : 2);
        const int floors = street ? 5 : (kind == CompoundKind::NewBuilt ? 9 : 7);
        QList<ResidentId> residents;
        for (int u = 1; u <= units; ++u) {
            place.unitName = QStringLiteral("%1单元").arg(u);
            const auto unit =
                PlaceRepository::add(m_context, Unit{{}, *building, place.unitName, 0});
            if (!unit)
                return unit.status();
            place.unitId = *unit;
            for (int floor = 1; floor <= floors; ++floor) {
                for (int room = 1; room <= 2; ++room) {
                    if (Status done =
                            writeHousehold(place, QString::number(floor * 100 + room), residents);
                        !done)
                        return done;
                }
            }
        }
        // The building's neighbour head and self-governance group, chosen among its residents.
        if (residents.size() < 4)
            continue;
        NeighbourHead head;
        head.residentId = residents.at(0);
        head.termStart = m_today.addDays(-400 - below(300));
        head.buildings = {*building};
        if (const auto added = PeopleRepository::add(m_context, head); !added)
            return added.status();
        const QList<GroupRole> roles = {GroupRole::Leader, GroupRole::Member, GroupRole::Member,
                                        GroupRole::Representative};
        for (int m = 0; m < roles.size(); ++m) {
            GroupMember member;
            member.buildingId = *building;
            member.residentId = residents.at((m * residents.size()) / roles.size());
            member.role = roles.at(m);
            if (const auto added = PeopleRepository::add(m_context, member); !added)
                return added.status();
        }
    }
    return Status::success();
}

WriteContext DemoWriter::at(const QDateTime &moment) const {
    return WriteContext(m_context.connection(), m_dutyStaff, moment, m_context.community());
}

Status DemoWriter::writeHousehold(const HouseholdPlace &place, const QString &room,
                                  QList<ResidentId> &buildingResidents) {
    // Registered on an invented day in the past, so that household files are not empty.
    const QDateTime registered(m_today.addDays(-60 - below(900)), QTime(8 + below(9), below(60)));
    Household home;
    home.unitId = place.unitId;
    home.room = room;
    const auto household = HouseholdRepository::add(at(registered), home, place);
    if (!household)
        return household.status();
    ++m_summary.households;

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
        resident.householdId = *household;
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
            buildingResidents.append(*id);
    }
    return Status::success();
}

} // namespace linli
