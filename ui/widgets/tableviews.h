#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace linli {

/// A read-only table of whole rows, one chosen at a time, the way every list in Linli looks.
QTableView *makeListTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

/// What an empty list says instead of staying blank: what to do first ("No cases yet: Accept
/// a dispute… opens the first"), drawn in the middle of the table while it has no rows. Set
/// again whenever it should say something else (a search that found nothing).
void setEmptyHint(QTableView *table, const QString &hint);
/// The hint a table shows when empty (empty when it has none).
QString emptyHintOf(const QTableView *table);

} // namespace linli
