#pragma once

#include <QString>

namespace linli {

/// Who the office is: printed on every document it issues.
struct OfficeIdentity {
    QString community;   ///< 红旗社区居民委员会
    QString subdistrict; ///< 宝塔街道
    QString district;    ///< 岳塘区
    QString phone;
    QString sealText; ///< the words around the office's seal

    friend bool operator==(const OfficeIdentity &, const OfficeIdentity &) = default;
};

} // namespace linli
