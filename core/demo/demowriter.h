#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "storage/writecontext.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <cstdint>

namespace linli {

/// The inside of DemoGenerator: writes the sample rows with statements prepared once,
/// inside the generator's single transaction.
class DemoWriter final {
public:
    DemoWriter(const WriteContext &context, DemoGenerator::Scale scale, QDate today);
    Result<DemoGenerator::Summary> run();

private:
    Status writeCommunity(int index);
    Status writeCompound(qint64 communityId, const QString &name, const QString &kind,
                         int buildings, const QList<qint64> &grids);
    Status writeHousehold(qint64 unitId, const QString &address, const QString &room,
                          QList<qint64> &residents);
    /// The write's context, dated `moment`: the demo's history happened over past years.
    WriteContext at(const QDateTime &moment) const;
    Status audit(const QDateTime &at, const QString &entity, qint64 id, const QString &action,
                 const QJsonObject &changes);
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
    QString m_insertCompound, m_insertBuilding, m_insertUnit, m_insertHousehold, m_insertHead,
        m_insertHeadBuilding, m_insertGroup, m_insertAudit;
};

} // namespace linli
