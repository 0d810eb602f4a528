#include "aid/eldercarewidget.h"

#include "aid/aidlabels.h"
#include "aid/eldercareservice.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/listexporter.h"
#include "widgets/residentpicker.h"
#include "widgets/showngate.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

namespace {

QString dateText(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// One checklist item: not looked at, fine, or a problem (which opens a task).
QComboBox *checkCombo(const QString &name) {
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->addItem(ElderCareWidget::tr("not looked at"), -1);
    combo->addItem(ElderCareWidget::tr("fine"), 1);
    combo->addItem(ElderCareWidget::tr("a problem"), 0);
    combo->setCurrentIndex(1);
    return combo;
}

std::optional<bool> checkOf(const QComboBox *combo) {
    const int value = combo->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return value == 1;
}

QGroupBox *box(const QString &title, QWidget *table, const QList<QPushButton *> &buttons,
               QWidget *parent) {
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    layout->addLayout(row);
    return group;
}

} // namespace

ElderCareWidget::ElderCareWidget(ElderCareService &care, RegistryService &registry, QWidget *parent)
    : QWidget(parent)
    , m_care(care)
    , m_registry(registry)
    , m_summary(new QLabel(this))
    , m_overdueModel(new StringTableModel({tr("Elder"), tr("Age"), tr("Address"), tr("Last visit"),
                                           tr("Days overdue"), tr("Unanswered"), tr("Carers")},
                                          this))
    , m_aloneModel(new StringTableModel({tr("Elder"), tr("Age"), tr("Address")}, this))
    , m_taskModel(new StringTableModel({tr("Elder"), tr("Task"), tr("Opened"), tr("Due")}, this))
    , m_overdue(makeListTable(m_overdueModel, QStringLiteral("overdueElders"), this))
    , m_alone(makeListTable(m_aloneModel, QStringLiteral("eldersWithoutCarer"), this))
    , m_tasks(makeListTable(m_taskModel, QStringLiteral("careTasks"), this)) {
    m_shown = new ShownGate(this, [this] { reload(); });
    setObjectName(QStringLiteral("elderCare"));
    setEmptyHint(m_overdue, tr("No elder is due a visit."));
    setEmptyHint(m_alone, tr("Every elder living alone has a carer."));
    setEmptyHint(m_tasks, tr("No open tasks: a problem found on a visit becomes one."));
    m_summary->setObjectName(QStringLiteral("careSummary"));
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    auto *visit = button(tr("&Record a visit…"), QStringLiteral("recordVisitButton"));
    visit->setToolTip(tr("A visit, a call or a knock nobody answered, with the checklist"));
    auto *interval = button(tr("Visit &interval…"), QStringLiteral("careIntervalButton"));
    interval->setToolTip(tr("How often the chosen elder is to be visited"));
    auto *carer = button(tr("New &carer…"), QStringLiteral("newCarerButton"));
    carer->setToolTip(tr("A party member, neighbour head or volunteer who looks after elders"));
    auto *assign = button(tr("&Assign a carer…"), QStringLiteral("assignCarerButton"));
    assign->setToolTip(
        tr("Pair the chosen elder with a neighbour, volunteer or grid worker who looks in"));
    auto *period = button(tr("Mark a &period…"), QStringLiteral("markPeriodButton"));
    period->setToolTip(tr("A heat wave or a festival, when elders are visited sooner"));
    auto *done = button(tr("&Done…"), QStringLiteral("closeTaskButton"));
    done->setToolTip(tr("The chosen task is done: say what was done"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(carer);
    bar->addWidget(period);
    bar->addWidget(ListExporter::button(
        this, m_care.database(), QStringLiteral("exportEldersButton"),
        tr("Export the elders due a visit"), QStringLiteral("独居老人走访"), *m_overdueModel,
        QStringLiteral("elders_overdue"), Permission::ExportPersonalData));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(
        box(tr("Not visited in time, worst first"), m_overdue, {visit, interval}, split));
    split->addWidget(box(tr("No carer yet"), m_alone, {assign}, split));
    split->addWidget(box(tr("Open tasks from visits"), m_tasks, {done}, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    split->setSizes({450, 160, 160});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(visit, &QPushButton::clicked, this, [this] { recordVisit(selectedOverdue()); });
    connect(m_overdue, &QTableView::activated, this, [this] { recordVisit(selectedOverdue()); });
    connect(interval, &QPushButton::clicked, this, &ElderCareWidget::setInterval);
    connect(carer, &QPushButton::clicked, this, &ElderCareWidget::addCarer);
    connect(assign, &QPushButton::clicked, this, [this] {
        const int row = m_alone->currentIndex().row();
        assignCarer(row >= 0 && row < m_aloneRows.size() ? m_aloneRows.at(row).residentId
                                                         : ResidentId{});
    });
    connect(period, &QPushButton::clicked, this, &ElderCareWidget::markPeriod);
    connect(done, &QPushButton::clicked, this, &ElderCareWidget::closeTask);
    connect(&m_care, &ElderCareService::careChanged, this, &ElderCareWidget::reload);
    connect(&m_registry, &RegistryService::residentsChanged, this, &ElderCareWidget::reload);
    reload();
}

ResidentId ElderCareWidget::selectedOverdue() const {
    const int row = m_overdue->currentIndex().row();
    return row >= 0 && row < m_overdueRows.size() ? m_overdueRows.at(row).elder.residentId
                                                  : ResidentId{};
}

void ElderCareWidget::reload() {
    if (m_shown->defer())
        return;
    const QDate today = m_care.database().clock().today();
    const auto overdue = m_care.overdue(today);
    const auto alone = m_care.withoutCarer();
    const auto tasks = m_care.repository().openTasks();
    const auto elders = m_care.repository().elders();
    if (!overdue || !alone || !tasks || !elders) {
        ErrorReporter::report(this, tr("The care register could not be read."),
                              !overdue ? overdue.error()
                              : !alone ? alone.error()
                              : !tasks ? tasks.error()
                                       : elders.error());
        return;
    }
    m_overdueRows = *overdue;
    m_aloneRows = *alone;
    m_taskRows = *tasks;
    QList<QStringList> rows;
    for (const OverdueElder &line : m_overdueRows)
        rows.append(
            {line.elder.name, line.elder.age >= 0 ? QString::number(line.elder.age) : QString(),
             line.elder.address, line.lastVisit.isValid() ? dateText(line.lastVisit) : tr("never"),
             QString::number(line.daysOverdue),
             line.unansweredSince > 0 ? QString::number(line.unansweredSince) : QString(),
             line.elder.carerNames.join(QStringLiteral("、"))});
    m_overdueModel->setRows(rows);
    rows.clear();
    for (const Elder &e : m_aloneRows)
        rows.append({e.name, e.age >= 0 ? QString::number(e.age) : QString(), e.address});
    m_aloneModel->setRows(rows);
    rows.clear();
    for (const CareTask &t : m_taskRows)
        rows.append({t.elderName, t.text, dateText(t.openedOn), dateText(t.dueOn)});
    m_taskModel->setRows(rows);
    m_overdue->resizeColumnsToContents();
    m_alone->resizeColumnsToContents();
    m_tasks->resizeColumnsToContents();
    m_summary->setText(tr("%1 elders living alone · %2 not visited in time · %3 with no carer · "
                          "%4 open tasks")
                           .arg(elders->size())
                           .arg(m_overdueRows.size())
                           .arg(m_aloneRows.size())
                           .arg(m_taskRows.size()));
}

void ElderCareWidget::recordVisit(ResidentId chosen) {
    const auto elders = m_care.repository().elders();
    const auto carers = m_care.repository().carers();
    if (!elders || !carers) {
        ErrorReporter::report(this, tr("The care register could not be read."),
                              !elders ? elders.error() : carers.error());
        return;
    }
    auto *elder = new QComboBox;
    elder->setObjectName(QStringLiteral("visitElder"));
    for (const Elder &e : *elders)
        elder->addItem(tr("%1, %2").arg(e.name, e.address), e.residentId.value);
    if (chosen.isValid())
        elder->setCurrentIndex(qMax(0, elder->findData(chosen.value)));
    auto *carer = new QComboBox;
    carer->setObjectName(QStringLiteral("visitCarer"));
    carer->addItem(tr("office staff"), 0);
    for (const Carer &c : *carers) {
        if (c.active)
            carer->addItem(tr("%1 (%2)").arg(c.name, AidLabels::carerKind(c.kind)), c.id.value);
    }
    // The elder's own carer first, when they have one.
    const auto preferCarer = [elders, carer, elder] {
        for (const Elder &e : *elders) {
            if (e.residentId.value == elder->currentData().toLongLong() && !e.carers.isEmpty())
                carer->setCurrentIndex(qMax(0, carer->findData(e.carers.first().value)));
        }
    };
    preferCarer();
    connect(elder, &QComboBox::currentIndexChanged, carer, preferCarer);
    auto *day = new QDateEdit(m_care.database().clock().today());
    day->setObjectName(QStringLiteral("visitDay"));
    day->setCalendarPopup(true);
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("visitKind"));
    for (const VisitKind k : {VisitKind::Company, VisitKind::Repair, VisitKind::Meals,
                              VisitKind::HealthCheck, VisitKind::PhoneCall, VisitKind::Other})
        kind->addItem(AidLabels::visitKind(k), int(k));
    auto *reached = new QCheckBox(tr("Reached them (clear it when nobody answered)"));
    reached->setObjectName(QStringLiteral("visitReached"));
    reached->setChecked(true);
    QComboBox *health = checkCombo(QStringLiteral("checkHealth"));
    QComboBox *mood = checkCombo(QStringLiteral("checkMood"));
    QComboBox *safety = checkCombo(QStringLiteral("checkSafety"));
    QComboBox *hygiene = checkCombo(QStringLiteral("checkHygiene"));
    QComboBox *living = checkCombo(QStringLiteral("checkLiving"));
    auto *notes = new QLineEdit;
    notes->setObjectName(QStringLiteral("visitNotes"));
    notes->setPlaceholderText(tr("What was done, what was found"));
    auto *hours = new QDoubleSpinBox;
    hours->setObjectName(QStringLiteral("visitHours"));
    hours->setRange(0, 24);
    hours->setSingleStep(0.5);
    hours->setValue(1);
    hours->setSuffix(tr(" h"));
    FormDialog::run(this, tr("Record a visit"),
                    {{tr("&Elder:"), elder},
                     {tr("&Carer:"), carer},
                     {tr("&On:"), day},
                     {tr("&Kind:"), kind},
                     {QString(), reached},
                     {AidLabels::checkItem(CheckItem::Health) + u':', health},
                     {AidLabels::checkItem(CheckItem::Mood) + u':', mood},
                     {AidLabels::checkItem(CheckItem::GasWaterPower) + u':', safety},
                     {AidLabels::checkItem(CheckItem::Hygiene) + u':', hygiene},
                     {AidLabels::checkItem(CheckItem::Living) + u':', living},
                     {tr("&Notes:"), notes},
                     {tr("&Hours:"), hours}},
                    [&] {
                        CareVisit v;
                        v.elderId = ResidentId{elder->currentData().toLongLong()};
                        v.carerId = CarerId{carer->currentData().toLongLong()};
                        v.visitedOn = day->date();
                        v.kind = VisitKind(kind->currentData().toInt());
                        v.reached = reached->isChecked();
                        if (v.reached) {
                            v.health = checkOf(health);
                            v.mood = checkOf(mood);
                            v.gasWaterPower = checkOf(safety);
                            v.hygiene = checkOf(hygiene);
                            v.living = checkOf(living);
                        }
                        v.notes = notes->text();
                        v.hours = hours->value();
                        return m_care.recordVisit(v).status();
                    });
}

void ElderCareWidget::addCarer() {
    auto *who = new ResidentPicker(m_registry.residents());
    who->setObjectName(QStringLiteral("carerResident"));
    who->setPlaceholderText(tr("Name, phone or address"));
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("carerKind"));
    for (const CarerKind k :
         {CarerKind::PartyMember, CarerKind::NeighbourHead, CarerKind::Volunteer})
        kind->addItem(AidLabels::carerKind(k), int(k));
    FormDialog::run(this, tr("New carer"), {{tr("&Who:"), who}, {tr("&As:"), kind}}, [&] {
        return m_care
            .addCarer(who->chosen() ? who->chosen()->resident.id : ResidentId{}, who->text(),
                      CarerKind(kind->currentData().toInt()))
            .status();
    });
}

void ElderCareWidget::assignCarer(ResidentId chosen) {
    const auto elders = m_care.repository().elders();
    const auto carers = m_care.repository().carers();
    if (!elders || !carers)
        return;
    auto *elder = new QComboBox;
    elder->setObjectName(QStringLiteral("assignElder"));
    for (const Elder &e : *elders)
        elder->addItem(tr("%1, %2").arg(e.name, e.address), e.residentId.value);
    if (chosen.isValid())
        elder->setCurrentIndex(qMax(0, elder->findData(chosen.value)));
    auto *carer = new QComboBox;
    carer->setObjectName(QStringLiteral("assignCarer"));
    for (const Carer &c : *carers) {
        if (c.active)
            carer->addItem(tr("%1 (%2), %3").arg(c.name, AidLabels::carerKind(c.kind), c.building),
                           c.id.value);
    }
    FormDialog::run(this, tr("Assign a carer"), {{tr("&Elder:"), elder}, {tr("&Carer:"), carer}},
                    [&] {
                        return m_care.assign(ResidentId{elder->currentData().toLongLong()},
                                             CarerId{carer->currentData().toLongLong()});
                    });
}

void ElderCareWidget::setInterval() {
    const ResidentId chosen = selectedOverdue();
    const auto elders = m_care.repository().elders();
    if (!elders)
        return;
    auto *elder = new QComboBox;
    elder->setObjectName(QStringLiteral("intervalElder"));
    for (const Elder &e : *elders)
        elder->addItem(tr("%1, %2").arg(e.name, e.address), e.residentId.value);
    if (chosen.isValid())
        elder->setCurrentIndex(qMax(0, elder->findData(chosen.value)));
    auto *days = new QSpinBox;
    days->setObjectName(QStringLiteral("intervalDays"));
    days->setRange(1, 30);
    days->setSuffix(tr(" days"));
    auto *frail = new QCheckBox(
        tr("Frail: visited at least every %1 days").arg(ElderCareService::frailMaxInterval));
    frail->setObjectName(QStringLiteral("intervalFrail"));
    const auto show = [elders, elder, days, frail] {
        for (const Elder &e : *elders) {
            if (e.residentId.value == elder->currentData().toLongLong()) {
                days->setValue(e.intervalDays);
                frail->setChecked(e.frail);
            }
        }
    };
    show();
    connect(elder, &QComboBox::currentIndexChanged, days, show);
    FormDialog::run(this, tr("Visit interval"),
                    {{tr("&Elder:"), elder}, {tr("&Every:"), days}, {QString(), frail}}, [&] {
                        for (const Elder &seen : *elders) {
                            if (seen.residentId.value != elder->currentData().toLongLong())
                                continue;
                            Elder changed = seen;
                            changed.intervalDays = days->value();
                            changed.frail = frail->isChecked();
                            return m_care.setCare(seen, changed);
                        }
                        return Status::failure(tr("Choose an elder."));
                    });
}

void ElderCareWidget::markPeriod() {
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("periodName"));
    name->setPlaceholderText(tr("e.g. 高温天气, 春节"));
    const QDate today = m_care.database().clock().today();
    auto *from = new QDateEdit(today);
    from->setCalendarPopup(true);
    auto *to = new QDateEdit(today.addDays(7));
    to->setCalendarPopup(true);
    auto *days = new QSpinBox;
    days->setObjectName(QStringLiteral("periodDays"));
    days->setRange(1, 30);
    days->setValue(7);
    days->setSuffix(tr(" days"));
    FormDialog::run(
        this, tr("Mark a period"),
        {{tr("&Name:"), name}, {tr("&From:"), from}, {tr("&To:"), to}, {tr("Visit &every:"), days}},
        [&] {
            return m_care.addPeriod({{}, name->text(), from->date(), to->date(), days->value()})
                .status();
        });
}

void ElderCareWidget::closeTask() {
    const int row = m_tasks->currentIndex().row();
    if (row < 0 || row >= m_taskRows.size())
        return;
    const CareTask task = m_taskRows.at(row);
    auto *outcome = new QLineEdit;
    outcome->setObjectName(QStringLiteral("taskOutcome"));
    auto *day = new QDateEdit(m_care.database().clock().today());
    day->setCalendarPopup(true);
    const bool done =
        FormDialog::run(this, tr("Task done: %1").arg(task.elderName),
                        {{tr("&What was done:"), outcome}, {tr("&On:"), day}},
                        [&] { return m_care.closeTask(task.id, outcome->text(), day->date()); });
    // Closed unsaved, perhaps refused for another desk's record: the list shows what is saved.
    if (!done)
        reload();
}

} // namespace linli
