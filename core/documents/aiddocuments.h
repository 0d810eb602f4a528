#pragma once

#include "aid/event.h"
#include "aid/stationrepository.h"
#include "aid/wish.h"
#include "settings/officeidentity.h"

#include <QList>

#include <memory>

class QTextDocument;

namespace linli {

/// The mutual-aid papers, in Chinese on A4.
class AidDocuments final {
public:
    /// The wish wall sheet (邻里心愿墙) for the activity centre's board: the checked wishes not
    /// yet taken on, with a blank column for a neighbour to write their name. Wishers are named
    /// by surname only: the sheet hangs in public.
    static std::unique_ptr<QTextDocument> wishWall(const QList<Wish> &wishes,
                                                   const OfficeIdentity &office, QDate day);
    /// The station's ledger (邻里互助站物品台账) for a period: each donation in and each thing
    /// taken out, by day, and the stock on hand by category at the end.
    static std::unique_ptr<QTextDocument> stationLedger(const QList<StationLedgerLine> &lines,
                                                        const QMap<StationCategory, int> &stock,
                                                        const OfficeIdentity &office, QDate from,
                                                        QDate to);
    /// An activity's sign-up sheet (报名签到表): who signed up, with a column to sign on the day.
    static std::unique_ptr<QTextDocument> signUpSheet(const Event &event, const Activity &activity,
                                                      const QList<SignUp> &signUps,
                                                      const OfficeIdentity &office);
    /// 刘某: how a public sheet names a person.
    static QString publicName(const QString &name);
};

} // namespace linli
