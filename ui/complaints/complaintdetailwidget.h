#pragma once

#include "complaints/complaint.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace linli {

class ComplaintEventsModel;
class ComplaintService;
class OfficeSettingsService;

/// One complaint: what it is, where it stands, its timeline, and the next steps as buttons
/// that fit its state.
class ComplaintDetailWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetailWidget)
public:
    ComplaintDetailWidget(ComplaintService &service, const OfficeSettingsService &office,
                          QWidget *parent = nullptr);
    void showComplaint(ComplaintId id);
    ComplaintId complaintId() const { return m_complaint.id; }

Q_SIGNALS:
    /// The complaint was routed to mediation: open a dispute case from it.
    void mediationRequested(const linli::Complaint &complaint);
    /// A step was not saved and the complaint turned out changed at another desk: the list
    /// should show it as now saved too.
    void changedElsewhere();

private:
    void reload();
    void rebuildActions();
    void runAction(ComplaintAction action);
    void printReceipt();

    ComplaintService &m_service;
    const OfficeSettingsService &m_office;
    Complaint m_complaint;
    QLabel *m_header;
    QLabel *m_facts;
    ComplaintEventsModel *m_events;
    QTableView *m_eventTable;
    QHBoxLayout *m_actions;
    QPushButton *m_receipt;
    QPushButton *m_mediation;
    QPushButton *m_showPhone;
    /// The reporter's full phone, once asked for (audited); only for the complaint shown.
    QString m_revealedPhone;
};

} // namespace linli
