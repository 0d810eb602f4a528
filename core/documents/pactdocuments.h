#pragma once

#include "cogovernance/pact.h"

#include <QList>

#include <memory>

class QTextDocument;

namespace linli {

/// The building hygiene pact (楼栋卫生公约) as posted in the stairwell, in Chinese on A4: the
/// community at the top, the title, the numbered clauses, the neighbour head and the group, a
/// table of every household to sign (its header repeated on each page), and the cleaning rota
/// when the pact has one. A compound prints each building from a new page, each numbered on
/// its own.
class PactDocuments final {
public:
    static std::unique_ptr<QTextDocument> pact(const PactSheet &sheet);
    static std::unique_ptr<QTextDocument> compound(const QList<PactSheet> &sheets);
};

} // namespace linli
