#pragma once

#include "complaints/complaint.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace linli {

class ComplaintDetailWidget;
class ComplaintListModel;
class Database;
class ComplaintService;
class OfficeSettingsService;

/// Every complaint, filtered by state, overdue, category, channel, period, handler and text,
/// with the counts and the office's figures above, and the chosen one's detail beside.
class ComplaintsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsPage)
public:
    ComplaintsPage(ComplaintService &service, const OfficeSettingsService &office,
                   Database &database, QWidget *parent = nullptr);
    /// Writes what the list's filters show to a spreadsheet.
    void exportList();

    void showComplaint(ComplaintId id);
    /// Shows only the overdue complaints (from the duty desk's overdue count).
    void showOverdue();
    /// Shows only the complaints still open (from the dashboard).
    void showOpen();

Q_SIGNALS:
    void intakeRequested();
    void mediationRequested(const linli::Complaint &complaint);

private:
    void applyFilter();
    void fillCategories();
    void updateCounts();
    void updateFigures();
    void printDutyLog();
    void showRepeatReporters();

    ComplaintService &m_service;
    Database &m_database;
    const OfficeSettingsService &m_office;
    ComplaintListModel *m_model;
    QComboBox *m_state;
    QComboBox *m_category;
    QComboBox *m_channel;
    QComboBox *m_period;
    QLineEdit *m_handler;
    QLineEdit *m_text;
    QLabel *m_counts;
    QLabel *m_figures;
    QTableView *m_table;
    ComplaintDetailWidget *m_detail;
    QTimer *m_debounce;
};

} // namespace linli
