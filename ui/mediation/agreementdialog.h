#pragma once

#include "mediation/agreement.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace linli {

class MediationService;

/// Writes the agreement the parties reached: numbered terms, each with how, where and by when
/// it is performed, the day it is signed, the money it settles and, once a court has
/// confirmed it, the day and the court (司法确认).
class AgreementDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementDialog)
public:
    AgreementDialog(MediationService &service, const MediationCase &mediationCase,
                    QWidget *parent = nullptr);
    void accept() override;
    /// The first term, to note on the case.
    QString summary() const;

private:
    void addTerm(const AgreementTerm &term = {});

    MediationService &m_service;
    CaseId m_caseId;
    /// The agreement on file when the dialog opened (id 0: none): the save goes over it only.
    qint64 m_openedId = 0;
    int m_openedVersion = 0;
    QDateEdit *m_signedOn;
    QLineEdit *m_amount;
    QCheckBox *m_confirmed;
    QDateEdit *m_confirmedOn;
    QLineEdit *m_court;
    QStandardItemModel *m_terms;
    QTableView *m_table;
    QLabel *m_error;
};

} // namespace linli
