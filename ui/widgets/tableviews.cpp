#include "widgets/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace linli {

QTableView *makeListTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace linli
