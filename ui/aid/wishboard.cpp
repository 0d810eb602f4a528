#include "aid/wishboard.h"

#include "access/permissions.h"
#include "aid/aidlabels.h"
#include "aid/stationservice.h"
#include "aid/wishcard.h"
#include "aid/wishservice.h"
#include "complaints/complaintservice.h"
#include "documents/aiddocuments.h"
#include "exchange/wishexport.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "widgets/documentprinter.h"
#include "widgets/errorreporter.h"
#include "widgets/formdialog.h"
#include "widgets/listexporter.h"
#include "widgets/residentpicker.h"
#include "widgets/showngate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace linli {

namespace {

constexpr int kDoneShown = 20;

// Every building the user may see, named as the wall names them: 明珠花园3栋.
QList<std::pair<BuildingId, QString>> buildingsOf(const RegistryService &registry) {
    auto list = registry.places().buildingNames();
    return list ? *list : QList<std::pair<BuildingId, QString>>();
}

BuildingId buildingOfHousehold(const RegistryService &registry, HouseholdId household) {
    const auto found = registry.households().household(household);
    if (!found)
        return {};
    const auto unit = registry.places().unit(found->unitId);
    return unit ? unit->buildingId : BuildingId{};
}

} // namespace

WishBoard::WishBoard(WishService &wishes, RegistryService &registry, ComplaintService &complaints,
                     OfficeSettingsService &office, const StationService &station, QWidget *parent)
    : QWidget(parent)
    , m_wishes(wishes)
    , m_registry(registry)
    , m_complaints(complaints)
    , m_office(office)
    , m_station(station)
    , m_building(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this)) {
    m_shown = new ShownGate(this, [this] { reload(); });
    setObjectName(QStringLiteral("wishBoard"));
    m_building->setObjectName(QStringLiteral("wishBuildingFilter"));
    m_kind->setObjectName(QStringLiteral("wishKindFilter"));
    m_kind->addItem(tr("Items and help"), -1);
    m_kind->addItem(tr("Items"), int(WishKind::Item));
    m_kind->addItem(tr("Help"), int(WishKind::Help));
    m_summary->setObjectName(QStringLiteral("wishSummary"));
    auto *post = new QPushButton(tr("&Post a wish…"), this);
    post->setObjectName(QStringLiteral("postWishButton"));
    post->setToolTip(tr("Write down a resident's wish; it goes on the wall once checked"));
    auto *print = new QPushButton(tr("P&rint the wall…"), this);
    print->setObjectName(QStringLiteral("printWallButton"));
    print->setToolTip(tr("The open wishes as a sheet for the activity centre's board"));
    auto *exportWishes = new QPushButton(tr("E&xport…"), this);
    exportWishes->setObjectName(QStringLiteral("exportWishesButton"));
    exportWishes->setToolTip(
        tr("Every wish of the chosen building and kind, done ones included, to Excel or CSV"));
    exportWishes->setVisible(
        Permissions::allows(m_wishes.database().session().role, Permission::ExportPersonalData));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Building:"), this));
    bar->addWidget(m_building);
    bar->addWidget(m_kind);
    bar->addWidget(m_summary, 1);
    bar->addWidget(post);
    bar->addWidget(print);
    bar->addWidget(exportWishes);

    auto *wall = new QWidget;
    wall->setObjectName(QStringLiteral("wishWall"));
    auto *columns = new QHBoxLayout(wall);
    const QStringList titles = {tr("To check"), tr("On the wall"), tr("Being helped"),
                                tr("Done lately")};
    for (int i = 0; i < ColumnCount; ++i) {
        auto *column = new QVBoxLayout;
        auto *title = new QLabel(titles.at(i), wall);
        title->setObjectName(QStringLiteral("wishColumnTitle%1").arg(i));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        column->addWidget(title);
        auto *cards = new QVBoxLayout;
        cards->setSpacing(8);
        column->addLayout(cards);
        column->addStretch();
        columns->addLayout(column, 1);
        columns->setStretch(i, 1);
        m_columns.append(cards);
        m_columnTitles.append(title);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(wall);
    wall->setStyleSheet(QStringLiteral("QWidget#wishWall { background: #f6f1e3; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(post, &QPushButton::clicked, this, &WishBoard::postWish);
    connect(print, &QPushButton::clicked, this, &WishBoard::printWall);
    connect(exportWishes, &QPushButton::clicked, this, &WishBoard::exportWishes);
    connect(m_building, &QComboBox::currentIndexChanged, this, &WishBoard::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WishBoard::reload);
    connect(&m_wishes, &WishService::wishesChanged, this, &WishBoard::reload);
    connect(&m_station, &StationService::stationChanged, this, &WishBoard::reload);
    connect(&m_registry, &RegistryService::placesChanged, this, &WishBoard::fillBuildings);
    fillBuildings();
    reload();
}

void WishBoard::fillBuildings() {
    const QSignalBlocker quiet(m_building);
    const QVariant current = m_building->currentData();
    m_building->clear();
    m_building->addItem(tr("All buildings"), 0);
    for (const auto &[id, name] : buildingsOf(m_registry))
        m_building->addItem(name, id.value);
    m_building->setCurrentIndex(qMax(0, m_building->findData(current)));
}

WishFilter WishBoard::filter() const {
    WishFilter filter;
    filter.buildingId = BuildingId{m_building->currentData().toLongLong()};
    if (m_kind->currentData().toInt() >= 0)
        filter.kind = WishKind(m_kind->currentData().toInt());
    return filter;
}

void WishBoard::exportWishes() {
    ListExporter::runTable(
        this, m_wishes.database(), tr("Export the wishes"), QStringLiteral("心愿台账"),
        [this]() -> Result<ExportTable> {
            const auto wishes = m_wishes.repository().wishes(filter());
            if (!wishes)
                return wishes.status();
            return WishExport::table(*wishes);
        },
        QStringLiteral("wishes"), Permission::ExportPersonalData);
}

void WishBoard::reload() {
    if (m_shown->defer())
        return;
    const auto wishes = m_wishes.repository().wishes(filter());
    if (!wishes) {
        ErrorReporter::report(this, tr("The wishes could not be read."), wishes.error());
        return;
    }
    for (QVBoxLayout *column : std::as_const(m_columns)) {
        while (QLayoutItem *item = column->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    const QDate today = m_wishes.database().clock().today();
    m_shownVersions.clear();
    for (const Wish &wish : *wishes)
        m_shownVersions.insert(wish.id.value, wish.version);
    QList<int> counts(ColumnCount, 0);
    int overdue = 0;
    for (const Wish &wish : *wishes) {
        Column column = Done;
        switch (wish.state) {
        case WishState::Posted:
            column = ToCheck;
            break;
        case WishState::Open:
            column = OnTheWall;
            break;
        case WishState::Claimed:
        case WishState::Dispatched:
            column = BeingHelped;
            break;
        default:
            break;
        }
        if (wish.isOverdue(today))
            ++overdue;
        if (column == Done && counts[Done] >= kDoneShown)
            continue;
        ++counts[column];
        // An item wish not yet answered is shown what the station's shelf may have for it.
        QString onShelf;
        if (wish.kind == WishKind::Item &&
            (wish.state == WishState::Posted || wish.state == WishState::Open)) {
            if (const auto found = m_station.suggestionsFor(wish); found && !found->isEmpty())
                onShelf = tr("%1 (%2)").arg(found->first().description).arg(found->first().onHand);
        }
        auto *card = new WishCard(wish, today, onShelf);
        connect(card, &WishCard::actionRequested, this, &WishBoard::act);
        m_columns[column]->addWidget(card);
    }
    const QStringList titles = {tr("To check (%1)"), tr("On the wall (%1)"),
                                tr("Being helped (%1)"), tr("Done lately")};
    for (int i = 0; i < ColumnCount; ++i)
        m_columnTitles[i]->setText(i == Done ? titles.at(i) : titles.at(i).arg(counts[i]));
    m_summary->setText(overdue > 0 ? tr("%n dispatched wish(es) overdue", "", overdue) : QString());
}

void WishBoard::postWish() {
    auto *wisher = new ResidentPicker(m_registry.residents());
    wisher->setObjectName(QStringLiteral("wishWisher"));
    wisher->setPlaceholderText(tr("Name, phone or address"));
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("wishKind"));
    kind->addItem(AidLabels::wishKind(WishKind::Help), int(WishKind::Help));
    kind->addItem(AidLabels::wishKind(WishKind::Item), int(WishKind::Item));
    auto *channel = new QComboBox;
    channel->setObjectName(QStringLiteral("wishChannel"));
    for (const WishChannel c :
         {WishChannel::Wall, WishChannel::Visit, WishChannel::Phone, WishChannel::GroupChat})
        channel->addItem(AidLabels::wishChannel(c), int(c));
    auto *building = new QComboBox;
    building->setObjectName(QStringLiteral("wishBuilding"));
    building->addItem(tr("(not in a building)"), 0);
    for (const auto &[id, name] : buildingsOf(m_registry))
        building->addItem(name, id.value);
    if (m_building->currentData().toLongLong() > 0)
        building->setCurrentIndex(building->findData(m_building->currentData()));
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("wishText"));
    text->setPlaceholderText(tr("What is wished for, in the resident's words"));
    text->setTabChangesFocus(true);
    connect(wisher, &ResidentPicker::residentChosen, this,
            [this, building](const ResidentListEntry &entry) {
                const BuildingId id = buildingOfHousehold(m_registry, entry.resident.householdId);
                if (const int row = building->findData(id.value); row >= 0)
                    building->setCurrentIndex(row);
            });
    FormDialog::run(this, tr("Post a wish"),
                    {{tr("&Who wishes:"), wisher},
                     {tr("&Kind:"), kind},
                     {tr("Came by:"), channel},
                     {tr("&Building:"), building},
                     {tr("&Wish:"), text}},
                    [&] {
                        Wish draft;
                        draft.wisherName = wisher->text();
                        if (wisher->chosen())
                            draft.residentId = wisher->chosen()->resident.id;
                        draft.kind = WishKind(kind->currentData().toInt());
                        draft.channel = WishChannel(channel->currentData().toInt());
                        draft.buildingId = BuildingId{building->currentData().toLongLong()};
                        draft.text = text->toPlainText();
                        return m_wishes.post(draft).status();
                    });
}

void WishBoard::act(WishId id, WishAction action) {
    auto wish = m_wishes.repository().wish(id);
    if (!wish) {
        ErrorReporter::report(this, tr("The wish could not be read."), wish.error());
        return;
    }
    // As the wall shows it: changed at another desk since, the service refuses naming who.
    wish->version = m_shownVersions.value(id.value, wish->version);
    const int before = wish->version;
    switch (action) {
    case WishAction::Verify:
        if (const Status done = m_wishes.verify(*wish); !done)
            ErrorReporter::report(this, tr("The wish was not put up."), done.error());
        break;
    case WishAction::Claim:
        claim(*wish);
        break;
    case WishAction::Dispatch:
        dispatch(*wish);
        break;
    case WishAction::Escalate:
        escalate(*wish);
        break;
    case WishAction::Release:
    case WishAction::Fulfil:
    case WishAction::Withdraw:
        finish(*wish, action);
        break;
    }
    // Not done (refused, or cancelled after a refusal): the wall shows what is saved now,
    // once the card that asked has returned.
    if (m_shownVersions.value(id.value, before) == before)
        QTimer::singleShot(0, this, &WishBoard::reload);
}

void WishBoard::claim(const Wish &wish) {
    auto *helper = new ResidentPicker(m_registry.residents());
    helper->setObjectName(QStringLiteral("wishHelper"));
    helper->setPlaceholderText(tr("The neighbour, volunteer or party member"));
    FormDialog::run(this, tr("Claim the wish"), {{tr("&Who helps:"), helper}}, [&] {
        return m_wishes.claim(wish, helper->chosen() ? helper->chosen()->resident.id : ResidentId{},
                              helper->text());
    });
}

void WishBoard::dispatch(const Wish &wish) {
    auto *role = new QComboBox;
    role->setObjectName(QStringLiteral("dispatchRole"));
    role->addItem(AidLabels::dispatchRole(DispatchRole::NeighbourHead),
                  int(DispatchRole::NeighbourHead));
    role->addItem(AidLabels::dispatchRole(DispatchRole::GridWorker), int(DispatchRole::GridWorker));
    auto *name = new QComboBox;
    name->setObjectName(QStringLiteral("dispatchName"));
    name->setEditable(true);
    // The building's neighbour heads are the likely ones; any name may be typed.
    if (wish.buildingId.isValid()) {
        const auto heads = m_registry.people().neighbourHeads(wish.buildingId,
                                                              m_wishes.database().clock().today());
        if (heads) {
            for (const NeighbourHead &head : *heads)
                name->addItem(head.residentName);
        }
    }
    auto *due = new QDateEdit(m_wishes.database().clock().today().addDays(3));
    due->setObjectName(QStringLiteral("dispatchDue"));
    due->setCalendarPopup(true);
    FormDialog::run(this, tr("Dispatch the wish"),
                    {{tr("&To:"), role}, {tr("&Name:"), name}, {tr("&Due:"), due}}, [&] {
                        return m_wishes.dispatch(wish, DispatchRole(role->currentData().toInt()),
                                                 name->currentText(), due->date());
                    });
}

void WishBoard::finish(const Wish &wish, WishAction action) {
    auto *note = new QLineEdit;
    note->setObjectName(QStringLiteral("wishNote"));
    if (action != WishAction::Fulfil) {
        const bool back = action == WishAction::Release;
        FormDialog::run(this, back ? tr("Back to the wall") : tr("Withdraw the wish"),
                        {{back ? tr("&Why:") : tr("&Reason:"), note}}, [&] {
                            return back ? m_wishes.release(wish, note->text())
                                        : m_wishes.withdraw(wish, note->text());
                        });
        return;
    }
    note->setPlaceholderText(tr("e.g. replaced the tap washer"));
    auto *day = new QDateEdit(m_wishes.database().clock().today());
    day->setObjectName(QStringLiteral("wishDoneOn"));
    day->setCalendarPopup(true);
    auto *hours = new QDoubleSpinBox;
    hours->setObjectName(QStringLiteral("wishHours"));
    hours->setRange(0, 24);
    hours->setSingleStep(0.5);
    hours->setSuffix(tr(" h"));
    hours->setToolTip(tr("The helper's time, counted in the volunteer hours"));
    FormDialog::run(
        this, tr("The wish is fulfilled"),
        {{tr("&What was done:"), note}, {tr("&On:"), day}, {tr("&Hours:"), hours}},
        [&] { return m_wishes.fulfil(wish, note->text(), day->date(), hours->value()); });
}

void WishBoard::escalate(const Wish &wish) {
    auto *category = new QComboBox;
    category->setObjectName(QStringLiteral("escalateCategory"));
    if (const auto categories = m_complaints.complaints().categories()) {
        for (const Category &c : *categories) {
            if (c.active)
                category->addItem(c.name, c.id.value);
        }
    }
    qint64 logged = 0;
    const bool done =
        FormDialog::run(this, tr("Make the wish a complaint"), {{tr("&Category:"), category}}, [&] {
            const auto complaint = m_wishes.escalate(wish, category->currentData().toLongLong());
            if (complaint)
                logged = *complaint;
            return complaint.status();
        });
    if (done && logged > 0)
        Q_EMIT complaintRequested(logged);
}

void WishBoard::printWall() {
    const auto wishes = m_wishes.repository().wishes(
        {{WishState::Open}, BuildingId{m_building->currentData().toLongLong()}, {}});
    const auto office = m_office.identity();
    if (!wishes || !office) {
        ErrorReporter::report(this, tr("The wall cannot be printed."),
                              !wishes ? wishes.error() : office.error());
        return;
    }
    auto document = AidDocuments::wishWall(*wishes, *office, m_wishes.database().clock().today());
    DocumentPrinter::preview(this, *document, tr("Wish wall"));
}

} // namespace linli
