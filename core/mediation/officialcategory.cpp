#include "mediation/officialcategory.h"

#include "mediation/mediationcodes.h"

#include <array>

namespace linli {

namespace {

struct Entry {
    OfficialCategory category;
    const char16_t *code;
    const char16_t *name;
};

constexpr std::array<Entry, 15> kCategories = {{
    {OfficialCategory::Marriage, u"marriage", u"婚姻纠纷"},
    {OfficialCategory::Family, u"family", u"家庭纠纷"},
    {OfficialCategory::Neighbours, u"neighbours", u"邻里纠纷"},
    {OfficialCategory::HousingLand, u"housing_land", u"房屋宅基地纠纷"},
    {OfficialCategory::Contracts, u"contracts", u"合同纠纷"},
    {OfficialCategory::Business, u"business", u"生产经营纠纷"},
    {OfficialCategory::Damages, u"damages", u"损害赔偿纠纷"},
    {OfficialCategory::Labour, u"labour", u"劳动争议纠纷"},
    {OfficialCategory::LandForest, u"land_forest", u"山林土地纠纷"},
    {OfficialCategory::Demolition, u"demolition", u"征地拆迁纠纷"},
    {OfficialCategory::Environment, u"environment", u"环境污染纠纷"},
    {OfficialCategory::Traffic, u"traffic", u"道路交通事故纠纷"},
    {OfficialCategory::Medical, u"medical", u"医疗纠纷"},
    {OfficialCategory::Property, u"property", u"物业纠纷"},
    {OfficialCategory::Other, u"other", u"其他纠纷"},
}};

const Entry &entry(OfficialCategory category) {
    for (const Entry &e : kCategories)
        if (e.category == category)
            return e;
    return kCategories.back();
}

} // namespace

QList<OfficialCategory> OfficialCategories::all() {
    QList<OfficialCategory> categories;
    for (const Entry &e : kCategories)
        categories << e.category;
    return categories;
}

QString OfficialCategories::name(OfficialCategory category) {
    return QString::fromUtf16(entry(category).name);
}

QString OfficialCategories::code(OfficialCategory category) {
    return QString::fromUtf16(entry(category).code);
}

std::optional<OfficialCategory> OfficialCategories::fromCode(const QString &code) {
    for (const Entry &e : kCategories)
        if (code == QStringView(e.code))
            return e.category;
    return std::nullopt;
}

OfficialCategory OfficialCategories::defaultFor(CaseType type) {
    switch (type) {
    case CaseType::MarriageFamily:
        return OfficialCategory::Family;
    case CaseType::Neighbours:
    case CaseType::PipesSeptic:
    case CaseType::Noise:
    case CaseType::WaterLeak:
        // Between households of one building: what the form calls a neighbours' dispute.
        return OfficialCategory::Neighbours;
    case CaseType::HousingLand:
        return OfficialCategory::HousingLand;
    case CaseType::Contracts:
        return OfficialCategory::Contracts;
    case CaseType::Damages:
        return OfficialCategory::Damages;
    case CaseType::PropertyManagement:
    case CaseType::Parking:
        return OfficialCategory::Property;
    case CaseType::Labour:
        return OfficialCategory::Labour;
    case CaseType::Other:
        break;
    }
    return OfficialCategory::Other;
}

QString OfficialCategories::settingsKey(CaseType type) {
    return QStringLiteral("mediation.official_category.") + codes::caseType(type);
}

} // namespace linli
