#pragma once

#include "registry/registryservice.h"
#include "storage/statement.h"
#include "support/testdatabase.h"

namespace linli::test {

/// A community with one compound, building and unit, ready for households.
struct RegistryFixture {
    TestDatabase db;
    RegistryService registry{*db};
    CommunityId community;
    CompoundId compound;
    BuildingId building;
    UnitId unit;

    RegistryFixture() {
        community = *registry.addCommunity(
            {{}, QStringLiteral("红旗社区"), QStringLiteral("宝塔街道"), QStringLiteral("岳塘区")});
        compound =
            *registry.addCompound({{}, community, QStringLiteral("明珠花园"), CompoundKind::Old});
        building = *registry.addBuilding({{}, compound, QStringLiteral("3栋"), {}});
        unit = *registry.addUnit({{}, building, QStringLiteral("2单元")});
    }

    /// A second desk on the same database — another program's connection, saving as 乙台 — while
    /// this one saves as 甲台, on the same clock; null (with the reason printed) when it cannot
    /// open.
    std::unique_ptr<Database> anotherDesk() {
        db->setOperatorName(QStringLiteral("甲台"));
        auto other = Database::open(db.path(), Database::Mode::OpenExisting);
        if (!other) {
            qWarning("%s", qPrintable(other.error()));
            return nullptr;
        }
        (*other)->setOperatorName(QStringLiteral("乙台"));
        (*other)->setClock(db.sharedClock()); // the same day at both desks
        return std::move(*other);
    }
    /// Whether `refused` is the refusal telling this desk that 乙台 saved first.
    static bool namesAnotherDesk(const Status &refused) {
        return !refused && refused.error().startsWith(QStringLiteral("乙台 changed this record"));
    }

    Resident resident(HouseholdId household, const QString &name, Gender gender,
                      Relation relation = Relation::Other) const {
        Resident r;
        r.householdId = household;
        r.name = name;
        r.gender = gender;
        r.relation = relation;
        return r;
    }

    int count(const QString &statement) {
        return sql::Statement::single(db->connection(), statement)->toInt();
    }
};

} // namespace linli::test
