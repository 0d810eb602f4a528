#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "registry/places.h"
#include "storage/writecontext.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <cstdint>

namespace linli {

/// The inside of DemoGenerator: writes the sample places, people and residents through the
/// registry's repositories, inside the generator's single transaction.
class DemoWriter final {
public:
    DemoWriter(const WriteContext &context, DemoGenerator::Scale scale, QDate today);
    Result<DemoGenerator::Summary> run();

private:
    Status writeCommunity(int index);
    Status writeCompound(CommunityId communityId, const QString &name, CompoundKind kind,
                         int buildings, const QList<GridId> &grids);
    Status writeHousehold(const HouseholdPlace &place, const QString &room,
                          QList<ResidentId> &residents);
    /// The write's context, dated `moment`: the demo's history happened over past years.
    WriteContext at(const QDateTime &moment) const;
    QString nextIdNumber(QDate birth, bool male);
    QString nextMobile();
    QString randomName(bool male, const QString &surname);
    QString randomSurname();
    quint32 next() { return m_random.next(); }
    int below(int bound) { return m_random.below(bound); }

    const WriteContext &m_context;
    DemoGenerator::Scale m_scale;
    QDate m_today;
    DemoRandom m_random{0x2545F4914F6CDD1DULL};
    int m_idSequence = 0;
    QSet<QString> m_usedIds;
    QString m_dutyStaff;
    DemoGenerator::Summary m_summary;
};

} // namespace linli
