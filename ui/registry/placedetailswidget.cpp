#include "registry/placedetailswidget.h"

#include "aid/eldercareservice.h"
#include "registry/buildingroleswidget.h"
#include "registry/registrylabels.h"
#include "registry/registryservice.h"
#include "storage/database.h"
#include "widgets/factstable.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace linli {

namespace {

QString heading(const QString &text) {
    return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
}

} // namespace

PlaceDetailsWidget::PlaceDetailsWidget(RegistryService &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_text(new QLabel(this))
    , m_roles(new BuildingRolesWidget(registry, this)) {
    setObjectName(QStringLiteral("placeDetails"));
    m_text->setObjectName(QStringLiteral("placeDetailsText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_roles);
    layout->addStretch();
    m_roles->hide();
}

void PlaceDetailsWidget::showPlace(RegistryTreeModel::NodeRef place) {
    using Kind = RegistryTreeModel::Kind;
    m_roles->setVisible(place.kind == Kind::Building);
    switch (place.kind) {
    case Kind::Community:
        m_text->setText(describeCommunity(CommunityId{place.id}));
        break;
    case Kind::Compound:
        m_text->setText(describeCompound(CompoundId{place.id}));
        break;
    case Kind::Building:
        m_text->setText(describeBuilding(BuildingId{place.id}));
        m_roles->showBuilding(BuildingId{place.id});
        break;
    case Kind::Unit:
        m_text->setText(describeUnit(UnitId{place.id}));
        break;
    default: {
        const auto communities = m_registry.places().communities();
        m_text->setText(communities && communities->isEmpty()
                            ? tr("The registry is empty. Start with New community in the toolbar, "
                                 "then add its compounds, buildings, units and households.")
                            : tr("Choose a compound, building, stairwell unit or household on the "
                                 "left."));
        break;
    }
    }
}

QString PlaceDetailsWidget::describeCommunity(CommunityId id) const {
    const auto community = m_registry.places().community(id);
    const auto compounds = m_registry.places().compounds(id);
    const auto grids = m_registry.people().grids(id);
    if (!community || !compounds || !grids)
        return tr("The community could not be read.");
    QString html = heading(community->name) + QStringLiteral("<table>");
    html += factRow(tr("Sub-district"), community->subdistrict);
    html += factRow(tr("District"), community->district);
    html += factRow(tr("Compounds"), QString::number(compounds->size()));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Grids").toHtmlEscaped());
    for (const Grid &grid : *grids)
        html +=
            factRow(grid.name, grid.workerName.isEmpty() ? tr("No grid worker") : grid.workerName);
    return html + QStringLiteral("</table>");
}

QString PlaceDetailsWidget::describeCompound(CompoundId id) const {
    const auto compound = m_registry.places().compound(id);
    const auto buildings = m_registry.places().buildings(id);
    if (!compound || !buildings)
        return tr("The compound could not be read.");
    QString html = heading(compound->name) + QStringLiteral("<table>");
    html += factRow(tr("Kind"), RegistryLabels::compoundKind(compound->kind));
    html += factRow(tr("Buildings"), QString::number(buildings->size()));
    return html + QStringLiteral("</table>");
}

QString PlaceDetailsWidget::describeBuilding(BuildingId id) const {
    const auto building = m_registry.places().building(id);
    const auto units = m_registry.places().units(id);
    const auto residents = m_registry.residents().livingIn(id);
    if (!building || !units || !residents)
        return tr("The building could not be read.");
    const auto compound = m_registry.places().compound(building->compoundId);
    QString html = heading((compound ? compound->name : QString()) + building->name) +
                   QStringLiteral("<table>");
    html += factRow(tr("Stairwell units"), QString::number(units->size()));
    html += factRow(tr("Residents"), QString::number(residents->size()));
    if (building->gridId.isValid()) {
        const auto grid = m_registry.people().grid(building->gridId);
        if (grid)
            html += factRow(tr("Grid"),
                            grid->workerName.isEmpty()
                                ? grid->name
                                : tr("%1, grid worker %2").arg(grid->name, grid->workerName));
    }
    if (m_care) {
        // The building's elders living alone, and who among them waits for a visit.
        const auto elders = m_care->repository().elders();
        const auto overdue = m_care->overdue(m_care->database().clock().today());
        if (elders && overdue) {
            QStringList names;
            for (const Elder &e : *elders) {
                if (e.buildingId == id)
                    names << e.name;
            }
            QStringList waiting;
            for (const OverdueElder &line : *overdue) {
                if (line.elder.buildingId == id)
                    waiting
                        << tr("%1 (%n day(s) overdue)", "", line.daysOverdue).arg(line.elder.name);
            }
            if (!names.isEmpty())
                html += factRow(tr("Elders living alone"), names.join(QStringLiteral("、")));
            if (!waiting.isEmpty())
                html += factRow(tr("Not visited in time"), waiting.join(QStringLiteral("、")));
        }
    }
    return html + QStringLiteral("</table>");
}

QString PlaceDetailsWidget::describeUnit(UnitId id) const {
    const auto place = m_registry.places().placeOfUnit(id);
    const auto households = m_registry.households().households(id);
    if (!place || !households)
        return tr("The stairwell unit could not be read.");
    int residents = 0;
    for (const Household &household : *households)
        residents += household.memberCount;
    QString html = heading(place->compoundName + place->buildingName + place->unitName) +
                   QStringLiteral("<table>");
    html += factRow(tr("Households"), QString::number(households->size()));
    html += factRow(tr("Residents"), QString::number(residents));
    html += QStringLiteral("</table><p style='color:#555'>%1</p>")
                .arg(tr("Households of one stairwell unit share pipes and septic tanks, and share "
                        "their repair costs.")
                         .toHtmlEscaped());
    return html;
}

} // namespace linli
