#pragma once

#include "common/result.h"
#include "complaints/complaint.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace linli {

class Database;

/// One exception to the Monday-to-Friday week.
struct CalendarDay {
    QDate day;
    bool workday = false; ///< a make-up working day (调休); otherwise a holiday
    QString name;
};

/// The lists the office keeps for complaints: categories, the outside bodies matters are
/// referred to, the holiday calendar, and the working days allowed by urgency. Reads and audited
/// writes; the settings page edits them.
class ComplaintLists final {
    Q_DECLARE_TR_FUNCTIONS(linli::ComplaintLists)
public:
    explicit ComplaintLists(const Database &database)
        : m_database(database) {}

    Result<QList<CalendarDay>> calendarDays(int year) const;
    /// Every body, active or not.
    Result<QList<std::pair<ReferralBody, bool>>> referralBodies() const;

    static Result<CategoryId> addCategory(const WriteContext &context, const QString &name);
    /// Renames the category as the desk `seen` it; refused, naming who, when another desk
    /// renamed it first.
    static Status renameCategory(const WriteContext &context, const Category &seen,
                                 const QString &name);
    static Status setCategoryActive(const WriteContext &context, CategoryId id, bool active);
    /// Inside a write: success while the category may be chosen; refused, naming who retired
    /// it, when another desk retired it since the desk listed it.
    static Status checkCategoryInUse(const WriteContext &context, CategoryId id);
    static Result<ReferralBodyId> addReferralBody(const WriteContext &context, const QString &name);
    static Status setReferralBodyActive(const WriteContext &context, ReferralBodyId id,
                                        bool active);
    static Status setCalendarDay(const WriteContext &context, const CalendarDay &day);
    static Status removeCalendarDay(const WriteContext &context, QDate day);
    static Status setDueDays(const WriteContext &context, Urgency urgency, int days);
    /// The settings key of a time limit.
    static QString dueDaysKey(Urgency urgency);

    /// Longest names the lists take: a category heads ledger and dashboard columns, a body is
    /// printed on the referral line.
    static constexpr int kLongestCategoryName = 20;
    static constexpr int kLongestBodyName = 40;

private:
    static Status checkCategoryName(const QString &clean);

    const Database &m_database;
};

} // namespace linli
