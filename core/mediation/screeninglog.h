#pragma once

#include "common/result.h"
#include "common/strongid.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace linli {

class Database;
class WriteContext;

/// One round of screening for disputes (矛盾纠纷排查): where the mediators went, how many
/// disputes they found, and how many of those they settled on the spot before any became a
/// case (预防纠纷). The statistics form counts the rounds, the disputes found and those headed off.
struct DisputeScreening {
    qint64 id = 0;
    QDate heldOn;
    QString area; ///< where: a grid, a compound, a building or a street
    int found = 0;
    int prevented = 0;
    QString notes;
    QString recordedBy; ///< read-only: who put it on the log
    int version = 0;    ///< raised by every change (RowVersion)
};

/// The screening log of the community a session works in. Mediators and staff who may edit
/// mediation record, correct and remove rounds; every change is audited.
class ScreeningLog final {
    Q_DECLARE_TR_FUNCTIONS(linli::ScreeningLog)
public:
    explicit ScreeningLog(Database &database)
        : m_database(database) {}

    /// The rounds held from `from` to `to`, newest first.
    Result<QList<DisputeScreening>> between(QDate from, QDate to) const;
    /// Puts a round on the log and returns its id.
    Result<qint64> record(const DisputeScreening &screening);
    /// Saves a correction over the version the form read.
    Status correct(const DisputeScreening &screening);
    /// Takes a round recorded in error off the log (the audit keeps what it said).
    Status remove(const DisputeScreening &screening);

    /// Why a round cannot be saved as it is; empty when it can.
    QString problemWith(const DisputeScreening &screening) const;

    /// Writes a round inside `context`'s unit, audited, logged by its operator (the demo's
    /// history uses it too).
    static Result<qint64> insert(const WriteContext &context, CommunityId community,
                                 const DisputeScreening &screening);

private:
    Database &m_database;
};

} // namespace linli
