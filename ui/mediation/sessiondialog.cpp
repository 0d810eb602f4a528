#include "mediation/sessiondialog.h"

#include "mediation/mediationlabels.h"
#include "mediation/mediationservice.h"
#include "storage/database.h"

#include "widgets/buddylabel.h"
#include "widgets/savingguard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace linli {

namespace {
constexpr int MediatorRole = Qt::UserRole + 1;
constexpr int StaffRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 5;
constexpr int KindRole = Qt::UserRole + 6;
constexpr int PhoneRole = Qt::UserRole + 7;
constexpr int PartyRole = Qt::UserRole + 3;
constexpr int SlotRole = Qt::UserRole + 4;
} // namespace

SessionDialog::SessionDialog(MediationService &service, const MediationCase &mediationCase,
                             QDateTime suggested, const Session *existing, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_case(mediationCase)
    , m_moving(existing != nullptr)
    , m_date(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_length(new QComboBox(this))
    , m_venue(new QComboBox(this))
    , m_place(new QLineEdit(this))
    , m_mediators(new QListWidget(this))
    , m_parties(new QListWidget(this))
    , m_others(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_slots(new QListWidget(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("sessionDialog"));
    if (existing) {
        m_sessionId = existing->id;
        m_sessionVersion = existing->version;
    }
    setWindowTitle(m_moving ? tr("Move the session — %1").arg(mediationCase.number)
                            : tr("Schedule a session — %1").arg(mediationCase.number));
    setMinimumWidth(520);
    const QDateTime start = existing ? existing->start : suggested;
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_date->setDate(start.date());
    m_start->setObjectName(QStringLiteral("sessionStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(start.time());
    m_length->setObjectName(QStringLiteral("sessionLength"));
    for (int minutes : {30, 60, 90, 120, 180})
        m_length->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    const int length = existing ? int(existing->start.secsTo(existing->end) / 60) : 90;
    m_length->setCurrentIndex(qMax(0, m_length->findData(length)));
    m_venue->setObjectName(QStringLiteral("sessionVenue"));
    for (VenueKind kind :
         {VenueKind::MediationRoom, VenueKind::OnSite, VenueKind::CouncilHall, VenueKind::Online})
        m_venue->addItem(MediationLabels::venue(kind), int(kind));
    m_place->setObjectName(QStringLiteral("sessionPlace"));
    m_place->setPlaceholderText(tr("The address on site, or which council hall"));
    if (existing) {
        m_venue->setCurrentIndex(m_venue->findData(int(existing->venue.kind)));
        m_place->setText(existing->venue.place);
    }
    m_mediators->setObjectName(QStringLiteral("sessionMediators"));
    m_parties->setObjectName(QStringLiteral("sessionParties"));
    m_others->setObjectName(QStringLiteral("sessionOthers"));
    m_others->setPlaceholderText(tr("Others attending, e.g. 王师傅（管道维修）, 李某（证人）"));
    m_purpose->setObjectName(QStringLiteral("sessionPurpose"));
    m_slots->setObjectName(QStringLiteral("freeSlots"));
    m_slots->setMaximumHeight(90);
    m_error->setObjectName(QStringLiteral("sessionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    const QList<MediatorId> chosen = existing ? existing->mediators : mediationCase.team;
    if (const auto team = service.repository().mediators()) {
        for (const Mediator &m : *team) {
            if (!m.active)
                continue;
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(m.name, MediationLabels::mediatorKind(m.kind)), m_mediators);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setData(MediatorRole, m.id.value);
            item->setData(StaffRole, m.staffId.value);
            item->setData(NameRole, m.name);
            item->setData(KindRole, int(m.kind));
            item->setData(PhoneRole, m.phone);
            item->setCheckState(m.id.isValid() && chosen.contains(m.id) ? Qt::Checked
                                                                        : Qt::Unchecked);
        }
    }
    for (const Party &p : mediationCase.parties) {
        auto *item = new QListWidgetItem(p.name, m_parties);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(PartyRole, p.id.value);
        item->setCheckState(!existing || existing->parties.contains(p.id) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    if (existing) {
        m_purpose->setText(existing->purpose);
        QStringList others;
        for (const auto &[name, role] : existing->others)
            others << (role.isEmpty() ? name : tr("%1 (%2)").arg(name, role));
        m_others->setText(others.join(tr(", ")));
        // Moving keeps who attends; only the time and place change.
        m_mediators->setEnabled(false);
        m_parties->setEnabled(false);
        m_others->setEnabled(false);
        m_purpose->setEnabled(false);
    }

    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(m_start, 1);
    when->addWidget(m_length, 1);
    auto *where = new QHBoxLayout;
    where->addWidget(m_venue, 1);
    where->addWidget(m_place, 2);
    auto *suggestButton = new QPushButton(tr("Suggest free &times"), this);
    suggestButton->setObjectName(QStringLiteral("suggestButton"));
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&When:"), m_date, this), when);
    form->addRow(buddyLabel(tr("&Where:"), m_venue, this), where);
    form->addRow(tr("&Mediators:"), m_mediators);
    form->addRow(tr("&Parties:"), m_parties);
    form->addRow(tr("&Others:"), m_others);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(suggestButton, m_slots);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sessionOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    connect(suggestButton, &QPushButton::clicked, this, &SessionDialog::suggest);
    connect(m_slots, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QDateTime at = item->data(SlotRole).toDateTime();
        m_date->setDate(at.date());
        m_start->setTime(at.time());
    });
}

Result<Session> SessionDialog::session() {
    Session s;
    s.caseId = m_case.id;
    s.start = QDateTime(m_date->date(), m_start->time());
    s.end = s.start.addSecs(60 * m_length->currentData().toInt());
    s.venue = {VenueKind(m_venue->currentData().toInt()), m_place->text().simplified()};
    s.purpose = m_purpose->text().simplified();
    for (int row = 0; row < m_mediators->count(); ++row) {
        QListWidgetItem *item = m_mediators->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const MediatorId id{item->data(MediatorRole).toLongLong()};
        if (id.isValid()) {
            s.mediators << id;
            continue;
        }
        // A staff member joins the team with the booking, in the same save.
        Mediator staff;
        staff.staffId = StaffId{item->data(StaffRole).toLongLong()};
        // From the item's data, not its text: the text is translated and decorated.
        staff.name = item->data(NameRole).toString();
        staff.kind = MediatorKind(item->data(KindRole).toInt());
        staff.phone = item->data(PhoneRole).toString();
        s.joining << staff;
    }
    for (int row = 0; row < m_parties->count(); ++row) {
        if (m_parties->item(row)->checkState() == Qt::Checked)
            s.parties << PartyId{m_parties->item(row)->data(PartyRole).toLongLong()};
    }
    for (QString other : m_others->text().split(QRegularExpression(QStringLiteral("[,，、;；]")),
                                                Qt::SkipEmptyParts)) {
        other = other.simplified();
        const qsizetype open = other.indexOf(QRegularExpression(QStringLiteral("[(（]")));
        if (open > 0)
            s.others.append({other.left(open).trimmed(), other.mid(open + 1).chopped(1).trimmed()});
        else if (!other.isEmpty())
            s.others.append({other, QString()});
    }
    return s;
}

void SessionDialog::suggest() {
    m_slots->clear();
    auto wanted = session();
    if (!wanted) {
        m_error->setText(wanted.error());
        m_error->show();
        return;
    }
    wanted->id = m_sessionId;
    const QDateTime from =
        std::max(QDateTime(m_date->date(), QTime(8, 0)), m_service.database().clock().now());
    const auto slots = m_service.freeSlots(*wanted, from, 6);
    if (!slots) {
        m_error->setText(slots.error());
        m_error->show();
        return;
    }
    for (const QDateTime &at : *slots) {
        auto *item = new QListWidgetItem(
            QLocale().toString(at, QStringLiteral("yyyy-MM-dd ddd HH:mm")), m_slots);
        item->setData(SlotRole, at);
    }
    if (slots->isEmpty())
        new QListWidgetItem(tr("No free time in the next two months."), m_slots);
}

void SessionDialog::accept() {
    auto wanted = session();
    const SavingGuard saving(this);
    Status done = wanted.status();
    if (wanted) {
        if (m_moving) {
            SessionRef seen(m_sessionId);
            seen.version = m_sessionVersion;
            done = m_service.reschedule(seen, wanted->start, wanted->end, wanted->venue);
        } else {
            const auto booked = m_service.schedule(*wanted);
            done = booked.status();
            if (booked)
                m_sessionId = *booked;
        }
    }
    if (!done) {
        m_error->setText(done.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
