#include "registry/residentdialog.h"

#include "registry/idnumber.h"
#include "registry/registrylabels.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/savingguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

namespace {
const QDate kUnknownDate(1900, 1, 1);
}

ResidentDialog::ResidentDialog(RegistryService &registry, const Resident &resident,
                               const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_original(resident)
    , m_name(new QLineEdit(resident.name, this))
    , m_gender(new QComboBox(this))
    , m_birthDate(new QDateEdit(this))
    , m_idNumber(new QLineEdit(resident.idNumber, this))
    , m_mobile(new QLineEdit(resident.mobile, this))
    , m_relation(new QComboBox(this))
    , m_partyMember(new QCheckBox(tr("Party member"), this))
    , m_elderlyAlone(new QCheckBox(tr("Elderly living alone"), this))
    , m_volunteer(new QCheckBox(tr("Volunteer"), this))
    , m_lowIncome(new QCheckBox(tr("Low-income"), this))
    , m_disabled(new QCheckBox(tr("Disabled"), this))
    , m_notes(new QLineEdit(resident.notes, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("residentDialog"));
    setWindowTitle(resident.id.isValid() ? tr("Edit resident") : tr("New resident"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ResidentValidator::maxNameLength);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->addItem(RegistryLabels::gender(Gender::Male), int(Gender::Male));
    m_gender->addItem(RegistryLabels::gender(Gender::Female), int(Gender::Female));
    m_gender->setCurrentIndex(m_gender->findData(int(resident.gender)));
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setMinimumDate(kUnknownDate);
    m_birthDate->setSpecialValueText(tr("Unknown"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDate(resident.birthDate.isValid() ? resident.birthDate : kUnknownDate);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setPlaceholderText(tr("18 characters; birth date and gender are read from it"));
    m_mobile->setObjectName(QStringLiteral("mobileEdit"));
    m_mobile->setPlaceholderText(tr("11-digit mobile, or a landline with its area code"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaxLength(200);
    m_relation->setObjectName(QStringLiteral("relationCombo"));
    for (const Relation relation : RegistryLabels::relations())
        m_relation->addItem(RegistryLabels::relation(relation), int(relation));
    m_relation->setCurrentIndex(m_relation->findData(int(resident.relation)));
    m_partyMember->setChecked(resident.markers.partyMember);
    m_elderlyAlone->setChecked(resident.markers.elderlyAlone);
    m_volunteer->setChecked(resident.markers.volunteer);
    m_lowIncome->setChecked(resident.markers.lowIncome);
    m_disabled->setChecked(resident.markers.disabled);
    m_elderlyAlone->setToolTip(tr("Sensitive personal information: record it only with consent."));

    auto *form = new QFormLayout;
    auto addErrorRow = [this, form](ResidentField field, const QString &name) {
        QLabel *label = errorLabel(name);
        m_errors.insert(field, label);
        form->addRow(QString(), label);
    };
    auto *where = new QLabel(address.toHtmlEscaped(), this);
    where->setObjectName(QStringLiteral("addressLabel"));
    form->addRow(tr("Household:"), where);
    addErrorRow(ResidentField::Household, QStringLiteral("householdError"));
    form->addRow(tr("&Name:"), m_name);
    addErrorRow(ResidentField::Name, QStringLiteral("nameError"));
    form->addRow(tr("&ID number:"), m_idNumber);
    addErrorRow(ResidentField::IdNumber, QStringLiteral("idNumberError"));
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("&Birth date:"), m_birthDate);
    addErrorRow(ResidentField::BirthDate, QStringLiteral("birthDateError"));
    form->addRow(tr("&Phone:"), m_mobile);
    addErrorRow(ResidentField::Mobile, QStringLiteral("mobileError"));
    form->addRow(tr("&Relation to head:"), m_relation);
    auto *markers = new QGridLayout;
    markers->addWidget(m_partyMember, 0, 0);
    markers->addWidget(m_volunteer, 0, 1);
    markers->addWidget(m_elderlyAlone, 1, 0);
    markers->addWidget(m_lowIncome, 1, 1);
    markers->addWidget(m_disabled, 2, 0);
    form->addRow(tr("Markers:"), markers);
    form->addRow(tr("N&otes:"), m_notes);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResidentDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_idNumber, &QLineEdit::textChanged, this, &ResidentDialog::fillFromIdNumber);
    for (QLineEdit *edit : {m_name, m_idNumber, m_mobile})
        connect(edit, &QLineEdit::textChanged, this, &ResidentDialog::validate);
    for (QComboBox *combo : {m_gender, m_relation})
        connect(combo, &QComboBox::currentIndexChanged, this, &ResidentDialog::validate);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &ResidentDialog::validate);
    // Tab follows the form from top to bottom, not the order the widgets were made in.
    QWidget *order[] = {m_name,         m_idNumber,  m_gender,      m_birthDate,
                        m_mobile,       m_relation,  m_partyMember, m_volunteer,
                        m_elderlyAlone, m_lowIncome, m_disabled,    m_notes};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_nameTouched = !resident.name.isEmpty();
    validate();
}

QLabel *ResidentDialog::errorLabel(const QString &name) {
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

Resident ResidentDialog::resident() const {
    Resident r = m_original;
    r.name = m_name->text();
    r.gender = Gender(m_gender->currentData().toInt());
    r.birthDate = m_birthDate->date() == kUnknownDate ? QDate() : m_birthDate->date();
    r.idNumber = m_idNumber->text();
    r.mobile = m_mobile->text();
    r.relation = Relation(m_relation->currentData().toInt());
    r.markers.partyMember = m_partyMember->isChecked();
    r.markers.elderlyAlone = m_elderlyAlone->isChecked();
    r.markers.volunteer = m_volunteer->isChecked();
    r.markers.lowIncome = m_lowIncome->isChecked();
    r.markers.disabled = m_disabled->isChecked();
    r.notes = m_notes->text().trimmed();
    ResidentValidator::normalise(r);
    return r;
}

void ResidentDialog::fillFromIdNumber() {
    // A valid ID number says the birth date and gender: fill them in rather than make staff
    // type them twice (they stay editable, and a mismatch is reported).
    const auto facts = IdNumber::parse(IdNumber::normalise(m_idNumber->text()),
                                       m_registry.database().clock().today());
    if (!facts)
        return;
    if (m_birthDate->date() == kUnknownDate)
        m_birthDate->setDate(facts->birthDate);
    if (m_idNumber->hasFocus() || m_birthDate->date() == facts->birthDate)
        m_gender->setCurrentIndex(m_gender->findData(int(facts->gender)));
}

void ResidentDialog::validate() {
    Resident draft = resident();
    const QList<FieldIssue> issues = m_registry.check(draft);
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (const FieldIssue &issue : issues) {
        if (issue.field == ResidentField::Name && !m_nameTouched)
            continue;
        if (QLabel *label = m_errors.value(issue.field)) {
            label->setText(label->text().isEmpty() ? issue.message
                                                   : label->text() + u'\n' + issue.message);
            label->show();
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(issues.isEmpty());
}

void ResidentDialog::accept() {
    const Resident r = resident();
    const SavingGuard saving(this);
    const Status saved =
        r.id.isValid() ? m_registry.updateResident(r) : m_registry.addResident(r).status();
    if (!saved) {
        ErrorReporter::report(this, tr("The resident was not saved."), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace linli
