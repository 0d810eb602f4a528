#include "complaints/complaintactiondialog.h"

#include "complaints/complaintlabels.h"
#include "complaints/complaintservice.h"
#include "storage/database.h"
#include "widgets/savingguard.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

ComplaintActionDialog::ComplaintActionDialog(ComplaintService &service, const Complaint &complaint,
                                             ComplaintAction action, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_complaint(complaint)
    , m_action(action)
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("complaintActionDialog"));
    setWindowTitle(
        tr("%1 — %2").arg(complaint.number(), ComplaintLabels::action(action).remove(u'…')));
    setMinimumWidth(460);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(110);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(
        new QLabel(QStringLiteral("<b>%1</b> %2")
                       .arg(complaint.number().toHtmlEscaped(), complaint.summary.toHtmlEscaped()),
                   this));
    QString textLabel = tr("Note:");
    switch (action) {
    case ComplaintAction::Assign: {
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("levelCombo"));
        for (const Level level : ComplaintLabels::levels())
            m_level->addItem(ComplaintLabels::level(level), int(level));
        m_handler = new QLineEdit(this);
        m_handler->setObjectName(QStringLiteral("handlerEdit"));
        m_body = new QComboBox(this);
        m_body->setObjectName(QStringLiteral("bodyCombo"));
        if (const auto bodies = service.complaints().referralBodies()) {
            for (const ReferralBody &body : *bodies)
                m_body->addItem(body.name, body.id.value);
        }
        form->addRow(tr("Settle at &level:"), m_level);
        form->addRow(tr("&Handled by:"), m_handler);
        form->addRow(tr("&Referred to:"), m_body);
        textLabel = tr("Why, for the hand-over:");
        if (complaint.level)
            m_level->setCurrentIndex(m_level->findData(int(*complaint.level)));
        connect(m_level, &QComboBox::currentIndexChanged, this,
                &ComplaintActionDialog::levelChanged);
        levelChanged();
        break;
    }
    case ComplaintAction::Resolve:
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("levelCombo"));
        for (const Level level : ComplaintLabels::levels())
            m_level->addItem(ComplaintLabels::level(level), int(level));
        if (complaint.level)
            m_level->setCurrentIndex(m_level->findData(int(*complaint.level)));
        form->addRow(tr("Settled at &level:"), m_level);
        textLabel = tr("What was done:");
        break;
    case ComplaintAction::Answer:
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("methodCombo"));
        m_method->setEditable(true);
        m_method->addItems(
            {tr("By phone"), tr("In person at home"), tr("At the office"), tr("By text message")});
        form->addRow(tr("&How:"), m_method);
        break;
    case ComplaintAction::FollowUp:
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("satisfactionCombo"));
        for (const Satisfaction s :
             {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Unsatisfied})
            m_satisfaction->addItem(ComplaintLabels::satisfaction(s), int(s));
        form->addRow(tr("The reporter is:"), m_satisfaction);
        break;
    case ComplaintAction::Extend:
        m_due = new QDateTimeEdit(complaint.dueAt.addDays(2), this);
        m_due->setObjectName(QStringLiteral("dueEdit"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        form->addRow(tr("New &due date:"), m_due);
        textLabel = tr("Reason:");
        break;
    case ComplaintAction::Revisit:
        textLabel = tr("What the reporter said:");
        break;
    default:
        break;
    }
    form->addRow(textLabel, m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("actionOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintActionDialog::reject);
}

void ComplaintActionDialog::levelChanged() {
    const Level level = Level(m_level->currentData().toInt());
    m_body->setEnabled(level == Level::Referred);
    const RoutingSuggestion suggestion = m_service.suggestRouting(m_complaint.place.buildingId);
    // Suggest the registry's people for the level; staff may type anyone.
    switch (level) {
    case Level::Building:
        m_handler->setText(suggestion.neighbourHead);
        m_handler->setPlaceholderText(tr("The building's neighbour head or self-governance group"));
        break;
    case Level::Community:
        m_handler->setText(suggestion.gridWorker);
        m_handler->setPlaceholderText(tr("A grid worker or staff member"));
        break;
    case Level::Mediation:
        m_handler->setText(tr("Mediation room"));
        break;
    case Level::Referred:
        m_handler->clear();
        m_handler->setPlaceholderText(tr("Leave empty to use the body's name"));
        break;
    }
}

void ComplaintActionDialog::accept() {
    const QString text = m_text->toPlainText();
    // The complaint as this dialog was opened on it: a desk that changed it meanwhile is named.
    const ComplaintRef id = m_complaint;
    const SavingGuard saving(this);
    Status done = Status::success();
    switch (m_action) {
    case ComplaintAction::Assign:
        done = m_service.assign(id, Level(m_level->currentData().toInt()), m_handler->text(),
                                ReferralBodyId{m_body->currentData().toLongLong()}, text);
        break;
    case ComplaintAction::Start:
        done = m_service.start(id, text);
        break;
    case ComplaintAction::Resolve:
        done = m_service.resolve(id, Level(m_level->currentData().toInt()), text);
        break;
    case ComplaintAction::Answer:
        done = m_service.answer(id, m_method->currentText(), text);
        break;
    case ComplaintAction::FollowUp:
        done = m_service.followUp(id, Satisfaction(m_satisfaction->currentData().toInt()), text);
        break;
    case ComplaintAction::Close:
        done = m_service.close(id, text);
        break;
    case ComplaintAction::Extend:
        done = m_service.extend(id, m_due->dateTime(), text);
        break;
    case ComplaintAction::Remind:
        done = m_service.remind(id, text);
        break;
    case ComplaintAction::Revisit:
        done = m_service.revisit(id, text);
        break;
    }
    if (!done) {
        m_error->setText(done.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
