#include "widgets/tableviews.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>

namespace linli {

namespace {

constexpr const char *kHintProperty = "emptyHint";

/// Paints the table's hint over its empty viewport.
class EmptyHintPainter final : public QObject {
public:
    explicit EmptyHintPainter(QTableView *table)
        : QObject(table)
        , m_table(table) {}

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::Paint || watched != m_table->viewport())
            return false;
        const QAbstractItemModel *model = m_table->model();
        const QString hint = emptyHintOf(m_table);
        if (!model || model->rowCount() > 0 || hint.isEmpty())
            return false;
        QPainter painter(m_table->viewport());
        painter.setPen(m_table->palette().color(QPalette::Disabled, QPalette::Text));
        const QRect area = m_table->viewport()->rect().adjusted(24, 16, -24, -16);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, hint);
        return true;
    }

private:
    QTableView *m_table;
};

} // namespace

void setEmptyHint(QTableView *table, const QString &hint) {
    if (!table->property(kHintProperty).isValid())
        table->viewport()->installEventFilter(new EmptyHintPainter(table));
    table->setProperty(kHintProperty, hint);
    table->viewport()->update();
}

QString emptyHintOf(const QTableView *table) {
    return table->property(kHintProperty).toString();
}

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
