#include "settings/databaselocationdialog.h"

#include "storage/engine.h"
#include "widgets/filedialogs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace linli {

DatabaseLocationDialog::DatabaseLocationDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_fileChoice(new QRadioButton(tr("A &file on this computer (one desk)"), this))
    , m_serverChoice(new QRadioButton(tr("The office's &server (several desks, PostgreSQL)"), this))
    , m_file(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Where Linli keeps its data"));
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_problem->setObjectName(QStringLiteral("locationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://linli@192.168.1.10:5432/hongqi"));
    m_server->setToolTip(tr("The server's address as its administrator gave it, without the "
                            "password: Linli asks for that at each start and never keeps it"));

    const bool onServer = ServerAddress::isServerAddress(current);
    (onServer ? m_server : m_file)->setText(current);
    (onServer ? m_serverChoice : m_fileChoice)->setChecked(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setToolTip(tr("Choose the database file"));
    connect(browse, &QPushButton::clicked, this, &DatabaseLocationDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *explanation = new QLabel(
        tr("One desk keeps its data in a file on its own disk. When several desks — the duty "
           "desk, the mediators, the grid workers — work on the same records, they share one "
           "database on the office's PostgreSQL server instead. Linli uses the new place from "
           "its next start; copy a file's records onto a new server database with linli-cli "
           "migrate-to-postgres."),
        this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_fileChoice);
    layout->addLayout(fileRow);
    layout->addWidget(m_serverChoice);
    layout->addWidget(m_server);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatabaseLocationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DatabaseLocationDialog::reject);
    connect(m_fileChoice, &QRadioButton::toggled, this, &DatabaseLocationDialog::showChoice);
    showChoice();
    resize(560, sizeHint().height());
}

QString DatabaseLocationDialog::location() const {
    return m_serverChoice->isChecked() ? m_server->text().trimmed() : m_file->text().trimmed();
}

void DatabaseLocationDialog::showChoice() {
    const bool server = m_serverChoice->isChecked();
    m_server->setEnabled(server);
    m_file->setEnabled(!server);
    m_problem->clear();
}

void DatabaseLocationDialog::browse() {
    const QString chosen = FileDialogs::saveFileName(this, tr("The database file"), m_file->text(),
                                                     tr("Linli databases (*.linli *.db)"),
                                                     QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void DatabaseLocationDialog::accept() {
    const QString chosen = location();
    if (m_serverChoice->isChecked()) {
        const auto address = ServerAddress::parse(chosen);
        if (!address) {
            m_problem->setText(address.error());
            m_server->setFocus();
            return;
        }
        m_server->setText(address->text());
    } else if (chosen.isEmpty() || QFileInfo(chosen).isDir()) {
        m_problem->setText(tr("Name the database file, for example %1.")
                               .arg(QStringLiteral("/home/office/linli.db")));
        m_file->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace linli
