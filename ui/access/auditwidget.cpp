#include "access/auditwidget.h"

#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/filedialogs.h"
#include "widgets/showngate.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

namespace {
constexpr int kPage = 200;
} // namespace

AuditWidget::AuditWidget(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_trail(database)
    , m_operator(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_from(new QDateEdit(database.clock().today().addMonths(-1), this))
    , m_to(new QDateEdit(database.clock().today(), this))
    , m_model(new StringTableModel(
          {tr("Time"), tr("Who"), tr("Record"), tr("No."), tr("Action"), tr("Changes")}, this))
    , m_table(makeListTable(m_model, QStringLiteral("auditTable"), this))
    , m_count(new QLabel(this))
    , m_more(new QPushButton(tr("&Older entries"), this)) {
    m_shown = new ShownGate(this, [this] { reload(); });
    setObjectName(QStringLiteral("auditWidget"));
    setEmptyHint(m_table, tr("No entry matches these filters."));
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_more->setObjectName(QStringLiteral("auditMoreButton"));
    m_more->setToolTip(tr("Show the next, older page of the audit trail"));
    m_operator->addItem(tr("Anyone"), QString());
    if (const auto operators = m_trail.operators()) {
        for (const QString &name : *operators)
            m_operator->addItem(name, name);
    }
    m_entity->addItem(tr("Any record"), QString());
    if (const auto entities = m_trail.entities()) {
        for (const QString &entity : *entities)
            m_entity->addItem(entity, entity);
    }
    m_action->addItem(tr("Any action"), QString());
    m_action->addItem(tr("created"), QStringLiteral("create"));
    m_action->addItem(tr("changed"), QStringLiteral("update"));
    m_action->addItem(tr("deleted"), QStringLiteral("delete"));
    m_action->addItem(tr("shown in full"), QStringLiteral("reveal"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    exportButton->setToolTip(tr("Save the entries the filters show as a CSV file"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_operator);
    filters->addWidget(m_entity);
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(exportButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every change and every look at a full ID number or phone. "
                                    "Entries cannot be edited, and are kept at least six months."),
                                 this));
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    for (QComboBox *combo : {m_operator, m_entity, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditWidget::reload);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &AuditWidget::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditWidget::showMore);
    connect(exportButton, &QPushButton::clicked, this, &AuditWidget::exportCsv);
    reload();
}

AuditFilter AuditWidget::filter() const {
    AuditFilter f;
    f.operatorName = m_operator->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.action = m_action->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    f.limit = kPage;
    return f;
}

void AuditWidget::reload() {
    if (m_shown->defer())
        return;
    m_entries.clear();
    showMore();
}

void AuditWidget::showMore() {
    AuditFilter f = filter();
    f.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    const auto page = m_trail.entries(f);
    if (!page) {
        ErrorReporter::report(this, tr("The audit trail cannot be shown."), page.error());
        return;
    }
    m_entries += *page;
    QList<QStringList> rows;
    for (const AuditEntry &e : std::as_const(m_entries))
        rows.append({QLocale().toString(e.at, QLocale::ShortFormat), e.operatorName, e.entity,
                     QString::number(e.entityId),
                     m_action->itemText(std::max(0, m_action->findData(e.action))), e.changes});
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_more->setEnabled(page->size() == kPage);
    m_count->setText(tr("%n entry(ies) shown.", nullptr, int(m_entries.size())));
}

void AuditWidget::exportCsv() {
    const QString path = FileDialogs::saveFileName(
        this, tr("Export the audit trail"),
        QDir::home().filePath(QStringLiteral("linli-audit-%1.csv")
                                  .arg(m_to->date().toString(QStringLiteral("yyyyMMdd")))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = m_trail.exportCsv(filter(), path);
    if (!written)
        ErrorReporter::report(this, tr("The audit trail was not exported."), written.error());
    else
        m_count->setText(tr("%n entry(ies) exported to %1.", nullptr, *written)
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace linli
