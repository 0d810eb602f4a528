#include "storage/schemasteps.h"

namespace linli {

// Version 6: staff accounts. Passwords are kept only as Argon2id hashes; failed logins are
// counted for the lock-out.
QStringList schemaStep6() {
    return {
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
