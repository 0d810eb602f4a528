#pragma once

#include "mediation/agreement.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace linli {

/// The documents of the people's-mediation case file (卷宗), in the order they are bound.
enum class CaseDocument {
    AcceptanceRegister, ///< 受理登记表
    RightsNotice,       ///< 当事人权利义务告知书
    SessionRecord,      ///< 调解笔录, one for each session held
    Agreement,          ///< 人民调解协议书
    FollowUpRecord,     ///< 回访记录
    ClosingReport       ///< 结案报告表
};

/// One document the case file needs at the case's present stage.
struct CaseFileItem {
    CaseDocument document = CaseDocument::AcceptanceRegister;
    SessionId session; ///< the session, for a session record
    bool ready = false;
    QString missing; ///< what is lacking, when not ready
};

/// What a case's file needs and what it still lacks. It works on data already read, so the
/// service, the page and the printed index agree on one rule set:
/// - the acceptance register always, and the notice of rights once the parties were told;
/// - a record for every session held (ended and not cancelled), and at least one once the
///   case has been mediated;
/// - the agreement once one was reached; the follow-up record once the case is concluded;
/// - the closing report, which needs the case followed up and its outcome written.
class CaseFile final {
    Q_DECLARE_TR_FUNCTIONS(linli::CaseFile)
public:
    struct Contents {
        MediationCase mediationCase;
        QList<Session> sessions;
        std::optional<linli::Agreement> agreement;
        QList<CaseFollowUp> followUps;
        QList<CaseEvent> events;
    };

    static QList<CaseFileItem> items(const Contents &contents, const QDateTime &now);
    /// What keeps the case from closing; empty when the file is complete.
    static QStringList missing(const Contents &contents, const QDateTime &now);
    /// The document's name as staff call it, translated.
    static QString documentName(CaseDocument document);
    /// Whether an agreement was ever reached, by the case's history.
    static bool agreementReached(const Contents &contents);
};

} // namespace linli
