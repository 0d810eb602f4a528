#pragma once

#include "complaints/complaint.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace linli {

class ComplaintService;

/// One step in a complaint's life — assign, resolve, answer, follow up, extend, … — with the
/// fields that step needs. Saving runs it through the service; a refusal shows in the dialog.
class ComplaintActionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintActionDialog)
public:
    ComplaintActionDialog(ComplaintService &service, const Complaint &complaint,
                          ComplaintAction action, QWidget *parent = nullptr);
    void accept() override;

private:
    void levelChanged();

    ComplaintService &m_service;
    Complaint m_complaint;
    ComplaintAction m_action;
    QComboBox *m_level = nullptr;
    QLineEdit *m_handler = nullptr;
    QComboBox *m_body = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace linli
