#pragma once

#include "mediation/mediation.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace linli {

/// The dispute categories of the people's-mediation statistics form (人民调解工作统计表) that
/// the judicial office collects. The office's own case types (管道化粪池, 噪音 …) are counted
/// under one of them, as mapped in Settings.
enum class OfficialCategory {
    Marriage,
    Family,
    Neighbours,
    HousingLand,
    Contracts,
    Business,
    Damages,
    Labour,
    LandForest,
    Demolition,
    Environment,
    Traffic,
    Medical,
    Property,
    Other
};

class OfficialCategories final {
public:
    /// Every category, in the form's order.
    static QList<OfficialCategory> all();
    /// The category's name as the form prints it (婚姻纠纷 …): the form is always in Chinese.
    static QString name(OfficialCategory category);
    /// How the category is stored in the settings.
    static QString code(OfficialCategory category);
    static std::optional<OfficialCategory> fromCode(const QString &code);
    /// Where a case type is counted until the office maps it otherwise.
    static OfficialCategory defaultFor(CaseType type);
    /// The settings key holding the mapping of `type`.
    static QString settingsKey(CaseType type);
};

/// Which official category each of the office's case types is counted under.
using OfficialCategoryMap = QMap<CaseType, OfficialCategory>;

} // namespace linli
