#include "mediation/agreementdialog.h"

#include "mediation/costsplit.h"
#include "mediation/mediationservice.h"
#include "storage/database.h"
#include "widgets/savingguard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

AgreementDialog::AgreementDialog(MediationService &service, const MediationCase &mediationCase,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_caseId(mediationCase.id)
    , m_signedOn(new QDateEdit(service.database().clock().today(), this))
    , m_amount(new QLineEdit(this))
    , m_confirmed(new QCheckBox(tr("A &court confirmed it (司法确认)"), this))
    , m_confirmedOn(new QDateEdit(service.database().clock().today(), this))
    , m_court(new QLineEdit(this))
    , m_terms(new QStandardItemModel(0, 3, this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Agreement — %1").arg(mediationCase.number));
    resize(760, 500);
    m_terms->setHorizontalHeaderLabels(
        {tr("Term"), tr("How and where it is performed"), tr("By (yyyy-mm-dd)")});
    m_table->setObjectName(QStringLiteral("agreementTerms"));
    m_table->setModel(m_terms);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_amount->setObjectName(QStringLiteral("agreementAmount"));
    m_amount->setPlaceholderText(tr("In yuan, e.g. 3867.50; empty when no money is involved"));
    m_amount->setToolTip(tr("Compensation, repairs, debts: the money the agreement settles "
                            "(协议涉及金额), counted in the statistics"));
    m_confirmed->setObjectName(QStringLiteral("agreementConfirmed"));
    m_confirmedOn->setObjectName(QStringLiteral("confirmedOn"));
    m_confirmedOn->setCalendarPopup(true);
    m_confirmedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_court->setObjectName(QStringLiteral("confirmingCourt"));
    m_court->setPlaceholderText(tr("e.g. 岳塘区人民法院"));
    m_error->setObjectName(QStringLiteral("agreementError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    if (const auto existing = service.agreements().agreement(mediationCase.id);
        existing && existing->has_value()) {
        m_openedId = (*existing)->id;
        m_openedVersion = (*existing)->version;
        m_signedOn->setDate((*existing)->signedOn);
        if ((*existing)->amountFen > 0)
            m_amount->setText(CostSplit::yuan((*existing)->amountFen));
        if ((*existing)->confirmedOn.isValid()) {
            m_confirmed->setChecked(true);
            m_confirmedOn->setDate((*existing)->confirmedOn);
            m_court->setText((*existing)->confirmedBy);
        }
        for (const AgreementTerm &term : (*existing)->terms)
            addTerm(term);
    }
    if (m_terms->rowCount() == 0)
        addTerm();

    auto *add = new QPushButton(tr("&Add a term"), this);
    add->setObjectName(QStringLiteral("addTermButton"));
    auto *remove = new QPushButton(tr("&Remove the term"), this);
    auto *termButtons = new QHBoxLayout;
    termButtons->addWidget(add);
    termButtons->addWidget(remove);
    termButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Signed on:"), m_signedOn);
    form->addRow(tr("&Money it settles:"), m_amount);
    form->addRow(m_confirmed);
    form->addRow(tr("Confirmed &on:"), m_confirmedOn);
    form->addRow(tr("By the co&urt:"), m_court);
    const auto showConfirmation = [this](bool confirmed) {
        m_confirmedOn->setEnabled(confirmed);
        m_court->setEnabled(confirmed);
    };
    showConfirmation(m_confirmed->isChecked());
    connect(m_confirmed, &QCheckBox::toggled, this, showConfirmation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("agreementOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The terms the parties agreed, in order:"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(termButtons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addTerm(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_terms->removeRow(current.row());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreementDialog::reject);
}

void AgreementDialog::addTerm(const AgreementTerm &term) {
    m_terms->appendRow(
        {new QStandardItem(term.text), new QStandardItem(term.performance),
         new QStandardItem(term.dueOn.isValid() ? term.dueOn.toString(Qt::ISODate) : QString())});
    m_table->setCurrentIndex(m_terms->index(m_terms->rowCount() - 1, 0));
}

QString AgreementDialog::summary() const {
    return m_terms->rowCount() > 0 ? m_terms->item(0, 0)->text().trimmed() : QString();
}

void AgreementDialog::accept() {
    Agreement agreement;
    agreement.id = m_openedId;
    agreement.version = m_openedVersion;
    agreement.caseId = m_caseId;
    agreement.signedOn = m_signedOn->date();
    if (!m_amount->text().trimmed().isEmpty()) {
        const auto amount = CostSplit::parseYuan(m_amount->text());
        if (!amount) {
            m_error->setText(amount.error());
            m_error->show();
            m_amount->setFocus();
            return;
        }
        agreement.amountFen = *amount;
    }
    if (m_confirmed->isChecked()) {
        agreement.confirmedOn = m_confirmedOn->date();
        agreement.confirmedBy = m_court->text();
    }
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        const QString due = m_terms->item(row, 2)->text().trimmed();
        const QDate dueOn = QDate::fromString(due, Qt::ISODate);
        if (!due.isEmpty() && !dueOn.isValid()) {
            m_error->setText(tr("Term %1: write the date as 2025-04-10.").arg(row + 1));
            m_error->show();
            return;
        }
        agreement.terms.append(
            {m_terms->item(row, 0)->text(), m_terms->item(row, 1)->text(), dueOn});
    }
    const SavingGuard saving(this);
    if (const Status saved = m_service.saveAgreement(agreement); !saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
