#include "cogovernance/meeting.h"

namespace linli {

QList<HouseholdId> Meeting::householdsPresent() const {
    QList<HouseholdId> present;
    for (const Attendee &attendee : attendees) {
        if (attendee.householdId.isValid() && !present.contains(attendee.householdId))
            present << attendee.householdId;
    }
    return present;
}

QDate Meeting::objectionsUntil() const {
    return noticePostedOn.isValid() ? noticePostedOn.addDays(objectionDays) : QDate();
}

Tally Tally::of(const Decision &decision, int present, int households) {
    Tally tally;
    tally.present = present;
    tally.households = households;
    for (const auto &[household, vote] : decision.votes) {
        Q_UNUSED(household)
        switch (vote) {
        case Vote::For:
            ++tally.forVotes;
            break;
        case Vote::Against:
            ++tally.against;
            break;
        case Vote::Abstain:
            ++tally.abstain;
            break;
        }
    }
    tally.quorum = households > 0 && present * 2 > households;
    const int cast = tally.forVotes + tally.against + tally.abstain;
    switch (decision.rule) {
    case VoteRule::Consensus:
        tally.passed = tally.quorum;
        break;
    case VoteRule::Majority:
        tally.passed = tally.quorum && cast > 0 && tally.forVotes * 2 > cast;
        break;
    case VoteRule::TwoThirds:
        tally.passed = tally.quorum && cast > 0 && tally.forVotes * 3 >= cast * 2;
        break;
    }
    return tally;
}

} // namespace linli
