#pragma once

#include <QStringList>

// The statements of each schema step, one file a step. Released steps are never edited.
namespace linli {

/// Version 1: settings, the audit trail and the community registry.
QStringList schemaStep1();
/// Version 2: complaints — categories, referral bodies, the working-day calendar, complaints
/// and their events.
QStringList schemaStep2();
/// Version 3: dispute mediation — mediators, cases, parties, sessions, agreements, cost shares.
QStringList schemaStep3();
/// Version 4: the mediation case file — the rights notice date and the 民转刑 flag.
QStringList schemaStep4();
/// Version 5: building co-governance — pact templates, pacts, signatures, inspections.
QStringList schemaStep5();
/// Version 6: staff accounts with Argon2id password hashes.
QStringList schemaStep6();
/// Version 7: row versions, anonymised residents, the staff member behind an account.
QStringList schemaStep7();
/// Version 8: mutual aid — wishes, elder care, the mutual-aid station, events.
QStringList schemaStep8();
/// Version 9: notes on residents, for the roster import.
QStringList schemaStep9();
/// Version 10: the residents' address for the search; indexes for the dashboard and calendar.
QStringList schemaStep10();
/// Version 11: several communities — the community of complaints, cases, mediators, wishes,
/// events, station items and accounts.
QStringList schemaStep11();
/// Version 12: a partial index of the open mediation cases, for the dashboard.
QStringList schemaStep12();
/// Version 13: indexes for what the dashboard reads on every reload.
QStringList schemaStep13();
/// Version 14: a version on complaints, for the check of two desks acting on one.
QStringList schemaStep14();
/// Version 15: a counter row per kind of numbered record and year.
QStringList schemaStep15();
/// Version 16: versions on mediation cases and sessions.
QStringList schemaStep16();

} // namespace linli
