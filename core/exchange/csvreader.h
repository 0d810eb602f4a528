#pragma once

#include "common/result.h"
#include "exchange/sheet.h"

#include <QCoreApplication>

namespace linli {

/// Reads a CSV file as Excel and WPS write it: UTF-8 with or without a BOM, UTF-16 with a BOM,
/// or GBK (GB18030) from an older Excel, detected because it is not valid UTF-8. Commas, tabs
/// or semicolons, whichever the first line uses; quoted cells may hold any of them and line
/// breaks. The ' that Linli's export puts before a would-be formula is taken off again.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(linli::CsvReader)
public:
    /// A file: its first rows kept, the rest read again from the file as the sheet streams.
    static Result<Sheet> read(const QString &path);
    static Result<Sheet> parse(const QByteArray &bytes);
    /// The text of a file's bytes and the encoding they were in; fails on bytes that are
    /// neither UTF-8 nor GB18030.
    static Result<QString> decode(const QByteArray &bytes, QString *encoding);
};

} // namespace linli
