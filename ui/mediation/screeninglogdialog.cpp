#include "mediation/screeninglogdialog.h"

#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

namespace {

QSpinBox *countBox(const char *name, int value) {
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setRange(0, 9999);
    box->setValue(value);
    return box;
}

} // namespace

ScreeningLogDialog::ScreeningLogDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_log(database)
    , m_model(new StringTableModel({tr("Held on"), tr("Where"), tr("Disputes found"),
                                    tr("Headed off"), tr("Notes"), tr("Logged by")},
                                   this))
    , m_table(makeListTable(m_model, QStringLiteral("screeningTable"), this))
    , m_summary(new QLabel(this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this)) {
    setObjectName(QStringLiteral("screeningLogDialog"));
    setWindowTitle(tr("Screening for disputes"));
    resize(820, 460);
    m_model->setFigureColumns({2, 3});
    setEmptyHint(m_table,
                 tr("No rounds in the last twelve months: Log a round… records the first."));
    m_summary->setObjectName(QStringLiteral("screeningSummary"));
    m_summary->setWordWrap(true);
    auto *intro = new QLabel(
        tr("Rounds of screening for disputes (矛盾纠纷排查): where the mediators went, the "
           "disputes they found and those they settled before any became a case (预防纠纷). "
           "The monthly statistics count them."),
        this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Log a round…"), this);
    add->setObjectName(QStringLiteral("logScreeningButton"));
    m_correct->setObjectName(QStringLiteral("correctScreeningButton"));
    m_remove->setObjectName(QStringLiteral("removeScreeningButton"));
    const bool mayEdit = m_database.require(Permission::EditMediation).ok();
    add->setVisible(mayEdit);
    m_correct->setVisible(mayEdit);
    m_remove->setVisible(mayEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        DisputeScreening round;
        round.heldOn = m_database.clock().today();
        edit(round);
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const auto round = chosen())
            edit(*round);
    });
    connect(m_remove, &QPushButton::clicked, this, &ScreeningLogDialog::removeChosen);
    connect(m_table, &QTableView::doubleClicked, this, [this, mayEdit] {
        if (const auto round = chosen(); round && mayEdit)
            edit(*round);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_correct->setEnabled(chosen().has_value());
        m_remove->setEnabled(chosen().has_value());
    });
    reload();
}

void ScreeningLogDialog::reload() {
    const QDate today = m_database.clock().today();
    const auto rounds = m_log.between(today.addYears(-1).addDays(1), today);
    if (!rounds) {
        ErrorReporter::report(this, tr("The screening log could not be read."), rounds.error());
        return;
    }
    m_rounds = *rounds;
    QList<QStringList> rows;
    int found = 0;
    int prevented = 0;
    for (const DisputeScreening &round : m_rounds) {
        rows << QStringList{
            round.heldOn.toString(Qt::ISODate), round.area,  QString::number(round.found),
            QString::number(round.prevented),   round.notes, round.recordedBy};
        found += round.found;
        prevented += round.prevented;
    }
    m_model->setRows(rows);
    m_summary->setText(tr("%n round(s) in the last twelve months; %1 dispute(s) found, %2 "
                          "headed off.",
                          nullptr, int(m_rounds.size()))
                           .arg(found)
                           .arg(prevented));
    m_correct->setEnabled(false);
    m_remove->setEnabled(false);
}

std::optional<DisputeScreening> ScreeningLogDialog::chosen() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_rounds.size())
        return std::nullopt;
    return m_rounds.at(rows.first().row());
}

bool ScreeningLogDialog::edit(DisputeScreening round) {
    auto *heldOn = new QDateEdit(round.heldOn);
    heldOn->setObjectName(QStringLiteral("screeningHeldOn"));
    heldOn->setCalendarPopup(true);
    heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *area = new QLineEdit(round.area);
    area->setObjectName(QStringLiteral("screeningArea"));
    area->setPlaceholderText(tr("e.g. 第三网格; 明珠花园1–4栋"));
    area->setMaxLength(60);
    auto *found = countBox("screeningFound", round.found);
    auto *prevented = countBox("screeningPrevented", round.prevented);
    prevented->setToolTip(tr("Of the disputes found, those settled on the spot or by a word "
                             "in time, before they became a case"));
    auto *notes = new QLineEdit(round.notes);
    notes->setObjectName(QStringLiteral("screeningNotes"));
    const bool saved = FormDialog::run(
        this, round.id == 0 ? tr("Log a screening round") : tr("Correct the screening round"),
        {{tr("&Held on:"), heldOn},
         {tr("&Where:"), area},
         {tr("Disputes &found:"), found},
         {tr("Of them &headed off:"), prevented},
         {tr("&Notes:"), notes}},
        [&]() -> Status {
            DisputeScreening typed = round;
            typed.heldOn = heldOn->date();
            typed.area = area->text();
            typed.found = found->value();
            typed.prevented = prevented->value();
            typed.notes = notes->text();
            if (typed.id == 0)
                return m_log.record(typed).status();
            return m_log.correct(typed);
        });
    reload();
    return saved;
}

void ScreeningLogDialog::removeChosen() {
    const auto round = chosen();
    if (!round)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove the round"),
        tr("Take the round of %1 in %2 off the log? The audit trail keeps what it said.")
            .arg(round->heldOn.toString(Qt::ISODate), round->area));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status done = m_log.remove(*round); !done)
        ErrorReporter::report(this, tr("The round was not removed."), done.error());
    reload();
}

} // namespace linli
