#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace linli {

/// Passwords kept only as Argon2id hashes (libsodium, at its interactive limits): a hash carries
/// its own salt and settings, so verifying needs nothing else.
class PasswordHasher final {
    Q_DECLARE_TR_FUNCTIONS(linli::PasswordHasher)
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    /// A password long enough to keep: at least 8 characters.
    static Status checkStrength(const QString &password);
    static constexpr int minimumLength = 8;
};

} // namespace linli
