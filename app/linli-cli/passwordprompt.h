#pragma once

#include <QString>

namespace linli {

/// The password for the server at `location` (postgresql://…), asked on the terminal — without
/// echo — when the server wants one and neither PGPASSWORD nor ~/.pgpass gives it; read from
/// standard input when that is not a terminal. Empty for a file, or when none is needed.
QString askServerPassword(const QString &location);

} // namespace linli
