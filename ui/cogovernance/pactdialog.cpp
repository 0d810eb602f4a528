#include "cogovernance/pactdialog.h"

#include "cogovernance/cogovernanceservice.h"
#include "cogovernance/meetingrepository.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

PactDialog::PactDialog(CoGovernanceService &service, const MeetingRepository &meetings,
                       BuildingId building, const QString &buildingName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_building(building)
    , m_source(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_clauses(new QPlainTextEdit(this))
    , m_adoptedOn(new QDateEdit(service.database().clock().today(), this))
    , m_rota(new QComboBox(this))
    , m_decision(new QComboBox(this))
    , m_rotaStart(new QDateEdit(service.database().clock().today(), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("pactDialog"));
    setMinimumSize(640, 560);
    m_source->setObjectName(QStringLiteral("pactSource"));
    m_title->setObjectName(QStringLiteral("pactTitle"));
    m_clauses->setObjectName(QStringLiteral("pactClauses"));
    m_adoptedOn->setObjectName(QStringLiteral("pactAdoptedOn"));
    m_rota->setObjectName(QStringLiteral("pactRota"));
    m_error->setObjectName(QStringLiteral("pactError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    for (QDateEdit *date : {m_adoptedOn, m_rotaStart}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_adoptedOn->setMaximumDate(service.database().clock().today());
    // The building meeting's decision that adopted the pact, if it was voted on.
    m_decision->setObjectName(QStringLiteral("pactDecision"));
    m_decision->addItem(tr("(not adopted at a recorded meeting)"), 0);
    if (const auto held = meetings.meetings(building)) {
        for (const Meeting &header : *held) {
            const auto meeting = meetings.meeting(header.id);
            if (!meeting)
                continue;
            for (const Decision &d : meeting->decisions)
                m_decision->addItem(
                    tr("%1: %2").arg(
                        meeting->startsAt.date().toString(QStringLiteral("yyyy-MM-dd")), d.text),
                    d.id.value);
        }
    }
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this, meetings] {
        const qint64 id = m_decision->currentData().toLongLong();
        if (id <= 0)
            return;
        if (const auto meeting = meetings.meetingOf(DecisionId{id}))
            if (const auto held = meetings.meeting(*meeting))
                m_adoptedOn->setDate(held->startsAt.date());
    });
    m_rota->addItem(tr("No rota"), int(RotaMode::None));
    m_rota->addItem(tr("By floor: one floor a week"), int(RotaMode::ByFloor));
    m_rota->addItem(tr("By household: one household of each unit a week"),
                    int(RotaMode::ByHousehold));

    const auto current = service.repository().currentPact(building);
    if (current && current->has_value()) {
        m_current = **current;
        m_source->addItem(tr("The pact in force (version %1)").arg(m_current->version), -1);
    }
    if (const auto templates = service.repository().templates()) {
        m_templates = *templates;
        for (qsizetype i = 0; i < m_templates.size(); ++i)
            m_source->addItem(tr("Template: %1").arg(m_templates.at(i).name), int(i));
    }
    setWindowTitle(m_current ? tr("Revise the pact of %1").arg(buildingName)
                             : tr("Adopt a pact for %1").arg(buildingName));
    auto choose = [this] {
        const int index = m_source->currentData().toInt();
        if (index < 0 && m_current)
            fillFrom(m_current->title, m_current->clauses);
        else if (index >= 0 && index < m_templates.size())
            fillFrom(m_templates.at(index).title, m_templates.at(index).clauses);
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, choose);
    choose();
    if (m_current) {
        m_rota->setCurrentIndex(m_rota->findData(int(m_current->rota)));
        if (m_current->rotaStart.isValid())
            m_rotaStart->setDate(m_current->rotaStart);
    }
    m_rotaStart->setEnabled(m_rota->currentData().toInt() != int(RotaMode::None));
    connect(m_rota, &QComboBox::currentIndexChanged, this, [this] {
        m_rotaStart->setEnabled(m_rota->currentData().toInt() != int(RotaMode::None));
    });

    auto *hint = new QLabel(tr("One clause a paragraph. These fill themselves in when printed: "
                               "{社区} community, {小区} compound, {楼栋} building, {邻长} "
                               "neighbour head, {日期} the day adopted."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto *rotaRow = new QHBoxLayout;
    rotaRow->addWidget(m_rota, 1);
    rotaRow->addWidget(new QLabel(tr("from the week of"), this));
    rotaRow->addWidget(m_rotaStart);
    auto *form = new QFormLayout;
    form->addRow(tr("&Start from:"), m_source);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Clauses:"), m_clauses);
    form->addRow(QString(), hint);
    form->addRow(tr("Adopted &by:"), m_decision);
    form->addRow(tr("&Adopted on:"), m_adoptedOn);
    form->addRow(buddyLabel(tr("Cleaning &rota:"), m_rota, this), rotaRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pactOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Adopt"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PactDialog::reject);
}

void PactDialog::fillFrom(const QString &title, const QStringList &clauses) {
    m_title->setText(title);
    m_clauses->setPlainText(clauses.join(QStringLiteral("\n")));
}

void PactDialog::accept() {
    Pact draft;
    draft.buildingId = m_building;
    draft.title = m_title->text();
    draft.clauses = m_clauses->toPlainText().split(u'\n');
    draft.adoptedOn = m_adoptedOn->date();
    // The version this adoption makes, one after the one the dialog opened on: a pact another
    // desk adopted meanwhile is not superseded unseen.
    draft.version = m_current ? m_current->version + 1 : 1;
    const int index = m_source->currentData().toInt();
    if (index >= 0 && index < m_templates.size())
        draft.templateId = m_templates.at(index).id;
    else if (m_current)
        draft.templateId = m_current->templateId;
    draft.decisionId = m_decision->currentData().toLongLong();
    draft.rota = RotaMode(m_rota->currentData().toInt());
    if (draft.rota != RotaMode::None)
        draft.rotaStart = m_rotaStart->date();
    const SavingGuard saving(this);
    const auto adopted = m_service.adopt(draft);
    if (!adopted) {
        m_error->setText(adopted.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
