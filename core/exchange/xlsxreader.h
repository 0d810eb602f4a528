#pragma once

#include "common/result.h"
#include "exchange/sheet.h"

#include <QCoreApplication>

namespace linli {

/// Reads the first worksheet of an .xlsx workbook (Office Open XML, as Excel, WPS and
/// LibreOffice save it) as text: shared and inline strings, numbers as Excel shows them in the
/// General format (so an ID number Excel turned into a number reads 4.30304E+17, as the user
/// sees it), dates as yyyy-MM-dd, booleans as TRUE/FALSE. Formulas give their saved result.
/// The workbook is opened with minizip and its parts read with QXmlStreamReader.
class XlsxReader final {
    Q_DECLARE_TR_FUNCTIONS(linli::XlsxReader)
public:
    static Result<Sheet> read(const QString &path);
    /// Whether the file starts as a zip archive does (an .xlsx whatever its name).
    static bool looksLikeXlsx(const QString &path);
};

} // namespace linli
