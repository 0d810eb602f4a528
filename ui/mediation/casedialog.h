#pragma once

#include "mediation/mediation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace linli {

class MediationService;
class ResidentPicker;
class ResidentRepository;

/// Accepts a dispute as a case (受理): what it is about, where it came from, its risk, the
/// parties — registered residents found as you type, or organisations — and the mediators.
class CaseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)
public:
    CaseDialog(MediationService &service, const ResidentRepository &residents,
               QWidget *parent = nullptr);
    void accept() override;
    CaseId caseId() const { return m_caseId; }
    /// Starts from a complaint routed to mediation: its reporter applies, its matter is the facts.
    void prefill(qint64 complaintId, const QString &reporter, const QString &phone,
                 const QString &facts);

private:
    Party party(PartySide side, ResidentPicker *picker, QLineEdit *phone,
                QCheckBox *organisation) const;

    MediationService &m_service;
    CaseId m_caseId;
    qint64 m_complaintId = 0;
    QComboBox *m_type;
    QComboBox *m_source;
    QComboBox *m_risk;
    QPlainTextEdit *m_facts;
    QLineEdit *m_focus;
    ResidentPicker *m_applicant;
    QLineEdit *m_applicantPhone;
    QCheckBox *m_applicantOrganisation;
    ResidentPicker *m_respondent;
    QLineEdit *m_respondentPhone;
    QCheckBox *m_respondentOrganisation;
    QComboBox *m_lead;
    QListWidget *m_team;
    QCheckBox *m_notified;
    QLabel *m_error;
};

} // namespace linli
