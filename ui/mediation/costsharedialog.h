#pragma once

#include "common/result.h"
#include "mediation/mediation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace linli {

class MediationService;
class RegistryService;

/// Splits a repair across households — by default every household of the applicant's
/// stairwell unit, equally; weights may be changed — showing each share as it will be
/// recorded, to the fen.
class CostShareDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostShareDialog)
public:
    CostShareDialog(MediationService &service, const RegistryService &registry,
                    const MediationCase &mediationCase, QWidget *parent = nullptr);
    void accept() override;

private:
    void loadUnit(UnitId unit);
    void updateShares();
    QList<int> chosenRows() const;
    /// The chosen households' weights as typed, in hundredths; refused when one is not a
    /// number above 0 with at most two decimals (a floor area of 89.5 is one).
    Result<QList<qint64>> chosenWeights() const;

    MediationService &m_service;
    const RegistryService &m_registry;
    CaseId m_caseId;
    QLineEdit *m_description;
    QLineEdit *m_total;
    QStandardItemModel *m_households;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    bool m_updating = false;
};

} // namespace linli
