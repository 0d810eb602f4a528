#pragma once

#include "registry/resident.h"
#include "registry/residentvalidator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace linli {

class RegistryService;

/// Adds or edits a resident. Checks as the user types — the ID number's check character,
/// its birth date and gender against those chosen, a duplicate in the registry, the phone —
/// and shows each problem under its field; Save stays disabled until all is well.
class ResidentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentDialog)
public:
    ResidentDialog(RegistryService &registry, const Resident &resident, const QString &address,
                   QWidget *parent = nullptr);

    /// The resident as typed, normalised.
    Resident resident() const;
    void accept() override;

private:
    QLabel *errorLabel(const QString &name);
    void validate();
    void fillFromIdNumber();

    RegistryService &m_registry;
    Resident m_original;
    QLineEdit *m_name;
    QComboBox *m_gender;
    QDateEdit *m_birthDate;
    QLineEdit *m_idNumber;
    QLineEdit *m_mobile;
    QComboBox *m_relation;
    QCheckBox *m_partyMember;
    QCheckBox *m_elderlyAlone;
    QCheckBox *m_volunteer;
    QCheckBox *m_lowIncome;
    QCheckBox *m_disabled;
    QLineEdit *m_notes;
    QHash<ResidentField, QLabel *> m_errors;
    QDialogButtonBox *m_buttons;
    bool m_nameTouched = false;
};

} // namespace linli
