#include "firstrun/firstrunwizard.h"

#include "settings/databaselocationdialog.h"
#include "storage/engine.h"
#include "widgets/filedialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace linli {

namespace {

QLabel *explanation(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString &suggestedPath, QWidget *parent)
    : QWizard(parent)
    , m_community(new QLineEdit)
    , m_subdistrict(new QLineEdit)
    , m_district(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_seal(new QLineEdit)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath)))
    , m_import(new QRadioButton(tr("&Import the roster (花名册) from Excel")))
    , m_empty(new QRadioButton(tr("Start &empty: enter the compounds and households by hand")))
    , m_demo(new QRadioButton(tr("Explore a &demo community first")))
    , m_problem(new QLabel) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Linli"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    // 1: who the office is.
    auto *office = new QWizardPage;
    office->setTitle(tr("Your office"));
    office->setSubTitle(tr("As it is to appear on every receipt, agreement and pact Linli "
                           "prints. All of it can be changed later in Settings."));
    m_community->setObjectName(QStringLiteral("wizardCommunity"));
    m_community->setPlaceholderText(tr("for example: Hongqi Community"));
    m_subdistrict->setObjectName(QStringLiteral("wizardSubdistrict"));
    m_subdistrict->setPlaceholderText(tr("for example: Baota Sub-district"));
    m_district->setObjectName(QStringLiteral("wizardDistrict"));
    m_district->setPlaceholderText(tr("for example: Yuetang District"));
    m_phone->setObjectName(QStringLiteral("wizardPhone"));
    m_seal->setObjectName(QStringLiteral("wizardSeal"));
    m_seal->setPlaceholderText(tr("The words around the office's seal"));
    auto *officeForm = new QFormLayout(office);
    officeForm->addRow(tr("&Community:"), m_community);
    officeForm->addRow(tr("&Sub-district:"), m_subdistrict);
    officeForm->addRow(tr("&District:"), m_district);
    officeForm->addRow(tr("&Phone:"), m_phone);
    officeForm->addRow(tr("S&eal text:"), m_seal);
    // A desk joining an office whose records are on its server sets nothing up: it connects.
    auto *join = new QPushButton(tr("This desk &joins the office's server…"), office);
    join->setObjectName(QStringLiteral("wizardJoinServer"));
    join->setToolTip(tr("Work in the office's shared database on its PostgreSQL server "
                        "instead of a file of this desk's own"));
    connect(join, &QPushButton::clicked, this, [this] {
        DatabaseLocationDialog where(QStringLiteral("postgresql://"), this);
        if (where.exec() != QDialog::Accepted || !ServerAddress::isServerAddress(where.location()))
            return;
        m_opened = where.location();
        m_joinedServer = true;
        QWizard::accept();
    });
    officeForm->addRow(explanation(tr("Several desks working on the same records share a "
                                      "database on the office's server:"),
                                   office),
                       join);
    addPage(office);

    // 2: where the data lives.
    auto *dataPage = new QWizardPage;
    dataPage->setTitle(tr("Where the data lives"));
    dataPage->setSubTitle(
        tr("One file holds everything. Keep it on this computer, not on a network "
           "drive: desks sharing a file that way damage it. Linli backs it up "
           "every day into a folder beside it."));
    m_path->setObjectName(QStringLiteral("wizardPath"));
    auto *choose = new QPushButton(tr("C&hoose…"));
    choose->setObjectName(QStringLiteral("wizardChoosePath"));
    choose->setToolTip(tr("Choose the folder and the name of the data file"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::saveFileName(
            this, tr("Where the data lives"), m_path->text(), tr("Linli database (*.linli)"));
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto *dataLayout = new QFormLayout(dataPage);
    dataLayout->addRow(tr("&File:"), pathRow);
    addPage(dataPage);

    // 3: how to begin.
    auto *start = new QWizardPage;
    start->setTitle(tr("How to begin"));
    m_import->setObjectName(QStringLiteral("wizardImport"));
    m_empty->setObjectName(QStringLiteral("wizardEmpty"));
    m_demo->setObjectName(QStringLiteral("wizardDemo"));
    m_import->setChecked(true);
    m_problem->setObjectName(QStringLiteral("wizardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addWidget(m_import);
    startLayout->addWidget(explanation(
        tr("After you make the administrator's account, the import shows every row of your "
           "Excel roster before anything is written."),
        start));
    startLayout->addWidget(m_empty);
    startLayout->addWidget(m_demo);
    startLayout->addWidget(explanation(
        tr("An invented community in a file of its own (demo.linli), marked as demo at the "
           "login, in the window's title and across every printed page; your office's file is "
           "not created yet, and this wizard comes back at the next start. Log in as admin, "
           "password demo1234."),
        start));
    startLayout->addStretch();
    startLayout->addWidget(m_problem);
    addPage(start);
    resize(640, 480);
}

FirstRunChoices FirstRunWizard::choices() const {
    FirstRunChoices choices;
    choices.identity = {m_community->text().trimmed(), m_subdistrict->text().trimmed(),
                        m_district->text().trimmed(), m_phone->text().trimmed(),
                        m_seal->text().trimmed()};
    choices.databasePath = QDir::fromNativeSeparators(m_path->text().trimmed());
    choices.start = m_demo->isChecked()    ? FirstRunChoices::Start::Demo
                    : m_empty->isChecked() ? FirstRunChoices::Start::Empty
                                           : FirstRunChoices::Start::ImportRoster;
    return choices;
}

void FirstRunWizard::accept() {
    m_problem->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto opened = FirstRun::setUp(choices());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        // Stays open on the last page, everything typed kept.
        m_problem->setText(opened.error());
        return;
    }
    m_opened = *opened;
    QWizard::accept();
}

} // namespace linli
