#include "complaints/complaintlistswidget.h"

#include "access/permissions.h"
#include "complaints/complaintservice.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace linli {

namespace {

QGroupBox *box(const QString &title, QTableView *table, const QList<QPushButton *> &buttons,
               QWidget *parent) {
    auto *group = new QGroupBox(title, parent);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(table);
    layout->addLayout(row);
    return group;
}

} // namespace

ComplaintListsWidget::ComplaintListsWidget(ComplaintService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_urgentDays(new QSpinBox(this))
    , m_normalDays(new QSpinBox(this))
    , m_year(new QSpinBox(this))
    , m_categoryModel(new StringTableModel({tr("Category"), tr("In use")}, this))
    , m_bodyModel(new StringTableModel({tr("Body"), tr("In use")}, this))
    , m_dayModel(new StringTableModel({tr("Day"), tr("Kind"), tr("Occasion")}, this))
    , m_categories(makeListTable(m_categoryModel, QStringLiteral("categoryTable"), this))
    , m_bodies(makeListTable(m_bodyModel, QStringLiteral("referralBodyTable"), this))
    , m_days(makeListTable(m_dayModel, QStringLiteral("calendarTable"), this)) {
    for (QSpinBox *spin : {m_urgentDays, m_normalDays}) {
        spin->setRange(1, 60);
        spin->setSuffix(tr(" working days"));
    }
    m_urgentDays->setObjectName(QStringLiteral("urgentDays"));
    setEmptyHint(m_categories, tr("No categories: Add… makes the first."));
    setEmptyHint(m_bodies, tr("No outside bodies yet: Add… names one complaints can be referred "
                              "to (the housing office, the police station…)."));
    setEmptyHint(m_days, tr("No holidays entered: deadlines count every weekday. Add this "
                            "year's public holidays and make-up working days."));
    m_normalDays->setObjectName(QStringLiteral("normalDays"));
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(service.database().clock().today().year());

    auto *limits = new QGroupBox(tr("Time limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("Urgent matters:"), m_urgentDays);
    limitsForm->addRow(tr("Normal matters:"), m_normalDays);

    auto *addCategory = new QPushButton(tr("Add…"), this);
    auto *renameCategory = new QPushButton(tr("Rename…"), this);
    auto *toggleCategory = new QPushButton(tr("Retire or restore"), this);
    toggleCategory->setToolTip(
        tr("A retired category stays on old complaints but cannot be chosen"));
    auto *addBody = new QPushButton(tr("Add…"), this);
    auto *toggleBody = new QPushButton(tr("Retire or restore"), this);
    auto *addHoliday = new QPushButton(tr("Add holiday…"), this);
    auto *addWorkday = new QPushButton(tr("Add make-up working day…"), this);
    auto *removeDay = new QPushButton(tr("Remove"), this);
    addCategory->setToolTip(tr("A new category of complaint"));
    m_categories->setObjectName(QStringLiteral("categoryTable"));
    renameCategory->setObjectName(QStringLiteral("renameCategoryButton"));
    renameCategory->setToolTip(tr("Rename the chosen category; past complaints follow"));
    addBody->setToolTip(tr("A new outside body complaints can be referred to"));
    toggleBody->setToolTip(tr("A retired body stays on old complaints but cannot be chosen"));
    addWorkday->setToolTip(
        tr("A weekend day worked instead of a holiday (调休): deadlines count it"));
    removeDay->setToolTip(tr("Take the chosen day off the calendar"));
    addHoliday->setObjectName(QStringLiteral("addHolidayButton"));
    addHoliday->setToolTip(tr("A public holiday: no deadline falls on it"));

    auto *calendar = box(tr("Holidays and make-up working days"), m_days,
                         {addHoliday, addWorkday, removeDay}, this);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year:"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    static_cast<QVBoxLayout *>(calendar->layout())->insertLayout(0, yearRow);

    auto *grid = new QGridLayout(this);
    grid->addWidget(limits, 0, 0);
    grid->addWidget(
        box(tr("Categories"), m_categories, {addCategory, renameCategory, toggleCategory}, this), 1,
        0);
    grid->addWidget(
        box(tr("Bodies matters are referred to"), m_bodies, {addBody, toggleBody}, this), 2, 0);
    grid->addWidget(calendar, 0, 1, 3, 1);

    connect(addCategory, &QPushButton::clicked, this, &ComplaintListsWidget::addCategory);
    connect(renameCategory, &QPushButton::clicked, this, &ComplaintListsWidget::renameCategory);
    connect(toggleCategory, &QPushButton::clicked, this, &ComplaintListsWidget::toggleCategory);
    connect(addBody, &QPushButton::clicked, this, &ComplaintListsWidget::addBody);
    connect(toggleBody, &QPushButton::clicked, this, &ComplaintListsWidget::toggleBody);
    connect(addHoliday, &QPushButton::clicked, this, [this] { addDay(false); });
    connect(addWorkday, &QPushButton::clicked, this, [this] { addDay(true); });
    connect(removeDay, &QPushButton::clicked, this, &ComplaintListsWidget::removeDay);
    connect(m_year, &QSpinBox::valueChanged, this, &ComplaintListsWidget::reload);
    for (QSpinBox *spin : {m_urgentDays, m_normalDays})
        connect(spin, &QSpinBox::editingFinished, this, &ComplaintListsWidget::saveDueDays);
    connect(&m_service, &ComplaintService::listsChanged, this, &ComplaintListsWidget::reload);
    // The lists are the administrator's to change: shown to anyone else, not offered.
    if (!Permissions::allows(m_service.database().session().role, Permission::EditSettings)) {
        for (QWidget *edit : std::initializer_list<QWidget *>{
                 m_urgentDays, m_normalDays, addCategory, renameCategory, toggleCategory, addBody,
                 toggleBody, addHoliday, addWorkday, removeDay})
            edit->setEnabled(false);
    }
    reload();
}

void ComplaintListsWidget::reload() {
    const auto categories = m_service.complaints().categories();
    const auto bodies = m_service.lists().referralBodies();
    const auto days = m_service.lists().calendarDays(m_year->value());
    const auto urgent = m_service.complaints().dueDays(Urgency::Urgent);
    const auto normal = m_service.complaints().dueDays(Urgency::Normal);
    if (!categories || !bodies || !days || !urgent || !normal) {
        ErrorReporter::report(this, tr("The complaint lists could not be read."),
                              !categories ? categories.error()
                              : !bodies   ? bodies.error()
                                          : days.error());
        return;
    }
    m_shownUrgentDays = *urgent;
    m_shownNormalDays = *normal;
    m_urgentDays->setValue(*urgent);
    m_normalDays->setValue(*normal);
    m_categoryRows = *categories;
    m_bodyRows = *bodies;
    m_dayRows = *days;
    QList<QStringList> rows;
    for (const Category &c : std::as_const(m_categoryRows))
        rows.append({c.name, c.active ? tr("Yes") : tr("Retired")});
    m_categoryModel->setRows(rows);
    rows.clear();
    for (const auto &[body, active] : std::as_const(m_bodyRows))
        rows.append({body.name, active ? tr("Yes") : tr("Retired")});
    m_bodyModel->setRows(rows);
    rows.clear();
    for (const CalendarDay &day : std::as_const(m_dayRows))
        rows.append({QLocale().toString(day.day, QStringLiteral("yyyy-MM-dd ddd")),
                     day.workday ? tr("Make-up working day") : tr("Holiday"), day.name});
    m_dayModel->setRows(rows);
    m_days->resizeColumnsToContents();
}

int ComplaintListsWidget::selectedRow(QTableView *table) const {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ComplaintListsWidget::report(const Status &status, const QString &what) {
    if (status)
        return;
    ErrorReporter::report(this, what, status.error());
    // Refused perhaps for another desk's change: show the lists as they are now saved.
    reload();
}

void ComplaintListsWidget::addCategory() {
    // Asked again after a refusal, with the name as typed, so nothing needs retyping.
    QString name;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New category"), tr("Name:"), QLineEdit::Normal, name,
                                     &ok);
        if (!ok)
            return;
        const Status status = m_service.addCategory(name).status();
        if (status)
            return;
        report(status, tr("The category was not added."));
    }
}

void ComplaintListsWidget::renameCategory() {
    const int row = selectedRow(m_categories);
    if (row < 0)
        return;
    const CategoryId id = m_categoryRows.at(row).id;
    QString name = m_categoryRows.at(row).name;
    for (;;) {
        // After a refusal the list is reloaded: rename from the name now saved.
        const auto seen = std::find_if(m_categoryRows.cbegin(), m_categoryRows.cend(),
                                       [id](const Category &c) { return c.id == id; });
        if (seen == m_categoryRows.cend())
            return;
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename category"), tr("Name:"), QLineEdit::Normal,
                                     name, &ok);
        if (!ok)
            return;
        const Status status = m_service.renameCategory(*seen, name);
        if (status)
            return;
        report(status, tr("The category was not renamed."));
    }
}

void ComplaintListsWidget::toggleCategory() {
    const int row = selectedRow(m_categories);
    if (row < 0)
        return;
    const Category &c = m_categoryRows.at(row);
    report(m_service.setCategoryActive(c.id, !c.active), tr("The category was not changed."));
}

void ComplaintListsWidget::addBody() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New body"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        report(m_service.addReferralBody(name).status(), tr("The body was not added."));
}

void ComplaintListsWidget::toggleBody() {
    const int row = selectedRow(m_bodies);
    if (row < 0)
        return;
    const auto &[body, active] = m_bodyRows.at(row);
    report(m_service.setReferralBodyActive(body.id, !active), tr("The body was not changed."));
}

void ComplaintListsWidget::addDay(bool workday) {
    QDialog dialog(this);
    dialog.setWindowTitle(workday ? tr("Make-up working day") : tr("Holiday"));
    auto *date = new QDateEdit(QDate(m_year->value(), 1, 1), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(workday ? tr("e.g. 国庆节调休") : tr("e.g. 国庆节"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Day:"), date);
    form->addRow(tr("Name:"), name);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        report(m_service.setCalendarDay({date->date(), workday, name->text()}),
               tr("The day was not added."));
}

void ComplaintListsWidget::removeDay() {
    const int row = selectedRow(m_days);
    if (row >= 0)
        report(m_service.removeCalendarDay(m_dayRows.at(row).day), tr("The day was not removed."));
}

void ComplaintListsWidget::saveDueDays() {
    // Saved over the value the page showed: another desk's change in between is refused,
    // naming who, and shown.
    if (m_urgentDays->value() != m_shownUrgentDays) {
        const Status done =
            m_service.setDueDays(Urgency::Urgent, m_urgentDays->value(), m_shownUrgentDays);
        if (!done)
            return report(done, tr("The time limit was not saved."));
        m_shownUrgentDays = m_urgentDays->value();
    }
    if (m_normalDays->value() != m_shownNormalDays) {
        const Status done =
            m_service.setDueDays(Urgency::Normal, m_normalDays->value(), m_shownNormalDays);
        if (!done)
            return report(done, tr("The time limit was not saved."));
        m_shownNormalDays = m_normalDays->value();
    }
}

} // namespace linli
