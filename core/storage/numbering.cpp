#include "storage/numbering.h"

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

// The first number of a year makes its row; later ones raise it, and the statement says the
// number it took. Both engines spell the upsert alike.
const QString kRaise =
    QStringLiteral("INSERT INTO number_counters (kind, year, last) VALUES (:kind, :year, 1)"
                   " ON CONFLICT (kind, year) DO UPDATE SET last = number_counters.last + 1"
                   " RETURNING last");

} // namespace

Result<int> Numbering::take(const WriteContext &context, Kind kind, int year) {
    const QString name = kindName(kind);
    auto raised = context.run(kRaise, {{"kind", name}, {"year", year}});
    if (!raised)
        return raised.status();
    if (!raised->next()) {
        if (raised->status())
            qFatal("Linli: the number counter's upsert returned no row");
        return raised->status();
    }
    const int number = int(raised->integer("last"));
    if (Status complete = raised->finish(); !complete)
        return complete;
    return number;
}

} // namespace linli
