#include "cogovernance/buildingmeetingswidget.h"

#include "cogovernance/cogovernanceservice.h"
#include "cogovernance/meetingdialog.h"
#include "cogovernance/meetingservice.h"
#include "documents/meetingdocuments.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace linli {

namespace {

QString categoryName(OpinionCategory category) {
    switch (category) {
    case OpinionCategory::CorridorHygiene:
        return BuildingMeetingsWidget::tr("Corridor hygiene");
    case OpinionCategory::Lighting:
        return BuildingMeetingsWidget::tr("Lighting");
    case OpinionCategory::SharedSpace:
        return BuildingMeetingsWidget::tr("Shared space");
    case OpinionCategory::Safety:
        return BuildingMeetingsWidget::tr("Safety");
    case OpinionCategory::Other:
        return BuildingMeetingsWidget::tr("Other");
    }
    return {};
}

QString stateName(OpinionState state) {
    switch (state) {
    case OpinionState::Open:
        return BuildingMeetingsWidget::tr("open");
    case OpinionState::OnAgenda:
        return BuildingMeetingsWidget::tr("on an agenda");
    case OpinionState::Decided:
        return BuildingMeetingsWidget::tr("decided");
    case OpinionState::Done:
        return BuildingMeetingsWidget::tr("done");
    }
    return {};
}

QString shortDate(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QDateEdit *dateEdit(QDate date) {
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

BuildingMeetingsWidget::BuildingMeetingsWidget(MeetingService &service,
                                               const CoGovernanceService &coGovernance,
                                               QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_coGovernance(coGovernance)
    , m_opinionsModel(new StringTableModel(
          {tr("Raised"), tr("By"), tr("About"), tr("Opinion"), tr("State")}, this))
    , m_opinionsTable(makeListTable(m_opinionsModel, QStringLiteral("opinions"), this))
    , m_meetingsModel(new StringTableModel(
          {tr("When"), tr("Where"), tr("Topic"), tr("Households"), tr("Decisions")}, this))
    , m_meetingsTable(makeListTable(m_meetingsModel, QStringLiteral("meetings"), this))
    , m_detail(new QTextBrowser(this)) {
    m_detail->setObjectName(QStringLiteral("meetingDetail"));
    setEmptyHint(m_opinionsTable, tr("No opinions from this building yet: Record an opinion… "
                                     "when a resident raises one."));
    setEmptyHint(m_meetingsTable, tr("No council meetings yet: Call a meeting… about the chosen "
                                     "opinions."));
    auto button = [this](const QString &text, const char *name,
                         void (BuildingMeetingsWidget::*slot)(), const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *opinionButtons = new QHBoxLayout;
    opinionButtons->addWidget(new QLabel(tr("Opinions and suggestions (意见建议)"), this), 1);
    opinionButtons->addWidget(button(tr("Settled without a meeting"), "opinionDoneButton",
                                     &BuildingMeetingsWidget::markOpinionDone,
                                     tr("The chosen opinion was settled without a meeting")));
    opinionButtons->addWidget(
        button(tr("Record an &opinion…"), "opinionButton", &BuildingMeetingsWidget::recordOpinion,
               tr("Write down a resident's opinion or suggestion about the building")));
    auto *call =
        button(tr("Call a &meeting…"), "callMeetingButton", &BuildingMeetingsWidget::callMeeting,
               tr("Call a building council meeting about the chosen opinions"));
    m_meetingButtons = {
        button(tr("Who &came…"), "attendanceButton", &BuildingMeetingsWidget::recordAttendance,
               tr("Record who came to the meeting")),
        button(tr("&Decision…"), "decisionButton", &BuildingMeetingsWidget::recordDecision,
               tr("Record what the meeting decided")),
        button(tr("Ac&tion…"), "actionButton", &BuildingMeetingsWidget::addAction,
               tr("Record a follow-up action of the decision and who does it")),
        button(tr("Action d&one…"), "actionDoneButton", &BuildingMeetingsWidget::finishAction,
               tr("The chosen action is done")),
        button(tr("Post the &notice…"), "noticeButton", &BuildingMeetingsWidget::postNotice,
               tr("Print the meeting's notice for the building's notice board")),
    };
    auto *printButton = new QPushButton(tr("&Print"), this);
    printButton->setObjectName(QStringLiteral("printMeetingButton"));
    printButton->setToolTip(tr("Print the meeting's minutes"));
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(tr("Sign-in sheet (签到表)…"), this, [this] { print(0); });
    printMenu->addAction(tr("Minutes (会议纪要)…"), this, [this] { print(1); });
    printMenu->addAction(tr("Public notice (公示)…"), this, [this] { print(2); });
    printButton->setMenu(printMenu);
    m_meetingButtons << printButton;
    auto *meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(new QLabel(tr("Meetings"), this), 1);
    for (QPushButton *b : std::as_const(m_meetingButtons))
        meetingButtons->addWidget(b);
    meetingButtons->addWidget(call);

    auto *meetingsPart = new QWidget(this);
    auto *meetingsLayout = new QVBoxLayout(meetingsPart);
    meetingsLayout->setContentsMargins(0, 0, 0, 0);
    meetingsLayout->addLayout(meetingButtons);
    meetingsLayout->addWidget(m_meetingsTable, 1);
    meetingsLayout->addWidget(m_detail, 2);
    auto *opinionsPart = new QWidget(this);
    auto *opinionsLayout = new QVBoxLayout(opinionsPart);
    opinionsLayout->setContentsMargins(0, 0, 0, 0);
    opinionsLayout->addLayout(opinionButtons);
    opinionsLayout->addWidget(m_opinionsTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(opinionsPart);
    splitter->addWidget(meetingsPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_meetingsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BuildingMeetingsWidget::showChosenMeeting);
    connect(&m_service, &MeetingService::opinionsChanged, this, [this](BuildingId building) {
        if (building == m_building)
            reloadOpinions();
    });
    connect(&m_service, &MeetingService::meetingsChanged, this, [this](BuildingId building) {
        if (building == m_building)
            reloadMeetings();
    });
    for (QPushButton *b : std::as_const(m_meetingButtons))
        b->setEnabled(false);
}

void BuildingMeetingsWidget::setBuilding(BuildingId building, CompoundId compound,
                                         const QString &name) {
    m_building = building;
    m_compound = compound;
    m_name = name;
    m_meeting.reset();
    reloadOpinions();
    reloadMeetings();
}

void BuildingMeetingsWidget::reloadOpinions() {
    const auto opinions = m_service.repository().opinions(m_building);
    m_opinions = opinions ? *opinions : QList<Opinion>();
    QList<QStringList> rows;
    for (const Opinion &o : std::as_const(m_opinions))
        rows.append({shortDate(o.raisedOn), o.raisedBy, categoryName(o.category), o.text,
                     stateName(o.state)});
    m_opinionsModel->setRows(rows);
    m_opinionsTable->resizeColumnsToContents();
}

void BuildingMeetingsWidget::reloadMeetings() {
    const MeetingId chosen = m_meeting ? m_meeting->id : MeetingId{};
    const auto meetings = m_service.repository().meetings(m_building);
    m_meetings.clear();
    QList<QStringList> rows;
    if (meetings) {
        for (const Meeting &header : *meetings) {
            const auto full = m_service.repository().meeting(header.id);
            const Meeting m = full ? *full : header;
            m_meetings << m;
            rows.append({QLocale().toString(m.startsAt, QLocale::ShortFormat), m.venueName, m.topic,
                         QString::number(m.householdsPresent().size()),
                         QString::number(m.decisions.size())});
        }
    }
    m_meetingsModel->setRows(rows);
    m_meetingsTable->resizeColumnsToContents();
    if (chosen.isValid())
        showMeeting(chosen);
    else
        showChosenMeeting();
}

void BuildingMeetingsWidget::showMeeting(MeetingId id) {
    for (qsizetype row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).id == id) {
            m_meetingsTable->selectRow(int(row));
            showChosenMeeting();
            return;
        }
    }
}

void BuildingMeetingsWidget::showChosenMeeting() {
    const QModelIndexList rows = m_meetingsTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 || row >= m_meetings.size()) {
        m_meeting.reset();
        m_detail->clear();
        for (QPushButton *b : std::as_const(m_meetingButtons))
            b->setEnabled(false);
        return;
    }
    m_meeting = m_meetings.at(row);
    for (QPushButton *b : std::as_const(m_meetingButtons))
        b->setEnabled(true);
    const Meeting &m = *m_meeting;
    QString html =
        QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
            .arg(QLocale().toString(m.startsAt, QLocale::ShortFormat).toHtmlEscaped(),
                 m.venueName.toHtmlEscaped(), tr("called by %1").arg(m.convener).toHtmlEscaped());
    QStringList attendees;
    for (const Attendee &a : m.attendees)
        attendees << a.name.toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Present: %1 household(s). %2")
                         .arg(m.householdsPresent().size())
                         .arg(attendees.join(tr(", "))));
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Agenda"));
    for (const AgendaItem &item : m.agenda)
        html += QStringLiteral("<li>%1</li>").arg(item.title.toHtmlEscaped());
    html += QStringLiteral("</ol><p><b>%1</b></p>").arg(tr("Decisions"));
    for (const Decision &d : m.decisions) {
        const auto counted = m_service.tally(m, d);
        html +=
            QStringLiteral("<p>%1<br><i>%2</i></p>")
                .arg(d.text.toHtmlEscaped(),
                     counted ? MeetingDocuments::result(d, *counted).toHtmlEscaped() : QString());
        for (const MeetingAction &a : d.actions)
            html += QStringLiteral("<p style='margin-left:16px'>• %1 — %2, %3%4</p>")
                        .arg(a.text.toHtmlEscaped(), a.owner.toHtmlEscaped(),
                             tr("due %1").arg(shortDate(a.dueOn)),
                             a.doneOn.isValid()
                                 ? QStringLiteral(" ✓ ") + tr("done %1").arg(shortDate(a.doneOn))
                                 : (a.progress.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" · ") + a.progress.toHtmlEscaped()));
    }
    if (m.noticePostedOn.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Notice posted %1; objections until %2.")
                             .arg(shortDate(m.noticePostedOn), shortDate(m.objectionsUntil())));
    m_detail->setHtml(html);
}

void BuildingMeetingsWidget::recordOpinion() {
    if (!m_building.isValid())
        return;
    auto *by = new QLineEdit;
    by->setObjectName(QStringLiteral("opinionBy"));
    auto *category = new QComboBox;
    category->setObjectName(QStringLiteral("opinionCategory"));
    for (OpinionCategory c :
         {OpinionCategory::CorridorHygiene, OpinionCategory::Lighting, OpinionCategory::SharedSpace,
          OpinionCategory::Safety, OpinionCategory::Other})
        category->addItem(categoryName(c), int(c));
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("opinionText"));
    text->setMaximumHeight(90);
    FormDialog::run(this, tr("An opinion about %1").arg(m_name),
                    {{tr("Raised by:"), by}, {tr("About:"), category}, {tr("Opinion:"), text}},
                    [&] {
                        Opinion o;
                        o.buildingId = m_building;
                        o.raisedBy = by->text();
                        o.category = OpinionCategory(category->currentData().toInt());
                        o.text = text->toPlainText();
                        return m_service.raiseOpinion(o).status();
                    });
}

void BuildingMeetingsWidget::markOpinionDone() {
    const QModelIndexList rows = m_opinionsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_opinions.size())
        return;
    const Opinion &o = m_opinions.at(rows.first().row());
    if (const Status done = m_service.setOpinionState(o, OpinionState::Done); !done)
        ErrorReporter::report(this, tr("The opinion was not changed."), done.error());
}

void BuildingMeetingsWidget::callMeeting() {
    if (!m_building.isValid())
        return;
    MeetingDialog dialog(m_service, m_building, m_compound, m_name, this);
    if (dialog.exec() == QDialog::Accepted)
        showMeeting(dialog.meetingId());
}

void BuildingMeetingsWidget::recordAttendance() {
    if (!m_meeting)
        return;
    const auto households = m_coGovernance.repository().households(m_building, {});
    if (!households) {
        ErrorReporter::report(this, tr("Attendance cannot be recorded."), households.error());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("attendanceDialog"));
    dialog.setWindowTitle(tr("Who came"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("attendanceList"));
    QStringList others;
    QStringList representatives;
    QString gridWorker;
    for (const Attendee &a : std::as_const(m_meeting->attendees)) {
        if (a.role == AttendeeRole::GridWorker)
            gridWorker = a.name;
        else if (a.role == AttendeeRole::Representative)
            representatives << a.name;
        else if (!a.householdId.isValid())
            others << a.name;
    }
    for (const PactHousehold &h : *households) {
        const QString name = h.head.isEmpty() ? h.unit + h.room : h.head;
        auto *item = new QListWidgetItem(tr("%1%2 %3").arg(h.unit, h.room, h.head), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool came = std::any_of(m_meeting->attendees.cbegin(), m_meeting->attendees.cend(),
                                      [&](const Attendee &a) { return a.householdId == h.id; });
        item->setCheckState(came ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, h.id.value);
        item->setData(Qt::UserRole + 1, name);
        item->setData(Qt::UserRole + 2, h.headId.value);
    }
    auto *grid = new QLineEdit(gridWorker, &dialog);
    grid->setObjectName(QStringLiteral("attendanceGridWorker"));
    auto *delegates = new QLineEdit(representatives.join(tr(", ")), &dialog);
    delegates->setObjectName(QStringLiteral("attendanceRepresentatives"));
    delegates->setPlaceholderText(tr("Resident representatives (居民代表), separated by commas"));
    auto *guests = new QLineEdit(others.join(tr(", ")), &dialog);
    guests->setObjectName(QStringLiteral("attendanceOthers"));
    guests->setPlaceholderText(tr("Names, separated by commas"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("Tick each household that came (counted once for the quorum):"), &dialog));
    form->addRow(list);
    form->addRow(tr("Representatives:"), delegates);
    form->addRow(tr("Grid worker:"), grid);
    form->addRow(tr("Others:"), guests);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Attendee> attendees;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            attendees.append({ResidentId{item->data(Qt::UserRole + 2).toLongLong()},
                              HouseholdId{item->data(Qt::UserRole).toLongLong()},
                              item->data(Qt::UserRole + 1).toString(), AttendeeRole::Resident});
    }
    if (!grid->text().trimmed().isEmpty())
        attendees.append({{}, {}, grid->text().trimmed(), AttendeeRole::GridWorker});
    static const QRegularExpression separators(QStringLiteral("[,，、]"));
    for (const auto &[field, role] : {std::pair{delegates, AttendeeRole::Representative},
                                      std::pair{guests, AttendeeRole::Other}}) {
        for (const QString &name : field->text().split(separators, Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                attendees.append({{}, {}, name.trimmed(), role});
        }
    }
    if (const Status done = m_service.setAttendees(m_meeting->id, attendees); !done)
        ErrorReporter::report(this, tr("Attendance was not recorded."), done.error());
}

void BuildingMeetingsWidget::recordDecision() {
    if (!m_meeting)
        return;
    QList<std::pair<HouseholdId, QString>> present;
    for (const Attendee &a : std::as_const(m_meeting->attendees)) {
        if (a.householdId.isValid() &&
            std::none_of(present.cbegin(), present.cend(),
                         [&](const auto &p) { return p.first == a.householdId; }))
            present.append({a.householdId, a.name});
    }
    DecisionDialog dialog(m_service, *m_meeting, present, this);
    dialog.exec();
}

void BuildingMeetingsWidget::addAction() {
    if (!m_meeting || m_meeting->decisions.isEmpty()) {
        ErrorReporter::report(this, tr("No action was added."),
                              tr("Record the meeting's decision first."));
        return;
    }
    auto *decision = new QComboBox;
    for (const Decision &d : std::as_const(m_meeting->decisions))
        decision->addItem(d.text, d.id.value);
    auto *what = new QLineEdit;
    auto *owner = new QLineEdit;
    auto *due = dateEdit(m_service.database().clock().today().addDays(7));
    FormDialog::run(
        this, tr("A follow-up action"),
        {{tr("For:"), decision}, {tr("What:"), what}, {tr("Who:"), owner}, {tr("By:"), due}}, [&] {
            MeetingAction action;
            action.decisionId = DecisionId{decision->currentData().toLongLong()};
            action.text = what->text();
            action.owner = owner->text();
            action.dueOn = due->date();
            return m_service.addAction(action).status();
        });
}

void BuildingMeetingsWidget::finishAction() {
    if (!m_meeting)
        return;
    auto *action = new QComboBox;
    for (const Decision &d : std::as_const(m_meeting->decisions)) {
        for (const MeetingAction &a : d.actions) {
            if (!a.doneOn.isValid())
                action->addItem(tr("%1 (%2)").arg(a.text, a.owner), a.id.value);
        }
    }
    if (action->count() == 0) {
        delete action;
        ErrorReporter::report(this, tr("Nothing to record."),
                              tr("The meeting has no open actions."));
        return;
    }
    auto *progress = new QLineEdit;
    auto *done = dateEdit(m_service.database().clock().today());
    FormDialog::run(
        this, tr("Action done"),
        {{tr("Action:"), action}, {tr("What was done:"), progress}, {tr("Done on:"), done}}, [&] {
            return m_service.updateAction(MeetingActionId{action->currentData().toLongLong()},
                                          progress->text(), done->date());
        });
}

void BuildingMeetingsWidget::postNotice() {
    if (!m_meeting)
        return;
    auto *posted = dateEdit(m_service.database().clock().today());
    auto *days = new QSpinBox;
    days->setRange(1, 60);
    days->setValue(m_meeting->objectionDays);
    days->setSuffix(tr(" days"));
    FormDialog::run(this, tr("Public notice of the decisions"),
                    {{tr("Posted on:"), posted}, {tr("Objections taken for:"), days}}, [&] {
                        return m_service.postNotice(m_meeting->id, posted->date(), days->value());
                    });
}

void BuildingMeetingsWidget::print(int paper) {
    if (!m_meeting)
        return;
    const auto sheet = m_service.sheet(m_meeting->id);
    if (!sheet) {
        ErrorReporter::report(this, tr("The paper cannot be printed."), sheet.error());
        return;
    }
    std::unique_ptr<QTextDocument> document;
    QString title;
    switch (paper) {
    case 0:
        document = MeetingDocuments::attendanceSheet(*sheet);
        title = tr("Sign-in sheet — %1").arg(m_name);
        break;
    case 1:
        document = MeetingDocuments::minutes(*sheet);
        title = tr("Minutes — %1").arg(m_name);
        break;
    default:
        document = MeetingDocuments::notice(*sheet);
        title = tr("Public notice — %1").arg(m_name);
        break;
    }
    DocumentPrinter::preview(this, *document, title);
}

} // namespace linli
