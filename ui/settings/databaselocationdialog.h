#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace linli {

/// Where this desk's Linli keeps its data, from the next start: a file on this computer (one
/// desk), or a database on the office's PostgreSQL server (several desks). The address is checked
/// as it is written; the password is never part of it — Linli asks for it at the start.
class DatabaseLocationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLocationDialog)
public:
    /// `current` is a file path or a server address.
    explicit DatabaseLocationDialog(const QString &current, QWidget *parent = nullptr);

    /// The file path or the server address chosen.
    QString location() const;

    void accept() override;

private:
    void browse();
    void showChoice();

    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QLineEdit *m_file;
    QLineEdit *m_server;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace linli
