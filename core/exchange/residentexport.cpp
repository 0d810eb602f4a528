#include "exchange/residentexport.h"

#include "access/access.h"
#include "registry/householdrepository.h"
#include "registry/idnumber.h"
#include "registry/placerepository.h"
#include "storage/database.h"

namespace linli {

namespace {

constexpr int kPage = 1000;

QString yes(bool flag) {
    return flag ? QStringLiteral("是") : QString();
}

} // namespace

QStringList ResidentExport::headers() {
    // The place in four columns as well as written out, so that the list can be imported back.
    return {QStringLiteral("姓名"),       QStringLiteral("性别"),     QStringLiteral("出生日期"),
            QStringLiteral("年龄"),       QStringLiteral("身份证号"), QStringLiteral("联系电话"),
            QStringLiteral("与户主关系"), QStringLiteral("小区"),     QStringLiteral("楼栋"),
            QStringLiteral("单元"),       QStringLiteral("房号"),     QStringLiteral("住址"),
            QStringLiteral("党员"),       QStringLiteral("独居老人"), QStringLiteral("志愿者"),
            QStringLiteral("低保"),       QStringLiteral("残疾"),     QStringLiteral("备注"),
            QStringLiteral("迁出日期")};
}

QString ResidentExport::relationName(Relation relation) {
    switch (relation) {
    case Relation::Head:
        return QStringLiteral("户主");
    case Relation::Spouse:
        return QStringLiteral("配偶");
    case Relation::Child:
        return QStringLiteral("子女");
    case Relation::Parent:
        return QStringLiteral("父母");
    case Relation::Grandchild:
        return QStringLiteral("孙子女");
    case Relation::Sibling:
        return QStringLiteral("兄弟姐妹");
    case Relation::OtherRelative:
        return QStringLiteral("其他亲属");
    case Relation::Tenant:
        return QStringLiteral("租户");
    case Relation::Other:
        return QStringLiteral("其他");
    }
    return {};
}

Result<ExportTable> ResidentExport::table(Database &database, const ResidentQuery &query,
                                          bool fullIdentifiers) {
    if (Status allowed = database.require(Permission::ExportPersonalData); !allowed)
        return allowed;
    if (fullIdentifiers) {
        if (Status allowed = database.require(Permission::RevealPersonalData); !allowed)
            return allowed;
    }
    using T = ExportTable::Type;
    ExportTable table;
    table.headers = headers();
    table.types = QList<T>(table.headers.size(), T::Text);
    table.types[2] = T::Date;
    table.types[3] = T::Number;
    table.types.last() = T::Date;
    const ResidentRepository residents(database);
    const QDate today = database.clock().today();
    const HouseholdRepository households(database);
    const PlaceRepository places(database);
    QHash<qint64, Household> householdCache;
    QHash<qint64, HouseholdPlace> unitCache;
    // The households' places, each read once however many residents share them.
    auto placeOf = [&](HouseholdId id) -> std::pair<Household, HouseholdPlace> {
        auto household = householdCache.find(id.value);
        if (household == householdCache.end()) {
            household = householdCache.insert(id.value, Household{});
            if (const auto found = households.household(id))
                *household = *found;
        }
        auto place = unitCache.find(household->unitId.value);
        if (place == unitCache.end()) {
            place = unitCache.insert(household->unitId.value, HouseholdPlace{});
            if (const auto found = places.placeOfUnit(household->unitId))
                *place = *found;
        }
        return {*household, *place};
    };
    std::optional<ResidentPageKey> after;
    for (;;) {
        const auto page = residents.page(query, after, kPage);
        if (!page)
            return page.status();
        for (const ResidentListEntry &entry : *page) {
            const Resident &r = entry.resident;
            const int age = ageOn(r.birthDate, today);
            const auto [household, place] = placeOf(r.householdId);
            table.rows.append(
                {r.name, r.gender == Gender::Male ? QStringLiteral("男") : QStringLiteral("女"),
                 r.birthDate.isValid() ? QVariant(r.birthDate) : QVariant(),
                 age >= 0 ? QVariant(age) : QVariant(),
                 fullIdentifiers ? r.idNumber : IdNumber::masked(r.idNumber),
                 fullIdentifiers ? r.mobile : MobilePhone::masked(r.mobile),
                 relationName(r.relation), place.compoundName, place.buildingName, place.unitName,
                 household.room, entry.address, yes(r.markers.partyMember),
                 yes(r.markers.elderlyAlone), yes(r.markers.volunteer), yes(r.markers.lowIncome),
                 yes(r.markers.disabled), r.notes,
                 r.movedOutOn.isValid() ? QVariant(r.movedOutOn) : QVariant()});
        }
        if (page->size() < kPage)
            break;
        after = ResidentPageKey{page->constLast().sortKey, page->constLast().resident.id.value};
    }
    // Personal data leaving the program is accounted for: who, how many, whether in full.
    const Status audited = database.write([&](const WriteContext &context) {
        return context.audit(QStringLiteral("residents_export"), 0, WriteContext::Action::Reveal,
                             {{QStringLiteral("rows"), int(table.rows.size())},
                              {QStringLiteral("full_identifiers"), fullIdentifiers},
                              {QStringLiteral("search"), query.text}});
    });
    if (!audited)
        return audited;
    return table;
}

} // namespace linli
