#pragma once

#include "cogovernance/pact.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace linli {

class CoGovernanceService;

/// The hygiene pact templates: the default written for Linli, kept as it is, and the office's
/// own, made by copying one and changing its title and clauses.
class TemplatesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)
public:
    explicit TemplatesDialog(CoGovernanceService &service, QWidget *parent = nullptr);

private:
    void reload(PactTemplateId select);
    void showTemplate(int row);
    void copyChosen();
    void saveChosen();
    void removeChosen();

    CoGovernanceService &m_service;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QPlainTextEdit *m_clauses;
    QLabel *m_note;
    QPushButton *m_save;
    QPushButton *m_remove;
    QList<PactTemplate> m_templates;
};

} // namespace linli
