#pragma once

#include "common/result.h"
#include "registry/resident.h"
#include "storage/writecontext.h"

#include <QCoreApplication>

namespace linli {

/// Removes a resident's name and identifiers, on request or once they have been gone longer than
/// the office keeps personal data. The row stays — gender, relation, markers, household, the
/// birth year and the moving-out date — so that every count in the figures stays right; the
/// name goes also from the complaints they reported, the cases they were a party to, the
/// opinions they raised and the meetings they attended. Audit entries keep the name they were
/// written with (they are never edited), with ID numbers and phones already masked.
class Anonymiser final {
    Q_DECLARE_TR_FUNCTIONS(linli::Anonymiser)
public:
    /// What an anonymised resident is called everywhere (stored, so in Chinese like the records).
    static QString placeholderName();

    static Status anonymise(const WriteContext &context, ResidentId id);
    /// The residents moved out before `cutoff` and not yet anonymised.
    static Result<QList<ResidentId>> movedOutBefore(const WriteContext &context, QDate cutoff);
};

} // namespace linli
