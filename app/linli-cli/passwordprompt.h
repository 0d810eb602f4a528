#pragma once

#include <QString>

namespace linli {

/// The password for the server at `location` (postgresql://…), asked on the terminal — without
/// echo — when the server wants one and neither PGPASSWORD nor ~/.pgpass gives it; read from
/// standard input when that is not a terminal. Empty for a file, or when none is needed.
QString askServerPassword(const QString &location);
/// The password of Linli account `username`, asked the same way (after the server's, when both
/// are needed: one line each on standard input).
QString askAccountPassword(const QString &username);

} // namespace linli
