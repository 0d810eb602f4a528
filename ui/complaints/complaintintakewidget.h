#pragma once

#include "complaints/complaint.h"
#include "registry/resident.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace linli {

class ComplaintService;
class OfficeSettingsService;
class RegistryService;
class ResidentPicker;

/// The duty desk's intake form, built for speed: the keyboard alone fills it (Tab through,
/// Ctrl+Return saves), the reporter is found as you type a name, phone or address — or typed as
/// a walk-in — and sensible defaults (now, a visit) stand ready. While logging, complaints
/// about the same building and category in the last week are shown, and the new visit can be
/// noted on one of them instead. Saving clears the form for the next visitor.
class ComplaintIntakeWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintIntakeWidget)
public:
    ComplaintIntakeWidget(ComplaintService &service, RegistryService &registry,
                          const OfficeSettingsService &office, QWidget *parent = nullptr);

    /// Clears the form and puts the cursor on the reporter.
    void startNext();

Q_SIGNALS:
    void logged(linli::ComplaintId complaint);

private:
    void walkIn();
    void residentChosen(const ResidentListEntry &entry);
    void fillCompounds();
    void fillCategories();
    void compoundChanged();
    void buildingChanged();
    void showDuplicates();
    void save();
    void linkInstead();
    void printReceipt();
    Complaint draft() const;

    ComplaintService &m_service;
    RegistryService &m_registry;
    const OfficeSettingsService &m_office;
    ResidentPicker *m_reporter;
    QLineEdit *m_phone;
    QComboBox *m_compound;
    QComboBox *m_building;
    QComboBox *m_unit;
    QLabel *m_household;
    QComboBox *m_channel;
    QDateTimeEdit *m_receivedAt;
    /// The user set the time (a phone message taken earlier): saved as set. Otherwise the
    /// complaint is received when it is saved, and the field follows the clock.
    bool m_receivedAtChosen = false;
    QComboBox *m_category;
    QCheckBox *m_urgent;
    QLineEdit *m_summary;
    QPlainTextEdit *m_details;
    QListWidget *m_duplicates;
    QPushButton *m_link;
    QPushButton *m_save;
    QLabel *m_status;
    QPushButton *m_receipt;
    ResidentId m_residentId;
    HouseholdId m_householdId;
    QString m_householdAddress;
    ComplaintId m_lastLogged;
};

} // namespace linli
