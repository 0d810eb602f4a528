#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QWidget;

namespace linli {

/// A small form dialog: its rows (a label and a field; an empty label lets the field span the
/// row), an error line, OK and Cancel. OK runs `apply` while the fields still exist; the dialog
/// closes when it succeeds and shows why not when it fails, keeping what was typed. The fields
/// are owned by the dialog. OK is named "formOk", the error line "formError".
class FormDialog final {
public:
    using Rows = QList<std::pair<QString, QWidget *>>;
    static bool run(QWidget *parent, const QString &title, const Rows &rows,
                    const std::function<Status()> &apply);
};

} // namespace linli
