#include "aid/eventswidget.h"

#include "access/permissions.h"
#include "aid/aidlabels.h"
#include "aid/eventservice.h"
#include "documents/aiddocuments.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/listexporter.h"
#include "widgets/residentpicker.h"
#include "widgets/showngate.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace linli {

EventsWidget::EventsWidget(EventService &events, RegistryService &registry,
                           OfficeSettingsService &office, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_registry(registry)
    , m_office(office)
    , m_eventList(new QListWidget(this))
    , m_activityModel(new StringTableModel(
          {tr("Activity"), tr("Kind"), tr("Starts"), tr("Place"), tr("Signed up"), tr("Came")},
          this))
    , m_signUpModel(new StringTableModel({tr("Name"), tr("Address"), tr("Attended")}, this))
    , m_activityTable(makeListTable(m_activityModel, QStringLiteral("activities"), this))
    , m_signUpTable(makeListTable(m_signUpModel, QStringLiteral("signUps"), this)) {
    m_shown = new ShownGate(this, [this] { reload(); });
    setObjectName(QStringLiteral("events"));
    m_eventList->setObjectName(QStringLiteral("eventList"));
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    auto *newEvent = button(tr("New &event…"), QStringLiteral("newEventButton"));
    newEvent->setToolTip(tr("A new event, such as the neighbourhood festival"));
    auto *helper = button(tr("&Helper…"), QStringLiteral("addHelperButton"));
    helper->setToolTip(tr("A resident who helped run the event; their hours count as volunteer "
                          "hours"));
    auto *newActivity = button(tr("New &activity…"), QStringLiteral("newActivityButton"));
    newActivity->setToolTip(tr("Add an activity (a game, a performance…) to the chosen event"));
    auto *print = button(tr("&Print the sign-up sheet…"), QStringLiteral("printSignUpButton"));
    print->setToolTip(tr("Print the chosen activity's sign-up sheet for the notice board"));
    auto *signUp = button(tr("&Sign up…"), QStringLiteral("signUpButton"));
    signUp->setToolTip(tr("Sign a resident up for the chosen activity"));
    auto *came = button(tr("Came"), QStringLiteral("attendedButton"));
    came->setToolTip(tr("The chosen resident came to the activity"));
    auto *away = button(tr("Did not come"), QStringLiteral("absentButton"));
    away->setToolTip(tr("The chosen resident signed up but did not come"));
    setEmptyHint(m_activityTable, tr("No activities yet: New activity… adds the first to the "
                                     "chosen event (New event… makes one)."));
    setEmptyHint(m_signUpTable, tr("Nobody has signed up for this activity yet: Sign up…"));
    auto *exportSignUps = button(tr("E&xport…"), QStringLiteral("exportSignUpsButton"));
    exportSignUps->setToolTip(tr("Who signed up for the chosen activity, to Excel or CSV"));
    exportSignUps->setVisible(
        Permissions::allows(m_events.database().session().role, Permission::ExportPersonalData));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Events"), left));
    leftLayout->addWidget(m_eventList, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newEvent);
    leftButtons->addWidget(helper);
    leftLayout->addLayout(leftButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Activities"), right));
    rightLayout->addWidget(m_activityTable, 2);
    auto *activityButtons = new QHBoxLayout;
    activityButtons->addWidget(newActivity);
    activityButtons->addWidget(print);
    activityButtons->addStretch();
    rightLayout->addLayout(activityButtons);
    rightLayout->addWidget(new QLabel(tr("Signed up for the chosen activity"), right));
    rightLayout->addWidget(m_signUpTable, 3);
    auto *signUpButtons = new QHBoxLayout;
    signUpButtons->addWidget(signUp);
    signUpButtons->addStretch();
    signUpButtons->addWidget(came);
    signUpButtons->addWidget(away);
    signUpButtons->addWidget(exportSignUps);
    rightLayout->addLayout(signUpButtons);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_eventList, &QListWidget::currentRowChanged, this, &EventsWidget::showEvent);
    connect(m_activityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsWidget::showActivity);
    connect(newEvent, &QPushButton::clicked, this, &EventsWidget::newEvent);
    connect(helper, &QPushButton::clicked, this, &EventsWidget::addHelper);
    connect(newActivity, &QPushButton::clicked, this, &EventsWidget::newActivity);
    connect(print, &QPushButton::clicked, this, &EventsWidget::printSheet);
    connect(signUp, &QPushButton::clicked, this, &EventsWidget::signUp);
    connect(exportSignUps, &QPushButton::clicked, this, &EventsWidget::exportSignUps);
    connect(came, &QPushButton::clicked, this, [this] { markAttendance(true); });
    connect(away, &QPushButton::clicked, this, [this] { markAttendance(false); });
    connect(&m_events, &EventService::eventsChanged, this, &EventsWidget::reload);
    reload();
}

const Event *EventsWidget::chosenEvent() const {
    const int row = m_eventList->currentRow();
    return row >= 0 && row < m_eventRows.size() ? &m_eventRows.at(row) : nullptr;
}

const Activity *EventsWidget::chosenActivity() const {
    const int row = m_activityTable->currentIndex().row();
    return row >= 0 && row < m_activityRows.size() ? &m_activityRows.at(row) : nullptr;
}

void EventsWidget::reload() {
    if (m_shown->defer())
        return;
    const auto events = m_events.repository().events();
    if (!events) {
        ErrorReporter::report(this, tr("The events could not be read."), events.error());
        return;
    }
    const int eventRow = qMax(0, m_eventList->currentRow());
    const int activityRow = qMax(0, m_activityTable->currentIndex().row());
    m_eventRows = *events;
    {
        const QSignalBlocker quiet(m_eventList);
        m_eventList->clear();
        const QLocale locale;
        for (const Event &e : std::as_const(m_eventRows))
            m_eventList->addItem(
                tr("%1\n%2 · %3")
                    .arg(e.name, locale.toString(e.heldOn, QLocale::ShortFormat), e.place));
    }
    if (!m_eventRows.isEmpty())
        m_eventList->setCurrentRow(qMin(eventRow, int(m_eventRows.size()) - 1));
    showEvent(m_eventList->currentRow());
    if (activityRow < m_activityRows.size())
        m_activityTable->selectRow(activityRow);
    showActivity();
}

void EventsWidget::showEvent(int row) {
    m_activityRows.clear();
    if (row >= 0 && row < m_eventRows.size()) {
        const auto activities = m_events.repository().activities(m_eventRows.at(row).id);
        if (activities)
            m_activityRows = *activities;
    }
    QList<QStringList> rows;
    const QLocale locale;
    for (const Activity &a : std::as_const(m_activityRows))
        rows.append({a.name, AidLabels::activityKind(a.kind),
                     a.startsAt.isValid() ? locale.toString(a.startsAt.time(), QLocale::ShortFormat)
                                          : QString(),
                     a.place,
                     a.capacity > 0 ? tr("%1 of %2").arg(a.signedUp).arg(a.capacity)
                                    : QString::number(a.signedUp),
                     QString::number(a.attended)});
    m_activityModel->setRows(rows);
    m_activityTable->resizeColumnsToContents();
    if (!m_activityRows.isEmpty())
        m_activityTable->selectRow(0);
    showActivity();
}

void EventsWidget::showActivity() {
    m_signUpRows.clear();
    if (const Activity *a = chosenActivity()) {
        const auto signUps = m_events.repository().signUps(a->id);
        if (signUps)
            m_signUpRows = *signUps;
    }
    QList<QStringList> rows;
    for (const SignUp &s : std::as_const(m_signUpRows))
        rows.append({s.name, s.address,
                     !s.attended ? QString() : (*s.attended ? tr("came") : tr("did not come"))});
    m_signUpModel->setRows(rows);
    m_signUpTable->resizeColumnsToContents();
}

void EventsWidget::newEvent() {
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("eventName"));
    name->setPlaceholderText(tr("e.g. 第三届邻里节"));
    auto *day = new QDateEdit(m_events.database().clock().today().addDays(14));
    day->setObjectName(QStringLiteral("eventDay"));
    day->setCalendarPopup(true);
    auto *place = new QLineEdit;
    place->setObjectName(QStringLiteral("eventPlace"));
    FormDialog::run(
        this, tr("New event"), {{tr("&Name:"), name}, {tr("&On:"), day}, {tr("&Place:"), place}},
        [&] {
            return m_events.createEvent({{}, name->text(), day->date(), place->text()}).status();
        });
}

void EventsWidget::newActivity() {
    const Event *event = chosenEvent();
    if (!event) {
        ErrorReporter::report(this, tr("No activity was added."), tr("Choose the event first."));
        return;
    }
    const Event chosen = *event;
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("activityName"));
    name->setPlaceholderText(tr("e.g. 趣味拔河"));
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("activityKind"));
    for (const ActivityKind k :
         {ActivityKind::Sports, ActivityKind::Talent, ActivityKind::Performance,
          ActivityKind::Handicraft, ActivityKind::Other})
        kind->addItem(AidLabels::activityKind(k), int(k));
    auto *starts = new QDateTimeEdit(QDateTime(chosen.heldOn, QTime(9, 0)));
    starts->setObjectName(QStringLiteral("activityStarts"));
    auto *place = new QLineEdit(chosen.place);
    auto *capacity = new QSpinBox;
    capacity->setObjectName(QStringLiteral("activityCapacity"));
    capacity->setRange(0, 9999);
    capacity->setSpecialValueText(tr("no limit"));
    FormDialog::run(this, tr("New activity of %1").arg(chosen.name),
                    {{tr("&Name:"), name},
                     {tr("&Kind:"), kind},
                     {tr("&Starts:"), starts},
                     {tr("&Place:"), place},
                     {tr("&Places:"), capacity}},
                    [&] {
                        Activity a;
                        a.eventId = chosen.id;
                        a.name = name->text();
                        a.kind = ActivityKind(kind->currentData().toInt());
                        a.startsAt = starts->dateTime();
                        a.place = place->text();
                        a.capacity = capacity->value();
                        return m_events.addActivity(a).status();
                    });
}

void EventsWidget::signUp() {
    const Activity *activity = chosenActivity();
    if (!activity) {
        ErrorReporter::report(this, tr("Nobody was signed up."), tr("Choose the activity first."));
        return;
    }
    const ActivityId id = activity->id;
    auto *who = new ResidentPicker(m_registry.residents());
    who->setObjectName(QStringLiteral("signUpResident"));
    who->setPlaceholderText(tr("Name, phone or address"));
    FormDialog::run(this, tr("Sign up for %1").arg(activity->name), {{tr("&Who:"), who}}, [&] {
        return m_events.signUp(id, who->chosen() ? who->chosen()->resident.id : ResidentId{});
    });
}

void EventsWidget::markAttendance(bool attended) {
    const Activity *activity = chosenActivity();
    const int row = m_signUpTable->currentIndex().row();
    if (!activity || row < 0 || row >= m_signUpRows.size())
        return;
    if (const Status done =
            m_events.markAttendance(activity->id, m_signUpRows.at(row).residentId, attended);
        !done)
        ErrorReporter::report(this, tr("The attendance was not recorded."), done.error());
}

void EventsWidget::addHelper() {
    const Event *event = chosenEvent();
    if (!event) {
        ErrorReporter::report(this, tr("No helper was added."), tr("Choose the event first."));
        return;
    }
    const EventId id = event->id;
    auto *who = new ResidentPicker(m_registry.residents());
    who->setObjectName(QStringLiteral("helperResident"));
    auto *task = new QLineEdit;
    task->setPlaceholderText(tr("e.g. 签到, 布置场地"));
    auto *hours = new QDoubleSpinBox;
    hours->setObjectName(QStringLiteral("helperHours"));
    hours->setRange(0, 24);
    hours->setSingleStep(0.5);
    hours->setValue(2);
    hours->setSuffix(tr(" h"));
    FormDialog::run(this, tr("A helper at %1").arg(event->name),
                    {{tr("&Who:"), who}, {tr("&Task:"), task}, {tr("&Hours:"), hours}}, [&] {
                        return m_events.addHelper(
                            {id,
                             who->chosen() ? who->chosen()->resident.id : ResidentId{},
                             {},
                             task->text(),
                             hours->value()});
                    });
}

void EventsWidget::printSheet() {
    const Event *event = chosenEvent();
    const Activity *activity = chosenActivity();
    const auto office = m_office.identity();
    if (!event || !activity || !office) {
        ErrorReporter::report(this, tr("The sign-up sheet cannot be printed."),
                              !office ? office.error() : tr("Choose the activity first."));
        return;
    }
    auto document = AidDocuments::signUpSheet(*event, *activity, m_signUpRows, *office);
    DocumentPrinter::preview(this, *document, tr("Sign-up sheet %1").arg(activity->name));
}

} // namespace linli

namespace linli {

void EventsWidget::exportSignUps() {
    const Event *event = chosenEvent();
    const Activity *activity = chosenActivity();
    if (!event || !activity) {
        ErrorReporter::report(this, tr("The sign-ups cannot be exported."),
                              tr("Choose the activity first."));
        return;
    }
    // 邻里节-拔河-报名名单: which list it is, from the file's name alone.
    ListExporter::runModel(this, m_events.database(), tr("Export the sign-ups"),
                           QStringLiteral("%1-%2-报名名单").arg(event->name, activity->name),
                           *m_signUpModel, QStringLiteral("event_signups"),
                           Permission::ExportPersonalData);
}

} // namespace linli
