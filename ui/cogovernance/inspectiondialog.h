#pragma once

#include "cogovernance/pact.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace linli {

class CoGovernanceService;

/// Records an inspection of a building against its pact: who looked, each item kept or not,
/// and, when something failed, the day by which it is to be put right.
class InspectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionDialog)
public:
    InspectionDialog(CoGovernanceService &service, BuildingId building, const QString &buildingName,
                     QWidget *parent = nullptr);

    void accept() override;

private:
    void updateDeadline();

    CoGovernanceService &m_service;
    BuildingId m_building;
    QDateEdit *m_date;
    QLineEdit *m_inspectors;
    QCheckBox *m_corridor;
    QCheckBox *m_clutter;
    QCheckBox *m_lighting;
    QCheckBox *m_bins;
    QLineEdit *m_notes;
    QDateEdit *m_rectifyBy;
    QLabel *m_error;
};

} // namespace linli
