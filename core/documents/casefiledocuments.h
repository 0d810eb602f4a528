#pragma once

#include "common/result.h"
#include "mediation/casefile.h"
#include "settings/officeidentity.h"

#include <QHash>

#include <memory>

class QTextDocument;

namespace linli {

class MediationService;

/// The papers of the people's-mediation case file (卷宗), in Chinese on A4: the acceptance
/// register, the notice of rights and duties, the session records, the agreement, the follow-up
/// record and the closing report — each on its own, or bound in order behind a cover and an
/// index (卷内目录) that gives each paper's first page.
class CaseFileDocuments final {
public:
    struct Source {
        CaseFile::Contents contents;
        QHash<qint64, QString> mediatorNames; ///< by mediator id
        OfficeIdentity office;
    };

    /// Reads what the papers of case `id` are made from.
    static Result<Source> load(const MediationService &service, CaseId id,
                               const OfficeIdentity &office);
    /// One paper. A paper not yet ready prints as a blank form: the notice to be signed, a
    /// session record to be written by hand.
    static std::unique_ptr<QTextDocument> document(const Source &source, const CaseFileItem &item);
    /// The whole file: cover, index, and every paper that is ready, each from a new page. The
    /// index lists the papers still missing as such.
    static std::unique_ptr<QTextDocument> bound(const Source &source, const QDateTime &now);
    /// The paper's Chinese title: 人民调解受理登记表…
    static QString title(CaseDocument document);
};

} // namespace linli
