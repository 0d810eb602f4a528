#pragma once

#include "common/result.h"
#include "complaints/complaint.h"
#include "settings/officeidentity.h"

#include <QDate>
#include <QList>

#include <memory>

class QTextDocument;

namespace linli {

class ComplaintRepository;

/// The complaint papers the duty desk prints, in Chinese: the receipt slip (回执) for the
/// reporter, and the daily duty log (值班日志).
class ComplaintDocuments final {
public:
    static std::unique_ptr<QTextDocument> receipt(const Complaint &complaint,
                                                  const OfficeIdentity &office);
    /// Every complaint received on `day`, with how each is being handled.
    static Result<std::unique_ptr<QTextDocument>> dutyLog(const ComplaintRepository &repository,
                                                          QDate day, const OfficeIdentity &office);
    /// The words printed for the enumerations (always Chinese, whatever the screen's language).
    static QString channel(Channel channel);
    static QString state(ComplaintState state);
    static QString level(Level level);
};

} // namespace linli
