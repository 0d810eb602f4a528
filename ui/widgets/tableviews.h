#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace linli {

/// A read-only table of whole rows, one chosen at a time, the way every list in Linli looks.
QTableView *makeListTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

} // namespace linli
