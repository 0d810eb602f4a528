#include "complaints/complaintintakewidget.h"

#include "complaints/complaintlabels.h"
#include "complaints/complaintservice.h"
#include "documents/complaintdocuments.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/buddylabel.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/residentpicker.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace linli {

namespace {
constexpr int ComplaintRole = Qt::UserRole + 6;
} // namespace

ComplaintIntakeWidget::ComplaintIntakeWidget(ComplaintService &service, RegistryService &registry,
                                             const OfficeSettingsService &office, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_registry(registry)
    , m_office(office)
    , m_reporter(new ResidentPicker(registry.residents(), this))
    , m_phone(new QLineEdit(this))
    , m_compound(new QComboBox(this))
    , m_building(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_household(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_receivedAt(new QDateTimeEdit(this))
    , m_category(new QComboBox(this))
    , m_urgent(new QCheckBox(tr("&Urgent"), this))
    , m_summary(new QLineEdit(this))
    , m_details(new QPlainTextEdit(this))
    , m_duplicates(new QListWidget(this))
    , m_link(new QPushButton(tr("&Note on this one instead"), this))
    , m_save(new QPushButton(tr("&Save and start the next"), this))
    , m_status(new QLabel(this))
    , m_receipt(new QPushButton(tr("Print &receipt…"), this)) {
    setObjectName(QStringLiteral("complaintIntake"));
    m_reporter->setObjectName(QStringLiteral("reporterEdit"));
    m_reporter->setPlaceholderText(
        tr("Name, phone or address of a resident — or a walk-in's name"));
    m_phone->setObjectName(QStringLiteral("reporterPhoneEdit"));
    m_compound->setObjectName(QStringLiteral("compoundCombo"));
    m_building->setObjectName(QStringLiteral("buildingCombo"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_household->setObjectName(QStringLiteral("householdLabel"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (const Channel channel : ComplaintLabels::channels())
        m_channel->addItem(ComplaintLabels::channel(channel), int(channel));
    m_receivedAt->setObjectName(QStringLiteral("receivedAtEdit"));
    m_receivedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_receivedAt->setCalendarPopup(true);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_urgent->setObjectName(QStringLiteral("urgentCheck"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("One line: what is the matter?"));
    m_details->setObjectName(QStringLiteral("detailsEdit"));
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(90);
    m_duplicates->setObjectName(QStringLiteral("duplicateList"));
    m_duplicates->setMaximumHeight(90);
    m_link->setObjectName(QStringLiteral("linkInsteadButton"));
    m_link->setToolTip(tr("Add this visit to the earlier complaint about the same matter instead "
                          "of logging it again"));
    m_save->setObjectName(QStringLiteral("saveComplaintButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Ctrl+Return"));
    m_status->setObjectName(QStringLiteral("intakeStatus"));
    m_receipt->setObjectName(QStringLiteral("intakeReceiptButton"));
    m_receipt->setToolTip(tr("Print the receipt for the complaint just logged"));
    m_receipt->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Who came:"), m_reporter);
    form->addRow(tr("&Phone:"), m_phone);
    auto *place = new QHBoxLayout;
    place->addWidget(m_compound, 2);
    place->addWidget(m_building, 1);
    place->addWidget(m_unit, 1);
    form->addRow(buddyLabel(tr("&Where:"), m_compound, this), place);
    form->addRow(QString(), m_household);
    auto *how = new QHBoxLayout;
    how->addWidget(m_channel);
    how->addWidget(m_receivedAt);
    form->addRow(buddyLabel(tr("&Channel and time:"), m_channel, this), how);
    auto *what = new QHBoxLayout;
    what->addWidget(m_category, 1);
    what->addWidget(m_urgent);
    form->addRow(buddyLabel(tr("C&ategory:"), m_category, this), what);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Details:"), m_details);

    auto *duplicatesBox = new QGroupBox(tr("The same matter may have been logged already"), this);
    duplicatesBox->setObjectName(QStringLiteral("duplicatesBox"));
    auto *duplicatesLayout = new QVBoxLayout(duplicatesBox);
    duplicatesLayout->addWidget(m_duplicates);
    duplicatesLayout->addWidget(m_link, 0, Qt::AlignLeft);
    duplicatesBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_receipt);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(duplicatesBox);
    layout->addLayout(buttons);
    layout->addStretch();

    setTabOrder(m_reporter, m_phone);
    setTabOrder(m_phone, m_compound);
    setTabOrder(m_compound, m_building);
    setTabOrder(m_building, m_unit);
    setTabOrder(m_unit, m_channel);
    // The time received defaults to now and is rarely changed: it comes last, so that Tab
    // does not walk through its five sections on every visit.
    setTabOrder(m_channel, m_category);
    setTabOrder(m_category, m_urgent);
    setTabOrder(m_urgent, m_summary);
    setTabOrder(m_summary, m_details);
    setTabOrder(m_details, m_receivedAt);
    setTabOrder(m_receivedAt, m_save);

    connect(m_reporter, &QLineEdit::textEdited, this, &ComplaintIntakeWidget::walkIn);
    connect(m_reporter, &ResidentPicker::residentChosen, this,
            &ComplaintIntakeWidget::residentChosen);
    connect(m_compound, &QComboBox::currentIndexChanged, this,
            &ComplaintIntakeWidget::compoundChanged);
    connect(m_building, &QComboBox::currentIndexChanged, this,
            &ComplaintIntakeWidget::buildingChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ComplaintIntakeWidget::showDuplicates);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            &ComplaintIntakeWidget::showDuplicates);
    connect(m_duplicates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_link->setEnabled(row >= 0); });
    connect(m_link, &QPushButton::clicked, this, &ComplaintIntakeWidget::linkInstead);
    connect(m_save, &QPushButton::clicked, this, &ComplaintIntakeWidget::save);
    connect(m_receipt, &QPushButton::clicked, this, &ComplaintIntakeWidget::printReceipt);
    connect(m_summary, &QLineEdit::returnPressed, this, &ComplaintIntakeWidget::save);
    const QList<QKeySequence> saveKeys = {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                          QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                          QKeySequence(QKeySequence::Save)};
    for (const QKeySequence &keys : saveKeys) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ComplaintIntakeWidget::save);
    }
    setFocusProxy(m_reporter);
    connect(m_receivedAt, &QDateTimeEdit::dateTimeChanged, this,
            [this] { m_receivedAtChosen = true; });
    // A form left open all morning shows the time it is, not the time it was opened.
    auto *clockTick = new QTimer(this);
    clockTick->setInterval(20 * 1000);
    connect(clockTick, &QTimer::timeout, this, [this] {
        if (!m_receivedAtChosen) {
            const QSignalBlocker quiet(m_receivedAt);
            m_receivedAt->setDateTime(m_service.database().clock().now());
        }
    });
    clockTick->start();
    connect(&m_service, &ComplaintService::listsChanged, this,
            &ComplaintIntakeWidget::fillCategories);
    connect(&m_registry, &RegistryService::placesChanged, this,
            &ComplaintIntakeWidget::fillCompounds);
    fillCategories();
    fillCompounds();
    startNext();
}

void ComplaintIntakeWidget::fillCompounds() {
    const qint64 chosen = m_compound->currentData().toLongLong();
    const QSignalBlocker blocker(m_compound);
    m_compound->clear();
    m_compound->addItem(tr("Compound…"), qint64(0));
    const auto communities = m_registry.places().communities();
    if (!communities)
        return;
    for (const Community &community : *communities) {
        const auto compounds = m_registry.places().compounds(community.id);
        if (!compounds)
            continue;
        for (const Compound &compound : *compounds)
            m_compound->addItem(communities->size() > 1
                                    ? tr("%1 · %2").arg(community.name, compound.name)
                                    : compound.name,
                                compound.id.value);
    }
    m_compound->setCurrentIndex(qMax(0, m_compound->findData(chosen)));
    compoundChanged();
}

void ComplaintIntakeWidget::fillCategories() {
    const qint64 chosen = m_category->currentData().toLongLong();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("Choose…"), qint64(0));
    if (const auto categories = m_service.complaints().categories()) {
        for (const Category &category : *categories) {
            if (category.active)
                m_category->addItem(category.name, category.id.value);
        }
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(chosen)));
}

void ComplaintIntakeWidget::compoundChanged() {
    const QSignalBlocker blocker(m_building);
    m_building->clear();
    m_building->addItem(tr("Building…"), qint64(0));
    if (const qint64 compound = m_compound->currentData().toLongLong()) {
        if (const auto buildings = m_registry.places().buildings(CompoundId{compound})) {
            for (const Building &building : *buildings)
                m_building->addItem(building.name, building.id.value);
        }
    }
    buildingChanged();
}

void ComplaintIntakeWidget::buildingChanged() {
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unit->addItem(tr("Unit…"), qint64(0));
        if (const qint64 building = m_building->currentData().toLongLong()) {
            if (const auto units = m_registry.places().units(BuildingId{building})) {
                for (const Unit &unit : *units)
                    m_unit->addItem(unit.name, unit.id.value);
            }
        }
    }
    showDuplicates();
}

void ComplaintIntakeWidget::walkIn() {
    // A typed name is a walk-in until a resident is chosen from the list.
    m_residentId = {};
    m_householdId = {};
    m_householdAddress.clear();
    m_household->clear();
}

void ComplaintIntakeWidget::residentChosen(const ResidentListEntry &entry) {
    m_residentId = entry.resident.id;
    m_householdId = entry.resident.householdId;
    m_householdAddress = entry.address;
    m_phone->setText(entry.resident.mobile);
    m_household->setText(tr("Household: %1").arg(m_householdAddress));
    const auto household = m_registry.households().household(m_householdId);
    if (!household)
        return;
    const auto place = m_registry.places().placeOfUnit(household->unitId);
    if (!place)
        return;
    m_compound->setCurrentIndex(qMax(0, m_compound->findData(place->compoundId.value)));
    m_building->setCurrentIndex(qMax(0, m_building->findData(place->buildingId.value)));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(place->unitId.value)));
}

Complaint ComplaintIntakeWidget::draft() const {
    Complaint c;
    c.receivedAt =
        m_receivedAtChosen ? m_receivedAt->dateTime() : m_service.database().clock().now();
    c.channel = Channel(m_channel->currentData().toInt());
    c.reporter = {m_residentId, m_reporter->text(), m_phone->text()};
    c.place.compoundId = CompoundId{m_compound->currentData().toLongLong()};
    c.place.buildingId = BuildingId{m_building->currentData().toLongLong()};
    c.place.unitId = UnitId{m_unit->currentData().toLongLong()};
    c.place.householdId = m_householdId;
    if (!m_householdAddress.isEmpty()) {
        c.place.description = m_householdAddress;
    } else if (c.place.compoundId.isValid()) {
        // The compound's own name, without the community prefix shown in a sub-district's list.
        const auto compound = m_registry.places().compound(c.place.compoundId);
        c.place.description = compound ? compound->name : QString();
        if (c.place.buildingId.isValid())
            c.place.description += m_building->currentText();
        if (c.place.unitId.isValid())
            c.place.description += m_unit->currentText();
    }
    c.categoryId = CategoryId{m_category->currentData().toLongLong()};
    c.urgency = m_urgent->isChecked() ? Urgency::Urgent : Urgency::Normal;
    c.summary = m_summary->text();
    c.details = m_details->toPlainText();
    return c;
}

void ComplaintIntakeWidget::showDuplicates() {
    m_duplicates->clear();
    const Complaint c = draft();
    const auto found = m_service.complaints().possibleDuplicates(
        c.place.buildingId, c.place.unitId, c.categoryId,
        m_service.database().clock().now().addDays(-ComplaintRepository::kDuplicateWindowDays));
    auto *box = m_duplicates->parentWidget();
    if (!found || found->isEmpty()) {
        box->hide();
        return;
    }
    for (const Complaint &d : *found) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3 · %4 (%5)")
                .arg(d.number(), QLocale().toString(d.receivedAt, QLocale::ShortFormat),
                     d.place.description, d.summary, ComplaintLabels::state(d.state)),
            m_duplicates);
        item->setData(ComplaintRole, d.id.value);
    }
    m_link->setEnabled(false);
    box->show();
}

void ComplaintIntakeWidget::save() {
    const auto result = m_service.log(draft());
    if (!result) {
        ErrorReporter::report(this, tr("The complaint was not logged."), result.error());
        return;
    }
    m_lastLogged = result->id;
    Q_EMIT logged(result->id);
    startNext();
    m_status->setText(
        tr("Logged as %1, due %2.")
            .arg(result->number(), QLocale().toString(result->dueAt, QLocale::ShortFormat)));
    m_receipt->show();
}

void ComplaintIntakeWidget::linkInstead() {
    QListWidgetItem *item = m_duplicates->currentItem();
    if (!item)
        return;
    const ComplaintId existing{item->data(ComplaintRole).toLongLong()};
    const Complaint c = draft();
    const QString note =
        tr("%1 came again: %2").arg(c.reporter.name, c.summary.isEmpty() ? c.details : c.summary);
    if (const Status done = m_service.revisit(existing, note); !done) {
        ErrorReporter::report(this, tr("The visit was not noted."), done.error());
        return;
    }
    const auto complaint = m_service.complaints().complaint(existing);
    startNext();
    m_status->setText(tr("Noted on %1.").arg(complaint ? complaint->number() : QString()));
}

void ComplaintIntakeWidget::startNext() {
    m_residentId = {};
    m_householdId = {};
    m_householdAddress.clear();
    m_reporter->clear();
    m_phone->clear();
    m_household->clear();
    m_compound->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_urgent->setChecked(false);
    m_summary->clear();
    m_details->clear();
    {
        const QSignalBlocker quiet(m_receivedAt);
        m_receivedAt->setDateTime(m_service.database().clock().now());
    }
    m_receivedAtChosen = false;
    m_status->clear();
    m_receipt->hide();
    m_reporter->setFocus();
}

void ComplaintIntakeWidget::printReceipt() {
    const auto complaint = m_service.complaints().complaint(m_lastLogged);
    const auto office = complaint ? m_office.identityOf(complaint->community) : m_office.identity();
    if (!complaint || !office) {
        ErrorReporter::report(this, tr("The receipt cannot be printed."),
                              complaint ? office.error() : complaint.error());
        return;
    }
    auto document = ComplaintDocuments::receipt(*complaint, *office);
    DocumentPrinter::preview(this, *document, tr("Receipt %1").arg(complaint->number()));
}

} // namespace linli
