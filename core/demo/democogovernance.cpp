#include "demo/democogovernance.h"

#include "cogovernance/cogovernancerepository.h"
#include "storage/sql.h"

namespace linli {

namespace {

const QString kBuildings =
    QStringLiteral("SELECT b.id, (SELECT r.name FROM neighbour_head_buildings nb"
                   "  JOIN neighbour_heads n ON n.id = nb.neighbour_head_id"
                   "  JOIN residents r ON r.id = n.resident_id"
                   "  WHERE nb.building_id = b.id AND n.term_end IS NULL LIMIT 1)"
                   " FROM buildings b JOIN compounds c ON c.id = b.compound_id"
                   " WHERE c.community_id = 1 AND c.kind = 'old' ORDER BY c.id, b.id");
const QString kHouseholds = QStringLiteral(
    "SELECT h.id, (SELECT r.id FROM residents r WHERE r.household_id = h.id"
    "  AND r.moved_out_on IS NULL ORDER BY r.relation = 'head' DESC, r.id LIMIT 1)"
    " FROM households h JOIN units u ON u.id = h.unit_id WHERE u.building_id = ? ORDER BY h.id");
const QString kClauses = QStringLiteral(
    "SELECT text FROM pact_template_clauses WHERE template_id = 1 ORDER BY position");

} // namespace

DemoCoGovernance::DemoCoGovernance(const WriteContext &context, QDate today)
    : m_context(context)
    , m_today(today) {}

Status DemoCoGovernance::inspect(qint64 building, QDate from) {
    // About monthly since the pact; one building in six has been let slide of late.
    const bool overlooked = below(6) == 0;
    const QDate last = overlooked ? m_today.addDays(-75) : m_today.addDays(-3);
    for (QDate day = from.addDays(20 + below(10)); day <= last; day = day.addDays(26 + below(10))) {
        Inspection inspection;
        inspection.buildingId = BuildingId{building};
        inspection.inspectedOn = day;
        inspection.inspectors = QStringLiteral("邻长、楼栋自治小组成员");
        const int roll = below(100);
        inspection.noClutter = roll >= 12;
        inspection.corridorClear = roll >= 6;
        inspection.lighting = below(100) >= 8;
        inspection.bins = below(100) >= 5;
        if (!inspection.passed()) {
            inspection.rectifyBy = day.addDays(7);
            inspection.notes = !inspection.noClutter ? QStringLiteral("楼道堆放纸箱和旧家具")
                               : !inspection.lighting ? QStringLiteral("三楼声控灯不亮")
                                                      : QStringLiteral("垃圾未及时清运");
        }
        const WriteContext at(m_context.connection(), m_context.operatorName(),
                              QDateTime(day, QTime(16, 0)));
        if (auto done = CoGovernanceRepository::insertInspection(at, inspection); !done)
            return done.status();
    }
    return Status::success();
}

Result<int> DemoCoGovernance::run() {
    const QSqlDatabase db = m_context.connection();
    auto clauses = sql::run(db, kClauses);
    if (!clauses)
        return clauses.status();
    QStringList text;
    while (clauses->next())
        text << clauses->value(0).toString();
    auto buildings = sql::run(db, kBuildings);
    if (!buildings)
        return buildings.status();
    QList<qint64> withHead;
    while (buildings->next()) {
        if (!buildings->value(1).toString().isEmpty())
            withHead << buildings->value(0).toLongLong();
    }
    int pacts = 0;
    for (const qint64 building : std::as_const(withHead)) {
        if (below(10) < 2) // most, not all, have adopted one
            continue;
        Pact pact;
        pact.buildingId = BuildingId{building};
        pact.title = QStringLiteral("楼栋卫生公约");
        pact.clauses = text;
        pact.templateId = PactTemplateId{1};
        pact.adoptedOn = m_today.addDays(-90 - below(240));
        const int rota = below(3);
        pact.rota = rota == 0   ? RotaMode::None
                    : rota == 1 ? RotaMode::ByFloor
                                : RotaMode::ByHousehold;
        if (pact.rota != RotaMode::None)
            pact.rotaStart = pact.adoptedOn.addDays(7);
        const WriteContext adopting(db, m_context.operatorName(),
                                    QDateTime(pact.adoptedOn, QTime(19, 30)));
        auto adopted = CoGovernanceRepository::insertPact(adopting, pact);
        if (!adopted)
            return adopted.status();
        ++pacts;
        auto households = sql::run(db, kHouseholds, {building});
        if (!households)
            return households.status();
        // Most households sign within two weeks of the meeting.
        while (households->next()) {
            const qint64 signer = households->value(1).toLongLong();
            if (signer == 0 || below(100) >= 88)
                continue;
            const QDate on = pact.adoptedOn.addDays(below(14));
            const WriteContext signing(db, m_context.operatorName(), QDateTime(on, QTime(18, 0)));
            if (Status done = CoGovernanceRepository::sign(
                    signing, adopted->id, HouseholdId{households->value(0).toLongLong()},
                    ResidentId{signer}, on);
                !done)
                return done;
        }
        if (Status done = inspect(building, pact.adoptedOn); !done)
            return done;
    }
    return pacts;
}

} // namespace linli
