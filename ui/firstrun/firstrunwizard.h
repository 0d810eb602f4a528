#pragma once

#include "settings/firstrun.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace linli {

/// The first start on a desk with no database: the office's identity, where the data lives,
/// and how to begin — import the roster from Excel, start empty, or explore a demo community
/// (in a file of its own). Finishing sets it up (FirstRun); what went wrong is shown on the
/// last page, and nothing typed is lost.
class FirstRunWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    explicit FirstRunWizard(const QString &suggestedPath, QWidget *parent = nullptr);

    FirstRunChoices choices() const;
    /// The file to open once the wizard is done (the office's database, or the demo's), or the
    /// address of the office's server database the desk joined.
    const QString &openedPath() const { return m_opened; }
    /// True when the desk joined the office's server instead of setting up a file.
    bool joinedServer() const { return m_joinedServer; }

    void accept() override;

private:
    QLineEdit *m_community;
    QLineEdit *m_subdistrict;
    QLineEdit *m_district;
    QLineEdit *m_phone;
    QLineEdit *m_seal;
    QLineEdit *m_path;
    QRadioButton *m_import;
    QRadioButton *m_empty;
    QRadioButton *m_demo;
    QLabel *m_problem;
    QString m_opened;
    bool m_joinedServer = false;
};

} // namespace linli
