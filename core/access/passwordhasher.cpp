#include "access/passwordhasher.h"

#include <sodium.h>

namespace linli {

namespace {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> PasswordHasher::hash(const QString &password) {
    if (!sodiumReady())
        return Result<QString>::failure(tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<QString>::failure(tr("There was not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) {
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

Status PasswordHasher::checkStrength(const QString &password) {
    if (password.size() < minimumLength)
        return Status::failure(tr("A password needs at least %1 characters.").arg(minimumLength));
    return Status::success();
}

} // namespace linli
