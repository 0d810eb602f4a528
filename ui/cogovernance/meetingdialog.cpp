#include "cogovernance/meetingdialog.h"

#include "cogovernance/meetingservice.h"
#include "storage/database.h"
#include "widgets/savingguard.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

MeetingDialog::MeetingDialog(MeetingService &service, BuildingId building, CompoundId compound,
                             const QString &buildingName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_building(building)
    , m_when(new QDateTimeEdit(this))
    , m_venue(new QComboBox(this))
    , m_convener(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_opinions(new QListWidget(this))
    , m_complaints(new QListWidget(this))
    , m_items(new QPlainTextEdit(this))
    , m_error(errorLabel(this, QStringLiteral("meetingError"))) {
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(tr("Call a meeting of %1").arg(buildingName));
    setMinimumWidth(560);
    const QDate today = service.database().clock().today();
    m_when->setDateTime(QDateTime(today.addDays(2), QTime(19, 0)));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->setObjectName(QStringLiteral("meetingWhen"));
    m_convener->setObjectName(QStringLiteral("meetingConvener"));
    m_convener->setPlaceholderText(tr("The neighbour head, usually"));
    m_topic->setObjectName(QStringLiteral("meetingTopic"));
    m_opinions->setObjectName(QStringLiteral("meetingOpinions"));
    m_opinions->setMaximumHeight(140);
    m_items->setObjectName(QStringLiteral("meetingItems"));
    m_items->setPlaceholderText(tr("Other items, one a line"));
    m_items->setMaximumHeight(90);
    m_venue->setObjectName(QStringLiteral("meetingVenue"));
    m_venue->addItem(tr("(not fixed yet)"), 0);
    if (const auto venues = service.repository().venues(compound)) {
        for (const CouncilVenue &v : *venues)
            m_venue->addItem(v.room.isEmpty() ? v.name : tr("%1, %2").arg(v.name, v.room),
                             v.id.value);
        if (m_venue->count() > 1)
            m_venue->setCurrentIndex(1);
    }
    // Complaints about the building still open: the meeting may take them up too.
    m_complaints->setObjectName(QStringLiteral("meetingComplaints"));
    m_complaints->setMaximumHeight(110);
    if (const auto complaints = service.openComplaints(building)) {
        for (const Complaint &c : *complaints) {
            auto *item = new QListWidgetItem(tr("Complaint %1: %2").arg(c.number(), c.summary),
                                             m_complaints);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, c.id.value);
            item->setData(Qt::UserRole + 1, c.summary);
        }
    }
    if (const auto opinions = service.repository().opinions(building)) {
        for (const Opinion &o : *opinions) {
            if (o.state != OpinionState::Open)
                continue;
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(o.text, o.raisedBy), m_opinions);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setData(Qt::UserRole, o.id.value);
            item->setData(Qt::UserRole + 1, o.text);
        }
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Where:"), m_venue);
    form->addRow(tr("&Called by:"), m_convener);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("Open opinions:"), m_opinions);
    form->addRow(tr("Open complaints:"), m_complaints);
    form->addRow(tr("Other &items:"), m_items);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("meetingOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
}

void MeetingDialog::accept() {
    Meeting meeting;
    meeting.buildingId = m_building;
    meeting.startsAt = m_when->dateTime();
    meeting.venueId = CouncilVenueId{m_venue->currentData().toLongLong()};
    meeting.convener = m_convener->text();
    meeting.topic = m_topic->text();
    for (int row = 0; row < m_opinions->count(); ++row) {
        const QListWidgetItem *item = m_opinions->item(row);
        if (item->checkState() == Qt::Checked)
            meeting.agenda.append({{},
                                   item->data(Qt::UserRole + 1).toString(),
                                   OpinionId{item->data(Qt::UserRole).toLongLong()},
                                   0});
    }
    for (int row = 0; row < m_complaints->count(); ++row) {
        const QListWidgetItem *item = m_complaints->item(row);
        if (item->checkState() == Qt::Checked)
            meeting.agenda.append({{},
                                   item->data(Qt::UserRole + 1).toString(),
                                   {},
                                   item->data(Qt::UserRole).toLongLong()});
    }
    for (const QString &line : m_items->toPlainText().split(u'\n'))
        meeting.agenda.append({{}, line, {}, 0});
    const SavingGuard saving(this);
    const auto called = m_service.callMeeting(meeting);
    if (!called) {
        m_error->setText(called.error());
        m_error->show();
        return;
    }
    m_meetingId = *called;
    QDialog::accept();
}

DecisionDialog::DecisionDialog(MeetingService &service, const Meeting &meeting,
                               const QList<std::pair<HouseholdId, QString>> &present,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_meeting(meeting)
    , m_item(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_rule(new QComboBox(this))
    , m_votes(new QListWidget(this))
    , m_tally(new QLabel(this))
    , m_error(errorLabel(this, QStringLiteral("decisionError")))
    , m_present(present) {
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a decision"));
    setMinimumWidth(520);
    m_item->setObjectName(QStringLiteral("decisionItem"));
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setMaximumHeight(80);
    m_rule->setObjectName(QStringLiteral("decisionRule"));
    m_votes->setObjectName(QStringLiteral("decisionVotes"));
    m_tally->setObjectName(QStringLiteral("decisionTally"));
    m_tally->setWordWrap(true);
    for (const AgendaItem &item : meeting.agenda)
        m_item->addItem(item.title, item.id.value);
    m_rule->addItem(tr("Agreed by all present"), int(VoteRule::Consensus));
    m_rule->addItem(tr("Vote: more than half of the votes"), int(VoteRule::Majority));
    m_rule->addItem(tr("Vote: two thirds of the votes"), int(VoteRule::TwoThirds));
    // One line a household present, with its vote.
    for (const auto &[household, name] : present) {
        Q_UNUSED(household)
        auto *item = new QListWidgetItem(m_votes);
        auto *row = new QWidget(m_votes);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(4, 0, 4, 0);
        auto *choice = new QComboBox(row);
        choice->addItem(tr("for"), int(Vote::For));
        choice->addItem(tr("against"), int(Vote::Against));
        choice->addItem(tr("abstain"), int(Vote::Abstain));
        layout->addWidget(new QLabel(name, row), 1);
        layout->addWidget(choice);
        item->setSizeHint(row->sizeHint());
        m_votes->setItemWidget(item, row);
        m_choices << choice;
        connect(choice, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateTally);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Agenda &item:"), m_item);
    form->addRow(tr("&Decided:"), m_text);
    form->addRow(tr("&How:"), m_rule);
    form->addRow(tr("Votes of the households present:"), m_votes);
    form->addRow(QString(), m_tally);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("decisionOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateTally);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    updateTally();
}

Decision DecisionDialog::draft() const {
    Decision d;
    d.agendaItemId = AgendaItemId{m_item->currentData().toLongLong()};
    d.text = m_text->toPlainText();
    d.rule = VoteRule(m_rule->currentData().toInt());
    if (d.rule != VoteRule::Consensus) {
        for (qsizetype i = 0; i < m_present.size(); ++i)
            d.votes.append({m_present.at(i).first, Vote(m_choices.at(i)->currentData().toInt())});
    }
    return d;
}

void DecisionDialog::updateTally() {
    const bool voting = m_rule->currentData().toInt() != int(VoteRule::Consensus);
    m_votes->setEnabled(voting);
    const auto counted = m_service.tally(m_meeting, draft());
    if (!counted) {
        m_tally->setText(counted.error());
        return;
    }
    QString text = tr("%1 of the building's %2 households present: %3.")
                       .arg(counted->present)
                       .arg(counted->households)
                       .arg(counted->quorum ? tr("a quorum") : tr("no quorum"));
    if (voting)
        text += u' ' + tr("For %1, against %2, abstaining %3.")
                           .arg(counted->forVotes)
                           .arg(counted->against)
                           .arg(counted->abstain);
    text += u' ' + (counted->passed ? tr("It passes.") : tr("It does not pass."));
    m_tally->setText(text);
}

void DecisionDialog::accept() {
    const SavingGuard saving(this);
    const auto decided = m_service.decide(m_meeting.id, draft());
    if (!decided) {
        m_error->setText(decided.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
