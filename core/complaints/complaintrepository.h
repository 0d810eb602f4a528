#pragma once

#include "common/result.h"
#include "complaints/complaint.h"
#include "complaints/workingcalendar.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace linli {

class Database;

/// What the complaints list shows. Empty or unset parts do not filter.
struct ComplaintFilter {
    std::optional<ComplaintState> state;
    bool openOnly = false;
    bool overdueOnly = false; ///< past due and not resolved, at `now`
    QDateTime now;            ///< the moment overdue is judged at
    CategoryId categoryId;
    std::optional<Channel> channel;
    BuildingId buildingId;
    QString assignee; ///< part of the handler's name
    QDate from;       ///< received on or after
    QDate to;         ///< received on or before
    QDate dueOn;      ///< open and due on this day
    QString text;     ///< summary, details, reporter, phone, place or number
    HouseholdId householdId;
    ResidentId reporterId;
};

/// Where a page of the list ends (newest first).
struct ComplaintPageKey {
    QDateTime receivedAt;
    qint64 id = 0;
};

/// A reporter who came back about the same kind of matter.
struct RepeatReporter {
    QString name;
    QString phone;
    QString categoryName;
    int visits = 0;
    QDateTime lastAt;
};

class ComplaintRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::ComplaintRepository)
public:
    explicit ComplaintRepository(const Database &database)
        : m_database(database) {}

    Result<Complaint> complaint(ComplaintId id) const;
    Result<QList<ComplaintEvent>> events(ComplaintId id) const;
    Result<QList<Complaint>> page(const ComplaintFilter &filter,
                                  const std::optional<ComplaintPageKey> &after, int limit) const;
    /// The same page as the lists show it: the rows without what the lists do not show.
    Result<QList<ComplaintListEntry>> listPage(const ComplaintFilter &filter,
                                               const std::optional<ComplaintPageKey> &after,
                                               int limit) const;
    /// The rows from position `offset` on, in the same order, of the `total` the filter finds:
    /// a jump down the list. Past the middle they are read from the end.
    Result<QList<ComplaintListEntry>> listPageAt(const ComplaintFilter &filter, int offset,
                                                 int limit, int total) const;
    Result<int> count(const ComplaintFilter &filter) const;
    /// How far back the duty desk looks for the same matter while logging, and the repeat
    /// visitors' list for people who keep coming back.
    static constexpr int kDuplicateWindowDays = 7;
    static constexpr int kRepeatVisitorWindowDays = 90;
    /// Complaints about the same building (and unit, when given) and category received since
    /// `since`: while logging, the duty desk is shown them and may link instead.
    Result<QList<Complaint>> possibleDuplicates(BuildingId building, UnitId unit,
                                                CategoryId category, const QDateTime &since) const;
    /// Reporters with more than one complaint of a category since `since`, most visits first.
    Result<QList<RepeatReporter>> repeatReporters(const QDateTime &since) const;
    /// Every complaint received in [from, to), oldest first: the duty log and the figures.
    Result<QList<Complaint>> receivedBetween(const QDateTime &from, const QDateTime &to) const;

    Result<QList<Category>> categories() const;
    Result<QList<ReferralBody>> referralBodies() const;
    Result<WorkingCalendar> calendar() const;
    /// Working days allowed for a complaint of this urgency (settings).
    Result<int> dueDays(Urgency urgency) const;

    /// Numbers it (the next of its year), stores it with its first event, audits it.
    static Result<Complaint> insert(const WriteContext &context, Complaint complaint);
    /// Stores the complaint's new state and fields, appends the event, audits the change.
    static Status update(const WriteContext &context, const Complaint &before,
                         const Complaint &after, const ComplaintEvent &event);

private:
    const Database &m_database;
};

} // namespace linli
