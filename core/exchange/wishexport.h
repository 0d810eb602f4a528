#pragma once

#include "aid/wish.h"
#include "exchange/exporttable.h"

namespace linli {

/// The wish wall as a spreadsheet (心愿台账): every wish the wall's filters show, done ones
/// included, with who helped, when and for how long.
class WishExport final {
public:
    static ExportTable table(const QList<Wish> &wishes);
};

} // namespace linli
