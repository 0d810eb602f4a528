#include "complaints/rosterdialog.h"

#include "roster/dutyroster.h"
#include "widgets/errorreporter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

namespace {
constexpr int StaffIdRole = Qt::UserRole + 1;
}

RosterDialog::RosterDialog(DutyRoster &roster, QDate anyDay, QWidget *parent)
    : QDialog(parent)
    , m_roster(roster)
    , m_monday(anyDay.addDays(1 - anyDay.dayOfWeek()))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_week(new QLabel(this)) {
    setObjectName(QStringLiteral("rosterDialog"));
    setWindowTitle(tr("Duty roster of the mediation room"));
    resize(760, 460);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_week, 1, Qt::AlignCenter);
    bar->addWidget(next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(previous, &QPushButton::clicked, this, [this] {
        m_monday = m_monday.addDays(-7);
        load();
    });
    connect(next, &QPushButton::clicked, this, [this] {
        m_monday = m_monday.addDays(7);
        load();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this,
            [this](QStandardItem *item) { save(item->column()); });
    load();
}

void RosterDialog::load() {
    m_loading = true;
    m_model->clear();
    const auto candidates = m_roster.candidates();
    const auto week = m_roster.between(m_monday, m_monday.addDays(6));
    if (!candidates || !week) {
        ErrorReporter::report(this, tr("The roster could not be read."),
                              candidates ? week.error() : candidates.error());
        m_loading = false;
        return;
    }
    QStringList days;
    for (int d = 0; d < 7; ++d)
        days << QLocale().toString(m_monday.addDays(d), QStringLiteral("ddd M/d"));
    m_model->setHorizontalHeaderLabels(days);
    QStringList names;
    for (const StaffMember &staff : *candidates) {
        QList<QStandardItem *> row;
        for (int d = 0; d < 7; ++d) {
            auto *item = new QStandardItem;
            item->setCheckable(true);
            item->setEditable(false);
            item->setData(staff.id.value, StaffIdRole);
            bool onDuty = false;
            for (const StaffMember &s : week->value(m_monday.addDays(d)))
                onDuty = onDuty || s.id == staff.id;
            item->setCheckState(onDuty ? Qt::Checked : Qt::Unchecked);
            row << item;
        }
        m_model->appendRow(row);
        names << staff.name;
    }
    m_model->setVerticalHeaderLabels(names);
    m_week->setText(tr("%1 to %2")
                        .arg(QLocale().toString(m_monday, QLocale::ShortFormat),
                             QLocale().toString(m_monday.addDays(6), QLocale::ShortFormat)));
    m_loading = false;
}

void RosterDialog::save(int column) {
    if (m_loading)
        return;
    QList<StaffId> onDuty;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, column)->checkState() == Qt::Checked)
            onDuty << StaffId{m_model->item(row, column)->data(StaffIdRole).toLongLong()};
    }
    if (const Status done = m_roster.set(m_monday.addDays(column), onDuty); !done)
        ErrorReporter::report(this, tr("The roster was not saved."), done.error());
}

} // namespace linli
