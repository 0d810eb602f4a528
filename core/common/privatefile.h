#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace linli {

/// Files Linli writes that may hold personal data — exports, PDFs, the audit trail as CSV — are
/// readable by their owner alone (0600), like the database itself.
class PrivateFile final {
    Q_DECLARE_TR_FUNCTIONS(linli::PrivateFile)
public:
    static constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

    /// Makes `path` an empty file that only its owner may read, replacing what was there.
    /// Called before a writer opens the path: writers that open an existing file keep its
    /// mode, so nothing they write is ever readable by others, not even for a moment.
    static Status prepare(const QString &path);
};

} // namespace linli
