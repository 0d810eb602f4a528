#include "storage/numbering.h"

#include "storage/sql.h"
#include "storage/writecontext.h"

namespace linli {

namespace {

QString kindName(Numbering::Kind kind) {
    switch (kind) {
    case Numbering::Kind::Complaint:
        return QStringLiteral("complaint");
    case Numbering::Kind::MediationCase:
        return QStringLiteral("mediation_case");
    case Numbering::Kind::Wish:
        return QStringLiteral("wish");
    }
    return {};
}

// The first number of a year makes its row; later ones raise it. Both engines spell the upsert
// alike.
const QString kRaise =
    QStringLiteral("INSERT INTO number_counters (kind, year, last) VALUES (?, ?, 1)"
                   " ON CONFLICT (kind, year) DO UPDATE SET last = number_counters.last + 1");
const QString kRead =
    QStringLiteral("SELECT last FROM number_counters WHERE kind = ? AND year = ?");

} // namespace

Result<int> Numbering::take(const WriteContext &context, Kind kind, int year) {
    const QString name = kindName(kind);
    if (auto raised = context.execute(kRaise, {name, year}); !raised)
        return raised.status();
    const auto last = sql::scalar(context.connection(), kRead, {name, year});
    if (!last)
        return last.status();
    return last->toInt();
}

} // namespace linli
