#pragma once

#include <QString>

namespace linli {

/// Where the database lives when no `--db` is given: the user's data folder.
QString defaultDatabasePath();

} // namespace linli
