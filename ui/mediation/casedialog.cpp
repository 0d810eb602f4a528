#include "mediation/casedialog.h"

#include "mediation/mediationlabels.h"
#include "mediation/mediationservice.h"
#include "storage/database.h"
#include "widgets/residentpicker.h"

#include "widgets/buddylabel.h"
#include "widgets/savingguard.h"
#include <QCheckBox>

#include <QComboBox>
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
constexpr int IdRole = Qt::UserRole + 1;
constexpr int StaffRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 3;
constexpr int KindRole = Qt::UserRole + 4;
} // namespace

CaseDialog::CaseDialog(MediationService &service, const ResidentRepository &residents,
                       QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_type(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_facts(new QPlainTextEdit(this))
    , m_focus(new QLineEdit(this))
    , m_applicant(new ResidentPicker(residents, this))
    , m_applicantPhone(new QLineEdit(this))
    , m_applicantOrganisation(new QCheckBox(tr("an organisation"), this))
    , m_respondent(new ResidentPicker(residents, this))
    , m_respondentPhone(new QLineEdit(this))
    , m_respondentOrganisation(new QCheckBox(tr("an organisation"), this))
    , m_lead(new QComboBox(this))
    , m_team(new QListWidget(this))
    , m_notified(
          new QCheckBox(tr("The parties were given the &notice of their rights and duties"), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("caseDialog"));
    m_notified->setObjectName(QStringLiteral("rightsNotified"));
    m_notified->setChecked(true);
    m_notified->setToolTip(
        tr("The signed notice (权利义务告知书) goes into the case file; print it "
           "from the case file if they have not had it yet."));
    setWindowTitle(tr("Accept a dispute"));
    setMinimumWidth(560);
    for (const CaseType type : MediationLabels::caseTypes())
        m_type->addItem(MediationLabels::caseType(type), int(type));
    for (CaseSource source : {CaseSource::Application, CaseSource::OwnInitiative,
                              CaseSource::Police, CaseSource::Court, CaseSource::Government})
        m_source->addItem(MediationLabels::source(source), int(source));
    for (Risk risk : {Risk::Yellow, Risk::Orange, Risk::Red})
        m_risk->addItem(MediationLabels::risk(risk), int(risk));
    m_type->setObjectName(QStringLiteral("caseType"));
    m_facts->setObjectName(QStringLiteral("caseFactsEdit"));
    m_facts->setTabChangesFocus(true);
    m_facts->setMaximumHeight(80);
    m_focus->setObjectName(QStringLiteral("caseFocusEdit"));
    m_applicant->setObjectName(QStringLiteral("applicantEdit"));
    m_respondent->setObjectName(QStringLiteral("respondentEdit"));
    m_lead->setObjectName(QStringLiteral("leadCombo"));
    m_team->setObjectName(QStringLiteral("teamList"));
    m_team->setMaximumHeight(120);
    m_error->setObjectName(QStringLiteral("caseError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    for (QLineEdit *phone : {m_applicantPhone, m_respondentPhone})
        phone->setPlaceholderText(tr("Phone"));
    connect(m_applicant, &ResidentPicker::residentChosen, this,
            [this](const ResidentListEntry &e) { m_applicantPhone->setText(e.resident.mobile); });
    connect(m_respondent, &ResidentPicker::residentChosen, this,
            [this](const ResidentListEntry &e) { m_respondentPhone->setText(e.resident.mobile); });

    if (const auto team = service.repository().mediators()) {
        for (const Mediator &m : *team) {
            if (!m.active)
                continue;
            const QString label = tr("%1 (%2)").arg(m.name, MediationLabels::mediatorKind(m.kind));
            m_lead->addItem(label, m.id.value);
            m_lead->setItemData(m_lead->count() - 1, m.staffId.value, StaffRole);
            m_lead->setItemData(m_lead->count() - 1, m.name, NameRole);
            m_lead->setItemData(m_lead->count() - 1, int(m.kind), KindRole);
            auto *item = new QListWidgetItem(label, m_team);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(IdRole, m.id.value);
            item->setData(StaffRole, m.staffId.value);
            item->setData(NameRole, m.name);
            item->setData(KindRole, int(m.kind));
        }
    }

    auto partyRow = [this](ResidentPicker *picker, QLineEdit *phone, QCheckBox *organisation) {
        auto *row = new QHBoxLayout;
        row->addWidget(picker, 3);
        row->addWidget(phone, 2);
        row->addWidget(organisation);
        return row;
    };
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_type);
    kind->addWidget(m_source);
    kind->addWidget(m_risk);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Dispute:"), m_type, this), kind);
    form->addRow(buddyLabel(tr("&Applicant:"), m_applicant, this),
                 partyRow(m_applicant, m_applicantPhone, m_applicantOrganisation));
    form->addRow(buddyLabel(tr("&Respondent:"), m_respondent, this),
                 partyRow(m_respondent, m_respondentPhone, m_respondentOrganisation));
    form->addRow(tr("&Facts:"), m_facts);
    form->addRow(tr("F&ocus of the dispute:"), m_focus);
    form->addRow(tr("&Lead mediator:"), m_lead);
    form->addRow(tr("&Team:"), m_team);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("caseOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notified);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
}

void CaseDialog::prefill(qint64 complaintId, const QString &reporter, const QString &phone,
                         const QString &facts) {
    m_complaintId = complaintId;
    m_applicant->setText(reporter);
    m_applicantPhone->setText(phone);
    m_facts->setPlainText(facts);
    m_source->setCurrentIndex(m_source->findData(int(CaseSource::Application)));
}

Party CaseDialog::party(PartySide side, ResidentPicker *picker, QLineEdit *phone,
                        QCheckBox *organisation) const {
    Party p;
    p.side = side;
    p.name = picker->text().simplified();
    p.phone = phone->text().simplified();
    p.isOrganisation = organisation->isChecked();
    if (picker->chosen() && !p.isOrganisation) {
        p.residentId = picker->chosen()->resident.id;
        p.householdId = picker->chosen()->resident.householdId;
        p.address = picker->chosen()->address;
    }
    return p;
}

void CaseDialog::accept() {
    MediationCase c;
    // Staff on the team list who are not mediators yet become ones in the save that opens the
    // case; a mediator already is one by id.
    auto choose = [&c](qint64 id, qint64 staff, const QString &name, int kind) {
        if (id != 0) {
            if (!c.team.contains(MediatorId{id}))
                c.team << MediatorId{id};
            return MediatorId{id};
        }
        Mediator m;
        m.staffId = StaffId{staff};
        m.name = name;
        m.kind = MediatorKind(kind);
        if (std::none_of(c.joining.cbegin(), c.joining.cend(),
                         [&](const Mediator &j) { return j.staffId == m.staffId; }))
            c.joining << m;
        return MediatorId{};
    };
    c.type = CaseType(m_type->currentData().toInt());
    c.source = CaseSource(m_source->currentData().toInt());
    c.risk = Risk(m_risk->currentData().toInt());
    c.facts = m_facts->toPlainText().trimmed();
    c.complaintId = m_complaintId;
    c.focus = m_focus->text().simplified();
    if (m_notified->isChecked())
        c.rightsNotifiedOn = m_service.database().clock().today();
    c.parties = {
        party(PartySide::Applicant, m_applicant, m_applicantPhone, m_applicantOrganisation),
        party(PartySide::Respondent, m_respondent, m_respondentPhone, m_respondentOrganisation)};
    if (m_lead->currentIndex() >= 0) {
        const int i = m_lead->currentIndex();
        c.leadMediator =
            choose(m_lead->itemData(i).toLongLong(), m_lead->itemData(i, StaffRole).toLongLong(),
                   m_lead->itemData(i, NameRole).toString(), m_lead->itemData(i, KindRole).toInt());
        if (!c.leadMediator.isValid())
            c.leadStaff = StaffId{m_lead->itemData(i, StaffRole).toLongLong()};
    }
    for (int row = 0; row < m_team->count(); ++row) {
        QListWidgetItem *item = m_team->item(row);
        if (item->checkState() == Qt::Checked)
            choose(item->data(IdRole).toLongLong(), item->data(StaffRole).toLongLong(),
                   item->data(NameRole).toString(), item->data(KindRole).toInt());
    }
    const SavingGuard saving(this);
    const auto opened = m_service.openCase(c);
    if (opened)
        m_caseId = opened->id;
    if (!opened) {
        m_error->setText(opened.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
