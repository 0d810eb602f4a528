#pragma once

#include "cogovernance/pact.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace linli {

class CoGovernanceService;
class MeetingRepository;

/// Adopts a building's hygiene pact, or a new version of it: from a template or the pact in
/// force, with its title, its clauses (one a paragraph, placeholders allowed), the day the
/// building adopted it, and the cleaning rota printed with it.
class PactDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PactDialog)
public:
    PactDialog(CoGovernanceService &service, const MeetingRepository &meetings, BuildingId building,
               const QString &buildingName, QWidget *parent = nullptr);

    void accept() override;

private:
    void fillFrom(const QString &title, const QStringList &clauses);

    CoGovernanceService &m_service;
    BuildingId m_building;
    QComboBox *m_source;
    QLineEdit *m_title;
    QPlainTextEdit *m_clauses;
    QDateEdit *m_adoptedOn;
    QComboBox *m_rota;
    QComboBox *m_decision;
    QDateEdit *m_rotaStart;
    QLabel *m_error;
    QList<PactTemplate> m_templates;
    std::optional<Pact> m_current;
};

} // namespace linli
