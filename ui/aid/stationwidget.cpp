#include "aid/stationwidget.h"

#include "aid/aidlabels.h"
#include "aid/stationservice.h"
#include "common/reportmonth.h"
#include "documents/aiddocuments.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/listexporter.h"
#include "widgets/monthchooser.h"
#include "widgets/residentpicker.h"
#include "widgets/showngate.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace linli {

namespace {

const QList<StationCategory> kCategories = {StationCategory::Books, StationCategory::Toys,
                                            StationCategory::DailyGoods, StationCategory::Clothes,
                                            StationCategory::Other};

} // namespace

StationWidget::StationWidget(StationService &station, RegistryService &registry,
                             OfficeSettingsService &office, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
    , m_registry(registry)
    , m_office(office)
    , m_stock(new QLabel(this))
    , m_model(new StringTableModel({tr("Category"), tr("Item"), tr("Donated"), tr("Donor"),
                                    tr("Given"), tr("On the shelf"), tr("Note")},
                                   this))
    , m_items(makeListTable(m_model, QStringLiteral("stationItems"), this)) {
    m_shown = new ShownGate(this, [this] { reload(); });
    setObjectName(QStringLiteral("station"));
    setEmptyHint(m_items, tr("Nothing on the shelf: Donation… records what a resident brings."));
    m_stock->setObjectName(QStringLiteral("stationStock"));
    m_stock->setWordWrap(true);
    auto *donate = new QPushButton(tr("&Donation…"), this);
    donate->setObjectName(QStringLiteral("donateButton"));
    donate->setToolTip(tr("Record what a resident brings to the station"));
    auto *take = new QPushButton(tr("&Taken…"), this);
    take->setObjectName(QStringLiteral("takeButton"));
    take->setToolTip(tr("Someone took something from the shelf: choose it in the list first"));
    auto *print = new QPushButton(tr("Print the &ledger…"), this);
    print->setObjectName(QStringLiteral("printLedgerButton"));
    print->setToolTip(tr("Print the station's ledger of things in and out"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_stock, 1);
    bar->addWidget(donate);
    bar->addWidget(take);
    bar->addWidget(print);
    bar->addWidget(
        ListExporter::button(this, m_station.database(), QStringLiteral("exportStationButton"),
                             tr("Export the station's stock"), QStringLiteral("互助站物品"),
                             *m_model, QStringLiteral("station_items"), Permission::EditMutualAid));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_items, 1);
    connect(donate, &QPushButton::clicked, this, &StationWidget::recordDonation);
    connect(take, &QPushButton::clicked, this, &StationWidget::recordTake);
    connect(m_items, &QTableView::activated, this, &StationWidget::recordTake);
    connect(print, &QPushButton::clicked, this, &StationWidget::printLedger);
    connect(&m_station, &StationService::stationChanged, this, &StationWidget::reload);
    reload();
}

void StationWidget::reload() {
    if (m_shown->defer())
        return;
    const auto items = m_station.repository().items(false);
    const auto stock = m_station.repository().stock();
    if (!items || !stock) {
        ErrorReporter::report(this, tr("The station's shelf could not be read."),
                              !items ? items.error() : stock.error());
        return;
    }
    // What is on the shelf first, the gone ones after, newest first within each.
    m_rows.clear();
    for (const bool onShelf : {true, false}) {
        for (const StationItem &item : *items) {
            if ((item.onHand > 0) == onShelf)
                m_rows.append(item);
        }
    }
    const QDate old =
        m_station.database().clock().today().addDays(-StationService::longOnShelfDays);
    const QLocale locale;
    QList<QStringList> rows;
    int longOnShelf = 0;
    for (const StationItem &item : std::as_const(m_rows)) {
        const bool sitting = item.onHand > 0 && item.donatedOn < old;
        longOnShelf += sitting ? 1 : 0;
        rows.append({AidLabels::stationCategory(item.category), item.description,
                     locale.toString(item.donatedOn, QLocale::ShortFormat),
                     item.donorName.isEmpty() ? tr("anonymous") : item.donorName,
                     QString::number(item.quantity), QString::number(item.onHand),
                     sitting ? tr("over %1 days on the shelf").arg(StationService::longOnShelfDays)
                             : QString()});
    }
    m_model->setRows(rows);
    m_items->resizeColumnsToContents();
    QStringList parts;
    for (const StationCategory c : kCategories)
        parts << tr("%1: %2").arg(AidLabels::stationCategory(c)).arg(stock->value(c));
    QString text = tr("On the shelf — %1").arg(parts.join(QStringLiteral(" · ")));
    if (longOnShelf > 0)
        text += u'\n' + tr("%n donation(s) on the shelf for over %1 days: offer them at the next "
                           "event, or pass them on.",
                           "", longOnShelf)
                            .arg(StationService::longOnShelfDays);
    m_stock->setText(text);
}

void StationWidget::recordDonation() {
    auto *category = new QComboBox;
    category->setObjectName(QStringLiteral("donationCategory"));
    for (const StationCategory c : kCategories)
        category->addItem(AidLabels::stationCategory(c), int(c));
    auto *description = new QLineEdit;
    description->setObjectName(QStringLiteral("donationDescription"));
    description->setPlaceholderText(tr("e.g. 小学三年级课外书"));
    auto *quantity = new QSpinBox;
    quantity->setObjectName(QStringLiteral("donationQuantity"));
    quantity->setRange(1, 999);
    auto *donor = new ResidentPicker(m_registry.residents());
    donor->setObjectName(QStringLiteral("donationDonor"));
    donor->setPlaceholderText(tr("Name, phone or address"));
    auto *anonymous = new QCheckBox(tr("The donor stays anonymous"));
    anonymous->setObjectName(QStringLiteral("donationAnonymous"));
    connect(anonymous, &QCheckBox::toggled, donor, &QWidget::setDisabled);
    auto *day = new QDateEdit(m_station.database().clock().today());
    day->setCalendarPopup(true);
    FormDialog::run(this, tr("A donation"),
                    {{tr("&Category:"), category},
                     {tr("&What:"), description},
                     {tr("&How many:"), quantity},
                     {tr("&Donor:"), donor},
                     {QString(), anonymous},
                     {tr("&On:"), day}},
                    [&] {
                        StationItem item;
                        item.category = StationCategory(category->currentData().toInt());
                        item.description = description->text();
                        item.quantity = quantity->value();
                        if (!anonymous->isChecked()) {
                            item.donorName = donor->text();
                            if (donor->chosen())
                                item.donorId = donor->chosen()->resident.id;
                        }
                        item.donatedOn = day->date();
                        return m_station.donate(item).status();
                    });
}

void StationWidget::recordTake() {
    const int row = m_items->currentIndex().row();
    if (row < 0 || row >= m_rows.size()) {
        ErrorReporter::report(this, tr("Nothing was recorded."),
                              tr("Choose in the list what was taken."));
        return;
    }
    const StationItem item = m_rows.at(row);
    auto *what = new QLabel(tr("%1 (%2 on the shelf)").arg(item.description).arg(item.onHand));
    auto *quantity = new QSpinBox;
    quantity->setObjectName(QStringLiteral("takeQuantity"));
    quantity->setRange(1, 999);
    auto *taker = new ResidentPicker(m_registry.residents());
    taker->setObjectName(QStringLiteral("takeTaker"));
    taker->setPlaceholderText(tr("Name, phone or address"));
    auto *day = new QDateEdit(m_station.database().clock().today());
    day->setCalendarPopup(true);
    FormDialog::run(this, tr("Taken from the shelf"),
                    {{tr("What:"), what},
                     {tr("&How many:"), quantity},
                     {tr("&Who:"), taker},
                     {tr("&On:"), day}},
                    [&] {
                        StationTake take;
                        take.itemId = item.id;
                        take.quantity = quantity->value();
                        take.takerName = taker->text();
                        if (taker->chosen())
                            take.takerId = taker->chosen()->resident.id;
                        take.takenOn = day->date();
                        return m_station.take(take).status();
                    });
}

void StationWidget::printLedger() {
    const QDate today = m_station.database().clock().today();
    const auto month = MonthChooser::ask(this, tr("Station ledger"), today);
    if (!month)
        return;
    const QDate from = *month;
    const QDate to = ReportMonth::lastDay(from, today);
    const auto lines = m_station.repository().ledger(from, to);
    const auto stock = m_station.repository().stockOn(to);
    const auto office = m_office.identity();
    if (!lines || !stock || !office) {
        ErrorReporter::report(this, tr("The ledger cannot be printed."),
                              !lines   ? lines.error()
                              : !stock ? stock.error()
                                       : office.error());
        return;
    }
    auto document = AidDocuments::stationLedger(*lines, *stock, *office, from, to);
    DocumentPrinter::preview(this, *document, tr("Station ledger"));
}

} // namespace linli
