#pragma once

#include "common/result.h"
#include "mediation/agreement.h"
#include "mediation/mediationstatistics.h"
#include "settings/officeidentity.h"

#include <QStringList>

#include <memory>

class QTextDocument;

namespace linli {

/// The mediation papers, in Chinese on A4: the people's-mediation agreement (人民调解协议书)
/// and the cost-sharing sheet a stairwell unit signs.
class MediationDocuments final {
public:
    /// `mediators` are the names of the case's mediators, lead first.
    static std::unique_ptr<QTextDocument> agreement(const MediationCase &mediationCase,
                                                    const Agreement &agreement,
                                                    const QStringList &mediators,
                                                    const OfficeIdentity &office);
    /// The agreement as HTML body content, to bind into the case file.
    static QString agreementBody(const MediationCase &mediationCase, const Agreement &agreement,
                                 const QStringList &mediators, const OfficeIdentity &office);
    static std::unique_ptr<QTextDocument> costShareSheet(const MediationCase &mediationCase,
                                                         const CostShare &share,
                                                         const OfficeIdentity &office,
                                                         QDate printedOn);
    /// Several of a case's sheets in one document, each from a new page; voided shares left out.
    static std::unique_ptr<QTextDocument> costShareSheets(const MediationCase &mediationCase,
                                                          const QList<CostShare> &shares,
                                                          const OfficeIdentity &office,
                                                          QDate printedOn);
    /// The people's-mediation statistics form (人民调解工作统计表) of a month, with the year's
    /// figures to the month's end; signed by `preparedBy` (填表人) and dated `printedOn`.
    static std::unique_ptr<QTextDocument> monthlyStatistics(const MediationStatistics &statistics,
                                                            const OfficeIdentity &office,
                                                            const QString &preparedBy,
                                                            QDate printedOn);
    static QString caseType(CaseType type);
    static QString caseSource(CaseSource source);
    static QString partyRole(PartySide side);
    /// 防止民转刑, 防止民间纠纷引起自杀 …, as the statistics form words them.
    static QString avertedName(Averted what);
    /// 红旗社区人民调解委员会, from the office's identity.
    static QString committee(const OfficeIdentity &office);
};

} // namespace linli
