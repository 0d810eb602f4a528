#pragma once

#include "mediation/mediation.h"

namespace linli {

/// One agreed term: what, and how, where and by when it is performed.
struct AgreementTerm {
    QString text;
    QString performance;
    QDate dueOn;
};

/// The people's-mediation agreement (人民调解协议书) of a case.
struct Agreement {
    qint64 id = 0;
    CaseId caseId;
    QDate signedOn;
    QList<AgreementTerm> terms;
    /// The money the agreement settles: compensation, repairs, debts (协议涉及金额); 0 when none.
    qint64 amountFen = 0;
    /// A court confirmed the agreement (司法确认): the day, and which court; none when not.
    QDate confirmedOn{};
    QString confirmedBy{};
    /// Raised by every save; an agreement is saved only over the version its form read (0: the
    /// caller never read one, so none may be on file yet).
    int version = 0;
};

/// One household's part of a shared repair.
struct CostSharePart {
    HouseholdId household;
    QString address;               ///< read-only, for display
    qint64 weightHundredths = 100; ///< the part's weight, in hundredths (1 is 100)
    qint64 amountFen = 0;
    bool paid = false;
};

/// A repair cost split across the households of a stairwell unit or a chosen set.
struct CostShare {
    qint64 id = 0;
    CaseId caseId;
    QString description;
    qint64 totalFen = 0;
    QList<CostSharePart> parts;
    /// Voided with a reason (never deleted): kept on record, no longer paid or printed.
    QDate voidedOn;
    QString voidedBy;
    QString voidReason;
    bool isVoid() const { return voidedOn.isValid(); }
};

/// The follow-up visit (回访) on whether the agreement was carried out.
struct CaseFollowUp {
    QDate visitedOn;
    bool carriedOut = false;
    QString notes;
};

} // namespace linli
