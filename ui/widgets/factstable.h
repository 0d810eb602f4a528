#pragma once

#include <QString>

namespace linli {

/// One row of the label/value tables that detail panes show as rich text; an empty value
/// leaves the row out. Both texts are escaped.
inline QString factRow(const QString &label, const QString &value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px;color:#555'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace linli
