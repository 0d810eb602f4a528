#pragma once

#include <QStringList>

// The statements of each schema step, one file a step: as SQLite runs them, and beside them the
// same step as PostgreSQL runs it. The server's text follows SQLite's by these rules: INTEGER →
// BIGINT (SQLite's integers are 64-bit), an INTEGER PRIMARY KEY → an identity column, REAL →
// DOUBLE PRECISION, BLOB → BYTEA, every TEXT column in the "C" collation (text sorts and compares
// by code point, as on SQLite, so keyset paging walks the same order); SQLite's triggers as
// PL/pgSQL functions; no trigram index (the server's search always scans). Released steps are
// never edited; a new step writes both.
namespace linli {

/// Version 1: settings, the audit trail and the community registry.
QStringList step1Registry();
/// Version 2: complaints — categories, referral bodies, the working-day calendar, complaints
/// and their events.
QStringList step2Complaints();
/// Version 3: dispute mediation — mediators, cases, parties, sessions, agreements, cost shares.
QStringList step3Mediation();
/// Version 4: the mediation case file — the rights notice date and the 民转刑 flag.
QStringList step4MediationCaseFile();
/// Version 5: building co-governance — pact templates, pacts, signatures, inspections.
QStringList step5CoGovernance();
/// Version 6: staff accounts with Argon2id password hashes.
QStringList step6Accounts();
/// Version 7: row versions, anonymised residents, the staff member behind an account.
QStringList step7RowVersionsAndAnonymising();
/// Version 8: mutual aid — wishes, elder care, the mutual-aid station, events.
QStringList step8MutualAid();
/// Version 9: notes on residents, for the roster import.
QStringList step9ResidentNotes();
/// Version 10: the residents' address for the search; indexes for the dashboard and calendar.
QStringList step10SearchAndDashboardIndexes();
/// Version 11: several communities — the community of complaints, cases, mediators, wishes,
/// events, station items and accounts.
QStringList step11SeveralCommunities();
/// Version 12: a partial index of the open mediation cases, for the dashboard.
QStringList step12OpenCasesIndex();
/// Version 13: indexes for what the dashboard reads on every reload.
QStringList step13DashboardIndexes();
/// Version 14: a version on complaints, for the check of two desks acting on one.
QStringList step14ComplaintVersions();
/// Version 15: a counter row per kind of numbered record and year.
QStringList step15NumberCounters();
/// Version 16: versions on mediation cases and sessions.
QStringList step16MediationVersions();
/// Version 17: versions on communities, households, pact templates and accounts.
QStringList step17FormVersions();
QStringList step18PactWords();
QStringList step19CostShares();
/// Version 20: prevented outcomes, agreement amounts and court confirmations, screenings.
QStringList step20MediationFigures();

/// Each step above, as the server runs it.
QStringList step1RegistryOnPostgres();
QStringList step2ComplaintsOnPostgres();
QStringList step3MediationOnPostgres();
QStringList step4MediationCaseFileOnPostgres();
QStringList step5CoGovernanceOnPostgres();
QStringList step6AccountsOnPostgres();
QStringList step7RowVersionsAndAnonymisingOnPostgres();
QStringList step8MutualAidOnPostgres();
QStringList step9ResidentNotesOnPostgres();
QStringList step10SearchAndDashboardIndexesOnPostgres();
QStringList step11SeveralCommunitiesOnPostgres();
QStringList step12OpenCasesIndexOnPostgres();
QStringList step13DashboardIndexesOnPostgres();
QStringList step14ComplaintVersionsOnPostgres();
QStringList step15NumberCountersOnPostgres();
QStringList step16MediationVersionsOnPostgres();
QStringList step17FormVersionsOnPostgres();
QStringList step18PactWordsOnPostgres();
QStringList step19CostSharesOnPostgres();
QStringList step20MediationFiguresOnPostgres();

} // namespace linli
