#include "mediation/casefiledialog.h"

#include "documents/casefiledocuments.h"
#include "mediation/mediationservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace linli {

CaseFileDialog::CaseFileDialog(MediationService &service, const OfficeSettingsService &office,
                               CaseId id, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_office(office)
    , m_id(id)
    , m_model(new StringTableModel({tr("No."), tr("Paper"), tr("Date"), tr("State")}, this))
    , m_table(makeListTable(m_model, QStringLiteral("caseFileTable"), this))
    , m_summary(new QLabel(this))
    , m_printOne(new QPushButton(tr("&Print this paper…"), this))
    , m_notice(new QPushButton(tr("The parties were &told their rights…"), this)) {
    setObjectName(QStringLiteral("caseFileDialog"));
    resize(760, 420);
    m_summary->setObjectName(QStringLiteral("caseFileSummary"));
    m_summary->setWordWrap(true);
    m_printOne->setObjectName(QStringLiteral("printPaperButton"));
    m_printOne->setToolTip(
        tr("A paper not yet ready prints as a blank form, to be signed or written by hand"));
    m_notice->setObjectName(QStringLiteral("recordNoticeButton"));
    m_notice->setToolTip(tr("Record the day the parties signed the notice of their rights and "
                            "duties"));
    auto *printWhole = new QPushButton(tr("Print the &whole file…"), this);
    printWhole->setObjectName(QStringLiteral("printWholeFileButton"));
    printWhole->setToolTip(tr("Cover, index and every paper that is ready, in binding order"));
    auto *saveWhole = new QPushButton(tr("&Save the file as PDF…"), this);
    saveWhole->setObjectName(QStringLiteral("saveWholeFileButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_notice);
    buttons->addStretch();
    buttons->addWidget(m_printOne);
    buttons->addWidget(printWhole);
    buttons->addWidget(saveWhole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printOne, &QPushButton::clicked, this, &CaseFileDialog::printChosen);
    connect(printWhole, &QPushButton::clicked, this, &CaseFileDialog::printWhole);
    connect(saveWhole, &QPushButton::clicked, this, &CaseFileDialog::saveWhole);
    connect(m_notice, &QPushButton::clicked, this, &CaseFileDialog::recordNotice);
    connect(m_table, &QTableView::doubleClicked, this, &CaseFileDialog::printChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_printOne->setEnabled(chosenRow() >= 0); });
    connect(&m_service, &MediationService::casesChanged, this, &CaseFileDialog::reload);
    connect(&m_service, &MediationService::sessionsChanged, this, &CaseFileDialog::reload);
    reload();
}

int CaseFileDialog::chosenRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CaseFileDialog::reload() {
    const auto contents = m_service.caseFile(m_id);
    if (!contents) {
        ErrorReporter::report(this, tr("The case file cannot be shown."), contents.error());
        return;
    }
    m_contents = *contents;
    const QDateTime now = m_service.database().clock().now();
    m_items = CaseFile::items(m_contents, now);
    const MediationCase &c = m_contents.mediationCase;
    setWindowTitle(tr("Case file — %1").arg(c.number));
    QList<QStringList> rows;
    int missing = 0;
    for (const CaseFileItem &item : std::as_const(m_items)) {
        QString date;
        if (item.document == CaseDocument::SessionRecord) {
            for (const Session &s : std::as_const(m_contents.sessions)) {
                if (s.id == item.session)
                    date = QLocale().toString(s.start, QLocale::ShortFormat);
            }
        }
        missing += item.ready ? 0 : 1;
        rows.append({QString::number(rows.size() + 1), CaseFile::documentName(item.document), date,
                     item.ready ? tr("Ready") : tr("Missing: %1").arg(item.missing)});
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setText(missing == 0
                           ? tr("The file is complete: %n paper(s).", nullptr, int(m_items.size()))
                           : tr("%1 of %2 papers ready. A case closes only with a "
                                "complete file.")
                                 .arg(m_items.size() - missing)
                                 .arg(m_items.size()));
    m_printOne->setEnabled(chosenRow() >= 0);
    m_notice->setEnabled(!c.rightsNotifiedOn.isValid() && c.state != CaseState::Closed);
}

Result<OfficeIdentity> CaseFileDialog::officeOfTheCase() const {
    const auto mediationCase = m_service.repository().mediationCase(m_id);
    if (!mediationCase)
        return mediationCase.status();
    return m_office.identityOf(mediationCase->community);
}

void CaseFileDialog::printChosen() {
    const int row = chosenRow();
    const auto office = officeOfTheCase();
    if (row < 0 || !office)
        return;
    const auto source = CaseFileDocuments::load(m_service, m_id, *office);
    if (!source) {
        ErrorReporter::report(this, tr("The paper cannot be printed."), source.error());
        return;
    }
    const CaseFileItem &item = m_items.at(row);
    if (const Status noted = m_service.recordPrinted(m_id, CaseFile::documentName(item.document));
        !noted) {
        ErrorReporter::report(this, tr("The paper cannot be printed."), noted.error());
        return;
    }
    auto document = CaseFileDocuments::document(*source, item);
    DocumentPrinter::preview(
        this, *document,
        tr("%1 — %2").arg(CaseFile::documentName(item.document), m_contents.mediationCase.number));
}

void CaseFileDialog::printWhole() {
    const auto office = officeOfTheCase();
    const auto source = office ? CaseFileDocuments::load(m_service, m_id, *office)
                               : Result<CaseFileDocuments::Source>(office.status());
    if (!source) {
        ErrorReporter::report(this, tr("The case file cannot be printed."), source.error());
        return;
    }
    if (const Status noted = m_service.recordPrinted(m_id, QStringLiteral("case_file")); !noted) {
        ErrorReporter::report(this, tr("The case file cannot be printed."), noted.error());
        return;
    }
    auto document = CaseFileDocuments::bound(*source, m_service.database().clock().now());
    DocumentPrinter::preview(this, *document,
                             tr("Case file %1").arg(m_contents.mediationCase.number));
}

void CaseFileDialog::saveWhole() {
    const auto office = officeOfTheCase();
    const auto source = office ? CaseFileDocuments::load(m_service, m_id, *office)
                               : Result<CaseFileDocuments::Source>(office.status());
    if (!source) {
        ErrorReporter::report(this, tr("The case file cannot be saved."), source.error());
        return;
    }
    if (const Status noted = m_service.recordPrinted(m_id, QStringLiteral("case_file")); !noted) {
        ErrorReporter::report(this, tr("The case file cannot be saved."), noted.error());
        return;
    }
    auto document = CaseFileDocuments::bound(*source, m_service.database().clock().now());
    const MediationCase &c = m_contents.mediationCase;
    DocumentPrinter::saveAsPdf(this, *document, tr("Case file %1").arg(c.number),
                               QStringLiteral("卷宗-%1-%2.pdf").arg(c.year).arg(c.sequence));
}

void CaseFileDialog::recordNotice() {
    auto *date = new QDateEdit(m_service.database().clock().today());
    date->setObjectName(QStringLiteral("noticeDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMinimumDate(m_contents.mediationCase.acceptedOn);
    date->setMaximumDate(m_service.database().clock().today());
    FormDialog::run(
        this, tr("Notice of rights and duties"),
        {{QString(),
          new QLabel(tr("The parties signed the notice of their rights and duties on:"))},
         {tr("Date:"), date}},
        [&] { return m_service.recordRightsNotice(m_id, date->date()); });
}

} // namespace linli
