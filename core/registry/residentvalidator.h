#pragma once

#include "registry/resident.h"

#include <QCoreApplication>
#include <QList>

namespace linli {

enum class ResidentField { Name, BirthDate, IdNumber, Mobile, Household };

struct FieldIssue {
    ResidentField field;
    QString message;
};

/// The rules a resident must meet before it is stored, without touching the database.
/// (Rules that need the database — a duplicate ID number, two heads in one household — are the
/// registry service's.)
class ResidentValidator final {
    Q_DECLARE_TR_FUNCTIONS(linli::ResidentValidator)
public:
    /// Normalises the typed text in place (trimmed name, clean ID number and phone).
    static void normalise(Resident &resident);
    /// Every rule the resident breaks, each naming its field; empty when all is well.
    static QList<FieldIssue> check(const Resident &resident, QDate today);
    static constexpr int maxNameLength = 40;
};

} // namespace linli
