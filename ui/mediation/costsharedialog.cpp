#include "mediation/costsharedialog.h"

#include "mediation/costsplit.h"
#include "mediation/mediationservice.h"
#include "registry/registryservice.h"
#include "widgets/savingguard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace linli {

namespace {
constexpr int HouseholdRole = Qt::UserRole + 1;
enum Column { HouseholdColumn, WeightColumn, ShareColumn };
} // namespace

CostShareDialog::CostShareDialog(MediationService &service, const RegistryService &registry,
                                 const MediationCase &mediationCase, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_registry(registry)
    , m_caseId(mediationCase.id)
    , m_description(new QLineEdit(tr("Clearing the septic tank and repairing the pipes"), this))
    , m_total(new QLineEdit(this))
    , m_households(new QStandardItemModel(0, 3, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("costShareDialog"));
    setWindowTitle(tr("Share a cost — %1").arg(mediationCase.number));
    resize(620, 560);
    m_description->setObjectName(QStringLiteral("costDescription"));
    m_total->setObjectName(QStringLiteral("costTotal"));
    m_total->setPlaceholderText(tr("In yuan, e.g. 3867.50"));
    m_households->setHorizontalHeaderLabels({tr("Household"), tr("Weight"), tr("Share (yuan)")});
    m_table->setObjectName(QStringLiteral("costHouseholds"));
    m_table->setModel(m_households);
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("costSummary"));
    m_error->setObjectName(QStringLiteral("costError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // The applicant's stairwell unit: its households share the pipes and the septic tank.
    for (const Party &party : mediationCase.parties) {
        if (party.side != PartySide::Applicant || !party.householdId.isValid())
            continue;
        if (const auto household = registry.households().household(party.householdId)) {
            loadUnit(household->unitId);
            break;
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_description);
    form->addRow(tr("&Total:"), m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("costOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Households sharing it (untick those who do not; a weight of 2 pays twice "
                      "a weight of 1):"),
                   this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_total, &QLineEdit::textChanged, this, &CostShareDialog::updateShares);
    connect(m_households, &QStandardItemModel::itemChanged, this, &CostShareDialog::updateShares);
    connect(buttons, &QDialogButtonBox::accepted, this, &CostShareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CostShareDialog::reject);
    updateShares();
}

void CostShareDialog::loadUnit(UnitId unit) {
    const auto households = m_registry.households().households(unit);
    if (!households)
        return;
    for (const Household &household : *households) {
        auto *name = new QStandardItem(household.address);
        name->setCheckable(true);
        name->setCheckState(Qt::Checked);
        name->setEditable(false);
        name->setData(household.id.value, HouseholdRole);
        auto *share = new QStandardItem;
        share->setEditable(false);
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_households->appendRow({name, new QStandardItem(QStringLiteral("1")), share});
    }
}

QList<int> CostShareDialog::chosenRows() const {
    QList<int> rows;
    for (int row = 0; row < m_households->rowCount(); ++row) {
        if (m_households->item(row, HouseholdColumn)->checkState() == Qt::Checked)
            rows << row;
    }
    return rows;
}

Result<QList<qint64>> CostShareDialog::chosenWeights() const {
    // As typed: a weight the split cannot use is said, never read as 1 while the cell shows it.
    QList<qint64> weights;
    for (int row : chosenRows()) {
        const QString typed = m_households->item(row, WeightColumn)->text().trimmed();
        const auto weight = CostSplit::parseWeight(typed);
        if (!weight)
            return Result<QList<qint64>>::failure(
                tr("The weight of %1 is \"%2\". %3")
                    .arg(m_households->item(row, HouseholdColumn)->text(), typed, weight.error()));
        weights << *weight;
    }
    return weights;
}

void CostShareDialog::updateShares() {
    if (m_updating)
        return;
    m_updating = true;
    const auto total = CostSplit::parseYuan(m_total->text());
    const QList<int> rows = chosenRows();
    const auto weights = chosenWeights();
    const auto parts = total && weights && !rows.isEmpty()
                           ? CostSplit::byWeight(*total, *weights)
                           : Result<QList<qint64>>::failure(weights ? QString() : weights.error());
    for (int row = 0; row < m_households->rowCount(); ++row)
        m_households->item(row, ShareColumn)->setText(QString());
    if (parts) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_households->item(rows.at(i), ShareColumn)->setText(CostSplit::yuan(parts->at(i)));
        const auto nothing = std::count(parts->cbegin(), parts->cend(), qint64(0));
        m_summary->setText(
            nothing > 0
                ? tr("%1 yuan over %n household(s): %2 of them would pay 0.00 — the total is "
                     "too small to share this way.",
                     nullptr, int(rows.size()))
                      .arg(CostSplit::yuan(*total))
                      .arg(nothing)
                : tr("%1 yuan over %n household(s); the shares add up to the total exactly.",
                     nullptr, int(rows.size()))
                      .arg(CostSplit::yuan(*total)));
        m_summary->setStyleSheet(nothing > 0 ? QStringLiteral("color: #b3261e;") : QString());
    } else {
        m_summary->setText(!parts.error().isEmpty()
                               ? parts.error()
                               : tr("%n household(s) chosen.", nullptr, int(rows.size())));
        m_summary->setStyleSheet(parts.error().isEmpty() ? QString()
                                                         : QStringLiteral("color: #b3261e;"));
    }
    m_updating = false;
}

void CostShareDialog::accept() {
    const auto total = CostSplit::parseYuan(m_total->text());
    if (!total) {
        m_error->setText(total.error());
        m_error->show();
        return;
    }
    const auto weights = chosenWeights();
    if (!weights) {
        m_error->setText(weights.error());
        m_error->show();
        return;
    }
    QList<HouseholdId> households;
    for (int row : chosenRows())
        households << HouseholdId{
            m_households->item(row, HouseholdColumn)->data(HouseholdRole).toLongLong()};
    const SavingGuard saving(this);
    const auto shared =
        m_service.shareCost(m_caseId, m_description->text(), *total, households, *weights);
    if (!shared) {
        m_error->setText(shared.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace linli
