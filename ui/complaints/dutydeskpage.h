#pragma once

#include "complaints/complaint.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace linli {

class ComplaintIntakeWidget;
class ComplaintListModel;
class ComplaintService;
class DutyRoster;
class OfficeSettingsService;
class RegistryService;

/// The duty desk (值班台): the intake form beside "today at the desk" — what came in today,
/// what is due today, and what is overdue.
class DutyDeskPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyDeskPage)
public:
    DutyDeskPage(ComplaintService &service, RegistryService &registry,
                 const OfficeSettingsService &office, DutyRoster &roster,
                 QWidget *parent = nullptr);
    ComplaintIntakeWidget *intake() const { return m_intake; }

Q_SIGNALS:
    void complaintRequested(linli::ComplaintId complaint);

private:
    QTableView *addList(ComplaintListModel *model, const QString &name);
    void reload();
    void showOnDuty();

    ComplaintService &m_service;
    DutyRoster &m_roster;
    QLabel *m_onDuty;
    ComplaintIntakeWidget *m_intake;
    ComplaintListModel *m_today;
    ComplaintListModel *m_dueToday;
    ComplaintListModel *m_overdue;
    QLabel *m_todayTitle;
    QLabel *m_dueTitle;
    QLabel *m_overdueTitle;
};

} // namespace linli
