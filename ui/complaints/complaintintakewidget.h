#pragma once

#include "complaints/complaint.h"
#include "registry/resident.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace linli {

class ComplaintService;
class OfficeSettingsService;
class RegistryService;

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
    void findResidents(const QString &text);
    void residentChosen(const QModelIndex &index);
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
    QLineEdit *m_reporter;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QLineEdit *m_phone;
    QComboBox *m_compound;
    QComboBox *m_building;
    QComboBox *m_unit;
    QLabel *m_household;
    QComboBox *m_channel;
    QDateTimeEdit *m_receivedAt;
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
