#include "storage/schemasteps.h"

namespace linli {

// Version 6: staff accounts. Passwords are kept only as Argon2id hashes; failed logins are
// counted for the lock-out. The audit trail learns the action "reveal" (someone was shown an ID
// number or phone in full) — SQLite changes a CHECK only by rebuilding the table — and refuses
// to be edited, or pruned before six months.
QStringList schemaStep6() {
    return {
        QStringLiteral("CREATE TABLE audit_log_v6 ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id INTEGER NOT NULL,"
                       " action TEXT NOT NULL"
                       "  CHECK (action IN ('create', 'update', 'delete', 'reveal')),"
                       " changes TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO audit_log_v6 (id, at, operator, entity, entity_id, action,"
                       " changes) SELECT id, at, operator, entity, entity_id, action, changes"
                       " FROM audit_log"),
        QStringLiteral("DROP TABLE audit_log"),
        QStringLiteral("ALTER TABLE audit_log_v6 RENAME TO audit_log"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE TRIGGER audit_log_never_changed BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit entries are never changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_kept_six_months BEFORE DELETE ON audit_log"
                       " WHEN old.at > strftime('%Y-%m-%dT%H:%M:%S', 'now', '-6 months')"
                       " BEGIN SELECT RAISE(ABORT, 'audit entries are kept six months'); END"),
        QStringLiteral("CREATE TABLE accounts ("
                       " id INTEGER PRIMARY KEY,"
                       " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " display_name TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('administrator', 'duty', 'mediator',"
                       "  'grid_worker', 'read_only')),"
                       " password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked_until TEXT,"
                       " last_login_at TEXT,"
                       " created_at TEXT NOT NULL)"),
    };
}

} // namespace linli
